import type { RouterOutputs } from "@/components/api-types";
import type { GoalOutcome, PlanSide } from "@/server/rules/enums";
import { formatDueOn, formatRangeIn, sameClock, zoneLabel } from "@/server/rules/format";
import { GOAL_KIND_SHORT_LABEL, GOAL_OUTCOME_LABEL, OUTCOME_LABEL, ownerLabelFor, sideNoun } from "@/server/rules/labels";
import { placeChanges } from "@/server/rules/meeting-place";
import type { MeetingTime, StepSnapshot } from "@/server/rules/timeline-events";
import { ERASURE_REASON_LABEL } from "@/server/rules/retention";
import { otherSide } from "@/server/rules/visibility";

export type TimelineEntry = RouterOutputs["timeline"]["list"][number];

/** One timeline entry as a sentence, with an optional second line of detail. */
export interface EventText {
  sentence: string;
  detail?: string;
  /** Draws the eye: agreement reached, a confirmation withdrawn, the plan closed. */
  tone?: "good" | "warning" | "neutral";
}

/** Who reads the entry: their side, and the time zone times are written in. */
export interface Reader {
  side: PlanSide;
  timeZone: string;
}

/** "Alex (interviewing team)", "Jordan (candidate)", or "You" for the candidate reading about themselves. */
export function actorOf(entry: Pick<TimelineEntry, "actorSide" | "actorName">, reader: PlanSide): string {
  if (!entry.actorSide) return "Second Round";
  if (entry.actorSide === "candidate" && reader === "candidate") return "You";
  const role = entry.actorSide === "candidate" ? "candidate" : "interviewing team";
  return entry.actorName ? `${entry.actorName} (${role})` : entry.actorSide === "candidate" ? "The candidate" : "The interviewing team";
}

/** "your", "the candidate's": whose confirmation an edit withdrew, said to this reader. */
function whose(side: PlanSide, reader: PlanSide): string {
  return side === reader ? "your" : `${sideNoun(side)}'s`;
}

/** “Send the offer”, or "a step" for an entry stored before steps were recorded with it. */
const stepName = (step: StepSnapshot | undefined) => (step ? `“${step.description}”` : "a step");

const dueText = (dueOn: string | null) => (dueOn ? formatDueOn(dueOn, { weekday: false }) : "no date");

/** What an edit changed, e.g. "Due date: 6 Dec 2026 → 10 Dec 2026". */
function stepChanges(before: StepSnapshot, after: StepSnapshot, reader: PlanSide): string | undefined {
  const changes: string[] = [];
  if (before.description !== after.description) changes.push(`Was “${before.description}”`);
  if (before.owner !== after.owner) changes.push(`Owner: ${ownerLabelFor(before.owner, reader)} → ${ownerLabelFor(after.owner, reader)}`);
  if (before.dueOn !== after.dueOn) changes.push(`Due date: ${dueText(before.dueOn)} → ${dueText(after.dueOn)}`);
  return changes.join(" · ") || undefined;
}

const rangeIn = (meeting: MeetingTime, zone: string) => formatRangeIn(new Date(meeting.startsAt), new Date(meeting.endsAt), zone);

/** The new time in the reader's zone, what it was, and the meeting's own zone when that changed. */
function rescheduleText(who: string, change: { before: MeetingTime; after: MeetingTime }, zone: string): EventText {
  const { before, after } = change;
  const yours = sameClock(zone, after.timeZone, new Date(after.startsAt)) ? "" : " (your time)";
  const details = [`Was ${rangeIn(before, zone)}`];
  if (before.timeZone !== after.timeZone) details.push(`Time zone: ${zoneLabel(before.timeZone)} → ${zoneLabel(after.timeZone)}`);
  return { sentence: `${who} moved the meeting to ${rangeIn(after, zone)}${yours}`, detail: details.join(" · ") };
}

function goalOutcomeText(outcome: GoalOutcome): string {
  return outcome === "partly" ? "partly achieved" : GOAL_OUTCOME_LABEL[outcome].toLowerCase();
}

/**
 * The entry in words for this reader. An entry whose data is null was stored
 * before entries had typed data: it reads generically, without details.
 */
