import type { inferRouterInputs } from "@trpc/server";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users, type MembershipRole, type Organisation, type User } from "@/db/schema";
import { addMember, createOrganisation, uniqueEmail } from "@/db/seed/factories";
import { samplePlanContent } from "@/db/seed/plans";
import type { AppRouter } from "@/server/api/root";
import { signInWithLinkToken } from "@/server/domain/accounts";
import { emailsTo, linkToken } from "./emails";
import { callerFor, createTestUser, signIn, type Caller } from "./users";

/**
 * Plans driven only through the router, as the browser drives them: a
 * recruiter creates and shares, the candidate follows the emailed link.
 */
export type PlanContentInput = inferRouterInputs<AppRouter>["plan"]["create"];
/** The same with every field filled in, as a form sends it. */
export interface PlanContentForm {
  meeting: { [K in keyof PlanContentInput["meeting"]]-?: NonNullable<PlanContentInput["meeting"][K]> };
  interviewers: NonNullable<PlanContentInput["interviewers"]>;
  firstInterview: NonNullable<PlanContentInput["firstInterview"]>;
}

export interface Recruiter {
  user: User;
  caller: Caller;
}

export interface Org {
  org: Organisation;
  /** An admin of the organisation. */
  admin: Recruiter;
}

/** A signed-in member of the organisation, whose browser names it as the chosen one. */
export async function recruiterOf(db: Db, orgId: string, role: MembershipRole = "recruiter", name = "Riley Recruiter") {
  const user = await createTestUser(db, { name });
  await addMember(db, orgId, user.id, role);
  return { user, caller: callerFor(db, await signIn(db, user.id), { preferredOrgId: orgId }) };
}

/** A fresh organisation with one admin. */
export async function newOrg(db: Db, name?: string): Promise<Org> {
  const org = await createOrganisation(db, name ? { name } : {});
  return { org, admin: await recruiterOf(db, org.id, "admin", "Alex Admin") };
}

/** Plan content as the recruiter's form sends it, for a candidate email of its own unless given. */
export function planInput(overrides: Partial<Parameters<typeof samplePlanContent>[0]> = {}): PlanContentForm {
  return samplePlanContent({ candidateEmail: uniqueEmail("candidate"), ...overrides });
}

/** The token from the newest invitation email sent to the address. */
export async function newestJoinToken(db: Db, email: string): Promise<string> {
  const [newest] = await emailsTo(db, email, "plan_invitation");
  if (!newest) throw new Error(`no plan invitation to ${email}`);
  return linkToken(newest.textBody);
}

/** A caller with no session, as a visitor following a link. */
export function visitor(db: Db): Caller {
  return callerFor(db, null);
}

/**
 * Follows the link as the candidate would: accept, then exchange the sign-in
 * token for a session, or, when the link asks for a sign-in, sign in to the
 * account at the invited address (as its emailed sign-in link would).
 */
export async function acceptAsCandidate(db: Db, token: string) {
  const { planId, signIn: next } = await visitor(db).join.accept({ token });
  const signedIn = "token" in next ? await signInWithLinkToken(db, next.token) : await accountAt(db, next.email);
  if (!signedIn) throw new Error("the sign-in from join.accept was refused");
  return { planId, userId: signedIn.id, caller: callerFor(db, await signIn(db, signedIn.id)) };
}

async function accountAt(db: Db, email: string) {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return user ?? null;
}

/** Creates and shares a plan; returns its id and the token emailed to the candidate. */
export async function sharedPlan(db: Db, recruiter: Recruiter, input: PlanContentInput = planInput()) {
  const { id } = await recruiter.caller.plan.create(input);
  await recruiter.caller.plan.share({ planId: id });
  return { planId: id, input, token: await newestJoinToken(db, input.meeting.candidateEmail) };
}

/** A plan the candidate has joined through the router, with the candidate's signed-in caller. */
export async function joinedPlan(db: Db, recruiter: Recruiter, input: PlanContentInput = planInput()) {
  const shared = await sharedPlan(db, recruiter, input);
  const candidate = await acceptAsCandidate(db, shared.token);
  return { ...shared, candidate };
}

/** The form's content for an existing plan, as the edit page would send it back (ids and row versions kept). */
export async function editableContent(recruiter: Recruiter, planId: string) {
  const plan = await recruiter.caller.plan.get({ planId });
  const content: PlanContentForm = {
    meeting: {
      roleTitle: plan.roleTitle,
      hiringCompany: plan.hiringCompany,
      candidateName: plan.candidateName,
      candidateEmail: plan.candidateEmail,
      startsAtLocal: plan.startsAtLocal,
      timeZone: plan.timeZone,
      durationMinutes: plan.durationMinutes,
      format: plan.format,
      location: plan.location,
      joiningNotes: plan.joiningNotes,
      agenda: plan.agenda,
      internalNote: plan.internalNote,
    },
    interviewers: plan.interviewers.map(({ id, version, name, jobTitle, background, wantsToEstablish, profileUrl }) => ({
      id,
      expectedVersion: version,
      name,
      jobTitle,
      background,
      wantsToEstablish,
      profileUrl,
    })),
    firstInterview: plan.firstInterview.map(({ id, version, topic, summary, status }) => ({ id, expectedVersion: version, topic, summary, status })),
  };
  return { plan, content, version: plan.version };
}
