import { inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "./auth/password";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-data";

/** The demo accounts that still have the password the README and start-up banner publish. */
export async function demoAccountsWithPublishedPassword(db: Db): Promise<string[]> {
  const emails = DEMO_ACCOUNTS.map((account) => account.email);
  const rows = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(inArray(users.email, emails));
  const exposed: string[] = [];
  for (const row of rows)
    if (row.passwordHash && (await verifyPassword(DEMO_PASSWORD, row.passwordHash))) exposed.push(row.email);
  return exposed.sort();
}

/** Why a production server must not start with these accounts, or null when it may. */
export function publishedDemoLoginProblem(exposedEmails: string[]): string | null {
  if (exposedEmails.length === 0) return null;
  const list = exposedEmails.map((email) => `'${email}'`).join(", ");
  return [
    `Refusing to start in production: the demo account(s) ${exposedEmails.join(", ")} still have the published demo password, so anyone can sign in as them.`,
    `Delete them (DELETE FROM users WHERE email IN (${list});) or give them new passwords, then start again.`,
  ].join("\n");
}