export function describeEvent(entry: TimelineEntry, reader: Reader): EventText {
  const who = actorOf(entry, reader.side);
  switch (entry.type) {
    case "plan_created":
      return { sentence: `${who} created the plan` };
    case "plan_shared":
      if (entry.data?.resent) return { sentence: `${who} sent the invitation again` };
      return { sentence: reader.side === "candidate" ? "The plan was shared with you" : "Plan shared with the candidate" };
    case "invitation_accepted":
      return {
        sentence: reader.side === "candidate" ? "You accepted the invitation and joined the plan" : `${who} accepted the invitation`,
      };
    case "plan_rescheduled":
      return entry.data ? rescheduleText(who, entry.data, reader.timeZone) : { sentence: `${who} moved the meeting to a new time` };
    case "plan_cancelled":
      return { sentence: `${who} cancelled the meeting`, tone: "warning" };
    case "meeting_place_changed":
      return {
        sentence: `${who} changed where and how to join the meeting`,
        detail: entry.data ? placeChanges(entry.data.before, entry.data.after).join(" · ") : undefined,
      };
    case "slots_offered":
      return {
        sentence: `${who} offered ${entry.data ? `${entry.data.slots.length} times` : "times"} for the candidate to pick from`,
        detail: entry.data?.slots.map((slot) => rangeIn(slot, reader.timeZone)).join(" · "),
      };
    case "slot_picked":
      return entry.data
        ? { sentence: `${who} picked ${rangeIn(entry.data.after, reader.timeZone)} for the meeting`, tone: "good" }
        : { sentence: `${who} picked a time for the meeting`, tone: "good" };
    case "time_change_requested": {
      if (!entry.data) return { sentence: `${who} asked to change the meeting's time`, tone: "warning" };
      const { intent, before, reopened, message } = entry.data;
      const what = `${intent === "cancel" ? "cancelled" : "asked to change"} ${rangeIn(before, reader.timeZone)}`;
      return {
        sentence: `${who} ${what}${reopened ? ": the time is to be picked again" : ""}`,
        detail: message.trim() ? `“${message}”` : undefined,
        tone: "warning",
      };
    }
    case "other_times_requested":
      return {
        sentence: `${who} asked for other times`,
        detail: entry.data?.message.trim() ? `“${entry.data.message}”` : undefined,
        tone: "warning",
      };
    case "plan_closed":
      return { sentence: `${who} closed the plan${entry.data ? `: ${OUTCOME_LABEL[entry.data.outcome]}` : ""}`, tone: "neutral" };
    case "goal_added":
      return entry.data
        ? { sentence: `${who} added a ${entry.data.visibility} goal`, detail: GOAL_KIND_SHORT_LABEL[entry.data.kind] }
        : { sentence: `${who} added a goal` };
    case "goal_outcome_marked": {
      if (!entry.data) return { sentence: `${who} marked a goal's outcome` };
      const goal = entry.data.visibility === "private" ? "private goal" : "goal";
      return {
        sentence: entry.data.outcome ? `${who} marked a ${goal} ${goalOutcomeText(entry.data.outcome)}` : `${who} cleared a ${goal}'s outcome`,
      };
    }
    case "item_flagged":
      return {
        sentence: `${who} flagged a first-interview item to revisit`,
        detail: entry.data?.comment.trim() ? `“${entry.data.comment}”` : undefined,
      };
    case "item_agreed":
      return { sentence: `${who} marked a first-interview item as agreed` };
    case "step_proposed": {
      const step = entry.data?.step;
      return {
        sentence: `${who} proposed ${stepName(step)}${step?.dueOn ? ` due ${formatDueOn(step.dueOn, { weekday: false })}` : ""}`,
        detail: step ? `Owner: ${ownerLabelFor(step.owner, reader.side)}` : undefined,
      };
    }
    case "step_confirmed":
      return { sentence: `${who} confirmed ${stepName(entry.data?.step)}` };
    case "step_edited": {
      if (!entry.data) return { sentence: `${who} edited a step` };
      const { before, after, confirmationWithdrawn } = entry.data;
      const withdrawnFrom = confirmationWithdrawn && entry.actorSide ? otherSide(entry.actorSide) : null;
      return {
        sentence:
          `${who} edited ${stepName(after)}` +
          (withdrawnFrom ? ` — ${whose(withdrawnFrom, reader.side)} confirmation was withdrawn` : ""),
        detail: stepChanges(before, after, reader.side),
        tone: withdrawnFrom ? "warning" : undefined,
      };
    }
    case "step_done":
      return { sentence: `${who} marked ${stepName(entry.data?.step)} done`, tone: "good" };
    case "step_drop_requested":
      return { sentence: `${who} asked to drop ${stepName(entry.data?.step)}`, tone: "warning" };
    case "step_drop_declined":
      return { sentence: `${who} kept ${stepName(entry.data?.step)}: the request to drop it was declined` };
    case "step_dropped":
      return { sentence: `${who} dropped ${stepName(entry.data?.step)}` };
    case "steps_agreed":
      return { sentence: "Both sides agreed every open step", tone: "good" };
    case "candidate_data_erased":
      return { sentence: `The candidate's personal data was erased: ${entry.data ? ERASURE_REASON_LABEL[entry.data.reason] : "on request"}`, tone: "neutral" };
    case "feedback_given":
      return { sentence: `${who} rated the interview`, tone: "good" };
  }
}
