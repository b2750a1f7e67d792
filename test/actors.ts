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
  // Invited to one plan as an interviewer: attached to every fixture plan of the matrix
  // (test/plan-fixtures.ts attachInterviewer), and a member of no organisation.
  "interviewer",
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
  /** The interviewer actor's account, for fixtures that attach it to a plan. */
  interviewerUser: User;
  recruiterMembership: Membership;
  actors: Record<ActorName, Actor>;
}

/**
 * A fresh organisation and the seven actors, each signed in with a real session
 * row. Every caller's browser names `org` as its chosen organisation (the
 * cookie), which must grant nothing by itself.
 */
export async function buildActors(db: Db): Promise<Actors> {
  const [org, otherOrg] = await Promise.all([createOrganisation(db), createOrganisation(db)]);
  const names = ["Candidate", "Recruiter", "Admin", "Other Org Admin", "Removed Member", "Invited Interviewer"];
  const [candidate, recruiter, admin, otherOrgRecruiter, removedMember, interviewer] = await Promise.all(
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
    interviewer: interviewer!,
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
    interviewerUser: interviewer!,
    recruiterMembership,
    actors: Object.fromEntries(entries) as Record<ActorName, Actor>,
  };
}
