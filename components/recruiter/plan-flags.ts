import { isAfterMeeting } from "@/server/rules/stages";
import type { RecruiterPlan } from "./plan-form-state";

/** What the recruiter may do with the plan, as the server's plan view says (the contract with server/api/routers/plan-schemas.ts). */
export interface PlanAllowed {
  write: boolean;
  edit: boolean;
  share: boolean;
  resend: boolean;
  revoke: boolean;
  cancel: boolean;
  reschedule: boolean;
  close: boolean;
}

export interface PlanFlags {
  allowed: PlanAllowed;
  /** Once shared, the invitation is bound to its address: another candidate gets a duplicate. */
  candidateEmailLocked: boolean;
}

type WithFlags = RecruiterPlan & Partial<PlanFlags>;

/**
 * The server's flags for the plan. Until every plan view carries them, the
 * same decisions are derived here from the stage, in this one place, so no
 * component asks the stage itself; this falls away once `allowed` is in the view.
 */
export function planFlags(plan: RecruiterPlan): PlanFlags {
  const view = plan as WithFlags;
  if (view.allowed && view.candidateEmailLocked !== undefined)
    return { allowed: view.allowed, candidateEmailLocked: view.candidateEmailLocked };
  const open = plan.stage !== "closed";
  const invitation = plan.stage === "shared" ? plan.invitation : null;
  const expired = invitation !== null && (invitation.status === "expired" || invitation.expiresAt <= new Date());
  return {
    allowed: {
      write: open,
      edit: open,
      share: plan.stage === "draft",
      resend: invitation !== null,
      revoke: invitation !== null && !expired,
      cancel: open,
      reschedule: open,
      close: open && isAfterMeeting(plan.stage),
    },
    candidateEmailLocked: plan.stage !== "draft",
  };
}
