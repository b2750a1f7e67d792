import { randomBytes } from "node:crypto";
import type { Db } from "@/db/client";
import { createUser, uniqueEmail } from "@/db/seed/factories";
import { createCaller } from "@/server/api/root";
import { createInnerContext, type InnerContext } from "@/server/api/trpc";
import { hashPassword } from "@/server/auth/password";
import { createSession, findActiveSession, type ActiveSession } from "@/server/auth/sessions";

export const TEST_PASSWORD = "correct horse battery staple";

/** scrypt costs ~100 ms by design: hash the known password once and give every test user that hash. */
let passwordHash: Promise<string> | undefined;
export function testPasswordHash(): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

/** A user who can sign in with TEST_PASSWORD. */
export async function createTestUser(db: Db, fields: { name?: string; email?: string } = {}) {
  return createUser(db, {
    name: fields.name ?? "Test User",
    email: fields.email ?? uniqueEmail(),
    passwordHash: await testPasswordHash(),
  });
}

/** A real session row, read back the way every request reads it. */
export async function signIn(db: Db, userId: string): Promise<ActiveSession> {
  const session = await findActiveSession(db, await createSession(db, userId));
  if (!session) throw new Error("a session that was just created should be active");
  return session;
}

/**
 * Rate limits count per IP (5 emailed links an hour), so every caller gets an
 * address of its own (IPv6 documentation range) and tests cannot starve each other.
 */
export function uniqueIp(): string {
  const group = () => randomBytes(2).toString("hex");
  return `2001:db8::${group()}:${group()}:${group()}`;
}

export type Caller = ReturnType<typeof createCaller>;

/**
 * The tRPC caller a browser with this session's cookie would get: every call
 * checks the session row again, as every request does (the check also reads
 * the viewer's memberships, so a removal or role change shows on the next
 * call), and every middleware runs.
 */
export function callerFor(db: Db, session: ActiveSession | null, context: Partial<InnerContext> = {}): Caller {
  const ip = uniqueIp();
  return createCaller(async () =>
    createInnerContext({ db, session: session && (await findActiveSession(db, session.sessionToken)), ip, ...context }),
  );
}
