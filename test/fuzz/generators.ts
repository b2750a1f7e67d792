import fc from "fast-check";
import { firstInterviewStatuses, firstInterviewTopics, goalKinds, goalOutcomes, goalPriorities, meetingFormats, membershipRoles, planOutcomes, planStages, stepOwners, visibilities } from "@/server/rules/enums";
import { uniqueEmail } from "@/db/seed/factories";
import type { ProcedurePath } from "../matrix-types";
import { TEST_PASSWORD } from "../users";
import type { FuzzWorld, OnPlan } from "./world";
import { bool, calls, field, fixed, hostileStrings, idOf, input, int, list, noInput, oneOf, optional, text, type Field } from "./values";

export type InputGenerator = (world: FuzzWorld) => fc.Arbitrary<unknown>;

const email = (w: FuzzWorld) =>
  field(
    fc.oneof(
      fc.constantFrom(...Object.values(w.actors).flatMap((a) => (a.user ? [a.user.email] : []))),
      fc.constant(null).map(() => uniqueEmail("fuzz")),
    ),
    fc.constantFrom("not an email", "a@b", `${"x".repeat(250)}@example.com`, "a\u0000@example.com", "\ud83d@example.com", "a@example.com\u0000"),
  );

/** New passwords are hashed with scrypt when valid, so the good one is a single constant. */
const newPassword = field(fc.constant("a brand new password"), fc.constantFrom("short", "", "x".repeat(201), "\u0000".repeat(12), "\ud83d".repeat(12), "password123"));

const token = (w: FuzzWorld) => field(fc.constantFrom(...w.tokens), fc.oneof(fc.constantFrom(...hostileStrings), fc.base64String({ maxLength: 60 })));
const tokenInput = (w: FuzzWorld) => calls(input({ token: token(w) }));

/** A dashboard cursor: well-formed but forged (any instant, row and position) when good; broken or garbage when bad. */
const asCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const listCursor = field(
  fc
    .tuple(fc.constantFrom("a", "b"), fc.date({ min: new Date(0), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }), fc.uuid(), fc.nat(100_000))
    .map(([direction, at, id, position]) => asCursor([direction, at.toISOString().replace("Z", "000Z"), id, position])),
  fc.oneof(
    fc.constantFrom(
      asCursor(["a", "2027-02-30T10:00:00.000000Z", "00000000-0000-0000-0000-000000000000", 0]),
      asCursor(["a", "2027-01-01T10:00:00.000000Z", "not-a-uuid", 0]),
      asCursor(["b", "2027-01-01T10:00:00.000000Z", "00000000-0000-0000-0000-000000000000", -1]),
      asCursor({ direction: "after" }),
      Buffer.from("{not json").toString("base64url"),
    ),
    fc.constantFrom(...hostileStrings),
    fc.base64String({ maxLength: 80 }),
  ),
);

const planIdOf = (w: FuzzWorld, planId: string) => idOf(planId, w.planIds.filter((id) => id !== planId));

/** Calls about one of the world's plans, chosen first so the other ids can belong to it. */
const onPlan = (w: FuzzWorld, shape: (planId: string) => Record<string, Field>) =>
  fc.constantFrom(...w.planIds).chain((planId) => calls(input({ planId: planIdOf(w, planId), ...shape(planId) })));

/** Calls about one row (a goal, an item, a step) of a plan, with both ids usually belonging together. */
const onRow = (w: FuzzWorld, rows: OnPlan[], key: string, shape: (row: OnPlan) => Record<string, Field> = () => ({})) =>
  fc.constantFrom(...rows).chain((row) =>
    calls(input({ planId: planIdOf(w, row.planId), [key]: idOf(row.id, rows.map((r) => r.id).filter((id) => id !== row.id)), ...shape(row) })),
  );

const planRef = (w: FuzzWorld) => onPlan(w, () => ({}));
const version = int(1, 3);
/** A note's version, or null for a note not written yet. */
const noteVersion = field(fc.constantFrom(null, 1, 2), fc.constantFrom(0, -1, 2 ** 31, "1", undefined));

const dueOn = field(fc.constantFrom(null, "2031-03-14"), fc.constantFrom("2020-01-01", "2026-02-30", "2026-13-01", "31-03-2031", "+275760-09-13", "2031-03-14\u0000"));

