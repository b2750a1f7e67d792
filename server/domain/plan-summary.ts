import type {
  FirstInterviewStatus,
  FirstInterviewTopic,
  GoalKind,
  GoalOutcome,
  MeetingFormat,
  PlanOutcome,
  PlanSide,
  PlanStage,
  StepOwner,
  StepStatus,
  Visibility,
} from "@/server/rules/enums";
import { durationLabel, formatDateTimeIn, formatDueOn, formatRangeIn, sameClock, zoneLabel } from "@/server/rules/format";
import {
  FORMAT_LABEL_FOR_CANDIDATE,
  GOAL_KIND_LABEL,
  GOAL_KIND_LABEL_FOR_OTHER_SIDE,
  GOAL_OUTCOME_LABEL,
  ITEM_STATUS_LABEL,
  JOINING_NOTES_LABEL,
  LOCATION_LABEL,
  OUTCOME_LABEL,
  OWNER_LABEL,
  STAGE_LABEL_FOR_CANDIDATE,
  TOPIC_LABEL,
  sideName,
  sideNoun,
} from "@/server/rules/labels";
import { STAGE_LABELS } from "@/server/rules/stages";
import { otherSide } from "@/server/rules/visibility";

/**
 * The plan's summary as one reader may keep it (a PDF, server/summary/): built
 * only from that reader's page, as the plan page's own procedures answer it
 * (plan.page, interview.page, team.page), so it holds exactly what the page
 * shows them and nothing a view left out. Every value is already worded and
 * dated for the reader, so the renderer only lays it out.
 */

/** What the summary reads of the reader's plan view: fields every side's view has. */
export interface SummaryPlanView {
  roleTitle: string;
  hiringCompany: string;
  candidateName: string;
  stage: PlanStage;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  durationMinutes: number;
  format: MeetingFormat;
  location: string;
  joiningNotes: string;
  agenda: string[];
  scheduling: { toBePicked: boolean };
  cancelledAt: Date | null;
  stepsAgreedAt: Date | null;
  outcome: PlanOutcome | null;
  closingMessage: string | null;
  closedAt: Date | null;
  interviewers: { name: string; jobTitle: string; wantsToEstablish: string }[];
  firstInterview: {
    topic: FirstInterviewTopic;
    summary: string;
    status: FirstInterviewStatus;
    flaggedBySide: PlanSide | null;
    comments: { side: PlanSide; authorName: string | null; text: string; createdAt: Date }[];
  }[];
}

export interface SummaryGoalView {
  side: PlanSide;
  kind: GoalKind;
  text: string;
  detail: string;
  visibility: Visibility;
  outcome: GoalOutcome | null;
  outcomeNote: string;
  interviewerName: string | null;
}

export interface SummaryStepView {
  description: string;
  owner: StepOwner;
  dueOn: string | null;
  status: StepStatus;
  candidateConfirmedAt: Date | null;
  organisationConfirmedAt: Date | null;
}

/** One reader's page: the plan view and its goals and steps panels (steps null before the meeting took place). */
export type SummarySource = {
  goals: { goals: SummaryGoalView[] };
  steps: { steps: SummaryStepView[] } | null;
} & (
  | { role: "candidate"; plan: SummaryPlanView & { organisationName: string } }
  /** The organisation's name comes from the member's session (the recruiter's view does not repeat it). */
  | { role: "recruiter"; organisationName: string; plan: SummaryPlanView & { internalNote: string } }
  | { role: "interviewer"; plan: SummaryPlanView & { organisationName: string; internalNote: string | null; me: { name: string; debriefNote: string } } }
);

export interface SummaryGoal {
  kind: string;
  text: string;
  detail: string;
  /** "Private" or "Shared" for the reader's own goals; whose goal it is for the other side's. */
  label: string;
  outcome: string | null;
  outcomeNote: string;
}

