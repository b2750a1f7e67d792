import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page, type Request, type Response } from "@playwright/test";
import { signUpRecruiter } from "./helpers";
import { createSharedPlan, joinAsCandidate, trpcMutation, trpcQuery } from "./plan-api";

/**
 * The leak test, for pages: every private field of each side holds a
 * unique marker; then every page of the app is opened as the other side, and
 * neither the HTML (with the data streamed into it) nor any response the
 * browser fetches may contain one. A page added to app/ without a row here
 * fails the first test.
 */

const stamp = Date.now().toString(36);
const markers = {
  organisation: {
    internalNote: `ORGSECRET-internal-${stamp}`,
    goalText: `ORGSECRET-goal-${stamp}`,
    goalDetail: `ORGSECRET-detail-${stamp}`,
    outcomeNote: `ORGSECRET-outcome-${stamp}`,
  },
  candidate: {
    goalText: `CANDSECRET-goal-${stamp}`,
    goalDetail: `CANDSECRET-detail-${stamp}`,
    mustKnow: `CANDSECRET-mustknow-${stamp}`,
    interviewerNote: `CANDSECRET-interviewer-${stamp}`,
    planNote: `CANDSECRET-heldback-${stamp}`,
    acknowledgement: `CANDSECRET-ack-${stamp}`,
    outcomeNote: `CANDSECRET-outcome-${stamp}`,
  },
};

/** Every page route, with the URL each side opens for it. */
type Urls = (ids: { planId: string }) => { organisation: string; candidate: string };
const pages: Record<string, Urls> = {
  "/": () => ({ organisation: "/", candidate: "/" }),
  "/dashboard": () => ({ organisation: "/dashboard", candidate: "/dashboard" }),
  "/plans/new": () => ({ organisation: "/plans/new", candidate: "/plans/new" }),
  "/plans/[planId]": ({ planId }) => ({ organisation: `/plans/${planId}`, candidate: `/plans/${planId}` }),
  "/plans/[planId]/edit": ({ planId }) => ({ organisation: `/plans/${planId}/edit`, candidate: `/plans/${planId}/edit` }),
  "/interviews/[planId]": ({ planId }) => ({ organisation: `/interviews/${planId}`, candidate: `/interviews/${planId}` }),
  "/interviews/[planId]/prepare": ({ planId }) => ({
    organisation: `/interviews/${planId}/prepare`,
    candidate: `/interviews/${planId}/prepare`,
  }),
  // An invited interviewer's page: to a member and to the candidate of the plan it does not exist.
  "/team/[planId]": ({ planId }) => ({ organisation: `/team/${planId}`, candidate: `/team/${planId}` }),
  // The organisation's insights: ratings and comments, never a plan's private content; to the candidate, not found.
  "/insights": () => ({ organisation: "/insights", candidate: "/insights" }),
  "/settings/account": () => ({ organisation: "/settings/account", candidate: "/settings/account" }),
  "/settings/organisation": () => ({ organisation: "/settings/organisation", candidate: "/settings/organisation" }),
  "/dev/outbox": () => ({ organisation: "/dev/outbox", candidate: "/dev/outbox" }),
  // Pages reached by link or signed out: nothing of a plan's private content belongs there either.
  "/join/[token]": () => ({ organisation: "/join/not-a-real-token", candidate: "/join/not-a-real-token" }),
  "/team-join/[token]": () => ({ organisation: "/team-join/not-a-real-token", candidate: "/team-join/not-a-real-token" }),
  "/invitations/[token]": () => ({ organisation: "/invitations/not-a-real-token", candidate: "/invitations/not-a-real-token" }),
  "/sign-in": () => ({ organisation: "/sign-in", candidate: "/sign-in" }),
  "/sign-in/link": () => ({ organisation: "/sign-in/link?token=not-a-real-token", candidate: "/sign-in/link?token=not-a-real-token" }),
  "/sign-up": () => ({ organisation: "/sign-up", candidate: "/sign-up" }),
  "/verify-email": () => ({ organisation: "/verify-email?token=not-a-real-token", candidate: "/verify-email?token=not-a-real-token" }),
  "/forgot-password": () => ({ organisation: "/forgot-password", candidate: "/forgot-password" }),
  "/reset-password": () => ({ organisation: "/reset-password?token=not-a-real-token", candidate: "/reset-password?token=not-a-real-token" }),
};

/** The routes the app has: every page.tsx under app/, as a route pattern. */
function appRoutes(): string[] {
  const root = path.resolve(process.cwd(), "app");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "page.tsx") found.push("/" + path.relative(root, dir).split(path.sep).filter(Boolean).join("/"));
    }
  };
  walk(root);
  return found.map((r) => (r === "/" ? r : r.replace(/\/$/, ""))).sort();
}

/** A live event stream stays open as long as the page: it never finishes, and carries ids only (test/live checks that). */
const isEventStream = (url: string) => url.includes("/api/trpc/live.");

/**
 * Resolves once the page has had no request in flight, other than its event streams, for half a second
 * ("networkidle" never comes while a stream is open).
 */
async function quiet(page: Page): Promise<void> {
  const inFlight = new Set<Request>();
  const start = (request: Request) => {
    if (!isEventStream(request.url())) inFlight.add(request);
  };
  const end = (request: Request) => inFlight.delete(request);
  page.on("request", start);
  page.on("requestfinished", end);
  page.on("requestfailed", end);
  try {
    await page.waitForLoadState("load");
    for (let idleSince = Date.now(); Date.now() - idleSince < 500; ) {
      await page.waitForTimeout(50);
      if (inFlight.size > 0) idleSince = Date.now();
    }
  } finally {
    page.off("request", start);
    page.off("requestfinished", end);
    page.off("requestfailed", end);
  }
}

