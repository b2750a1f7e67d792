import type { Insights } from "./insights";
import { FEEDBACK_QUESTION_SHORT_LABEL, FEEDBACK_QUESTIONS, RATING_VALUES } from "@/server/rules/feedback";
import { OUTCOME_KEY_LABEL, OUTCOME_KEYS } from "@/server/rules/insights-labels";
import { planStages } from "@/server/rules/enums";
import { STAGE_LABELS } from "@/server/rules/stages";

/**
 * A cell a spreadsheet reads as text: quoted, its quotes doubled, and one that
 * would start a formula (= + - @, or a tab or carriage return before one) led
 * by an apostrophe, so a candidate's comment can never run in the reader's spreadsheet.
 */
export function csvCell(value: string | number | null): string {
  const text = value === null ? "" : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

const line = (cells: (string | number | null)[]) => cells.map(csvCell).join(",");

/** The insights as rows of section, measure and value (then the comments with their ratings), CRLF-separated as RFC 4180 says. */
export function insightsCsv(insights: Insights): string {
  const { preparation, agreement, interviewers, ratings } = insights;
  const rows: (string | number | null)[][] = [
    ["Section", "Measure", "Value"],
    ["Period", "From (first day, UTC)", insights.period.from],
    ["Period", "To (last day, UTC)", insights.period.to],
    ["Plans", "Plans whose meeting starts in the period", insights.plans],
    ...planStages.map((s) => ["Plans by stage", STAGE_LABELS[s], insights.byStage[s]]),
    ...OUTCOME_KEYS.map((k) => ["Closed plans by outcome", OUTCOME_KEY_LABEL[k], insights.byOutcome[k]]),
    ["Candidate preparation", "Meetings held", preparation.held],
    ["Candidate preparation", "Candidates who completed every step before the meeting", preparation.prepared],
    ["Next steps", "Plans agreed by both sides", agreement.agreed],
    ["Next steps", "Median hours from the meeting's end to agreement", agreement.medianSeconds === null ? null : agreement.medianSeconds / 3600],
    ["Next steps", "Plans decided for the 48-hour share", agreement.decided],
    ["Next steps", "Plans agreed within 48 hours", agreement.within48Hours],
    ["Interviewers", "Joined interviewers", interviewers.joined],
    ["Interviewers", "Who wrote a goal before the meeting", interviewers.prepared],
    ["Candidate ratings", "Ratings", ratings.count],
    ...FEEDBACK_QUESTIONS.flatMap((q) => [
      ["Candidate ratings", `${FEEDBACK_QUESTION_SHORT_LABEL[q]}: average`, ratings.averages[q]],
      ...RATING_VALUES.map((v, i) => ["Candidate ratings", `${FEEDBACK_QUESTION_SHORT_LABEL[q]}: rated ${v}`, ratings.distribution[q][i] ?? 0]),
    ]),
  ];
  const comments = [
    ["Given on", "Candidate", ...FEEDBACK_QUESTIONS.map((q) => FEEDBACK_QUESTION_SHORT_LABEL[q]), "Comment"],
    ...insights.comments.map((c) => [c.givenOn, c.name, ...FEEDBACK_QUESTIONS.map((q) => c.ratings[q]), c.comment]),
  ];
  return [...rows.map(line), "", ...comments.map(line)].join("\r\n") + "\r\n";
}
