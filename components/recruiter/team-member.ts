import type { RecruiterPlan } from "./plan-form-state";

/** One member of the interviewing team as plan.get returns it: the server's flags decide every button. */
export type TeamMember = RecruiterPlan["team"][number];
