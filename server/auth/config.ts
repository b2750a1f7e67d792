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
import { safeCallbackPath } from "@/server/rules/safe-callback";
import { sessionCookieCodec, sessionTokenInCookie } from "./cookie-session";
import { createSession, endSession, findActiveSession, sessionMaxAgeSeconds } from "./sessions";

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
class EmailUnverified extends CredentialsSignin {
  code = "email_unverified";
}

/**
 * A sign-in in a browser that already carries a session replaces its cookie:
 * the old session's row ends too, so signing in as someone else leaves
 * nothing of the previous account usable.
 */
async function endReplacedSession(headers: Headers): Promise<void> {
  const previous = sessionTokenInCookie(headers, env().AUTH_SECRET);
  if (previous) await endSession(await getDb(), previous);
}

const passwordCredentials = z.object({ email: emailField, password: passwordField });
const linkCredentials = z.object({ token: linkTokenField });

export const { handlers } = NextAuth(async (): Promise<NextAuthConfig> => {
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
    // "jwt" is what Auth.js calls a session kept in a cookie (credentials sign-in requires it); the cookie
    // holds only a signed token of a sessions row (cookie-session.ts), so no key derivation or decryption per request.
    session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds() },
    jwt: sessionCookieCodec,
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      Credentials({
        id: "password",
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = passwordCredentials.safeParse(raw);
          if (!parsed.success) throw new BadCredentials();
          try {
            const user = await authenticateWithPassword(db, { ...parsed.data, ip: clientIp(request.headers) });
            await endReplacedSession(request.headers);
            return user;
          } catch (error) {
            if (error instanceof AppError && error.code === "TOO_MANY_REQUESTS") throw new RateLimited();
            if (error instanceof AppError && error.code === "FORBIDDEN") throw new EmailUnverified();
            if (error instanceof AppError) throw new BadCredentials();
            throw error;
          }
        },
      }),
      Credentials({
        id: "link",
        credentials: { token: {} },
        async authorize(raw, request) {
          const parsed = linkCredentials.safeParse(raw);
          const user = parsed.success ? await signInWithLinkToken(db, parsed.data.token) : null;
          if (!user) throw new InvalidLink();
          await endReplacedSession(request.headers);
          return user;
        },
      }),
    ],
    callbacks: {
      redirect({ url, baseUrl }) {
        return new URL(safeCallbackPath(url, baseUrl), baseUrl).href;
      },
      async jwt({ token, user }) {
        if (user?.id) return { sid: await createSession(db, user.id) };
        // Reading the session (GET /api/auth/session): a row that is gone, expired or idle
        // is no session; null makes Auth.js answer null and clear the cookie. The cookie
        // carries only the token, so who is signed in comes from the row.
        const sid = typeof token.sid === "string" ? token.sid : null;
        const active = sid ? await findActiveSession(db, sid) : null;
        return active ? { sid, sub: active.user.id, name: active.user.name, email: active.user.email } : null;
      },
      session({ session }) {
        // Who is signed in, nothing more: the session token stays in the httpOnly cookie.
        return { user: { name: session.user.name, email: session.user.email }, expires: session.expires };
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
        // A session cookie this server did not sign (forged, cut short, or from before a secret change): the browser's
        // problem, answered with no session and a cleared cookie.
        if (error.name === "JWTSessionError") {
          logger.warn({ code: error.name }, "session cookie refused");
          return;
        }
        logger.error({ err: error }, "auth error");
      },
      warn(code) {
        logger.warn({ code }, "auth warning");
      },
      debug() {},
    },
  };
});