/** Opens a page and returns everything the browser received for it: the HTML and every fetched response body. */
async function everythingReceived(page: Page, url: string): Promise<string> {
  const bodies: Promise<string>[] = [];
  const collect = (response: Response) => {
    if (isEventStream(response.url())) return;
    if (response.request().resourceType() === "document" || response.url().includes("/api/") || response.url().includes("_rsc"))
      bodies.push(response.text().catch(() => ""));
  };
  page.on("response", collect);
  const settled = quiet(page);
  await page.goto(url);
  await settled;
  page.off("response", collect);
  return [await page.content(), ...(await Promise.all(bodies))].join("\n");
}

test("every page of the app is covered by this test", () => {
  expect(appRoutes()).toEqual(Object.keys(pages).sort());
});

test("no page shows either side's private content to the other side", async ({ browser }) => {
  test.setTimeout(180_000);
  const recruiterContext = await browser.newContext();
  const recruiter = await recruiterContext.newPage();
  await signUpRecruiter(recruiter, "leak");
  const plan = await createSharedPlan(recruiter, { internalNote: markers.organisation.internalNote });
  const { planId } = plan;
  const org = markers.organisation;
  const orgPrivate = await trpcMutation<{ id: string }>(recruiter.request, "goal.add", {
    planId,
    kind: "challenge",
    text: org.goalText,
    detail: org.goalDetail,
    visibility: "private",
  });
  const orgShared = await trpcMutation<{ id: string }>(recruiter.request, "goal.add", {
    planId,
    kind: "team_goal",
    text: "See how you run research",
  });

  const { page: candidate } = await joinAsCandidate(browser, plan);
  const c = markers.candidate;
  const interviewers = (await trpcQuery<{ interviewers: { id: string }[] }>(candidate.request, "interview.get", { planId })).interviewers;
  const candidatePrivate = await trpcMutation<{ id: string }>(candidate.request, "goal.add", {
    planId,
    kind: "doubt",
    text: c.goalText,
    detail: c.goalDetail,
    visibility: "private",
  });
  await trpcMutation(candidate.request, "goal.add", { planId, kind: "must_know", text: c.mustKnow, visibility: "private" });
  await trpcMutation(candidate.request, "preparation.saveNote", { planId, interviewerId: interviewers[0]!.id, text: c.interviewerNote, expectedVersion: null });
  await trpcMutation(candidate.request, "preparation.saveNote", { planId, interviewerId: null, text: c.planNote, expectedVersion: null });
  await trpcMutation(candidate.request, "preparation.acknowledgeGoal", {
    planId,
    goalId: orgShared.id,
    acknowledged: true,
    note: c.acknowledgement,
    expectedVersion: null,
  });

  // The meeting is over (moved three hours back, with every interviewer and item kept by id):
  // debrief, open questions and next steps are on the pages too, with private outcome notes.
  const current = await trpcQuery<
    Record<string, unknown> & {
      version: number;
      interviewers: { version: number }[];
      firstInterview: { id: string; version: number; topic: string; summary: string; status: string }[];
    }
  >(
    recruiter.request,
    "plan.get",
    { planId },
  );
  const past = new Date(Date.now() - 3 * 3_600_000);
  await trpcMutation(recruiter.request, "plan.update", {
    planId,
    expectedVersion: current.version,
    meeting: {
      roleTitle: current.roleTitle,
      hiringCompany: current.hiringCompany,
      candidateName: current.candidateName,
      candidateEmail: current.candidateEmail,
      startsAtLocal: past.toISOString().slice(0, 16),
      timeZone: "UTC",
      durationMinutes: 60,
      format: current.format,
      location: current.location,
      joiningNotes: current.joiningNotes,
      agenda: current.agenda,
      internalNote: current.internalNote,
    },
    interviewers: current.interviewers.map((person) => ({ ...person, expectedVersion: person.version })),
    firstInterview: current.firstInterview.map(({ id, version, topic, summary, status }) => ({ id, expectedVersion: version, topic, summary, status })),
  });
  await trpcMutation(candidate.request, "debrief.markOutcome", {
    planId,
    goalId: candidatePrivate.id,
    outcome: "partly",
    note: c.outcomeNote,
    expectedVersion: 1,
  });
  await trpcMutation(recruiter.request, "debrief.markOutcome", {
    planId,
    goalId: orgPrivate.id,
    outcome: "achieved",
    note: org.outcomeNote,
    expectedVersion: 1,
  });

  const sides = { organisation: recruiter, candidate } as const;
  const forbidden = { organisation: Object.values(markers.candidate), candidate: Object.values(markers.organisation) };
  const own = { organisation: Object.values(markers.organisation), candidate: Object.values(markers.candidate) };
  const seenOwn = { organisation: new Set<string>(), candidate: new Set<string>() };
  const leaks: string[] = [];
  for (const [route, urls] of Object.entries(pages)) {
    for (const side of ["organisation", "candidate"] as const) {
      const url = urls({ planId })[side];
      const received = await everythingReceived(sides[side], url);
      for (const m of forbidden[side]) if (received.includes(m)) leaks.push(`${side} sees ${m} on ${route} (${url})`);
      for (const m of own[side]) if (received.includes(m)) seenOwn[side].add(m);
    }
  }
  expect(leaks).toEqual([]);
  // Each side did see all of its own private content somewhere: the markers were really on the pages.
  expect(own.organisation.filter((m) => !seenOwn.organisation.has(m))).toEqual([]);
  expect(own.candidate.filter((m) => !seenOwn.candidate.has(m))).toEqual([]);
});
