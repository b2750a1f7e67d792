import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { authTokens } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { hashLinkToken } from "@/server/auth/tokens";
import { signInWithLinkToken } from "@/server/domain/accounts";
import { testDb } from "./db";
import { emailsTo, tokenEmailedTo } from "./emails";
import { callerFor, createTestUser } from "./users";

/** A user and the token of the sign-in link they asked for. */
async function emailedLink() {
  const db = await testDb();
  const user = await createTestUser(db);
  await callerFor(db, null).auth.requestMagicLink({ email: user.email });
  return { db, user, token: await tokenEmailedTo(db, user.email, "magic_link") };
}

describe("magic link", () => {
  it("for an unknown email answers ok and sends nothing", async () => {
    const db = await testDb();
    const email = uniqueEmail("stranger");
    await expect(callerFor(db, null).auth.requestMagicLink({ email })).resolves.toEqual({ ok: true });
    expect(await emailsTo(db, email)).toEqual([]);
  });

  it("signs in once: the same link a second time does nothing", async () => {
    const { db, user, token } = await emailedLink();
    expect(await signInWithLinkToken(db, token)).toEqual({ id: user.id, name: user.name, email: user.email });
    expect(await signInWithLinkToken(db, token)).toBeNull();
  });

  it("is refused once expired", async () => {
    const { db, token } = await emailedLink();
    await db
      .update(authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(authTokens.tokenHash, hashLinkToken(token)));
    expect(await signInWithLinkToken(db, token)).toBeNull();
  });

  it("used twice at the same moment, signs in exactly once", async () => {
    const { db, user, token } = await emailedLink();
    const results = await Promise.all([signInWithLinkToken(db, token), signInWithLinkToken(db, token)]);
    expect(results.filter((r) => r !== null)).toEqual([{ id: user.id, name: user.name, email: user.email }]);
  });

  it("is not a password-reset link", async () => {
    const { db, token } = await emailedLink();
    const reset = callerFor(db, null).auth.resetPassword({ token, password: "a brand new password" });
    await expect(reset).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await signInWithLinkToken(db, token)).not.toBeNull();
  });
});
