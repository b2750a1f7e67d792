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
  /** The saved row's version, sent back with the save: a row a colleague changed meanwhile is refused. */
  version: number | null;
  name: string;
  jobTitle: string;
  background: string;
  wantsToEstablish: string;
  profileUrl: string;
}

export interface ItemRow {
  key: string;
  id: string | null;
  version: number | null;
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

/** Which row sat at which index of the request, so "interviewers.1.name" finds its row after a reorder. */
export interface SubmittedKeys {
  interviewers: string[];
  firstInterview: string[];
  agenda: string[];
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
