import type { Db } from "@/db/client";
import { addMember, createOrganisation, createUser, uniqueEmail } from "@/db/seed/factories";
import { sendVerificationLink } from "@/server/domain/email-verification";
import { tokenEmailedTo } from "./emails";
import { testPasswordHash } from "./users";

/**
 * Someone signed up and never followed the link: an unverified admin of their
 * own organisation, with TEST_PASSWORD, and the token of the emailed link.
 * (The same rows auth.signUp writes, without its password hashing.)
 */
export async function unverifiedRegistration(db: Db, email = uniqueEmail("registrant")) {
  const user = await createUser(db, { name: "Registrant", email, passwordHash: await testPasswordHash(), emailVerified: null });
  const org = await createOrganisation(db);
  await addMember(db, org.id, user.id, "admin");
  await db.transaction((tx) => sendVerificationLink(tx, user));
  return { user, org, token: await tokenEmailedTo(db, email, "email_verification") };
}
