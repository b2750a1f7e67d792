import { randomBytes, randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { outbox, plans, type PlanSide, type User } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { appRouter } from "@/server/api/root";
import { otherSide } from "@/server/rules/visibility";
import { testDb } from "../db";
import { addTestMember, inviteWithToken, passwordResetToken } from "../fixtures";
import type { InputOf, ProcedurePath } from "../matrix-types";
import {
  acceptAsCandidate,
  editableContent,
  newOrg,
  newestJoinToken,
  planInput,
  recruiterOf,
  visitor,
  type Recruiter,
} from "../plan-api";
import { forgetEmailQuotas } from "../email-quota-reset";
import { attachInterviewer, holdMeeting } from "../plan-fixtures";
import { futureSlots, offerThreeSlots } from "../scheduling/fixtures";
import { sendDueDigests } from "../next-steps/fixtures";
import { interviewerInvitationToken } from "../team/fixtures";
import { summaryPdfText } from "../summary/fixtures";
import { unverifiedRegistration } from "../registrations";
import { failureOf, type Outcome } from "../trpc-errors";
import { callerFor, createTestUser, signIn, TEST_PASSWORD, type Caller } from "../users";

/**
 * "A private goal, private note or private timeline entry never reaches the
 * other side: not in a page, not in an API response, not in an email, not in
 * an .ics file." Every private field of each side holds a unique marker; then
 * every procedure of the router is called by every kind of caller, and no
 * marker of a side may appear in what anyone else receives. The plan's
 * interviewer reads as the organisation (server/rules/visibility.ts): the
 * recruiters' private goals reach them, the candidate's private content never,
 * the internal note only once it is shared with the interviewers.
 */

type Who = "candidate" | "admin" | "recruiter" | "interviewer" | "outsider" | "signedOut";
const everyone: Who[] = ["candidate", "admin", "recruiter", "interviewer", "outsider", "signedOut"];

function marker(side: PlanSide, label: string) {
  return `${side === "candidate" ? "CANDSECRET" : "ORGSECRET"}-${label}-${randomBytes(6).toString("hex")}`;
}

const markers = {
  candidate: {
    goal1Text: marker("candidate", "goal1-text"),
    goal1Detail: marker("candidate", "goal1-detail"),
    goal2Text: marker("candidate", "goal2-text"),
    goal2Detail: marker("candidate", "goal2-detail"),
    interviewer1Note: marker("candidate", "interviewer1-note"),
    interviewer2Note: marker("candidate", "interviewer2-note"),
    planNote: marker("candidate", "plan-note"),
    acknowledgementNote: marker("candidate", "ack-note"),
    outcomeNote: marker("candidate", "outcome-note"),
  },
  organisation: {
    internalNote: marker("organisation", "internal-note"),
    goal1Text: marker("organisation", "goal1-text"),
    goal1Detail: marker("organisation", "goal1-detail"),
    goal2Text: marker("organisation", "goal2-text"),
    goal2Detail: marker("organisation", "goal2-detail"),
    outcomeNote: marker("organisation", "outcome-note"),
  },
};
const candidateMarkers = Object.values(markers.candidate);
const organisationMarkers = Object.values(markers.organisation);

/** What each caller must never receive. */
const forbidden: Record<Who, string[]> = {
  candidate: organisationMarkers,
  admin: candidateMarkers,
  recruiter: candidateMarkers,
  // While plans.interviewersSeeInternalNote is false; the test sharing the note lets it through.
  interviewer: [...candidateMarkers, markers.organisation.internalNote],
  outsider: [...candidateMarkers, ...organisationMarkers],
  signedOut: [...candidateMarkers, ...organisationMarkers],
};

interface SeededPlan {
  planId: string;
  token: string | null;
  interviewerIds: string[];
  itemIds: string[];
  /** A shared goal of the organisation the candidate has not acknowledged. */
  unacknowledgedGoalId: string;
  /** Each side's private goals. */
  privateGoalIds: Record<PlanSide, string[]>;
}

interface World {
  db: Db;
  orgId: string;
  admin: Recruiter;
  recruiter: Recruiter;
  /** The first described interviewer of every seeded plan. */
  interviewer: { user: User; caller: Caller };
  outsider: Recruiter;
  candidateEmail: string;
  candidate: Caller;
  /** The plan every procedure reads; a procedure that would end it works on a fresh plan seeded the same way. */
  main: SeededPlan;
  /** A step of the main plan for callers outside it, who are refused before any step is read. */
  outsiderStepId: string;
}

/**
 * Members get a fresh step per call; everyone else shares one, so the passes stay within
 * the plan's cap on next steps. The interviewer may read the steps but not act on them.
 */
function stepForOutsider(w: World, who: Who) {
  return who === "outsider" || who === "signedOut" || who === "interviewer" ? { planId: w.main.planId, stepId: w.outsiderStepId } : null;
}

let candidateCaller: Caller | undefined;

/**
 * A plan of the organisation for the world's candidate, every private field
 * holding its marker: the organisation's at once, the candidate's once joined.
 */
async function seedPlan(
  w: Pick<World, "db" | "admin" | "candidateEmail" | "interviewer">,
  stage: "draft" | "shared" | "joined",
): Promise<SeededPlan> {
  const org = w.admin.caller;
  const input = planInput({ candidateEmail: w.candidateEmail, candidateName: "Jamie Marker", internalNote: markers.organisation.internalNote });
  input.interviewers!.push({ name: "Noor Haddad", jobTitle: "Product Lead", background: "", wantsToEstablish: "", profileUrl: null });
  const { id: planId } = await org.plan.create(input);
  const m = markers.organisation;
  const orgPrivate = [
    await org.goal.add({ planId, kind: "challenge", text: m.goal1Text, detail: m.goal1Detail, visibility: "private" }),
    await org.goal.add({ planId, kind: "consistency_check", text: m.goal2Text, detail: m.goal2Detail, visibility: "private" }),
  ];
  const acknowledged = await org.goal.add({ planId, kind: "team_goal", text: "See how you run research" });
  const unacknowledged = await org.goal.add({ planId, kind: "team_goal", text: "Hear about a hard trade-off" });
  const plan = await org.plan.get({ planId });
  await attachInterviewer(w.db, planId, w.interviewer.user);
  const seeded: SeededPlan = {
    planId,
    token: null,
    interviewerIds: plan.interviewers.map((p) => p.id),
    itemIds: plan.firstInterview.map((i) => i.id),
    unacknowledgedGoalId: unacknowledged.id,
    privateGoalIds: { organisation: orgPrivate.map((g) => g.id), candidate: [] },
  };
  if (stage === "draft") return seeded;

  await forgetEmailQuotas(w.db, { senderId: w.admin.user.id, to: w.candidateEmail });
  await org.plan.share({ planId });
  seeded.token = await newestJoinToken(w.db, w.candidateEmail);
  if (stage === "shared") return seeded;

  const joined = await acceptAsCandidate(w.db, seeded.token);
  candidateCaller ??= joined.caller;
  const c = candidateCaller;
  const cm = markers.candidate;
  seeded.privateGoalIds.candidate = [
    (await c.goal.add({ planId, kind: "doubt", text: cm.goal1Text, detail: cm.goal1Detail, visibility: "private" })).id,
    // A private must-know question: the organisation must not see it among the open questions either.
    (await c.goal.add({ planId, kind: "must_know", text: cm.goal2Text, detail: cm.goal2Detail, visibility: "private" })).id,
  ];
  await c.goal.add({ planId, kind: "learn", text: "How the team plans its quarter" });
  await c.preparation.saveNote({ planId, interviewerId: seeded.interviewerIds[0]!, text: cm.interviewer1Note, expectedVersion: null });
  await c.preparation.saveNote({ planId, interviewerId: seeded.interviewerIds[1]!, text: cm.interviewer2Note, expectedVersion: null });
  await c.preparation.saveNote({ planId, interviewerId: null, text: cm.planNote, expectedVersion: null });
  await c.preparation.acknowledgeGoal({ planId, goalId: acknowledged.id, acknowledged: true, note: cm.acknowledgementNote, expectedVersion: null });
  return seeded;
}

function callerOf(w: World, who: Who): Caller {
  switch (who) {
    case "candidate":
      return w.candidate;
    case "admin":
      return w.admin.caller;
    case "recruiter":
      return w.recruiter.caller;
    case "interviewer":
      return w.interviewer.caller;
    case "outsider":
      return w.outsider.caller;
    case "signedOut":
      return visitor(w.db);
  }
}

function emailOf(w: World, who: Who): string {
  return {
    candidate: w.candidateEmail,
    admin: w.admin.user.email,
    recruiter: w.recruiter.user.email,
    interviewer: w.interviewer.user.email,
    outsider: w.outsider.user.email,
    signedOut: w.candidateEmail,
  }[who];
}

/** The side a caller would act for; outsiders try the organisation's. */
const sideOf = (who: Who): PlanSide => (who === "candidate" ? "candidate" : "organisation");

/** The owner's caller for a side, to prepare state (a goal to edit, an item to discuss). */
const ownerOf = (w: World, side: PlanSide): Caller => (side === "candidate" ? w.candidate : w.admin.caller);

/** The interviewer's scratch goals are their own: they edit only goals they wrote. */
async function scratchGoal(w: World, who: Who) {
  const side = sideOf(who);
  const owner = who === "interviewer" ? w.interviewer.caller : ownerOf(w, side);
  return owner.goal.add({ planId: w.main.planId, kind: side === "candidate" ? "learn" : "team_goal", text: "Scratch goal" });
}

/** A first-interview item's version as both sides' pages show it. */
async function itemVersion(w: World, itemId: string) {
  return (await w.admin.caller.plan.get({ planId: w.main.planId })).firstInterview.find((i) => i.id === itemId)!.version;
}

/** The candidate's note about an interviewer: its version, or null while not written. */
async function noteVersion(w: World, interviewerId: string) {
  const { interviewerNotes } = await w.candidate.preparation.get({ planId: w.main.planId });
  return interviewerNotes.find((n) => n.interviewerId === interviewerId)?.version ?? null;
}

async function acknowledgementVersion(w: World, goalId: string) {
  const { acknowledgements } = await w.candidate.preparation.get({ planId: w.main.planId });
  return acknowledgements.find((a) => a.goalId === goalId)?.version ?? null;
}

/** An interviewer's invitation for a plan's last described interviewer, as interviewerInvitation.send stores one. */
function lastInterviewerToken(w: World, plan: SeededPlan) {
  return interviewerInvitationToken(w.db, { planId: plan.planId, invitedById: w.admin.user.id, interviewerId: plan.interviewerIds.at(-1)! });
}

/** A fresh joined plan whose last interviewer holds a pending invitation, as the recruiter's team commands act on. */
async function invitedTeammate(w: World) {
  const plan = await seedPlan(w, "joined");
  const interviewerId = plan.interviewerIds.at(-1)!;
  await w.admin.caller.interviewerInvitation.send({ planId: plan.planId, interviewerId, email: uniqueEmail("teammate") });
  return { planId: plan.planId, interviewerId };
}

/** A fresh plan of the world's candidate, its meeting held and the plan closed: the one kind the candidate rates. */
async function closedPlan(w: World) {
  const { planId } = await seedPlan(w, "joined");
  await holdMeeting(w.db, planId);
  const { version } = await w.admin.caller.plan.get({ planId });
  await w.admin.caller.plan.close({ planId, expectedVersion: version, outcome: "offer", message: "" });
  return planId;
}

type Builder<P extends ProcedurePath> = (w: World, who: Who) => Promise<InputOf<P>> | InputOf<P>;

/**
 * A valid input for every procedure, for the seeded plan where it takes one.
 * Typed by the router: a procedure without a builder does not compile, and
 * the first test checks the same at run time.
 */
const builders: { [P in ProcedurePath]: Builder<P> } = {
  "auth.signUp": () => ({ name: "New Admin", email: uniqueEmail("signup"), password: TEST_PASSWORD, organisationName: `Org ${randomUUID()}` }),
  "auth.resendVerification": async (w) => ({ email: (await unverifiedRegistration(w.db)).user.email }),
  "auth.describeVerification": async (w) => ({ token: (await unverifiedRegistration(w.db)).token }),
  "auth.confirmEmail": async (w) => ({ token: (await unverifiedRegistration(w.db)).token }),
  "auth.declineRegistration": async (w) => ({ token: (await unverifiedRegistration(w.db)).token }),
  "auth.requestMagicLink": (w, who) => ({ email: emailOf(w, who) }),
  "auth.requestPasswordReset": (w, who) => ({ email: emailOf(w, who) }),
  "auth.resetPassword": async (w) => ({
    token: await passwordResetToken(w.db, (await addTestMember(w.db, w.orgId)).user.email),
    password: "a brand new password",
  }),

  "account.me": () => undefined,
  // The same password again: the caller keeps signing in as before.
  "account.changePassword": () => ({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
  "account.switchOrganisation": (w) => ({ orgId: w.orgId }),

  "organisation.members": () => undefined,
  "organisation.invitations": () => undefined,
  "organisation.settings": () => undefined,
  "organisation.updateSettings": () => ({ candidateChangeCutoffHours: 24 }),
  "organisation.invite": () => ({ email: uniqueEmail("invitee"), role: "recruiter" }),
  "organisation.revokeInvitation": async (w) => ({
    invitationId: (await inviteWithToken(w.db, { orgId: w.orgId, inviterId: w.admin.user.id })).invitation.id,
  }),
  "organisation.removeMember": async (w) => ({ membershipId: (await addTestMember(w.db, w.orgId)).membership.id }),
  "organisation.changeRole": async (w) => ({ membershipId: (await addTestMember(w.db, w.orgId)).membership.id, role: "admin" }),

  "invitation.describe": async (w) => ({ token: (await inviteWithToken(w.db, { orgId: w.orgId, inviterId: w.admin.user.id })).token }),
  "invitation.accept": async (w) => ({
    token: (await inviteWithToken(w.db, { orgId: w.orgId, inviterId: w.admin.user.id })).token,
    name: "New Recruiter",
    password: TEST_PASSWORD,
  }),

  "plan.list": () => ({}),
  "plan.get": (w) => ({ planId: w.main.planId }),
  "plan.page": (w) => ({ planId: w.main.planId }),
  "plan.create": () => planInput(),
  // The form as the edit page sends it back: same ids, same internal note, so nothing private is lost.
  "plan.update": async (w) => {
    const { content, version } = await editableContent(w.admin, w.main.planId);
    return { planId: w.main.planId, expectedVersion: version, ...content };
  },
  "plan.share": async (w) => ({ planId: (await seedPlan(w, "draft")).planId }),
  "plan.revokeInvitation": async (w) => ({ planId: (await seedPlan(w, "shared")).planId }),
  "plan.cancel": async (w) => {
    const { planId } = await seedPlan(w, "joined");
    return { planId, expectedVersion: (await editableContent(w.admin, planId)).version };
  },
  "plan.duplicate": (w) => ({ planId: w.main.planId, candidateName: "Next Candidate", candidateEmail: uniqueEmail("next") }),
  "plan.calendar": (w) => ({ planId: w.main.planId }),

  "join.describe": async (w) => ({ token: (await seedPlan(w, "shared")).token! }),
  "join.accept": async (w) => ({ token: (await seedPlan(w, "shared")).token! }),
  "join.requestNewLink": (w) => ({ token: w.main.token! }),

  // The main plan's last interviewer: the first may speak for a viewer of this test.
  "interviewerJoin.describe": async (w) => ({ token: (await lastInterviewerToken(w, w.main)).token }),
  "interviewerJoin.accept": async (w) => ({ token: (await lastInterviewerToken(w, await seedPlan(w, "draft"))).token }),
  "interviewerJoin.requestNewLink": async (w) => ({ token: (await lastInterviewerToken(w, w.main)).token }),

  "team.list": () => undefined,
  "team.get": (w) => ({ planId: w.main.planId }),
  "team.page": (w) => ({ planId: w.main.planId }),
  "team.saveDebrief": (w) => ({ planId: w.main.planId, note: "Clear on research methods.", expectedVersion: 1 }),

  // A plan of its own each: the recruiter's commands change who is invited and reminded.
  "interviewerInvitation.send": async (w) => {
    const plan = await seedPlan(w, "joined");
    return { planId: plan.planId, interviewerId: plan.interviewerIds.at(-1)!, email: uniqueEmail("teammate") };
  },
  "interviewerInvitation.revoke": (w) => invitedTeammate(w),
  "interviewers.remind": (w) => invitedTeammate(w),
  "interviewers.shareInternalNote": async (w) => ({ planId: (await seedPlan(w, "joined")).planId, allowed: true }),

  "interview.list": () => undefined,
  "interview.get": (w) => ({ planId: w.main.planId }),
  "interview.page": (w) => ({ planId: w.main.planId }),
  "interview.calendar": (w) => ({ planId: w.main.planId }),

  "goal.list": (w) => ({ planId: w.main.planId }),
  "goal.add": (w, who) => ({
    planId: w.main.planId,
    kind: sideOf(who) === "candidate" ? ("establish" as const) : ("team_goal" as const),
    text: "Added in the leak test",
  }),
  "goal.update": async (w, who) => {
    const goal = await scratchGoal(w, who);
    const kind = sideOf(who) === "candidate" ? ("learn" as const) : ("team_goal" as const);
    return { planId: w.main.planId, goalId: goal.id, expectedVersion: goal.version, kind, text: "Scratch goal, edited" };
  },
  "goal.remove": async (w, who) => ({ planId: w.main.planId, goalId: (await scratchGoal(w, who)).id }),
  // The interviewer reorders the goals they wrote, the only goals on the plan by an interviewer.
  "goal.reorder": async (w, who) => {
    const { goals } = await ownerOf(w, sideOf(who)).goal.list({ planId: w.main.planId });
    const own = goals.filter((g) => g.side === sideOf(who) && (who !== "interviewer" || g.interviewerName !== null));
    return { planId: w.main.planId, orderedIds: own.map((g) => g.id).reverse() };
  },

  "preparation.get": (w) => ({ planId: w.main.planId }),
  "preparation.setStep": (w) => ({ planId: w.main.planId, step: 2, done: true }),
  // The third interviewer carries no marker: saving over a marked note would remove what is being looked for.
  "preparation.saveNote": async (w) => ({
    planId: w.main.planId,
    interviewerId: w.main.interviewerIds[2]!,
    text: "Noor: ask about roadmap",
    expectedVersion: await noteVersion(w, w.main.interviewerIds[2]!),
  }),
  "preparation.acknowledgeGoal": async (w) => ({
    planId: w.main.planId,
    goalId: w.main.unacknowledgedGoalId,
    acknowledged: true,
    note: "Will do",
    expectedVersion: await acknowledgementVersion(w, w.main.unacknowledgedGoalId),
  }),

  "consistency.flag": async (w) => ({
    planId: w.main.planId,
    itemId: w.main.itemIds[0]!,
    expectedVersion: await itemVersion(w, w.main.itemIds[0]!),
    comment: "Worth another look",
  }),
  "consistency.reply": async (w) => {
    const expectedVersion = await itemVersion(w, w.main.itemIds[1]!);
    await w.admin.caller.consistency.flag({ planId: w.main.planId, itemId: w.main.itemIds[1]!, comment: "Reopened for a reply", expectedVersion });
    return { planId: w.main.planId, itemId: w.main.itemIds[1]!, text: "A reply" };
  },
  "consistency.markAgreed": async (w) => {
    const flaggedFrom = await itemVersion(w, w.main.itemIds[2]!);
    await w.admin.caller.consistency.flag({ planId: w.main.planId, itemId: w.main.itemIds[2]!, comment: "Reopened to settle", expectedVersion: flaggedFrom });
    return { planId: w.main.planId, itemId: w.main.itemIds[2]!, expectedVersion: flaggedFrom + 1, comment: "Settled" };
  },

  "plan.close": async (w) => {
    const { planId } = await seedPlan(w, "joined");
    const { version } = await editableContent(w.admin, planId);
    return { planId, expectedVersion: version, outcome: "further_round" as const, message: "We'd like you back." };
  },

  "account.setNotificationEmails": () => ({ enabled: true }),
  "notification.list": () => ({ limit: 100 }),
  "notification.markRead": () => ({ ids: "all" as const }),

  "debrief.markOutcome": async (w, who) => {
    const goal = await scratchGoal(w, who);
    return { planId: w.main.planId, goalId: goal.id, outcome: "achieved" as const, note: "Covered", expectedVersion: goal.version };
  },
  "debrief.openQuestions": (w) => ({ planId: w.main.planId }),

  "nextStep.list": (w) => ({ planId: w.main.planId }),
  "nextStep.propose": (w) => ({ planId: w.main.planId, description: "Reference check", owner: "recruiter" as const }),
  "nextStep.confirm": async (w, who) => {
    const shared = stepForOutsider(w, who);
    if (shared) return { ...shared, expectedVersion: 1 };
    const { id } = await ownerOf(w, otherSide(sideOf(who))).nextStep.propose({ planId: w.main.planId, description: "Meet the team", owner: "recruiter" });
    return { planId: w.main.planId, stepId: id, expectedVersion: 1 };
  },
  "nextStep.edit": async (w, who) => {
    const shared = stepForOutsider(w, who);
    if (shared) return { ...shared, expectedVersion: 1, description: "Call back on Friday", owner: "recruiter" as const };
    const { id } = await ownerOf(w, sideOf(who)).nextStep.propose({ planId: w.main.planId, description: "Call back", owner: "recruiter" });
    return { planId: w.main.planId, stepId: id, expectedVersion: 1, description: "Call back on Friday", owner: "recruiter" as const };
  },
  "nextStep.markDone": async (w, who) => {
    const shared = stepForOutsider(w, who);
    if (shared) return shared;
    const side = sideOf(who);
    const { id } = await ownerOf(w, side).nextStep.propose({
      planId: w.main.planId,
      description: "Send references",
      owner: side === "candidate" ? "candidate" : "recruiter",
    });
    await ownerOf(w, otherSide(side)).nextStep.confirm({ planId: w.main.planId, stepId: id, expectedVersion: 1 });
    return { planId: w.main.planId, stepId: id };
  },
  "nextStep.drop": async (w, who) => {
    const shared = stepForOutsider(w, who);
    if (shared) return shared;
    const { id } = await ownerOf(w, sideOf(who)).nextStep.propose({ planId: w.main.planId, description: "Maybe later", owner: "recruiter" });
    return { planId: w.main.planId, stepId: id };
  },
  "nextStep.declineDrop": async (w, who) => {
    const shared = stepForOutsider(w, who);
    if (shared) return shared;
    const side = sideOf(who);
    const { id } = await ownerOf(w, side).nextStep.propose({ planId: w.main.planId, description: "Keep or drop", owner: "recruiter" });
    await ownerOf(w, otherSide(side)).nextStep.confirm({ planId: w.main.planId, stepId: id, expectedVersion: 1 });
    await ownerOf(w, otherSide(side)).nextStep.drop({ planId: w.main.planId, stepId: id });
    return { planId: w.main.planId, stepId: id };
  },
  // A step with a due date has a calendar file: the interviewer reads one as the members do.
  "nextStep.calendar": async (w, who) => {
    const shared = who !== "interviewer" && stepForOutsider(w, who);
    if (shared) return shared;
    const { id } = await w.admin.caller.nextStep.propose({
      planId: w.main.planId,
      description: "Decision",
      owner: "hiring_company",
      dueOn: "2031-03-14",
    });
    return { planId: w.main.planId, stepId: id };
  },
  "timeline.list": (w) => ({ planId: w.main.planId, limit: 100 }),

  // The main plan's meeting is over: times are offered, picked and refused on fresh joined plans.
  "scheduling.offer": async (w) => {
    const { planId } = await seedPlan(w, "joined");
    const { version, timeZone } = await w.admin.caller.plan.get({ planId });
    return { planId, expectedVersion: version, slots: futureSlots(timeZone) };
  },
  "scheduling.pick": async (w) => {
    const { planId } = await seedPlan(w, "joined");
    const [slot] = await offerThreeSlots(w.db, { orgId: w.orgId, planId, actorId: w.admin.user.id });
    return { planId, slotId: slot!.id };
  },
  "scheduling.changeTime": async (w) => ({ planId: (await seedPlan(w, "joined")).planId, intent: "reschedule" as const, message: "Could we move it?" }),
  "scheduling.requestOtherTimes": async (w) => {
    const { planId } = await seedPlan(w, "joined");
    await offerThreeSlots(w.db, { orgId: w.orgId, planId, actorId: w.admin.user.id });
    return { planId, message: "Mornings suit me better" };
  },

  "devOutbox.list": () => ({ limit: 200 }),

  // The streams' events are checked in test/live/live-leak.test.ts; here, who may open them.
  "live.plan": (w) => ({ planId: w.main.planId }),
  "live.me": () => ({}),

  // The export is checked like every answer: the candidate's carries their own markers and none of the organisation's.
  "dataRights.export": () => undefined,
  "dataRights.deletionPreview": () => undefined,
  // Not the caller's address: refused before anything is deleted, so every pass keeps its accounts.
  "dataRights.deleteAccount": (w, who) => ({ confirmEmail: `not-${emailOf(w, who)}` }),
  "dataRights.retention": () => undefined,
  "dataRights.setRetention": () => ({ retentionMonths: 12 }),
  "dataRights.previewErasure": (w) => ({ email: w.candidateEmail }),
  // An address with no plans: erasing the world's candidate would take the markers with it.
  "dataRights.erase": () => ({ email: uniqueEmail("nobody"), expectedPlans: 0 }),

  // The candidate rates a fresh closed plan of theirs; on the main plan (open) they read that nothing was given yet.
  "feedback.mine": (w) => ({ planId: w.main.planId }),
  "feedback.submit": async (w) => ({ planId: await closedPlan(w), preparation: 4, clarity: 5, overall: 4, comment: "Well organised.", showName: false }),
  "insights.get": () => ({ from: "2020-01-01", to: "2022-12-31" }),
};

function procedureAt(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  let node: unknown = caller;
  for (const key of path.split(".")) node = (node as Record<string, unknown>)[key];
  return node as (input: unknown) => Promise<unknown>;
}

/** What the caller receives: the result, or the error as the browser gets it (and its raw message). */
async function observe(call: Promise<unknown>): Promise<{ outcome: Outcome; json: string }> {
  try {
    return { outcome: "ok", json: JSON.stringify(await call) ?? "" };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const shown = await failureOf(Promise.reject(error));
    return { outcome: error.code, json: JSON.stringify({ ...shown, raw: error.message }) };
  }
}

interface Pass {
  outcomes: Record<string, Outcome>;
  leaks: { procedure: string; marker: string }[];
  /** Every marker found in what this caller received: a side must see its own, or the test proves nothing. */
  seen: Set<string>;
}

/** Calls every procedure once as `who`, on the seeded plan. */
async function runPass(w: World, who: Who): Promise<Pass> {
  const pass: Pass = { outcomes: {}, leaks: [], seen: new Set() };
  const all = [...candidateMarkers, ...organisationMarkers];
  for (const [path, build] of Object.entries(builders) as [ProcedurePath, Builder<ProcedurePath>][]) {
    const input = await build(w, who);
    const { outcome, json } = await observe(procedureAt(callerOf(w, who), path)(input));
    pass.outcomes[path] = outcome;
    for (const m of all) if (json.includes(m)) pass.seen.add(m);
    for (const m of forbidden[who]) if (json.includes(m)) pass.leaks.push({ procedure: path, marker: m });
  }
  return pass;
}

function expectValidInputs(pass: Pass) {
  // A builder whose input is refused as invalid, or that breaks the server, would check nothing.
  const broken = Object.entries(pass.outcomes).filter(([, o]) => o === "BAD_REQUEST" || o === "INTERNAL_SERVER_ERROR");
  expect(broken).toEqual([]);
}

function expectOkExcept(pass: Pass, refused: RegExp) {
  const notOk = Object.entries(pass.outcomes).filter(([path, o]) => o !== "ok" && !refused.test(path));
  expect(notOk).toEqual([]);
}

let world: World;

beforeAll(async () => {
  const db = await testDb();
  const { org, admin } = await newOrg(db);
  const recruiter = await recruiterOf(db, org.id, "recruiter");
  const outsider = (await newOrg(db)).admin;
  const interviewerUser = await createTestUser(db, { name: "Ines Interviewer" });
  const interviewer = { user: interviewerUser, caller: callerFor(db, await signIn(db, interviewerUser.id)) };
  const candidateEmail = uniqueEmail("leak-candidate");
  candidateCaller = undefined;
  const main = await seedPlan({ db, admin, candidateEmail, interviewer }, "joined");
  // The meeting is over: the debrief, next steps and open questions are live, with private outcome notes on both sides.
  await holdMeeting(db, main.planId);
  const candidate = candidateCaller!;
  await candidate.debrief.markOutcome({
    planId: main.planId,
    goalId: main.privateGoalIds.candidate[0]!,
    outcome: "partly",
    note: markers.candidate.outcomeNote,
    expectedVersion: 1,
  });
  await admin.caller.debrief.markOutcome({
    planId: main.planId,
    goalId: main.privateGoalIds.organisation[0]!,
    outcome: "not_achieved",
    note: markers.organisation.outcomeNote,
    expectedVersion: 1,
  });
  const outsiderStep = await admin.caller.nextStep.propose({ planId: main.planId, description: "Agree a start date", owner: "recruiter" });
  world = { db, orgId: org.id, admin, recruiter, interviewer, outsider, candidateEmail, candidate, main, outsiderStepId: outsiderStep.id };
});

describe("private content never reaches the other side", () => {
  it("has an input builder for every procedure of the router, and none for a procedure that does not exist", () => {
    const procedures = Object.keys(appRouter._def.procedures);
    const built = Object.keys(builders);
    expect({
      proceduresWithoutBuilder: procedures.filter((p) => !built.includes(p)),
      buildersWithoutProcedure: built.filter((b) => !procedures.includes(b)),
    }).toEqual({ proceduresWithoutBuilder: [], buildersWithoutProcedure: [] });
  });

  it("the candidate, calling every procedure, receives none of the organisation's private content", async () => {
    const pass = await runPass(world, "candidate");
    expectValidInputs(pass);
    expectOkExcept(
      pass,
      /^(plan|organisation|interviewerInvitation|interviewers)\.|^account\.switchOrganisation$|^scheduling\.offer$|^team\.(get|page|saveDebrief)$|^dataRights\.(deleteAccount|retention|setRetention|previewErasure|erase)$|^insights\./,
    );
    expect(pass.leaks).toEqual([]);
    // The candidate did read their own private content along the way.
    expect(candidateMarkers.filter((m) => !pass.seen.has(m))).toEqual([]);
  });

  for (const who of ["admin", "recruiter"] as const)
    it(`a recruiter of the organisation (${who}), calling every procedure, receives none of the candidate's private content`, async () => {
      const pass = await runPass(world, who);
      expectValidInputs(pass);
      if (who === "admin")
        expectOkExcept(pass, /^preparation\.|^interview\.(get|calendar|page)$|^scheduling\.(pick|requestOtherTimes|changeTime)$|^team\.(get|page|saveDebrief)$|^dataRights\.deleteAccount$|^feedback\./);
      else
        expectOkExcept(
          pass,
          /^preparation\.|^interview\.(get|calendar|page)$|^scheduling\.(pick|requestOtherTimes|changeTime)$|^organisation\.(invitations|invite|revokeInvitation|removeMember|changeRole|updateSettings)$|^team\.(get|page|saveDebrief)$|^dataRights\.(deleteAccount|setRetention|previewErasure|erase)$|^feedback\./,
        );
      expect(pass.leaks).toEqual([]);
      expect(organisationMarkers.filter((m) => !pass.seen.has(m))).toEqual([]);
    });

  /** What the plan's interviewer may not call: the organisation's, the candidate's, and agreeing or settling. */
  const refusedToInterviewer =
    /^(plan|organisation|preparation|scheduling|interviewers|interviewerInvitation)\.|^account\.switchOrganisation$|^interview\.(get|calendar|page)$|^nextStep\.(propose|confirm|edit|markDone|drop|declineDrop)$|^consistency\.markAgreed$|^dataRights\.(deleteAccount|retention|setRetention|previewErasure|erase)$|^(feedback|insights)\./;
  const organisationPrivate = organisationMarkers.filter((m) => m !== markers.organisation.internalNote);

  it("the plan's interviewer, calling every procedure, receives none of the candidate's private content nor the unshared internal note", async () => {
    const pass = await runPass(world, "interviewer");
    expectValidInputs(pass);
    expectOkExcept(pass, refusedToInterviewer);
    expect(pass.leaks).toEqual([]);
    // On the organisation's side: the recruiters' private goals and their outcome notes reach the interviewer.
    expect(organisationPrivate.filter((m) => !pass.seen.has(m))).toEqual([]);
  });

  it("once the internal note is shared with the interviewers, it reaches the interviewer, and still nothing of the candidate's", async () => {
    const { db, main } = world;
    await db.update(plans).set({ interviewersSeeInternalNote: true }).where(eq(plans.id, main.planId));
    try {
      const pass = await runPass(world, "interviewer");
      expectValidInputs(pass);
      expect(pass.leaks.filter((l) => l.marker !== markers.organisation.internalNote)).toEqual([]);
      expect(pass.seen.has(markers.organisation.internalNote)).toBe(true);
    } finally {
      await db.update(plans).set({ interviewersSeeInternalNote: false }).where(eq(plans.id, main.planId));
    }
  });

  for (const who of ["outsider", "signedOut"] as const)
    it(`${who === "outsider" ? "another organisation's admin" : "a signed-out visitor"} receives no private content of either side`, async () => {
      const pass = await runPass(world, who);
      expectValidInputs(pass);
      expect(pass.leaks).toEqual([]);
    });

  it("the private content is all still there after every procedure ran", async () => {
    const { main, candidate, admin } = world;
    const candidateSees = JSON.stringify([
      await candidate.goal.list({ planId: main.planId }),
      await candidate.preparation.get({ planId: main.planId }),
    ]);
    expect(candidateMarkers.filter((m) => !candidateSees.includes(m))).toEqual([]);
    const organisationSees = JSON.stringify([
      await admin.caller.goal.list({ planId: main.planId }),
      await admin.caller.plan.get({ planId: main.planId }),
    ]);
    expect(organisationMarkers.filter((m) => !organisationSees.includes(m))).toEqual([]);
  });

  it("no email to either side carries the other side's private content", async () => {
    const w = world;
    // The batched notification emails go out first, so they are checked too.
    await sendDueDigests(w.db);
    const emails = await w.db
      .select()
      .from(outbox)
      .where(inArray(outbox.toAddress, everyone.map((who) => emailOf(w, who))));
    const leaks = emails.flatMap((e) => {
      const who = everyone.find((v) => emailOf(w, v) === e.toAddress)!;
      const text = `${e.subject}\n${e.textBody}`;
      return forbidden[who].filter((m) => text.includes(m)).map((m) => ({ to: e.toAddress, kind: e.kind, marker: m }));
    });
    expect(leaks).toEqual([]);
    // The emails checked include invitations, a cancellation and a request for a new link, not just sign-in links.
    const kinds = new Set(emails.map((e) => e.kind));
    for (const kind of ["plan_invitation", "plan_cancelled", "plan_link_requested", "magic_link", "plan_update"]) expect(kinds).toContain(kind);
  });

  it("neither calendar file carries the other side's private content", async () => {
    const { main, candidate, admin, recruiter } = world;
    const candidateIcs = (await candidate.interview.calendar({ planId: main.planId })).ics;
    for (const m of organisationMarkers) expect(candidateIcs).not.toContain(m);
    for (const caller of [admin.caller, recruiter.caller]) {
      const ics = (await caller.plan.calendar({ planId: main.planId })).ics;
      for (const m of candidateMarkers) expect(ics).not.toContain(m);
    }
    expect(candidateIcs).toContain("BEGIN:VEVENT");
  });

  it("no reader's summary PDF carries the other side's private content, and each holds the reader's own", async () => {
    const { main } = world;
    const readers = [
      { who: "candidate", role: "candidate", own: markers.candidate.goal1Text },
      { who: "admin", role: "recruiter", own: markers.organisation.internalNote },
      { who: "recruiter", role: "recruiter", own: markers.organisation.goal1Text },
      { who: "interviewer", role: "interviewer", own: markers.organisation.goal1Text },
    ] as const;
    for (const { who, role, own } of readers) {
      // Whitespace removed: a marker broken over two lines of the PDF is still found.
      const { flat } = await summaryPdfText(callerOf(world, who), role, main.planId);
      expect(forbidden[who].filter((m) => flat.includes(m))).toEqual([]);
      expect(flat).toContain(own);
    }
  });
});
