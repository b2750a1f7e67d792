import { and, asc, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meetingSlots, plans, type MeetingSlot, type Plan } from "@/db/schema";
import { meetingInvitation } from "@/server/calendar/plan-calendar";
import { enqueueEmail } from "@/server/email/outbox";
import { planUpdateEmail } from "@/server/email/templates";
import { env } from "@/server/env";
import { formatMeetingOnItsClock, formatRangeIn, zoneLabel } from "@/server/rules/format";
import {
  canOfferSlots,
  canPickSlot,
  canRequestOtherTimes,
  isSlotOpen,
  isTimeToBePicked,
  NOT_PICKING_MESSAGE,
  OFFER_REFUSED_MESSAGE,
  spanOfSlots,
} from "@/server/rules/scheduling";
import { absoluteUrl, interviewPath } from "@/server/rules/plan-urls";
import { meetingTimeOf } from "@/server/rules/timeline-events";
import { zonedLocalToUtc } from "@/server/rules/time-zones";
import { AppError, isUniqueViolation, notFound } from "./errors";
import { notifySide } from "./notifications";
import type { PlanActor } from "./plan-access";
import { assertPlanWritable } from "./plan-writable";
import { STALE_VERSION_MESSAGE, tellCandidateOfNewTime } from "./plans";
import { withdrawSlots } from "./slot-rows";
import { updateTeamCalendars } from "./team-calendars";
import { recordEvent } from "./timeline";

/** A slot as the recruiter enters it: wall-clock start on the meeting's clock, and a duration. */
export interface SlotFields {
  startsAtLocal: string;
  durationMinutes: number;
}

export const SLOT_IN_PAST_MESSAGE = "Every time offered must be in the future.";
export const SLOT_TWICE_MESSAGE = "The same start time appears twice: offer each time once.";

async function slotsOf(tx: Db, planId: string): Promise<MeetingSlot[]> {
  return tx.select().from(meetingSlots).where(eq(meetingSlots.planId, planId)).orderBy(asc(meetingSlots.startsAt));
}

/**
 * Offers the candidate these times instead of a fixed one, replacing any open
 * offer (and any earlier pick): the plan's time is to be picked until they
 * choose. The candidate is told in the app and by their notification email.
 */
export async function offerSlots(
  db: Db,
  input: { orgId: string; planId: string; actorId: string; expectedVersion: number; slots: SlotFields[]; now?: Date },
) {
  const now = input.now ?? new Date();
  return db.transaction(async (tx) => {
    const plan = await assertPlanWritable(tx, input.planId, ["details", "timeline"], { orgId: input.orgId, now });
    if (plan.version !== input.expectedVersion) throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
    if (!canOfferSlots(plan, now)) throw new AppError("PRECONDITION_FAILED", OFFER_REFUSED_MESSAGE);
    const times = input.slots.map((s, i) => {
      const startsAt = zonedLocalToUtc(s.startsAtLocal, plan.timeZone);
      if (startsAt <= now) throw new AppError("BAD_REQUEST", SLOT_IN_PAST_MESSAGE, `slots.${i}.startsAtLocal`);
      return { startsAt, endsAt: new Date(startsAt.getTime() + s.durationMinutes * 60_000) };
    });
    await withdrawSlots(tx, plan.id);
    await tx.insert(meetingSlots).values(times.map((t) => ({ orgId: plan.orgId, planId: plan.id, ...t })));
    const [updated] = await tx
      .update(plans)
      .set({
        ...spanOfSlots(times),
        timeToBePicked: true,
        otherTimesMessage: null,
        otherTimesRequestedAt: null,
        version: plan.version + 1,
        updatedAt: now,
      })
      .where(eq(plans.id, plan.id))
      .returning();
    await recordEvent(tx, {
      planId: plan.id,
      actorSide: "organisation",
      actorId: input.actorId,
      type: "slots_offered",
      audience: "both",
      data: { slots: times.map((t) => meetingTimeOf({ ...t, timeZone: plan.timeZone })) },
    });
    const message = `Pick a time for your second interview for ${plan.roleTitle}: ${times.length} times are offered, in ${zoneLabel(plan.timeZone)} and in your own time zone on the plan.`;
    // A set time is in the candidate's calendar (its invitation went with the plan or the pick): the offer cancels that event.
    const hadTime = !isTimeToBePicked(plan);
    if (hadTime)
      await enqueueEmail(tx, plan.candidateEmail, {
        ...planUpdateEmail({
          recipientName: plan.candidateName,
          subject: `Pick a new time: your second interview for ${plan.roleTitle}`,
          message: `${formatMeetingOnItsClock(plan)} no longer stands. ${message}`,
          url: absoluteUrl(env().APP_URL, interviewPath(plan.id)),
        }),
        calendar: await meetingInvitation(tx, { ...plan, version: updated!.version, cancelledAt: now }, "CANCEL"),
      });
    if (hadTime)
      await updateTeamCalendars(
        tx,
        { ...plan, version: updated!.version, cancelledAt: now },
        "CANCEL",
        `${formatMeetingOnItsClock(plan)} no longer stands: ${plan.candidateName} is picking a new time from those offered.`,
      );
    await notifySide(tx, {
      plan: updated!,
      side: "candidate",
      actorId: input.actorId,
      type: "slots_offered",
      subject: "Pick a time for your interview",
      message,
      email: !hadTime,
    });
    return { version: updated!.version };
  });
}

