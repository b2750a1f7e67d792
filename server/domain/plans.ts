import { and, desc, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  memberships,
  organisations,
  plans,
  users,
  type MeetingFormat,
  type Plan,
} from "@/db/schema";
import { meetingInvitation } from "@/server/calendar/plan-calendar";
import { enqueueEmail } from "@/server/email/outbox";
import { scheduleMeetingReminder } from "@/server/jobs/reminders";
import { planCancelledEmail, planRescheduledEmail } from "@/server/email/templates";
import { env } from "@/server/env";
import { AppError } from "./errors";
import { getPlanForOrg } from "./plan-reads";
import { replaceChildren, type FirstInterviewItemFields, type InterviewerFields } from "./plan-children";
import { emailCandidateAboutMeeting } from "./meeting-emails";
import { announcePlaceChange, recordPlaceChange } from "./meeting-place-changes";
import { notifySide } from "./notifications";
import { revokePendingInvitations } from "./plan-invitations";
import { assertTransition } from "./plan-stages";
import { publishChange } from "@/server/live/publish";
import { assertPlanWritable } from "./plan-writable";
import { withdrawSlots } from "./slot-rows";
import { recordEvent } from "./timeline";
import { updateTeamCalendars } from "./team-calendars";
import { utcToZonedLocal, zonedLocalToUtc } from "@/server/rules/time-zones";
import { formatMeetingOnItsClock } from "@/server/rules/format";
import { isPlaceChanged, placeChanges } from "@/server/rules/meeting-place";
import { isTimeToBePicked } from "@/server/rules/scheduling";
import { meetingTimeOf } from "@/server/rules/timeline-events";
import { MAX_CANDIDATE_PLANS_LISTED } from "@/server/rules/limits";
import { candidateSeesPlan, isCandidateEmailLocked } from "@/server/rules/plan-actions";
import { absoluteUrl, interviewPath } from "@/server/rules/plan-urls";

export interface MeetingFields {
  roleTitle: string;
  hiringCompany: string;
  candidateName: string;
  candidateEmail: string;
  /** Wall-clock start in `timeZone`, "YYYY-MM-DDTHH:mm". */
  startsAtLocal: string;
  timeZone: string;
  durationMinutes: number;
  format: MeetingFormat;
  location: string;
  joiningNotes: string;
  agenda: string[];
  internalNote: string;
}

export interface PlanContent {
  meeting: MeetingFields;
  interviewers: InterviewerFields[];
  firstInterview: FirstInterviewItemFields[];
}

function meetingColumns(m: MeetingFields) {
  const startsAt = zonedLocalToUtc(m.startsAtLocal, m.timeZone);
  const { startsAtLocal: _local, ...rest } = m;
  return { ...rest, startsAt, endsAt: new Date(startsAt.getTime() + m.durationMinutes * 60_000) };
}

export const MEMBER_AS_CANDIDATE_EMAIL_MESSAGE =
  "This address belongs to a member of your organisation: a recruiter cannot be the candidate of their own organisation's plan. Use the candidate's own address.";

/** A member would see the organisation's private side of their own plan: such a candidate is refused. */
async function assertCandidateIsNotMember(tx: Db, orgId: string, candidateEmail: string) {
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), eq(users.email, candidateEmail)))
    .limit(1);
  if (member) throw new AppError("BAD_REQUEST", MEMBER_AS_CANDIDATE_EMAIL_MESSAGE, "meeting.candidateEmail");
}

export async function createPlan(db: Db, input: { orgId: string; createdById: string; content: PlanContent }) {
  return db.transaction(async (tx) => {
    await assertCandidateIsNotMember(tx, input.orgId, input.content.meeting.candidateEmail);
    const [plan] = await tx
      .insert(plans)
      .values({ orgId: input.orgId, createdById: input.createdById, ...meetingColumns(input.content.meeting) })
      .returning({ id: plans.id });
    await replaceChildren(tx, plan!.id, input.content);
    await recordEvent(tx, { planId: plan!.id, actorSide: "organisation", actorId: input.createdById, type: "plan_created", audience: "organisation", data: {} });
    // A new plan has no page open yet, but the organisation's dashboards list it.
    await publishChange(tx, { scope: "plan", planId: plan!.id, orgId: input.orgId, parts: ["details", "stage"] });
    return plan!;
  });
}

export const STALE_VERSION_MESSAGE =
  "Someone else changed this plan while you were editing. Reload to see their changes; your text is kept in the form.";

