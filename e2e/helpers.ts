import { expect, type Locator, type Page } from "@playwright/test";
import { mailCatcherUrl, type CaughtEmail, type MailCatcherInbox } from "./mail-ports";

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
  // Sign-up no longer signs in: the address is confirmed first, through the emailed link.
  await expect(page.getByText("Check your email")).toBeVisible();
  await page.goto(await newestOutboxLink(page, recruiter.email, /Confirm your email address/));
  await page.getByRole("button", { name: "Confirm, this is me" }).click();
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

/** The first link in the newest email to `email` (whose subject matches) that reached the mail catcher. */
export async function newestOutboxLink(page: Page, email: string, subject?: RegExp): Promise<string> {
  const [newest] = await outboxEmails(page, email, subject);
  const link = newest!.text.match(/https?:\/\/\S+/)?.[0];
  expect(link, `a link in "${newest!.subject}" to ${email}`).toBeTruthy();
  return link!;
}

/** Signs up a new recruiter with their own organisation and lands on the dashboard. */
export async function signUpRecruiter(page: Page, label = "recruiter"): Promise<Recruiter> {
  return signUp(page, newRecruiter(label));
}

/** How long no email to the address may arrive before its inbox counts as settled: several of the app's outbox polls (200 ms in e2e). */
const QUIET_MS = 1_500;

/**
 * The emails to `email` that reached the mail catcher over SMTP, newest first, only those whose subject
 * matches if given. Sending is asynchronous (outbox, worker, SMTP), so this waits until at least one has
 * arrived and then until nothing more has arrived for that address for a moment: an email the last action
 * queued is never missed in favour of an older one. Only that address's mail counts, so specs running in
 * parallel, each with addresses of its own, never hold each other up.
 */
export async function outboxEmails(page: Page, email: string, subject?: RegExp): Promise<CaughtEmail[]> {
  const address = email.toLowerCase();
  const asked = Date.now();
  let found: CaughtEmail[] = [];
  await expect
    .poll(
      async () => {
        const inbox = (await (await page.request.get(`${mailCatcherUrl}/messages`)).json()) as MailCatcherInbox;
        const theirs = inbox.messages.filter((m) => m.to.includes(address));
        const lastReceivedAt = Math.max(asked, ...theirs.map((m) => m.receivedAt));
        found = theirs.filter((m) => !subject || subject.test(m.subject)).sort((a, b) => b.receivedAt - a.receivedAt);
        return found.length > 0 && Date.now() - lastReceivedAt >= QUIET_MS;
      },
      { message: `an email to ${email}${subject ? ` matching ${subject}` : ""}`, timeout: 20_000, intervals: [250] },
    )
    .toBe(true);
  return found;
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

/**
 * Opens a dialog from its trigger, clicking again until it is open: a click that lands just after a reload, before
 * React has hydrated the page (seconds on a busy machine), does nothing. Opening is idempotent, so a second click
 * never closes it.
 */
export async function openDialog(trigger: Locator, dialog: Locator): Promise<void> {
  await expect(async () => {
    if (!(await dialog.isVisible())) await trigger.click({ timeout: 2_000 });
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * The element, once React owns it. A tap that lands on the server's HTML right after a navigation, before the
 * element is hydrated (seconds on a busy machine), is held and replayed only later
 * (components/early-taps-script.tsx): Playwright's check() then fails, since the box is not ticked at once, and a
 * menu that opens on pointerdown is not replayed at all. React keeps an element's props under a `__reactProps$…`
 * key once it has hydrated it.
 */
export async function whenHydrated(target: Locator): Promise<Locator> {
  await expect
    .poll(() => target.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$"))), { timeout: 30_000 })
    .toBe(true);
  return target;
}
