import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import { addMember, createOrganisation, createUser } from "@/db/seed/factories";
import { hashPassword } from "./auth/password";
import { seedDemoHistory } from "./demo-history";
import { seedDemoPlans } from "./demo-plans";

/** The demo accounts, printed at start-up and in the README. */
export const DEMO_PASSWORD = "demo-password";
export const DEMO_ACCOUNTS = [
  { name: "Alex Morgan", email: "alex@northwind.example", role: "admin", description: "organisation admin" },
  { name: "Sam Lee", email: "sam@northwind.example", role: "recruiter", description: "recruiter" },
  { name: "Jordan Blake", email: "jordan@candidate.example", role: null, description: "candidate" },
  { name: "Priya Shah", email: "priya@candidate.example", role: null, description: "candidate" },
  { name: "Maya Chen", email: "maya@lumen.example", role: null, description: "interviewer on Jordan's plan" },
] as const;

/** Creates the demo organisation and people once; returns whether it did. */
export async function ensureDemoData(db: Db): Promise<boolean> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS[0].email));
  if (existing) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const org = await createOrganisation(tx, { name: "Northwind Talent" });
    const ids: string[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const user = await createUser(tx, { name: account.name, email: account.email, passwordHash });
      if (account.role) await addMember(tx, org.id, user.id, account.role);
      ids.push(user.id);
    }
    await seedDemoPlans(tx, { orgId: org.id, createdById: ids[0]!, candidates: { jordan: ids[2]!, priya: ids[3]! }, interviewer: ids[4]! });
    const priya = DEMO_ACCOUNTS[3];
    await seedDemoHistory(tx, { orgId: org.id, createdById: ids[1]!, priya: { id: ids[3]!, name: priya.name, email: priya.email } });
  });
  return true;
}

export function demoLoginsBanner(appUrl: string, headline = `Second Round is running at ${appUrl}`): string {
  const rows = DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(28)} ${DEMO_PASSWORD.padEnd(15)} ${a.description}`);
  return [
    "",
    `  ${headline}`,
    "",
    "  Demo logins (email / password):",
    ...rows,
    "",
    `  Emails (sign-in links, invitations) appear at ${appUrl}/dev/outbox`,
    "",
  ].join("\n");
}
