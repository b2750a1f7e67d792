import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { FirstInterviewStatus, FirstInterviewTopic, MeetingFormat, PlanSide } from "@/db/schema";
import type { AppRouter } from "@/server/api/root";

export type RecruiterPlan = inferRouterOutputs<AppRouter>["plan"]["get"];
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

export interface PlanFormErrors {
  meeting: Partial<Record<MeetingField, string>>;
  interviewers: Record<string, Partial<Record<InterviewerField, string>>>;
  firstInterview: Record<string, Partial<Record<ItemField, string>>>;
  agenda: Record<string, string>;
  /** Messages about the lists as a whole ("at most 12 interviewers"). */
  interviewersList?: string;
  firstInterviewList?: string;
  /** Messages no field on screen can show: they go to the form's alert. */
  other: string[];
  any: boolean;
}

const isMeetingField = (name: string): name is MeetingField => (MEETING_FIELDS as readonly string[]).includes(name);

/**
 * Files the server's messages next to their inputs. Paths come dotted
 * ("meeting.roleTitle", "interviewers.1.profileUrl", "meeting.agenda.0");
 * a plain field name ("roleTitle") is accepted too, and anything else
 * (an older server's "meeting", a row removed since) is kept for the alert.
 */
export function planFormErrors(
  fieldErrors: Record<string, string[] | undefined> | undefined,
  keys: SubmittedKeys | null,
  values: PlanFormValues,
): PlanFormErrors {
  const result: PlanFormErrors = { meeting: {}, interviewers: {}, firstInterview: {}, agenda: {}, other: [], any: false };
  const present = (list: { key: string }[], key: string | undefined) => (key && list.some((r) => r.key === key) ? key : undefined);

  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    const parts = path.split(".");
    const [head, second, third] = parts;
    let placed = false;

    if (head === "meeting" && second && parts.length === 2 && isMeetingField(second)) {
      result.meeting[second] = message;
      placed = true;
    } else if (parts.length === 1 && head && isMeetingField(head)) {
      result.meeting[head] = message;
      placed = true;
    } else if (head === "meeting" && second === "agenda" && third !== undefined && parts.length === 3) {
      const key = present(values.agenda, keys?.agenda[Number(third)]);
      if (key) {
        result.agenda[key] = message;
        placed = true;
      }
    } else if ((head === "interviewers" || head === "firstInterview") && parts.length === 1) {
      result[head === "interviewers" ? "interviewersList" : "firstInterviewList"] = message;
      placed = true;
    } else if (head === "interviewers" && second !== undefined && third && parts.length === 3) {
      const key = present(values.interviewers, keys?.interviewers[Number(second)]);
      if (key && (INTERVIEWER_FIELDS as readonly string[]).includes(third)) {
        (result.interviewers[key] ??= {})[third as InterviewerField] = message;
        placed = true;
      }
    } else if (head === "firstInterview" && second !== undefined && third && parts.length === 3) {
      const key = present(values.firstInterview, keys?.firstInterview[Number(second)]);
      if (key && (ITEM_FIELDS as readonly string[]).includes(third)) {
        (result.firstInterview[key] ??= {})[third as ItemField] = message;
        placed = true;
      }
    }
    if (placed) result.any = true;
    else result.other.push(...(messages ?? []));
  }
  return result;
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

/**
 * Re-applies "my" changes on top of a newer saved version: each field (and
 * each list as a whole) I changed since `base` takes my value; everything I
 * left alone keeps the newer version's value, so a colleague's edits survive.
 */
export function reapplyChanges(base: PlanFormValues, mine: PlanFormValues, latest: PlanFormValues): PlanFormValues {
  const merged = { ...latest } as Record<keyof PlanFormValues, unknown>;
  for (const key of Object.keys(mine) as (keyof PlanFormValues)[]) {
    if (JSON.stringify(mine[key]) !== JSON.stringify(base[key])) merged[key] = mine[key];
  }
  return merged as unknown as PlanFormValues;
}
