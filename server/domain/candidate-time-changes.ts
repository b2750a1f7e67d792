import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { meetingSlots, organisations, plans, users, type Plan } from "@/db/schema";
import { meetingInvitation } from "@/server/calendar/plan-calendar";
import { enqueueEmail } from "@/server/email/outbox";
import { planUpdateEmail } from "@/server/email/templates";
import { env } from "@/server/env";
import { formatDateTimeUtc, formatMeetingOnItsClock } from "@/server/rules/format";
import { absoluteUrl, interviewPath } from "@/server/rules/plan-urls";
import {
  canCandidateChangeTime,
  changeCutoffAt,
  isSlotOpen,
  isTimeToBePicked,
  spanOfSlots,
  type CandidateTimeChangeIntent,
} from "@/server/rules/scheduling";
import { meetingTimeOf } from "@/server/rules/timeline-events";
import { AppError, notFound } from "./errors";
import { notifySide } from "./notifications";
import type { PlanActor } from "./plan-access";
import { assertPlanWritable } from "./plan-writable";
import { recordEvent } from "./timeline";
import { updateTeamCalendars } from "./team-calendars";

/** Who the candidate is told to contact once changing the time is no longer theirs to do. */
async function contactLine(tx: Db, plan: Plan): Promise<string> {
  const [creator] = plan.createdById
    ? await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, plan.createdById))
    : [];
  return creator ? `contact ${creator.name} (${creator.email})` : "contact the organisation";
}

/**
 * The candidate changes or cancels the meeting's time, up to the
 * organisation's cut-off before it. A time picked from offered slots goes
 * back to picking among the slots still open (their calendar's event is
 * cancelled; the next pick invites them again); a fixed time stays, and the
 * organisation is told, with the candidate's message, to offer another.
 * Either way the organisation hears of it in the app and by email.
 */
export async function changeMeetingTime(
  db: Db,
  actor: PlanActor,
  input: { intent: CandidateTimeChangeIntent; message: string },
  now = new Date(),
) {
  if (actor.side !== "candidate") throw notFound("Plan");
  return db.transaction(async (tx) => {
    const plan = await assertPlanWritable(tx, actor.plan.id, ["details", "stage", "timeline"], { now });
    const [org] = await tx
      .select({ cutoffHours: organisations.candidateChangeCutoffHours })
      .from(organisations)
      .where(eq(organisations.id, plan.orgId));
    const cutoffHours = org!.cutoffHours;
    if (!canCandidateChangeTime(plan, cutoffHours, now)) {
      if (isTimeToBePicked(plan)) throw new AppError("PRECONDITION_FAILED", "This interview has no set time to change yet: pick one of the times offered.");
      if (plan.stage !== "preparing") throw new AppError("PRECONDITION_FAILED", "This interview's time can no longer be changed here.");
      throw new AppError(
        "PRECONDITION_FAILED",
        `Changes to the time close ${cutoffHours} hours before the meeting (${formatDateTimeUtc(changeCutoffAt(plan.startsAt, cutoffHours))}): please ${await contactLine(tx, plan)}.`,
      );
    }
    const slots = await tx.select().from(meetingSlots).where(eq(meetingSlots.planId, plan.id));
    const picked = slots.find((s) => s.takenAt !== null);
    const verb = input.intent === "cancel" ? "cancelled" : "asked to change";
    const said = input.message ? `: “${input.message}”` : ".";
    let reopened = false;

    if (picked) {
      // The time goes back among the offer's open slots, the candidate's own included: picking is open again.
      await tx.update(meetingSlots).set({ takenAt: null }).where(and(eq(meetingSlots.id, picked.id), isNotNull(meetingSlots.takenAt)));
      const open = slots.filter((s) => s.id === picked.id || isSlotOpen(s, now)).map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt }));
      const [updated] = await tx
        .update(plans)
        .set({
          ...spanOfSlots(open),
          timeToBePicked: true,
          otherTimesMessage: input.message || null,
          otherTimesRequestedAt: input.message ? now : null,
          version: plan.version + 1,
          updatedAt: now,
        })
        .where(eq(plans.id, plan.id))
        .returning();
      reopened = true;
      // The event in the candidate's calendar goes: cancelled at the version that released it.
      await enqueueEmail(tx, plan.candidateEmail, {
        ...planUpdateEmail({
          recipientName: plan.candidateName,
          subject: `Time released: your second interview for ${plan.roleTitle}`,
          message: `You gave back ${formatMeetingOnItsClock(plan)}. Pick another of the times offered on your plan, or ask for others.`,
          url: absoluteUrl(env().APP_URL, interviewPath(plan.id)),
        }),
        calendar: await meetingInvitation(tx, { ...plan, version: updated!.version, cancelledAt: now }, "CANCEL"),
      });
      await updateTeamCalendars(
        tx,
        { ...plan, version: updated!.version, cancelledAt: now },
        "CANCEL",
        `${plan.candidateName} gave back ${formatMeetingOnItsClock(plan)} and is picking another time.`,
      );
    } else {
      await tx
        .update(plans)
        .set({ otherTimesMessage: input.message || null, otherTimesRequestedAt: now, updatedAt: now })
        .where(eq(plans.id, plan.id));
    }

    await recordEvent(tx, {
      planId: plan.id,
      actorSide: "candidate",
      actorId: actor.userId,
      type: "time_change_requested",
      audience: "both",
      data: { intent: input.intent, before: meetingTimeOf(plan), reopened, message: input.message },
    });
    await notifySide(tx, {
      plan,
      side: "organisation",
      actorId: actor.userId,
      type: "time_change_requested",
      subject: input.intent === "cancel" ? "The candidate cancelled the meeting's time" : "The candidate asked to change the meeting's time",
      message:
        `${plan.candidateName} ${verb} ${formatMeetingOnItsClock(plan)} for the second interview for ${plan.roleTitle}${said}` +
        (reopened ? " They pick again from the times still open, or you offer new ones." : " Set a new time or offer times to pick."),
    });
    return { reopened };
  });
}
