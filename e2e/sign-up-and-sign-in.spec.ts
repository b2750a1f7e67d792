import { expect, test } from "@playwright/test";
import { newRecruiter, outboxEmails, signIn, signOut, signUp } from "./helpers";

test("a recruiter signs up, signs out and signs back in", async ({ page }) => {
  const recruiter = await signUp(page, newRecruiter());
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText(recruiter.organisationName).first()).toBeVisible();
  await expect(page.getByText("No second interviews yet")).toBeVisible();

  await signOut(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fdashboard/);

  await signIn(page, recruiter.email, "not-the-password");
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);

  // The form works from the keyboard: Enter in the password field submits it.
  const password = page.getByRole("tabpanel", { name: "Password" }).getByLabel("Password");
  await password.fill(recruiter.password);
  await password.press("Enter");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Second interviews" })).toBeVisible();
  await expect(page.getByRole("button", { name: new RegExp(recruiter.name) })).toBeVisible();
});

test("signing up again with the same email answers like a new sign-up, and the owner is told by email", async ({ page, browser }) => {
  const recruiter = await signUp(page, newRecruiter());

  const other = await browser.newPage();
  await other.goto("/sign-up");
  await other.getByLabel("Your name").fill("Someone Else");
  await other.getByLabel("Work email").fill(recruiter.email.toUpperCase());
  await other.getByLabel("Password").fill("another-long-password");
  await other.getByLabel("Organisation name").fill("Copycat Ltd");
  await other.getByRole("button", { name: "Create organisation" }).click();
  // Nothing on the page tells whether the address was registered.
  await expect(other.getByText("Check your email")).toBeVisible();
  const [told] = await outboxEmails(other, recruiter.email, /You already have a Second Round account/);
  expect(told).toBeTruthy();
  await other.close();
});