export interface SummaryStep {
  description: string;
  owner: string;
  due: string | null;
  status: string;
  /** "Confirmed by the candidate on …", one line per side, or that the side has not confirmed. */
  confirmations: string[];
}

export interface PlanSummary {
  title: string;
  /** Whom this copy is for: "Prepared for Jamie Doe (the candidate)". */
  preparedFor: string;
  stage: string;
  meeting: { label: string; value: string }[];
  agenda: string[];
  people: { name: string; jobTitle: string; wantsToEstablish: string }[];
  firstInterview: { topic: string; summary: string; status: string; comments: string[] }[];
  myGoals: { heading: string; goals: SummaryGoal[] };
  theirGoals: { heading: string; goals: SummaryGoal[] };
  steps: { agreed: string | null; items: SummaryStep[] } | null;
  outcome: { label: string; message: string; closedOn: string | null } | null;
  /** The organisation's internal note, for those of its side who may read it. */
  internalNote: string | null;
  /** An interviewer's own debrief note. */
  debriefNote: string | null;
  generatedOn: string;
  /** The file's name, for Content-Disposition. */
  filename: string;
}

/** A moment on the reader's clock when known, naming the zone either way. */
function dated(at: Date, readerZone: string | null, planZone: string): string {
  const zone = readerZone ?? planZone;
  return `${formatDateTimeIn(at, zone)} (${zoneLabel(zone)})`;
}

function meetingRows(plan: SummaryPlanView, readerZone: string | null) {
  const rows: { label: string; value: string }[] = [];
  if (plan.cancelledAt) rows.push({ label: "Status", value: "Cancelled" });
  if (plan.scheduling.toBePicked) rows.push({ label: "When", value: "The time is still to be picked" });
  else {
    const onItsClock = `${formatRangeIn(plan.startsAt, plan.endsAt, plan.timeZone)} (${zoneLabel(plan.timeZone)})`;
    const differs = readerZone !== null && !sameClock(readerZone, plan.timeZone, plan.startsAt);
    rows.push({
      label: "When",
      value: differs ? `${formatRangeIn(plan.startsAt, plan.endsAt, readerZone)} your time (${zoneLabel(readerZone)}); ${onItsClock} on the meeting's clock` : onItsClock,
    });
  }
  rows.push({ label: "Length", value: durationLabel(plan.durationMinutes) });
  rows.push({ label: "Format", value: FORMAT_LABEL_FOR_CANDIDATE[plan.format] });
  if (plan.location) rows.push({ label: LOCATION_LABEL[plan.format], value: plan.location });
  if (plan.joiningNotes) rows.push({ label: JOINING_NOTES_LABEL[plan.format], value: plan.joiningNotes });
  return rows;
}

function goalOf(goal: SummaryGoalView, mySide: PlanSide): SummaryGoal {
  const kinds = goal.side === "candidate" && mySide !== "candidate" ? GOAL_KIND_LABEL_FOR_OTHER_SIDE : GOAL_KIND_LABEL;
  const author = goal.interviewerName ? `${goal.interviewerName}'s goal` : null;
  const label =
    goal.side === mySide
      ? [goal.visibility === "private" ? "Private" : "Shared", author].filter(Boolean).join(" · ")
      : (author ?? `Shared by ${sideNoun(goal.side)}`);
  return {
    kind: kinds[goal.kind],
    text: goal.text,
    detail: goal.detail,
    label,
    outcome: goal.outcome ? GOAL_OUTCOME_LABEL[goal.outcome] : null,
    outcomeNote: goal.outcomeNote,
  };
}

function confirmationsOf(step: SummaryStepView, plan: SummaryPlanView, readerZone: string | null, organisationName: string) {
  const line = (who: string, at: Date | null) => (at ? `Confirmed by ${who} on ${dated(at, readerZone, plan.timeZone)}` : `Not yet confirmed by ${who}`);
  return [line(`${plan.candidateName} (candidate)`, step.candidateConfirmedAt), line(organisationName, step.organisationConfirmedAt)];
}

