import type { MembershipRole } from "@/db/schema";

/** Which organisation roles may do what. Procedures ask by action, never by role name. */
export const permissions = {
  "members.view": ["admin", "recruiter"],
  "members.manage": ["admin"],
  /** The organisation's settings, such as the candidates' cut-off for changing a meeting's time. */
  "organisation.configure": ["admin"],
  "plans.view": ["admin", "recruiter"],
  "plans.edit": ["admin", "recruiter"],
} as const satisfies Record<string, readonly MembershipRole[]>;

export type Permission = keyof typeof permissions;

export function can(role: MembershipRole, permission: Permission): boolean {
  return (permissions[permission] as readonly MembershipRole[]).includes(role);
}
