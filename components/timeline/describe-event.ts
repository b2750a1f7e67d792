import type { GoalOutcome, PlanOutcome, PlanSide, StepOwner } from "@/server/rules/enums";
import { formatDueOn, zoneLabel } from "@/server/rules/format";
import { GOAL_OUTCOME_LABEL, OUTCOME_LABEL, OWNER_LABEL, sideNoun } from "@/server/rules/labels";
import type { TimelineEntry } from "@/components/next-steps/steps";

/** One timeline entry as a sentence, with an optional second line of detail. */
export interface EventText {
  sentence: string;
  detail?: string;
  /** Draws the eye: agreement reached, a confirmation withdrawn, the plan closed. */
  tone?: "good" | "warning" | "neutral";
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);
const quote = (v: unknown) => `“${str(v) ?? "a step"}”`;

/** "Alex (interviewing team)", "Jordan (candidate)", or "You" for the candidate reading about themselves. */
export function actorOf(entry: Pick<TimelineEntry, "actorSide" | "actorName">, reader: PlanSide): string {
  if (!entry.actorSide) return "Second Round";
  if (entry.actorSide === "candidate" && reader === "candidate") return "You";
  const role = entry.actorSide === "candidate" ? "candidate" : "interviewing team";
  return entry.actorName ? `${entry.actorName} (${role})` : entry.actorSide === "candidate" ? "The candidate" : "The interviewing team";
}

/** "the candidate", "you": whose confirmation an edit withdrew, said to this reader. */
function whose(side: PlanSide, reader: PlanSide): string {
  return side === reader ? "your" : `${sideNoun(side)}'s`;
}

interface StepSummary {
  description: string;
  owner: string;
  dueOn: string | null;
}

/** The server writes step summaries as `"Text" (the recruiter, due 2026-12-12)`: read them back. */
function parseSummary(summary: string | null): StepSummary | null {
  const m = summary?.match(/^"([\s\S]*)" \((the candidate|the recruiter|the hiring company)(?:, due (\d{4}-\d{2}-\d{2}))?\)$/);
  return m ? { description: m[1]!, owner: m[2]!, dueOn: m[3] ?? null } : null;
}

const dueText = (dueOn: string | null) => (dueOn ? formatDueOn(dueOn, { weekday: false }) : "no date");

/** What an edit changed, e.g. "Due date: 6 Dec 2026 → 10 Dec 2026". */
function editChanges(before: StepSummary, after: StepSummary): string {
  const changes: string[] = [];
  if (before.description !== after.description) changes.push(`Was “${before.description}”`);
  if (before.owner !== after.owner) changes.push(`Owner: ${before.owner} → ${after.owner}`);
  if (before.dueOn !== after.dueOn) changes.push(`Due date: ${dueText(before.dueOn)} → ${dueText(after.dueOn)}`);
  return changes.join(" · ");
}

export function describeEvent(entry: TimelineEntry, reader: PlanSide): EventText {
  const who = actorOf(entry, reader);
  const d = entry.data;
  switch (entry.type) {
    case "plan_created":
      return { sentence: `${who} created the plan` };
    case "plan_shared":
      if (d.resent) return { sentence: `${who} sent the invitation again` };
      return { sentence: reader === "candidate" ? "The plan was shared with you" : "Plan shared with the candidate" };
    case "invitation_accepted":
      return { sentence: reader === "candidate" ? "You accepted the invitation and joined the plan" : `${who} accepted the invitation` };
    case "plan_rescheduled":
      return { sentence: `${who} moved the meeting to ${str(d.when) ?? "a new time"}${str(d.timeZone) ? ` (${zoneLabel(String(d.timeZone))})` : ""}` };
    case "plan_cancelled":
      return { sentence: `${who} cancelled the meeting`, tone: "warning" };
    case "plan_closed": {
      const outcome = str(d.outcome) as PlanOutcome | null;
      return { sentence: `${who} closed the plan${outcome ? `: ${OUTCOME_LABEL[outcome] ?? outcome}` : ""}`, tone: "neutral" };
    }
    case "goal_added":
      return { sentence: `${who} added a ${d.visibility === "private" ? "private" : "shared"} goal` };
    case "goal_outcome_marked": {
      const outcome = str(d.outcome) as GoalOutcome | null;
      return {
        sentence: outcome
          ? `${who} marked a goal ${outcome === "partly" ? "partly achieved" : GOAL_OUTCOME_LABEL[outcome]?.toLowerCase() ?? outcome}`
          : `${who} cleared a goal's outcome`,
      };
    }
    case "item_flagged":
      return {
        sentence: `${who} flagged a first-interview item to revisit`,
        detail: str(d.comment) ? `“${String(d.comment)}”` : undefined,
      };
    case "item_agreed":
      return { sentence: `${who} marked a first-interview item as agreed` };
    case "step_proposed": {
      const owner = str(d.owner) as StepOwner | null;
      const due = str(d.dueOn);
      return {
        sentence: `${who} proposed ${quote(d.description)}${due ? ` due ${formatDueOn(due, { weekday: false })}` : ""}`,
        detail: owner ? `Owner: ${OWNER_LABEL[owner] ?? owner}` : undefined,
      };
    }
    case "step_confirmed":
      return { sentence: `${who} confirmed ${quote(d.description)}` };
    case "step_edited": {
      const before = parseSummary(str(d.before));
      const after = parseSummary(str(d.after));
      const withdrawn = d.confirmationWithdrawn === true && entry.actorSide;
      return {
        sentence:
          `${who} edited ${after ? `“${after.description}”` : "a step"}` +
          (withdrawn ? ` — ${whose(entry.actorSide === "candidate" ? "organisation" : "candidate", reader)} confirmation was withdrawn` : ""),
        detail: before && after ? editChanges(before, after) || undefined : undefined,
        tone: withdrawn ? "warning" : undefined,
      };
    }
    case "step_done":
      return { sentence: `${who} marked ${quote(d.description)} done`, tone: "good" };
    case "step_drop_requested":
      return { sentence: `${who} asked to drop ${quote(d.description)}`, tone: "warning" };
    case "step_drop_declined":
      return { sentence: `${who} kept ${quote(d.description)}: the request to drop it was declined` };
    case "step_dropped":
      return { sentence: `${who} dropped ${quote(d.description)}` };
    case "steps_agreed":
      return { sentence: "Both sides agreed every open step", tone: "good" };
    default:
      return { sentence: `${who} updated the plan` };
  }
}