const STEP_STATUS: Record<StepStatus, string> = { open: "Open", done: "Done", dropped: "Dropped" };

function readerOf(source: SummarySource): { side: PlanSide; preparedFor: string; organisationName: string } {
  switch (source.role) {
    case "candidate":
      return { side: "candidate", preparedFor: `${source.plan.candidateName} (the candidate)`, organisationName: source.plan.organisationName };
    case "interviewer":
      return { side: "organisation", preparedFor: `${source.plan.me.name} (interviewer)`, organisationName: source.plan.organisationName };
    case "recruiter":
      return { side: "organisation", preparedFor: `${source.organisationName}'s team`, organisationName: source.organisationName };
  }
}

function fileSlug(text: string): string {
  return text.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase().slice(0, 60) || "plan";
}

export function planSummaryOf(source: SummarySource, readerZone: string | null, now = new Date()): PlanSummary {
  const { plan } = source;
  const reader = readerOf(source);
  const goals = source.goals.goals;
  const theirs = otherSide(reader.side);
  const visibleSteps = source.steps?.steps.filter((s) => s.status !== "dropped") ?? null;
  return {
    title: `${plan.roleTitle} at ${plan.hiringCompany}`,
    preparedFor: `Second interview with ${plan.candidateName}. Prepared for ${reader.preparedFor}.`,
    stage: (reader.side === "candidate" ? STAGE_LABEL_FOR_CANDIDATE : STAGE_LABELS)[plan.stage],
    meeting: meetingRows(plan, readerZone),
    agenda: plan.agenda,
    people: plan.interviewers.map(({ name, jobTitle, wantsToEstablish }) => ({ name, jobTitle, wantsToEstablish })),
    firstInterview: plan.firstInterview.map((item) => ({
      topic: TOPIC_LABEL[item.topic],
      summary: item.summary,
      status: item.flaggedBySide ? `${ITEM_STATUS_LABEL[item.status]} (flagged by ${sideName(item.flaggedBySide, reader.side).toLowerCase()})` : ITEM_STATUS_LABEL[item.status],
      comments: item.comments.map((c) => `${c.authorName ?? sideName(c.side, reader.side)}: ${c.text}`),
    })),
    myGoals: {
      heading: reader.side === "candidate" ? "Your goals" : "The interviewing team's goals",
      goals: goals.filter((g) => g.side === reader.side).map((g) => goalOf(g, reader.side)),
    },
    theirGoals: {
      heading: theirs === "candidate" ? "The candidate's shared goals" : "The interviewing team's shared goals",
      // The views hold only the other side's shared goals; the filter says so once more.
      goals: goals.filter((g) => g.side === theirs && g.visibility === "shared").map((g) => goalOf(g, reader.side)),
    },
    steps: visibleSteps && {
      agreed: plan.stepsAgreedAt ? `Every open step agreed by both sides since ${dated(plan.stepsAgreedAt, readerZone, plan.timeZone)}` : null,
      items: visibleSteps.map((step) => ({
        description: step.description,
        owner: OWNER_LABEL[step.owner],
        due: step.dueOn ? formatDueOn(step.dueOn) : null,
        status: STEP_STATUS[step.status],
        confirmations: confirmationsOf(step, plan, readerZone, reader.organisationName),
      })),
    },
    outcome: plan.outcome
      ? { label: OUTCOME_LABEL[plan.outcome], message: plan.closingMessage ?? "", closedOn: plan.closedAt ? dated(plan.closedAt, readerZone, plan.timeZone) : null }
      : null,
    internalNote: source.role === "candidate" ? null : source.plan.internalNote || null,
    debriefNote: source.role === "interviewer" ? source.plan.me.debriefNote || null : null,
    generatedOn: dated(now, readerZone, plan.timeZone),
    filename: `summary-${fileSlug(plan.candidateName)}-${fileSlug(plan.roleTitle)}.pdf`,
  };
}
