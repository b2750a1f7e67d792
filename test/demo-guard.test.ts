import { inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { memberships, organisations, users } from "@/db/schema";
import { createUser } from "@/db/seed/factories";
import { hashPassword } from "@/server/auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, ensureDemoData } from "@/server/demo-data";
import { DEMO_HISTORY_EMAILS } from "@/server/demo-history";
import { demoAccountsWithPublishedPassword, publishedDemoLoginProblem } from "@/server/demo-guard";
import { testDb } from "./db";

const demoEmails = DEMO_ACCOUNTS.map((account) => account.email);
const [alex, sam, jordan, priya] = demoEmails;

/**
 * The demo's addresses (its logins and its past candidates) are fixed, so this file owns them on the shared test database, and
 * leaves none behind: on PostgreSQL the e2e run starts a production server on this database,
 * which rightly refuses to start while a demo login has the published password.
 */
async function dbWithoutDemoAccounts() {
  const db = await testDb();
  const demoUsers = db.select({ id: users.id }).from(users).where(inArray(users.email, demoEmails));
  const demoOrgs = db.select({ id: memberships.orgId }).from(memberships).where(inArray(memberships.userId, demoUsers));
  await db.delete(organisations).where(inArray(organisations.id, demoOrgs));
  await db.delete(users).where(inArray(users.email, [...demoEmails, ...DEMO_HISTORY_EMAILS]));
  return db;
}

afterAll(dbWithoutDemoAccounts);

describe("the production start-up check for demo logins", () => {
  it("lets the server start when no demo account exists", async () => {
    const exposed = await demoAccountsWithPublishedPassword(await dbWithoutDemoAccounts());
    expect(exposed).toEqual([]);
    expect(publishedDemoLoginProblem(exposed)).toBeNull();
  });

  it("finds every account the demo seed creates", async () => {
    const db = await dbWithoutDemoAccounts();
    expect(await ensureDemoData(db)).toBe(true);
    expect(await demoAccountsWithPublishedPassword(db)).toEqual([...demoEmails].sort());
  });

  it("names only the demo accounts whose password is still the published one", async () => {
    const db = await dbWithoutDemoAccounts();
    await createUser(db, { email: alex, passwordHash: await hashPassword(DEMO_PASSWORD) });
    await createUser(db, { email: sam, passwordHash: await hashPassword("a-password-nobody-published") });
    await createUser(db, { email: jordan, passwordHash: null });
    const exposed = await demoAccountsWithPublishedPassword(db);
    expect(exposed).toEqual([alex]);
    const problem = publishedDemoLoginProblem(exposed);
    expect(problem).toContain(`Refusing to start in production: the demo account(s) ${alex} still have the published demo password`);
    expect(problem).toContain(`DELETE FROM users WHERE email IN ('${alex}');`);
    expect(problem).not.toContain(sam);
    expect(problem).not.toContain(priya);
  });
});
