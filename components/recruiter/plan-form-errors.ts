import {
  INTERVIEWER_FIELDS,
  ITEM_FIELDS,
  MEETING_FIELDS,
  type InterviewerField,
  type ItemField,
  type MeetingField,
  type PlanFormValues,
  type SubmittedKeys,
} from "./plan-form-state";

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
