import { lastDays } from "../server/rules/insights-period";
import { BASELINE_SESSION_COOKIE } from "./baseline";
import type { HttpRequestSpec } from "./load";
import { SEARCH_TERM, type Targets } from "./targets";
import { send, trpcMutation, trpcQuery } from "./trpc-http";

/**
 * The load phases: what each one asks for and against which server. Every
 * phase spreads its requests over many plans (round robin over the targets),
 * so no single row stays hot in a cache the real workload would not have.
 */
export type ScenarioKey =
  | "baseline"
  | "baselineAgain"
  | "frameworkFloor"
  | "candidatePlanQuery"
  | "dashboardFirst"
  | "dashboardDeep"
  | "dashboardSearch"
  | "dashboardFirstSmallOrg"
  | "insightsBigOrg"
  | "confirmStep"
  | "addGoal"
  | "recruiterPlanPage"
  | "candidatePlanPage"
  | "dashboardPage"
  | "dashboardPageSmallOrg";

export interface Scenario {
  key: ScenarioKey;
  name: string;
  target: "app" | "baseline";
  next: () => HttpRequestSpec;
}

export interface Sessions {
  bigOrgRecruiter: string;
  smallOrgRecruiter: string;
  /** App cookies of the signed-in candidates, by candidate number. */
  candidates: string[];
  /** The same candidates' session tokens, for the baseline's cookie. */
  baselineTokens: string[];
}

/** Round robin over a list, forever. */
export function cycle<T>(items: readonly T[]): () => T {
  if (!items.length) throw new Error("nothing to cycle over");
  let i = 0;
  return () => items[i++ % items.length]!;
}

/** Each (candidate, plan) pair once per round, interleaving candidates so every session is in use at once. */
function candidatePairs(targets: Targets): { candidate: number; planId: string }[] {
  const pairs: { candidate: number; planId: string }[] = [];
  const longest = Math.max(...targets.candidatePlans.map((p) => p.length));
  for (let i = 0; i < longest; i++)
    targets.candidatePlans.forEach((plans, candidate) => {
      if (plans[i]) pairs.push({ candidate, planId: plans[i]! });
    });
  return pairs;
}

/**
 * The input that reaches the dashboard page ~2,000 rows deep. With keyset
 * pagination (a `nextCursor` in the answer) it follows the cursors 100
 * pages on, as a recruiter paging through would; an older `page` input gets page 100.
 */
export async function deepDashboardInput(appUrl: string, cookie: string): Promise<{ input: Record<string, unknown>; rowsDeep: number }> {
  const first = await send<{ nextCursor?: string | null; items: unknown[] }>(appUrl, trpcQuery("plan.list", {}, cookie));
  if (!("nextCursor" in first)) return { input: { page: 100 }, rowsDeep: 99 * first.items.length };
  let cursor = first.nextCursor;
  let rowsDeep = first.items.length;
  for (let page = 2; page < 100 && cursor; page++) {
    const next = await send<{ nextCursor: string | null; items: unknown[] }>(appUrl, trpcQuery("plan.list", { cursor }, cookie));
    rowsDeep += next.items.length;
    cursor = next.nextCursor;
  }
  if (!cursor) throw new Error("the dashboard ran out of pages before 2,000 rows");
  return { input: { cursor }, rowsDeep };
}

export function buildScenarios(options: {
  appUrl: string;
  targets: Targets;
  sessions: Sessions;
  deepInput: Record<string, unknown>;
}): Scenario[] {
  const { appUrl, targets, sessions } = options;
  const pair = cycle(candidatePairs(targets));
  const bigPlan = cycle(targets.bigOrgPlans);
  const step = cycle(targets.stepsToConfirm);
  const goalPlan = cycle(targets.goalPlans);
  let goalNumber = 0;
  const recruiter = sessions.bigOrgRecruiter;
  const page = (path: string, cookie: string): HttpRequestSpec => ({ path, headers: { cookie } });
  return [
    {
      key: "baseline",
      name: "baseline (node:http + postgres.js)",
      target: "baseline",
      next: () => {
        const { candidate, planId } = pair();
        return page(`/interview?planId=${planId}`, `${BASELINE_SESSION_COOKIE}=${sessions.baselineTokens[candidate]}`);
      },
    },
    {
      // Not a target: what `next start` itself answers per second for a route that does next to nothing
      // (one `select 1`), the ceiling every other row of the app lives under on this machine.
      key: "frameworkFloor",
      name: "reference: Next.js route with one trivial query (/api/health)",
      target: "app",
      next: () => page("/api/health", ""),
    },
    {
      key: "candidatePlanQuery",
      name: "candidate plan query (interview.get)",
      target: "app",
      next: () => {
        const { candidate, planId } = pair();
        return trpcQuery("interview.get", { planId }, sessions.candidates[candidate]!);
      },
    },
    { key: "dashboardFirst", name: "dashboard first page (plan.list)", target: "app", next: () => trpcQuery("plan.list", {}, recruiter) },
    { key: "dashboardDeep", name: "dashboard ~2,000 rows deep", target: "app", next: () => trpcQuery("plan.list", options.deepInput, recruiter) },
    {
      key: "dashboardSearch",
      name: `dashboard search "${SEARCH_TERM}"`,
      target: "app",
      next: () => trpcQuery("plan.list", { search: SEARCH_TERM }, recruiter),
    },
    {
      key: "dashboardFirstSmallOrg",
      name: "dashboard first page, 1,000-plan org",
      target: "app",
      next: () => trpcQuery("plan.list", {}, sessions.smallOrgRecruiter),
    },
    {
      key: "insightsBigOrg",
      name: "insights (big org, 365 days)",
      target: "app",
      next: () => trpcQuery("insights.get", lastDays(365, new Date()), recruiter),
    },
    {
      key: "confirmStep",
      name: "write: recruiter confirms a step",
      target: "app",
      next: () => {
        const s = step();
        return trpcMutation("nextStep.confirm", { planId: s.planId, stepId: s.stepId, expectedVersion: s.version }, recruiter, appUrl);
      },
    },
    {
      key: "addGoal",
      name: "write: recruiter adds a goal",
      target: "app",
      next: () =>
        trpcMutation(
          "goal.add",
          { planId: goalPlan(), kind: "team_goal", text: `Bench goal ${++goalNumber}: how the team ships`, priority: "should", visibility: "shared" },
          recruiter,
          appUrl,
        ),
    },
    { key: "recruiterPlanPage", name: "page: recruiter plan /plans/<id>", target: "app", next: () => page(`/plans/${bigPlan()}`, recruiter) },
    {
      key: "candidatePlanPage",
      name: "page: candidate plan /interviews/<id>",
      target: "app",
      next: () => {
        const { candidate, planId } = pair();
        return page(`/interviews/${planId}`, sessions.candidates[candidate]!);
      },
    },
    { key: "dashboardPage", name: "page: /dashboard (big org)", target: "app", next: () => page("/dashboard", recruiter) },
    {
      key: "dashboardPageSmallOrg",
      name: "page: /dashboard (1,000-plan org)",
      target: "app",
      next: () => page("/dashboard", sessions.smallOrgRecruiter),
    },
  ];
}
