import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { samplePlanContent } from "../db/seed/plans";
import { newestOutboxLink, uniqueEmail } from "./helpers";

/** The app's own origin, as playwright.config.ts builds it: tRPC refuses POSTs from any other. */
const baseURL = `http://localhost:${Number(process.env.E2E_PORT ?? 3200)}`;

/**
 * Plans set up over tRPC's HTTP API with a signed-in browser's cookies, so
 * candidate tests do not depend on the recruiter's pages.
 */

interface TrpcEnvelope<T> {
  result?: { data?: { json?: T } };
  error?: { json?: { message?: string; data?: { code?: string } } };
}

async function unwrap<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, path: string): Promise<T> {
  const body = (await response.json()) as TrpcEnvelope<T>;
  if (!response.ok() || body.error) {
    throw new TrpcCallError(path, response.status(), body.error?.json?.data?.code, body.error?.json?.message);
  }
  return body.result!.data!.json as T;
}

export class TrpcCallError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    readonly code: string | undefined,
    message: string | undefined,
  ) {
    super(`${path} failed (${status} ${code}): ${message}`);
  }
}

/** A tRPC mutation, as the browser's client sends it (superjson envelope, same-origin header). */
export async function trpcMutation<T = unknown>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.post(`/api/trpc/${path}`, {
    data: { json: input },
    headers: { Origin: baseURL, "Content-Type": "application/json" },
  });
  return unwrap<T>(response, path);
}

export async function trpcQuery<T = unknown>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  const response = await request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`);
  return unwrap<T>(response, path);
}

export interface SharedPlan {
  planId: string;
  candidateEmail: string;
  candidateName: string;
  roleTitle: string;
  hiringCompany: string;
}

/** Creates a plan with the sample content (two interviewers, three first-interview items) and sends the invitation. */
export async function createSharedPlan(recruiter: Page, overrides: Partial<Parameters<typeof samplePlanContent>[0]> = {}): Promise<SharedPlan> {
  const content = samplePlanContent({ candidateEmail: uniqueEmail("candidate"), ...overrides });
  const { id } = await trpcMutation<{ id: string }>(recruiter.request, "plan.create", content);
  await trpcMutation(recruiter.request, "plan.share", { planId: id });
  return {
    planId: id,
    candidateEmail: content.meeting.candidateEmail,
    candidateName: content.meeting.candidateName,
    roleTitle: content.meeting.roleTitle,
    hiringCompany: content.meeting.hiringCompany,
  };
}

/** The newest invitation link emailed to the candidate (as the test run's SMTP server received it). */
export async function joinLink(page: Page, plan: SharedPlan): Promise<string> {
  const link = await newestOutboxLink(page, plan.candidateEmail, /Your second interview/);
  expect(link).toMatch(/\/join\//);
  return link;
}

/** A candidate in a browser of their own, signed in by following the invitation link. */
export async function joinAsCandidate(
  browser: Browser,
  plan: SharedPlan,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(await joinLink(page, plan));
  await page.getByRole("button", { name: "Open my plan" }).click();
  await expect(page).toHaveURL(new RegExp(`/interviews/${plan.planId}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(plan.roleTitle);
  return { context, page };
}
