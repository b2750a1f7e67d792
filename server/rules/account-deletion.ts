import type { MembershipRole } from "./enums";

/**
 * What deleting an account does to each organisation its owner belongs to.
 * An organisation must never be left with members and no admin: its sole
 * admin is asked to make another member admin first. An organisation with no
 * other member goes with its last member, since nobody could ever reach it
 * again (its plans with it). Anywhere else the membership simply ends.
 */
export interface MembershipFacts {
  orgId: string;
  orgName: string;
  role: MembershipRole;
  /** Members of the organisation, this account included. */
  members: number;
  /** Admins of the organisation, this account included when it is one. */
  admins: number;
}

export type DeletionEffect = "blocked" | "organisation_deleted" | "membership_ends";

export function deletionEffectOn(m: MembershipFacts): DeletionEffect {
  if (m.members <= 1) return "organisation_deleted";
  if (m.role === "admin" && m.admins <= 1) return "blocked";
  return "membership_ends";
}

export function soleAdminMessage(orgNames: string[]): string {
  return `You are the only admin of ${orgNames.join(", ")}. Make another member admin first, then delete your account.`;
}

/** The confirmation the deletion dialog asks for: the account's own address, typed again (case and spaces aside). */
export function confirmsDeletion(typed: string, accountEmail: string): boolean {
  return typed.trim().toLowerCase() === accountEmail.trim().toLowerCase();
}
