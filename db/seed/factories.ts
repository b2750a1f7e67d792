import { randomUUID } from "node:crypto";
import type { Db } from "../client";
import { memberships, organisations, users, type MembershipRole } from "../schema";

/**
 * Factories shared by the demo seed, the tests and e2e. Each call makes fresh
 * rows with unique emails, so tests never need to wipe tables.
 */
export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
}

/** A user whose address is proven unless `emailVerified: null` says otherwise (someone who signed up and never followed the link). */
export async function createUser(
  db: Db,
  fields: { name?: string; email?: string; passwordHash?: string | null; emailVerified?: Date | null } = {},
) {
  const [user] = await db
    .insert(users)
    .values({
      name: fields.name ?? "Test User",
      email: fields.email ?? uniqueEmail(),
      passwordHash: fields.passwordHash ?? null,
      emailVerified: fields.emailVerified === undefined ? new Date() : fields.emailVerified,
    })
    .returning();
  return user!;
}

export async function createOrganisation(db: Db, fields: { name?: string } = {}) {
  const [org] = await db
    .insert(organisations)
    .values({ name: fields.name ?? `Org ${randomUUID().slice(0, 6)}` })
    .returning();
  return org!;
}

export async function addMember(db: Db, orgId: string, userId: string, role: MembershipRole) {
  const [membership] = await db.insert(memberships).values({ orgId, userId, role }).returning();
  return membership!;
}