/**
 * Saves the whole plan at once, only if nobody saved since `expectedVersion`:
 * a concurrent edit is refused, never silently overwritten. A new time or place
 * for a plan the candidate can see is emailed to them in the same transaction:
 * one email when both change.
 */
export async function updatePlan(
  db: Db,
  input: { orgId: string; planId: string; expectedVersion: number; content: PlanContent; actorId?: string },
) {
  return db.transaction(async (tx) => {
    const current = await assertPlanWritable(tx, input.planId, ["details", "items", "timeline"], { orgId: input.orgId });
    if (current.version !== input.expectedVersion) throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
    if (isCandidateEmailLocked(current) && input.content.meeting.candidateEmail !== current.candidateEmail)
      throw new AppError(
        "PRECONDITION_FAILED",
        "The plan was already shared with this candidate. To invite someone else, duplicate the plan for them.",
        "meeting.candidateEmail",
      );
    if (input.content.meeting.candidateEmail !== current.candidateEmail)
      await assertCandidateIsNotMember(tx, input.orgId, input.content.meeting.candidateEmail);
    const typed = meetingColumns(input.content.meeting);
    // While the candidate picks, the form sends back the offer's first start: kept as it is, it keeps the offer.
    const keepsOffer =
      isTimeToBePicked(current) &&
      typed.startsAt.getTime() === current.startsAt.getTime() &&
      typed.timeZone === current.timeZone &&
      typed.durationMinutes === current.durationMinutes;
    const columns = keepsOffer ? { ...typed, startsAt: current.startsAt, endsAt: current.endsAt } : typed;
    const rescheduled =
      current.startsAt.getTime() !== columns.startsAt.getTime() ||
      current.endsAt.getTime() !== columns.endsAt.getTime() ||
      current.timeZone !== columns.timeZone;
    // A time typed over an open offer of slots is a fixed time instead: the offer is withdrawn.
    const fixedOverOffer = rescheduled && isTimeToBePicked(current);
    const [plan] = await tx
      .update(plans)
      .set({
        ...columns,
        ...(fixedOverOffer ? { timeToBePicked: false } : {}),
        // A new time answers the candidate's request for another one.
        ...(rescheduled ? { otherTimesMessage: null, otherTimesRequestedAt: null } : {}),
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(plans.id, current.id))
      .returning();
    if (fixedOverOffer) await withdrawSlots(tx, current.id);
    await replaceChildren(tx, current.id, input.content);
    if (candidateSeesPlan(current)) {
      if (rescheduled) await announceReschedule(tx, current, plan!, input.actorId ?? null);
      else if (isPlaceChanged(current, plan!)) await announcePlaceChange(tx, current, plan!, input.actorId ?? null);
    }
    if ((rescheduled || isPlaceChanged(current, plan!)) && !isTimeToBePicked(plan!))
      await updateTeamCalendars(
        tx,
        plan!,
        "REQUEST",
        rescheduled ? `The meeting moved to ${formatMeetingOnItsClock(plan!)}.` : `How to join changed: ${placeChanges(current, plan!).join("; ")}.`,
      );
    return { id: plan!.id, version: plan!.version, rescheduled };
  });
}

/** Records a recruiter's new time (and new place, when that changed too) and tells the candidate once. */
async function announceReschedule(tx: Db, before: Plan, plan: Plan, actorId: string | null) {
  await recordEvent(tx, {
    planId: plan.id,
    actorSide: "organisation",
    actorId,
    type: "plan_rescheduled",
    audience: "both",
    data: { before: meetingTimeOf(before), after: meetingTimeOf(plan) },
  });
  const placeChanged = isPlaceChanged(before, plan);
  if (placeChanged) await recordPlaceChange(tx, before, plan, actorId);
  await tellCandidateOfNewTime(tx, plan, actorId, placeChanged ? placeChanges(before, plan) : []);
}

/**
 * Tells the candidate of the meeting's new time, in the app and by email with
 * the calendar invitation, and replaces the reminder: the one path for every
 * new time (a recruiter's reschedule, a slot the candidate picked). `placeAlsoChanged`:
 * how to join changed in the same save, said in the same email.
 */
export async function tellCandidateOfNewTime(tx: Db, plan: Plan, actorId: string | null, placeAlsoChanged: string[] = []) {
  await notifySide(tx, {
    plan,
    side: "candidate",
    actorId,
    type: "plan_rescheduled",
    subject: "Your interview has a new time",
    message:
      `Your second interview for ${plan.roleTitle} moved to ${formatMeetingOnItsClock(plan)}.` +
      (placeAlsoChanged.length ? ` How to join changed too: ${placeAlsoChanged.join("; ")}.` : ""),
    email: false,
  });
  await scheduleMeetingReminder(tx, plan);
  await emailCandidateAboutMeeting(tx, plan, actorId, async () => ({
    ...planRescheduledEmail({
      candidateName: plan.candidateName,
      roleTitle: plan.roleTitle,
      hiringCompany: plan.hiringCompany,
      meeting: plan,
      url: absoluteUrl(env().APP_URL, interviewPath(plan.id)),
      placeChanges: placeAlsoChanged,
    }),
    calendar: await meetingInvitation(tx, plan, "REQUEST"),
  }));
}

/** Cancels the meeting: the plan closes, stays readable, and a candidate who could see it is told. */
export async function cancelPlan(
  db: Db,
  input: { orgId: string; planId: string; expectedVersion: number; actorId?: string },
) {
  await db.transaction(async (tx) => {
    const plan = await assertPlanWritable(tx, input.planId, ["stage", "timeline"], { orgId: input.orgId });
    assertTransition(plan.stage, "closed");
    if (plan.version !== input.expectedVersion) throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
    const [cancelled] = await tx
      .update(plans)
      .set({ stage: "closed", cancelledAt: new Date(), version: plan.version + 1, updatedAt: new Date() })
      .where(eq(plans.id, plan.id))
      .returning();
    await revokePendingInvitations(tx, plan.id);
    await recordEvent(tx, {
      planId: plan.id,
      actorSide: "organisation",
      actorId: input.actorId ?? null,
      type: "plan_cancelled",
      audience: candidateSeesPlan(plan) ? "both" : "organisation",
      data: {},
    });
    if (candidateSeesPlan(plan)) {
      await notifySide(tx, {
        plan,
        side: "candidate",
        actorId: input.actorId ?? null,
        type: "plan_cancelled",
        subject: "Interview cancelled",
        message: `Your second interview for ${plan.roleTitle} at ${plan.hiringCompany} was cancelled.`,
        email: false,
      });
      await enqueueEmail(tx, plan.candidateEmail, {
        ...planCancelledEmail({ candidateName: plan.candidateName, roleTitle: plan.roleTitle, hiringCompany: plan.hiringCompany }),
        // The cancelled row: its higher version is the SEQUENCE that makes calendars drop the event.
        calendar: await meetingInvitation(tx, cancelled!, "CANCEL"),
      });
    }
    if (!isTimeToBePicked(plan))
      await updateTeamCalendars(tx, cancelled!, "CANCEL", `The meeting on ${formatMeetingOnItsClock(plan)} was cancelled.`);
  });
}

/**
 * A template for the next candidate in the same process: the same meeting
 * set-up, people and first-interview topics, none of the candidate's data.
 */
export async function duplicatePlan(
  db: Db,
  input: { orgId: string; planId: string; createdById: string; candidateName: string; candidateEmail: string },
) {
  const source = await getPlanForOrg(db, input.orgId, input.planId);
  const { plan } = source;
  return createPlan(db, {
    orgId: input.orgId,
    createdById: input.createdById,
    content: {
      meeting: {
        roleTitle: plan.roleTitle,
        hiringCompany: plan.hiringCompany,
        candidateName: input.candidateName,
        candidateEmail: input.candidateEmail,
        startsAtLocal: utcToZonedLocal(plan.startsAt, plan.timeZone),
        timeZone: plan.timeZone,
        durationMinutes: plan.durationMinutes,
        format: plan.format,
        location: plan.location,
        joiningNotes: plan.joiningNotes,
        agenda: plan.agenda,
        internalNote: "",
      },
      interviewers: source.interviewers.map(({ name, jobTitle, background, wantsToEstablish, profileUrl }) => ({
        name,
        jobTitle,
        background,
        wantsToEstablish,
        profileUrl,
      })),
      // The topics carry over; what this candidate's first interview established is theirs to fill in.
      firstInterview: source.firstInterview.map(({ topic }) => ({ topic, summary: "To be completed", status: "agreed" as const })),
    },
  });
}

/** "My interviews" lists a candidate's newest interviews only: every organisation that shares a plan adds to it. */

export async function listPlansForCandidateWithOrg(db: Db, userId: string) {
  const newest = await db
    .select({ plan: plans, organisationName: organisations.name })
    .from(plans)
    .innerJoin(organisations, eq(organisations.id, plans.orgId))
    .where(and(eq(plans.candidateUserId, userId), ne(plans.stage, "draft")))
    .orderBy(desc(plans.startsAt), desc(plans.id))
    .limit(MAX_CANDIDATE_PLANS_LISTED);
  return newest.reverse();
}