const meeting = (w: FuzzWorld) =>
  input({
    roleTitle: text(120),
    hiringCompany: text(120),
    candidateName: text(100),
    candidateEmail: email(w),
    startsAtLocal: field(fc.constantFrom("2027-01-14T10:00", "2031-06-30T23:45"), fc.constantFrom("2026-02-30T10:00", "0000-01-01T00:00", "99999-12-31T23:59", "2027-01-14 10:00")),
    timeZone: field(fc.constantFrom("Europe/London", "UTC", "America/New_York", "Pacific/Kiritimati"), fc.constantFrom("Mars/Olympus", "", "Europe/London\u0000", "x".repeat(65))),
    durationMinutes: int(15, 480),
    format: oneOf(meetingFormats),
    location: field(fc.constantFrom("https://meet.example.com/a"), fc.constantFrom("javascript:alert(1)", "https://a.example/\u0000", "https://a.example/\ud83d", "", "x".repeat(501))),
    joiningNotes: optional(text(2000)),
    agenda: optional(list(text(200), 20)),
    internalNote: optional(text(5000)),
  });

const interviewer = (ids: string[]) =>
  input({
    id: optional(field(fc.constantFrom(...ids), fc.constantFrom("not-a-uuid", "\u0000"))),
    expectedVersion: optional(version),
    name: text(100),
    jobTitle: optional(text(120)),
    background: optional(text(2000)),
    wantsToEstablish: optional(text(2000)),
    profileUrl: optional(field(fc.constantFrom(null, "", "https://www.example.com/in/x"), fc.constantFrom("ftp://x", "https://x.example/\u0000", "https://x.example/\udc00", "x".repeat(501)))),
  });

const firstInterviewItem = (ids: string[]) =>
  input({
    id: optional(field(fc.constantFrom(...ids), fc.constantFrom("not-a-uuid", "\u0000"))),
    expectedVersion: optional(version),
    topic: oneOf(firstInterviewTopics),
    summary: text(1000),
    status: optional(oneOf(firstInterviewStatuses)),
  });

const planContent = (w: FuzzWorld) => ({
  meeting: meeting(w),
  interviewers: optional(list(interviewer(w.interviewers.map((r) => r.id)), 12)),
  firstInterview: optional(list(firstInterviewItem(w.items.map((r) => r.id)), 30)),
});

const goalFields = {
  kind: oneOf(goalKinds),
  text: text(300),
  detail: optional(text(2000)),
  priority: optional(oneOf(goalPriorities)),
  visibility: optional(oneOf(visibilities)),
};

const role = oneOf(membershipRoles);
const ids = (w: FuzzWorld, pool: string[]) => idOf(pool[0]!, [...pool.slice(1), ...w.planIds]);

/**
 * One generator per procedure of the router. Typed by the router's paths, so a
 * procedure added without a generator does not compile, and the test checks the
 * same at run time.
 */
