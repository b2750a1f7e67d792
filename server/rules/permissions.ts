import type { MembershipRole } from "@/db/schema";

/** Which organisation roles may do what. Procedures ask by action, never by role name. */
export const permissions = {
  "members.view": ["admin", "recruiter"],
  "members.manage": ["admin"],
  /** The organisation's settings, such as the candidates' cut-off for changing a meeting's time. */
  "organisation.configure": ["admin"],
  "plans.view": ["admin", "recruiter"],
  "plans.edit": ["admin", "recruiter"],
  /** The organisation's insights: how its second interviews go, with the candidates' ratings. */
  "insights.view": ["admin", "recruiter"],
  /** Erasing one candidate's personal data on their request, and the retention period. */
  "candidateData.erase": ["admin"],
} as const satisfies Record<string, readonly MembershipRole[]>;

export type Permission = keyof typeof permissions;

export function can(role: MembershipRole, permission: Permission): boolean {
  return (permissions[permission] as readonly MembershipRole[]).includes(role);
}
