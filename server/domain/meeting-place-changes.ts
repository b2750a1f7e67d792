import type { Db } from "@/db/client";
import type { Plan } from "@/db/schema";
import { meetingInvitation } from "@/server/calendar/plan-calendar";
import { meetingDetailsChangedEmail } from "@/server/email/templates";
import { env } from "@/server/env";
import { meetingPlaceOf, placeChanges } from "@/server/rules/meeting-place";
import { absoluteUrl, interviewPath } from "@/server/rules/plan-urls";
import { isTimeToBePicked } from "@/server/rules/scheduling";
import { emailCandidateAboutMeeting } from "./meeting-emails";
import { notifySide } from "./notifications";
import { recordEvent } from "./timeline";

/** Records where and how to join, before and after, on both sides' timeline. */
export async function recordPlaceChange(tx: Db, before: Plan, plan: Plan, actorId: string | null) {
  await recordEvent(tx, {
    planId: plan.id,
    actorSide: "organisation",
    actorId,
    type: "meeting_place_changed",
    audience: "both",
    data: { before: meetingPlaceOf(before), after: meetingPlaceOf(plan) },
  });
}

/**
 * The meeting's time stands but its format, place or joining notes changed: the candidate is told in
 * the app and by email, with the updated invitation so their calendar's event shows the new place.
 * While the time is still to be picked there is no event to update: the email says what changed, and
 * the invitation sent when they pick carries it.
 */
export async function announcePlaceChange(tx: Db, before: Plan, plan: Plan, actorId: string | null) {
  await recordPlaceChange(tx, before, plan, actorId);
  const changes = placeChanges(before, plan);
  await notifySide(tx, {
    plan,
    side: "candidate",
    actorId,
    type: "meeting_place_changed",
    subject: "Your interview's details changed",
    message: `How to join your second interview for ${plan.roleTitle} changed: ${changes.join("; ")}.`,
    email: false,
  });
  const picking = isTimeToBePicked(plan);
  await emailCandidateAboutMeeting(tx, plan, actorId, async () => ({
    ...meetingDetailsChangedEmail({
      candidateName: plan.candidateName,
      roleTitle: plan.roleTitle,
      hiringCompany: plan.hiringCompany,
      meeting: picking ? null : plan,
      changes,
      url: absoluteUrl(env().APP_URL, interviewPath(plan.id)),
    }),
    ...(picking ? {} : { calendar: await meetingInvitation(tx, plan, "REQUEST") }),
  }));
}
