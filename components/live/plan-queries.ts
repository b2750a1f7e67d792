import type { Query } from "@tanstack/react-query";
import type { PlanPart } from "@/server/rules/live";

/** A tRPC query key: [path, { input, type }]. */
function keyParts(query: Query): { path: readonly string[]; input: unknown } {
  const [path, meta] = query.queryKey as [unknown, { input?: unknown } | undefined];
  return { path: Array.isArray(path) ? (path as string[]) : [], input: meta?.input };
}

function inputPlanId(input: unknown): string | undefined {
  if (typeof input !== "object" || input === null || !("planId" in input)) return undefined;
  return typeof input.planId === "string" ? input.planId : undefined;
}

/**
 * Lists that show plans without naming one in their input: title, meeting
 * time and stage, and on the dashboard the preparation counts (steps done,
 * the candidate's shared goals, first-interview items to revisit).
 */
const PLAN_LISTS = new Set(["plan.list", "interview.list"]);
const LIST_PARTS: readonly PlanPart[] = ["details", "stage", "preparation", "goals", "items"];

/**
 * Which cached queries a change of `planId` makes stale: every query about
 * that plan (its views carry what the viewer may do, which any part can
 * change, and refetching an unchanged answer re-renders nothing), and the
 * plan lists when the change shows there. Forms keep their own drafts, so a
 * refetch never touches what someone is typing.
 */
export function isStaleAfter(planId: string, parts: readonly PlanPart[]): (query: Query) => boolean {
  const listsToo = parts.some((part) => LIST_PARTS.includes(part));
  return (query) => {
    const { path, input } = keyParts(query);
    if (inputPlanId(input) === planId) return true;
    return listsToo && PLAN_LISTS.has(path.join("."));
  };
}

/** Everything the user's own stream can make stale: notifications, and the plan lists. */
export function isNotificationQuery(query: Query): boolean {
  return keyParts(query).path[0] === "notification";
}
