import type { PlanStage } from "./enums";

/**
 * Where an emailed plan link stands, decided once from its timestamps: the
 * recruiter's page shows the newest one's status, the join page the state of
 * the one followed, and the revoke command asks the same question.
 */
export const invitationStatuses = ["pending", "accepted", "revoked", "expired"] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

export interface InvitationTimes {
  acceptedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}

export function invitationStatus(invitation: InvitationTimes, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "pending";
}

/** Nobody accepted or withdrew it: it is still the plan's open invitation, working or expired. */
export function isUnanswered(status: InvitationStatus): boolean {
  return status === "pending" || status === "expired";
}

/** What the join page says about a followed link; a closed plan's link reads as withdrawn. */
export const planLinkStates = ["valid", "expired", "used", "revoked", "unknown"] as const;
export type PlanLinkState = (typeof planLinkStates)[number];

export function planLinkState(invitation: InvitationTimes, planStage: PlanStage, now: Date): PlanLinkState {
  const status = invitationStatus(invitation, now);
  if (status === "accepted") return "used";
  if (status === "revoked" || planStage === "closed") return "revoked";
  return status === "expired" ? "expired" : "valid";
}
