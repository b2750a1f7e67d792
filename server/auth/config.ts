import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { emailField, linkTokenField, passwordField } from "@/server/api/fields";
import { getDb } from "@/server/db";
import { authenticateWithPassword, signInWithLinkToken } from "@/server/domain/accounts";
import { AppError } from "@/server/domain/errors";
import { env } from "@/server/env";
import { logger } from "@/server/logger";
import { clientIp } from "@/server/request";
import { createSession, endSession, SESSION_MAX_AGE_SECONDS } from "./sessions";

/** Codes the sign-in form turns into messages; Auth.js passes `code` through to the browser. */
class BadCredentials extends CredentialsSignin {
  code = "bad_credentials";
}
class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}
class InvalidLink extends CredentialsSignin {
  code = "invalid_link";
}

const passwordCredentials = z.object({ email: emailField, password: passwordField });
const linkCredentials = z.object({ token: linkTokenField });

export const { handlers, auth, signIn, signOut } = NextAuth(async (): Promise<NextAuthConfig> => {
  const db = await getDb();
  const e = env();
  return {
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    } as never),
    secret: e.AUTH_SECRET,
    trustHost: e.AUTH_TRUST_HOST ?? true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      Credentials({
        id: "password",
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = passwordCredentials.safeParse(raw);
          if (!parsed.success) throw new BadCredentials();
          try {
            return await authenticateWithPassword(db, { ...parsed.data, ip: clientIp(request.headers) });
          } catch (error) {
            if (error instanceof AppError && error.code === "TOO_MANY_REQUESTS") throw new RateLimited();
            if (error instanceof AppError) throw new BadCredentials();
            throw error;
          }
        },
      }),
      Credentials({
        id: "link",
        credentials: { token: {} },
        async authorize(raw) {
          const parsed = linkCredentials.safeParse(raw);
          const user = parsed.success ? await signInWithLinkToken(db, parsed.data.token) : null;
          if (!user) throw new InvalidLink();
          return user;
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.sid = await createSession(db, user.id);
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined };
      },
    },
    events: {
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid === "string") await endSession(db, sid);
      },
    },
    logger: {
      error(error) {
        // A wrong password is an expected outcome, not a server error.
        if (error instanceof CredentialsSignin || error.name === "CredentialsSignin") return;
        logger.error({ err: error }, "auth error");
      },
      warn(code) {
        logger.warn({ code }, "auth warning");
      },
      debug() {},
    },
  };
});
