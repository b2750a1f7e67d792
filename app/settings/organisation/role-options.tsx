import { ROLES, ROLE_LABEL } from "@/server/rules/labels";

/** The choices of a role select, recruiter first: the role most people are given. */
export function RoleOptions() {
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {ROLE_LABEL[role]}
    </option>
  ));
}
