import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { FirstInterviewStatus, FirstInterviewTopic, MeetingFormat, PlanSide } from "@/server/rules/enums";
import type { AppRouter } from "@/server/api/root";

export type RecruiterPlan = inferRouterOutputs<AppRouter>["plan"]["get"];
/** What the server allows on the plan now; components show exactly these actions. */
export type PlanAllowed = RecruiterPlan["allowed"];
export type PlanContent = inferRouterInputs<AppRouter>["plan"]["create"];

/** Every row carries a client `key` (stable across reorders) and the server `id` once it has one. */
export interface InterviewerRow {
  key: string;
  id: string | null;
  name: string;
  jobTitle: string;
  background: string;
  wantsToEstablish: string;
  profileUrl: string;
}

export interface ItemRow {
  key: string;
  id: string | null;
  topic: FirstInterviewTopic;
  summary: string;
  status: FirstInterviewStatus;
  /** Read-only context: who flagged the item, shown next to it. */
  flaggedBySide: PlanSide | null;
}

export interface AgendaRow {
  key: string;
  text: string;
}

export interface PlanFormValues {
  roleTitle: string;
  hiringCompany: string;
  candidateName: string;
  candidateEmail: string;
  startsAtLocal: string;
  /** null on a new plan until chosen: the browser's own zone is used. */
  timeZone: string | null;
  durationMinutes: number;
  format: MeetingFormat;
  location: string;
  joiningNotes: string;
  agenda: AgendaRow[];
  internalNote: string;
  interviewers: InterviewerRow[];
  firstInterview: ItemRow[];
}

export const MEETING_FIELDS = [
  "roleTitle",
  "hiringCompany",
  "candidateName",
  "candidateEmail",
  "startsAtLocal",
  "timeZone",
  "durationMinutes",
  "format",
  "location",
  "joiningNotes",
  "agenda",
  "internalNote",
] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];

export const INTERVIEWER_FIELDS = ["name", "jobTitle", "background", "wantsToEstablish", "profileUrl"] as const;
export type InterviewerField = (typeof INTERVIEWER_FIELDS)[number];
export const ITEM_FIELDS = ["topic", "summary", "status"] as const;
export type ItemField = (typeof ITEM_FIELDS)[number];

let sequence = 0;
/** Keys for rows added in the browser; rows loaded from the server use their id. */
export function newKey(prefix: string): string {
  sequence += 1;
  return `${prefix}-new-${sequence}`;
}

export function emptyValues(): PlanFormValues {
  return {
    roleTitle: "",
    hiringCompany: "",
    candidateName: "",
    candidateEmail: "",
    startsAtLocal: "",
    timeZone: null,
    durationMinutes: 60,
    format: "video",
    location: "",
    joiningNotes: "",
    agenda: [],
    internalNote: "",
    interviewers: [],
    firstInterview: [],
  };
}

export function valuesFromPlan(plan: RecruiterPlan): PlanFormValues {
  return {
    roleTitle: plan.roleTitle,
    hiringCompany: plan.hiringCompany,
    candidateName: plan.candidateName,
    candidateEmail: plan.candidateEmail,
    startsAtLocal: plan.startsAtLocal,
    timeZone: plan.timeZone,
    durationMinutes: plan.durationMinutes,
    format: plan.format,
    location: plan.location,
    joiningNotes: plan.joiningNotes,
    agenda: plan.agenda.map((text, i) => ({ key: `agenda-${i}`, text })),
    internalNote: plan.internalNote,
    interviewers: plan.interviewers.map((p) => ({
      key: p.id,
      id: p.id,
      name: p.name,
      jobTitle: p.jobTitle,
      background: p.background,
      wantsToEstablish: p.wantsToEstablish,
      profileUrl: p.profileUrl ?? "",
    })),
    firstInterview: plan.firstInterview.map((i) => ({
      key: i.id,
      id: i.id,
      topic: i.topic,
      summary: i.summary,
      status: i.status,
      flaggedBySide: i.flaggedBySide,
    })),
  };
}

/** Which row sat at which index of the request, so "interviewers.1.name" finds its row after a reorder. */
export interface SubmittedKeys {
  interviewers: string[];
  firstInterview: string[];
  agenda: string[];
}

export function toContent(values: PlanFormValues, timeZone: string): { content: PlanContent; keys: SubmittedKeys } {
  const agenda = values.agenda.filter((row) => row.text.trim() !== "");
  return {
    content: {
      meeting: {
        roleTitle: values.roleTitle,
        hiringCompany: values.hiringCompany,
        candidateName: values.candidateName,
        candidateEmail: values.candidateEmail,
        startsAtLocal: values.startsAtLocal,
        timeZone,
        durationMinutes: values.durationMinutes,
        format: values.format,
        location: values.location,
        joiningNotes: values.joiningNotes,
        agenda: agenda.map((row) => row.text),
        internalNote: values.internalNote,
      },
      interviewers: values.interviewers.map((p) => ({
        id: p.id,
        name: p.name,
        jobTitle: p.jobTitle,
        background: p.background,
        wantsToEstablish: p.wantsToEstablish,
        profileUrl: p.profileUrl.trim() || null,
      })),
      firstInterview: values.firstInterview.map((i) => ({ id: i.id, topic: i.topic, summary: i.summary, status: i.status })),
    },
    keys: {
      interviewers: values.interviewers.map((p) => p.key),
      firstInterview: values.firstInterview.map((i) => i.key),
      agenda: agenda.map((row) => row.key),
    },
  };
}

/** The browser's zone list, with the given zones added when the platform does not list them (e.g. "UTC"). */
export function timeZoneOptions(include: string[]): string[] {
  let all: string[] = [];
  try {
    all = Intl.supportedValuesOf("timeZone");
  } catch {
    all = [];
  }
  const set = new Set(all);
  const extra = include.filter((z) => z && !set.has(z));
  return [...extra, ...all].sort((a, b) => a.localeCompare(b));
}
