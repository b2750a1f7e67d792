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
