import { expect, test, type BrowserContext } from "@playwright/test";
import { signUp } from "./helpers";
import { openEventStream, subscriptionUrl, type StreamEvent } from "./event-stream";
import { currentPid, portA, portB, urlOf } from "./instances";
import { createSharedPlan, joinAsCandidate, trpcMutation } from "./plan-api";

/**
 * Two app instances on one PostgreSQL database (playwright.config.ts starts
 * B only when DATABASE_URL is set): nothing a request needs lives in one
 * instance's memory. Read at the HTTP level, as a load balancer would spread
 * one browser's requests.
 */
// Two of these restart B: they run one after the other, in one worker.
test.describe.configure({ mode: "default" });

const A = urlOf(portA);
const B = urlOf(portB);

async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies(A)).map((c) => `${c.name}=${c.value}`).join("; ");
}

type PlanEvent = { catchUp: boolean; parts: string[] };
const planEvent = (e: StreamEvent) => (e.event === "message" ? (e.data as PlanEvent) : null);

async function healthyAgain(port: number, previousPid: number) {
  await expect
    .poll(
      async () => {
        const pid = currentPid(port);
        if (!pid || pid === previousPid) return "old process";
        const health = await fetch(`${urlOf(port)}/api/health`).catch(() => null);
        return health?.status === 200 ? "up" : "starting";
      },
      { timeout: 90_000, intervals: [250] },
    )
    .toBe("up");
}

test("a session signed in on A works on B", async ({ page }) => {
  const recruiter = await signUp(page);
  const cookie = await cookieHeader(page.context());
  const me = await fetch(`${B}/api/trpc/account.me?input=${encodeURIComponent(JSON.stringify({ json: null }))}`, { headers: { cookie } });
  expect(me.status).toBe(200);
  expect(JSON.stringify(await me.json())).toContain(recruiter.email);
  const signedOut = await fetch(`${B}/api/trpc/account.me?input=${encodeURIComponent(JSON.stringify({ json: null }))}`);
  expect(signedOut.status).toBe(401);
});

test("a change made through A reaches a live.plan subscriber on B within a second", async ({ page }) => {
  await signUp(page);
  const plan = await createSharedPlan(page);
  const stream = await openEventStream(subscriptionUrl(B, "live.plan", { planId: plan.planId }), { cookie: await cookieHeader(page.context()) });
  const opening = await stream.waitFor((e) => planEvent(e) !== null);
  expect(planEvent(opening)).toEqual({ catchUp: false, parts: [] });

  await trpcMutation(page.request, "goal.add", { planId: plan.planId, kind: "team_goal", text: "See how the team reviews designs" });
  const written = Date.now();
  const change = await stream.waitFor((e) => planEvent(e)?.parts.includes("goals") ?? false, 2_000);
  expect(change.at - written).toBeLessThan(1_000);
  // Names what changed, never the text.
  expect(JSON.stringify(stream.events)).not.toContain("reviews designs");
  stream.close();
});

test("after B restarts, a subscriber reconnects and is told to catch up", async ({ page }) => {
  test.setTimeout(150_000);
  await signUp(page);
  const plan = await createSharedPlan(page);
  const cookie = await cookieHeader(page.context());
  const url = subscriptionUrl(B, "live.plan", { planId: plan.planId });
  const before = await openEventStream(url, { cookie });
  const opening = await before.waitFor((e) => planEvent(e) !== null);

  const pid = currentPid(portB);
  expect(pid).toBeTruthy();
  process.kill(pid!, "SIGTERM");
  // Shutdown ends the stream with a retryable error, which the client link answers by reconnecting.
  const goodbye = await before.waitFor((e) => e.event === "serialized-error", 15_000);
  expect(JSON.stringify(goodbye.data)).toContain("SERVICE_UNAVAILABLE");
  await before.ended;

  // Meanwhile a change lands through A: nobody on B could have heard it.
  await trpcMutation(page.request, "goal.add", { planId: plan.planId, kind: "team_goal", text: "Written while B was down" });
  await healthyAgain(portB, pid!);

  // EventSource reconnects with the last id it saw: the first event says to re-read everything.
  const after = await openEventStream(url, { cookie, lastEventId: opening.id });
  const first = await after.waitFor((e) => planEvent(e) !== null);
  expect(planEvent(first)).toMatchObject({ catchUp: true, parts: expect.arrayContaining(["goals", "stage", "steps"]) });
  after.close();
});

test("pages on two instances: the candidate's goal through A shows on the recruiter's page on B, also across B's restart", async ({ page: recruiter, browser }) => {
  test.setTimeout(180_000);
  await signUp(recruiter);
  const plan = await createSharedPlan(recruiter);
  const { context, page: candidate } = await joinAsCandidate(browser, plan);
  await recruiter.goto(`${B}/plans/${plan.planId}`);
  const theirs = recruiter.getByRole("list", { name: "The candidate's shared goals" });
  await expect(recruiter.getByText("The candidate hasn't shared any goals yet.")).toBeVisible();
  // Set on this document only: a reload or navigation would lose it.
  await recruiter.evaluate(() => ((window as unknown as { unreloaded: boolean }).unreloaded = true));

  const addGoal = (text: string) => trpcMutation(candidate.request, "goal.add", { planId: plan.planId, kind: "learn", text, visibility: "shared" });
  await addGoal("How the team plans its quarter");
  await expect(theirs.getByRole("listitem", { name: "How the team plans its quarter" })).toBeVisible({ timeout: 1_000 });

  const pid = currentPid(portB)!;
  process.kill(pid, "SIGTERM");
  await addGoal("Who I would report to");
  await healthyAgain(portB, pid);
  // The page's stream reconnects by itself and its catch-up re-reads the plan.
  await expect(theirs.getByRole("listitem", { name: "Who I would report to" })).toBeVisible({ timeout: 30_000 });
  expect(await recruiter.evaluate(() => (window as unknown as { unreloaded?: boolean }).unreloaded)).toBe(true);
  await context.close();
});
