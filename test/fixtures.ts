import type { Db } from "@/db/client";
import type { MembershipRole } from "@/db/schema";
import { addMember, uniqueEmail } from "@/db/seed/factories";
import { requestPasswordReset } from "@/server/domain/accounts";
import { inviteRecruiter } from "@/server/domain/organisations";
import { tokenEmailedTo } from "./emails";
import { createTestUser, uniqueIp } from "./users";

/** A pending invitation and the token from the email it sent, as the invitee would click it. */
export async function inviteWithToken(
  db: Db,
  input: { orgId: string; inviterId: string; email?: string; role?: MembershipRole },
) {
  const email = input.email ?? uniqueEmail("invitee");
  const invitation = await inviteRecruiter(db, { ...input, email, role: input.role ?? "recruiter" });
  return { invitation, token: await tokenEmailedTo(db, email, "org_invitation") };
}

/** A new user who is a member of the organisation. */
export async function addTestMember(db: Db, orgId: string, role: MembershipRole = "recruiter") {
  const user = await createTestUser(db, { name: `Member ${role}` });
  return { user, membership: await addMember(db, orgId, user.id, role) };
}

/** The token from the reset email a user receives after asking for one. */
export async function passwordResetToken(db: Db, email: string): Promise<string> {
  await requestPasswordReset(db, { email, ip: uniqueIp() });
  return tokenEmailedTo(db, email, "password_reset");
}
