import { expect, type Page } from "@playwright/test";

export const PASSWORD = "correct-horse-battery";

/** Every run starts from the same database file, so each test makes its own people. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

export interface Recruiter {
  name: string;
  email: string;
  password: string;
  organisationName: string;
}

export function newRecruiter(label = "recruiter"): Recruiter {
  const id = Math.random().toString(36).slice(2, 7);
  return {
    name: `Robin ${id.toUpperCase()}`,
    email: uniqueEmail(label),
    password: PASSWORD,
    organisationName: `Talent Co ${id}`,
  };
}

export async function signUp(page: Page, recruiter: Recruiter = newRecruiter()): Promise<Recruiter> {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(recruiter.name);
  await page.getByLabel("Work email").fill(recruiter.email);
  await page.getByLabel("Password").fill(recruiter.password);
  await page.getByLabel("Organisation name").fill(recruiter.organisationName);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Second interviews" })).toBeVisible();
  return recruiter;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  const form = page.getByRole("tabpanel", { name: "Password" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Sign in to Second Round" })).toBeVisible();
}

/** The first link in the newest email to `email` in the development outbox (newest emails come first). */
export async function newestOutboxLink(page: Page, email: string, subject?: RegExp): Promise<string> {
  await page.goto("/dev/outbox");
  let emails = page.getByRole("article").filter({ hasText: `To ${email}` });
  if (subject) emails = emails.filter({ has: page.getByRole("heading", { name: subject }) });
  const href = await emails.first().getByRole("link").first().getAttribute("href");
  expect(href, `an emailed link for ${email}`).toBeTruthy();
  return href!;
}

/** Signs up a new recruiter with their own organisation and lands on the dashboard. */
export async function signUpRecruiter(page: Page, label = "recruiter"): Promise<Recruiter> {
  return signUp(page, newRecruiter(label));
}

/** The emails to `email` in the development outbox, newest first, optionally only those whose subject matches. */
export async function outboxEmails(page: Page, email: string, subject?: RegExp) {
  await page.goto("/dev/outbox");
  const emails = page.getByRole("article").filter({ hasText: `To ${email}` });
  return subject ? emails.filter({ has: page.getByRole("heading", { name: subject }) }) : emails;
}

export interface PlanInput {
  roleTitle: string;
  hiringCompany: string;
  candidateName: string;
  candidateEmail: string;
  startsAtLocal: string;
  timeZone: string;
  durationMinutes?: number;
  format?: "on_site" | "video" | "phone";
  location?: string;
  interviewers?: { name: string; jobTitle?: string }[];
  firstInterview?: { topic: string; summary: string; status?: "agreed" | "to_revisit" }[];
}

/**
 * Creates a plan through the same tRPC endpoint the form uses, as the signed-in
 * recruiter (the page's cookies): for tests that need plans but aren't about the form.
 */
export async function createPlanViaApi(page: Page, input: PlanInput): Promise<string> {
  const response = await page.request.post("/api/trpc/plan.create", {
    // The API refuses cross-site writes: say, as a browser would, that this comes from the app's own pages.
    headers: { origin: new URL(page.url()).origin },
    data: {
      json: {
        meeting: {
          roleTitle: input.roleTitle,
          hiringCompany: input.hiringCompany,
          candidateName: input.candidateName,
          candidateEmail: input.candidateEmail,
          startsAtLocal: input.startsAtLocal,
          timeZone: input.timeZone,
          durationMinutes: input.durationMinutes ?? 60,
          format: input.format ?? "video",
          location: input.location ?? "https://meet.example.com/abc",
          agenda: [],
        },
        interviewers: (input.interviewers ?? []).map((p) => ({ jobTitle: "", background: "", wantsToEstablish: "", ...p })),
        firstInterview: input.firstInterview ?? [],
      },
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { result: { data: { json: { id: string } } } };
  return body.result.data.json.id;
}
