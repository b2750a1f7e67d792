import type { PlanSide } from "./enums";

/**
 * Who is reading a plan: a member of its organisation, an interviewer the
 * organisation invited to this one plan, or its candidate. Interviewers are on
 * the organisation's side (they read what it reads, server/rules/visibility.ts)
 * with narrower rights; what each role may do is decided here and nowhere else.
 */
export const planRoles = ["recruiter", "interviewer", "candidate"] as const;
export type PlanRole = (typeof planRoles)[number];

export function sideOfRole(role: PlanRole): PlanSide {
  return role === "candidate" ? "candidate" : "organisation";
}

/** What a reader may do on a plan beyond reading it (each command still checks the plan's state). */
const rights = {
  /** Add, edit, reorder and debrief goals of their own (an interviewer's own are the goals they wrote). */
  "goals.own": ["recruiter", "interviewer", "candidate"],
  /** Flag a first-interview item or reply on it. */
  "items.discuss": ["recruiter", "interviewer", "candidate"],
  /** Settle a flagged item as agreed: a decision for the organisation or the candidate. */
  "items.settle": ["recruiter", "candidate"],
  /** Propose, confirm, edit, complete and drop next steps: the two parties' agreement. */
  "steps.agree": ["recruiter", "candidate"],
  /** An interviewer's own debrief note, after the meeting. */
  "debrief.note": ["interviewer"],
} as const satisfies Record<string, readonly PlanRole[]>;

export type PlanRight = keyof typeof rights;

export function planRoleMay(role: PlanRole, right: PlanRight): boolean {
  return (rights[right] as readonly PlanRole[]).includes(role);
}

/** Why a reader may not, in the words they read. */
export function planRightRefusal(right: PlanRight): string {
  switch (right) {
    case "items.settle":
      return "Interviewers can flag and discuss an item; the recruiter or the candidate marks it agreed.";
    case "steps.agree":
      return "Interviewers can read the next steps; the recruiter and the candidate agree them.";
    case "debrief.note":
      return "Only an invited interviewer writes an interviewer's debrief note.";
    default:
      return "You cannot do this on this plan.";
  }
}