/** Why a pick was refused, with the times still open so the page can offer them at once. */
function pickRefusal(plan: Plan, slots: MeetingSlot[], now: Date): AppError {
  if (!plan.timeToBePicked) {
    const taken = slots.find((s) => s.takenAt !== null);
    return new AppError(
      "CONFLICT",
      taken
        ? `A time was already picked for this interview: ${formatMeetingOnItsClock(plan)}. Reload to see it.`
        : NOT_PICKING_MESSAGE,
    );
  }
  const open = slots.filter((s) => isSlotOpen(s, now));
  if (!open.length)
    return new AppError("CONFLICT", "None of the offered times is still open: ask for other times and the organisation will offer new ones.");
  const list = open.map((s) => formatRangeIn(s.startsAt, s.endsAt, plan.timeZone)).join("; ");
  return new AppError("CONFLICT", `That time is no longer open. Still open (${zoneLabel(plan.timeZone)}): ${list}.`);
}

/**
 * The candidate picks one of the offered times: it becomes the meeting's
 * time, through the same announcement as a recruiter's new time (the
 * candidate's email and calendar invitation, the reminder), and the
 * organisation is told. Picks race under the plan's row lock: the first sets
 * the time, every later one finds it set and is told which time it is; the
 * partial unique index on taken slots holds the same even without the lock.
 */
export async function pickSlot(db: Db, actor: PlanActor, slotId: string, now = new Date()) {
  if (actor.side !== "candidate") throw notFound("Plan");
  try {
    return await db.transaction(async (tx) => {
      const plan = await assertPlanWritable(tx, actor.plan.id, ["details", "stage", "timeline"], { now });
      const slots = await slotsOf(tx, plan.id);
      const slot = slots.find((s) => s.id === slotId);
      const openCount = slots.filter((s) => isSlotOpen(s, now)).length;
      if (!canPickSlot(plan, openCount) || !slot || !isSlotOpen(slot, now)) {
        if (!slot && plan.timeToBePicked) throw notFound("Time");
        throw pickRefusal(plan, slots, now);
      }
      const [taken] = await tx
        .update(meetingSlots)
        .set({ takenAt: now })
        .where(and(eq(meetingSlots.id, slot.id), isNull(meetingSlots.takenAt)))
        .returning();
      if (!taken) throw pickRefusal(plan, slots, now);
      // The other times stay with the offer, unshown: should the candidate give this time back before the cut-off, they pick again.
      const durationMinutes = Math.round((slot.endsAt.getTime() - slot.startsAt.getTime()) / 60_000);
      const [updated] = await tx
        .update(plans)
        .set({
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          durationMinutes,
          timeToBePicked: false,
          otherTimesMessage: null,
          otherTimesRequestedAt: null,
          version: plan.version + 1,
          updatedAt: now,
        })
        .where(eq(plans.id, plan.id))
        .returning();
      await recordEvent(tx, {
        planId: plan.id,
        actorSide: "candidate",
        actorId: actor.userId,
        type: "slot_picked",
        audience: "both",
        data: { after: meetingTimeOf(updated!) },
      });
      await tellCandidateOfNewTime(tx, updated!, actor.userId);
      await updateTeamCalendars(tx, updated!, "REQUEST", `${plan.candidateName} picked a time: ${formatMeetingOnItsClock(updated!)}.`);
      await notifySide(tx, {
        plan: updated!,
        side: "organisation",
        actorId: actor.userId,
        type: "slot_picked",
        subject: "The candidate picked a time",
        message: `${plan.candidateName} picked ${formatMeetingOnItsClock(updated!)} for the second interview for ${plan.roleTitle}.`,
      });
      return { startsAt: updated!.startsAt, endsAt: updated!.endsAt, version: updated!.version };
    });
  } catch (error) {
    // Only without the lock's ordering (never expected): the index refused a second taken slot.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "A time was already picked for this interview. Reload to see it.");
    throw error;
  }
}

/** None of the times suit: the candidate's message goes to the organisation, who can offer others. */
export async function requestOtherTimes(db: Db, actor: PlanActor, message: string, now = new Date()) {
  if (actor.side !== "candidate") throw notFound("Plan");
  await db.transaction(async (tx) => {
    const plan = await assertPlanWritable(tx, actor.plan.id, ["details", "timeline"], { now });
    if (!canRequestOtherTimes(plan)) throw new AppError("PRECONDITION_FAILED", NOT_PICKING_MESSAGE);
    await tx
      .update(plans)
      .set({ otherTimesMessage: message, otherTimesRequestedAt: now, updatedAt: now })
      .where(eq(plans.id, plan.id));
    await recordEvent(tx, {
      planId: plan.id,
      actorSide: "candidate",
      actorId: actor.userId,
      type: "other_times_requested",
      audience: "both",
      data: { message },
    });
    await notifySide(tx, {
      plan,
      side: "organisation",
      actorId: actor.userId,
      type: "other_times_requested",
      subject: "The candidate asked for other times",
      message: message
        ? `${plan.candidateName} asked for other times for the second interview for ${plan.roleTitle}: “${message}”`
        : `${plan.candidateName} asked for other times for the second interview for ${plan.roleTitle}.`,
    });
  });
}
