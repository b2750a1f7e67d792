import type { Db } from "@/db/client";
import type { Membership, Organisation, User } from "@/db/schema";
import { addMember, createOrganisation } from "@/db/seed/factories";
import type { ActiveSession } from "@/server/auth/sessions";
import { removeMember } from "@/server/domain/organisations";
import { callerFor, createTestUser, signIn, type Caller } from "./users";

/** The rows of the authorization matrix: everyone who can knock on an organisation's door. */
export const actorNames = [
  "signedOut",
  "candidate",
  "recruiter",
  "admin",
  "otherOrgRecruiter",
  "removedMember",
] as const;
export type ActorName = (typeof actorNames)[number];

export interface Actor {
  caller: Caller;
  session: ActiveSession | null;
  user: User | null;
}

export interface Actors {
  /** The organisation every actor is trying to act on. */
  org: Organisation;
  /** Where otherOrgRecruiter is an admin. */
  otherOrg: Organisation;
  adminUser: User;
  recruiterMembership: Membership;
  actors: Record<ActorName, Actor>;
}

/**
 * A fresh organisation and the six actors, each signed in with a real session
 * row. Every caller's browser names `org` as its chosen organisation (the
 * cookie), which must grant nothing by itself.
 */
export async function buildActors(db: Db): Promise<Actors> {
  const [org, otherOrg] = await Promise.all([createOrganisation(db), createOrganisation(db)]);
  const names = ["Candidate", "Recruiter", "Admin", "Other Org Admin", "Removed Member"];
  const [candidate, recruiter, admin, otherOrgRecruiter, removedMember] = await Promise.all(
    names.map((name) => createTestUser(db, { name })),
  );
  const recruiterMembership = await addMember(db, org.id, recruiter!.id, "recruiter");
  await addMember(db, org.id, admin!.id, "admin");
  await addMember(db, otherOrg.id, otherOrgRecruiter!.id, "admin");
  const removed = await addMember(db, org.id, removedMember!.id, "recruiter");
  await removeMember(db, { orgId: org.id, membershipId: removed.id });

  const users: Record<ActorName, User | null> = {
    signedOut: null,
    candidate: candidate!,
    recruiter: recruiter!,
    admin: admin!,
    otherOrgRecruiter: otherOrgRecruiter!,
    // Signs in again after the removal, which ended the sessions they had.
    removedMember: removedMember!,
  };
  const entries = await Promise.all(
    actorNames.map(async (name): Promise<[ActorName, Actor]> => {
      const user = users[name];
      const session = user ? await signIn(db, user.id) : null;
      return [name, { user, session, caller: callerFor(db, session, { preferredOrgId: org.id }) }];
    }),
  );
  return {
    org,
    otherOrg,
    adminUser: admin!,
    recruiterMembership,
    actors: Object.fromEntries(entries) as Record<ActorName, Actor>,
  };
}