export const generators: { [P in ProcedurePath]: InputGenerator } = {
  "auth.signUp": (w) => calls(input({ name: text(100), email: email(w), password: newPassword, organisationName: text(120) })),
  "auth.resendVerification": (w) => calls(input({ email: email(w) })),
  "auth.describeVerification": tokenInput,
  "auth.confirmEmail": tokenInput,
  "auth.declineRegistration": tokenInput,
  "auth.requestMagicLink": (w) => calls(input({ email: email(w) })),
  "auth.requestPasswordReset": (w) => calls(input({ email: email(w) })),
  "auth.resetPassword": (w) => calls(input({ token: token(w), password: newPassword })),

  "account.me": () => noInput,
  "account.changePassword": () =>
    calls(input({ currentPassword: field(fc.constantFrom(TEST_PASSWORD, "wrong password"), fc.constantFrom("", "x".repeat(300), "\u0000")), newPassword })),
  "account.setNotificationEmails": () => calls(input({ enabled: bool })),
  "account.switchOrganisation": (w) => calls(input({ orgId: ids(w, [w.org.id, w.otherOrg.id]) })),

  "organisation.members": () => noInput,
  "organisation.invitations": () => noInput,
  "organisation.settings": () => noInput,
  "organisation.updateSettings": () => calls(input({ candidateChangeCutoffHours: int(0, 336) })),
  "organisation.invite": (w) => calls(input({ email: email(w), role: optional(role) })),
  "organisation.revokeInvitation": (w) => calls(input({ invitationId: ids(w, w.invitationIds) })),
  "organisation.removeMember": (w) => calls(input({ membershipId: ids(w, w.membershipIds) })),
  "organisation.changeRole": (w) => calls(input({ membershipId: ids(w, w.membershipIds), role })),

  "invitation.describe": tokenInput,
  "invitation.accept": (w) => calls(input({ token: token(w), name: optional(text(100)), password: optional(newPassword) })),

  "plan.list": () =>
    calls(input({ stages: optional(list(oneOf(planStages), planStages.length)), search: optional(text(100)), cursor: optional(listCursor) })),
  "plan.get": planRef,
  "plan.page": planRef,
  "plan.create": (w) => calls(input(planContent(w))),
  "plan.update": (w) => onPlan(w, () => ({ expectedVersion: version, ...planContent(w) })),
  "plan.share": planRef,
  "plan.revokeInvitation": planRef,
  "plan.cancel": (w) => onPlan(w, () => ({ expectedVersion: version })),
  "plan.close": (w) => onPlan(w, () => ({ expectedVersion: version, outcome: oneOf(planOutcomes), message: optional(text(2000)) })),
  "plan.duplicate": (w) => onPlan(w, () => ({ candidateName: text(100), candidateEmail: email(w) })),
  "plan.calendar": planRef,

  "join.describe": tokenInput,
  "join.accept": tokenInput,
  "join.requestNewLink": tokenInput,

  "interviewerJoin.describe": tokenInput,
  "interviewerJoin.accept": tokenInput,
  "interviewerJoin.requestNewLink": tokenInput,

  "team.list": () => noInput,
  "team.get": planRef,
  "team.page": planRef,
  "team.saveDebrief": (w) => onPlan(w, () => ({ note: text(2000), expectedVersion: version })),

  "interview.list": () => noInput,
  "interview.get": planRef,
  "interview.page": planRef,
  "interview.calendar": planRef,

  "goal.list": planRef,
  "goal.add": (w) => onPlan(w, () => goalFields),
  "goal.update": (w) => onRow(w, w.goals, "goalId", () => ({ expectedVersion: version, ...goalFields })),
  "goal.remove": (w) => onRow(w, w.goals, "goalId"),
  "goal.reorder": (w) =>
    onPlan(w, (planId) => ({ orderedIds: list(field(fc.constantFrom(...w.goals.filter((g) => g.planId === planId).map((g) => g.id), ...w.goals.map((g) => g.id)), fc.constantFrom("not-a-uuid")), 50) })),

  "preparation.get": planRef,
  "preparation.setStep": (w) => onPlan(w, () => ({ step: int(1, 5), done: bool })),
  "preparation.saveNote": (w) =>
    fc.oneof(
      onRow(w, w.interviewers, "interviewerId", () => ({ text: optional(text(5000)), expectedVersion: noteVersion })),
      // The plan-level note, about no interviewer.
      onPlan(w, () => ({ interviewerId: fixed(null, fc.constantFrom("not-a-uuid", "")), text: optional(text(5000)), expectedVersion: noteVersion })),
    ),
  "preparation.acknowledgeGoal": (w) => onRow(w, w.goals, "goalId", () => ({ acknowledged: bool, note: optional(text(5000)), expectedVersion: noteVersion })),

  "consistency.flag": (w) => onRow(w, w.items, "itemId", () => ({ expectedVersion: version, comment: text(1000) })),
  "consistency.reply": (w) => onRow(w, w.items, "itemId", () => ({ text: text(1000) })),
  "consistency.markAgreed": (w) => onRow(w, w.items, "itemId", () => ({ expectedVersion: version, comment: optional(text(1000)) })),

  "debrief.markOutcome": (w) =>
    onRow(w, w.goals, "goalId", () => ({
      outcome: field(fc.constantFrom(null, ...goalOutcomes), fc.constantFrom("", "achieved ", 1)),
      note: optional(text(2000)),
      expectedVersion: version,
    })),
  "debrief.openQuestions": planRef,

  "nextStep.list": planRef,
  "nextStep.propose": (w) => onPlan(w, () => ({ description: text(300), owner: oneOf(stepOwners), dueOn: optional(dueOn) })),
  "nextStep.confirm": (w) => onRow(w, w.steps, "stepId", () => ({ expectedVersion: version })),
  "nextStep.edit": (w) =>
    onRow(w, w.steps, "stepId", () => ({ expectedVersion: version, description: text(300), owner: oneOf(stepOwners), dueOn: optional(dueOn) })),
  "nextStep.markDone": (w) => onRow(w, w.steps, "stepId"),
  "nextStep.drop": (w) => onRow(w, w.steps, "stepId"),
  "nextStep.declineDrop": (w) => onRow(w, w.steps, "stepId"),
  "nextStep.calendar": (w) => onRow(w, w.steps, "stepId"),

  "scheduling.offer": (w) =>
    onPlan(w, () => ({
      expectedVersion: version,
      slots: list(
        input({
          startsAtLocal: field(fc.constantFrom("2031-01-14T10:00", "2031-01-15T14:30", "2031-06-30T23:45"), fc.constantFrom("2026-02-30T10:00", "2031-01-14 10:00", "", "\u0000")),
          durationMinutes: int(15, 480),
        }),
        10,
      ),
    })),
  "scheduling.pick": (w) => onPlan(w, () => ({ slotId: idOf(w.planIds[0]!, w.planIds.slice(1)) })),
  "scheduling.requestOtherTimes": (w) => onPlan(w, () => ({ message: optional(text(1000)) })),
  "scheduling.changeTime": (w) => onPlan(w, () => ({ intent: oneOf(["reschedule", "cancel"]), message: optional(text(1000)) })),

  "interviewerInvitation.send": (w) => onRow(w, w.interviewers, "interviewerId", () => ({ email: email(w) })),
  "interviewerInvitation.revoke": (w) => onRow(w, w.interviewers, "interviewerId"),
  "interviewers.remind": (w) => onRow(w, w.interviewers, "interviewerId"),
  "interviewers.shareInternalNote": (w) => onPlan(w, () => ({ allowed: bool })),

  "timeline.list": (w) =>
    onPlan(w, () => ({
      before: optional(field(fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01") }), fc.constantFrom(new Date(Number.NaN), new Date(-8.64e15), new Date(8.64e15), "2026-01-01"))),
      limit: optional(int(1, 100)),
    })),

  "notification.list": () => fc.oneof(noInput, calls(input({ limit: optional(int(1, 100)) }))),
  "notification.markRead": (w) =>
    calls(input({ ids: field(fc.oneof(fc.constant("all"), fc.array(fc.constantFrom(...w.planIds), { maxLength: 3 })), fc.constantFrom("ALL", [..."x".repeat(101)].map(() => w.planIds[0]), ["not-a-uuid"]) ) })),

  "devOutbox.list": () => fc.oneof(noInput, calls(input({ limit: optional(int(1, 200)) }))),

  "live.plan": (w) => onPlan(w, () => ({ lastEventId: optional(text(100)) })),
  "live.me": () => fc.oneof(noInput, calls(input({ lastEventId: optional(text(100)) }))),

  "feedback.mine": planRef,
  "feedback.submit": (w) =>
    onPlan(w, () => ({ preparation: int(1, 5), clarity: int(1, 5), overall: int(1, 5), comment: optional(text(2000)), showName: optional(bool) })),
  "insights.get": () =>
    calls(input({ from: field(fc.constantFrom("2026-01-01", "2024-01-01"), fc.constantFrom(...hostileStrings)), to: field(fc.constantFrom("2026-12-31"), fc.constantFrom("2026-02-30", "", "2031-03-14\u0000")) })),

  "dataRights.export": () => noInput,
  "dataRights.deletionPreview": () => noInput,
  // Never an actor's own address: a deletion that went through would take an actor out of the world.
  "dataRights.deleteAccount": () => calls(input({ confirmEmail: field(fc.constant(null).map(() => uniqueEmail("not-mine")), fc.constantFrom(...hostileStrings)) })),
  "dataRights.retention": () => noInput,
  "dataRights.setRetention": () => calls(input({ retentionMonths: int(1, 120) })),
  "dataRights.previewErasure": (w) => calls(input({ email: email(w) })),
  // An address with no plans: an erasure that went through would anonymise the world's plans.
  "dataRights.erase": () =>
    calls(input({ email: field(fc.constant(null).map(() => uniqueEmail("erase")), fc.constantFrom(...hostileStrings)), expectedPlans: int(0, 2) })),
};

/** Procedures that hash a password when their input is valid: scrypt is slow by design, so they get fewer runs. */
export const HASHING_PROCEDURES: ReadonlySet<ProcedurePath> = new Set([
  "auth.signUp",
  "auth.resetPassword",
  "account.changePassword",
  "invitation.accept",
]);
