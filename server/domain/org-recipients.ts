import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, users } from "@/db/schema";

/**
 * Who of an organisation receives an email meant for one of its people: that
 * person while still a member, otherwise its admins. Someone removed from the
 * organisation never receives its email again.
 */
export async function organisationRecipients(db: Db, input: { orgId: string; preferredUserId: string | null }) {
  const member = (condition: ReturnType<typeof eq>) =>
    db
      .select({ id: users.id, name: users.name, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.orgId, input.orgId), condition))
      .orderBy(users.email);
  if (input.preferredUserId) {
    const preferred = await member(eq(memberships.userId, input.preferredUserId));
    if (preferred.length) return preferred;
  }
  return member(eq(memberships.role, "admin"));
}
