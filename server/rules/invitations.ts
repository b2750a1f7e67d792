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

/**
 * What a page says about a followed link, a plan's or an organisation's:
 * "used" once accepted, "valid" while it still works, "unknown" for a token
 * that matches nothing.
 */
export const linkStates = ["valid", "expired", "used", "revoked", "unknown"] as const;
export type LinkState = (typeof linkStates)[number];

export function linkState(invitation: InvitationTimes, now: Date): LinkState {
  const status = invitationStatus(invitation, now);
  if (status === "accepted") return "used";
  return status === "pending" ? "valid" : status;
}

/** The join page's states: the same, except that a closed plan's open link reads as withdrawn. */
export const planLinkStates = linkStates;
export type PlanLinkState = LinkState;

export function planLinkState(invitation: InvitationTimes, planStage: PlanStage, now: Date): PlanLinkState {
  const state = linkState(invitation, now);
  return state !== "used" && planStage === "closed" ? "revoked" : state;
}
