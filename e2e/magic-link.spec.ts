import { expect, test } from "@playwright/test";
import { newestOutboxLink, signOut, signUp } from "./helpers";

test("signing in with an emailed link works once", async ({ page, browser }) => {
  const recruiter = await signUp(page);
  await signOut(page);

  await page.getByRole("tab", { name: "Email me a link" }).click();
  await page.getByLabel("Email", { exact: true }).fill(recruiter.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByText(`If an account exists for ${recruiter.email}, a sign-in link is on its way.`)).toBeVisible();

  const link = await newestOutboxLink(page, recruiter.email, /sign-in link/i);
  await page.goto(link);
  // Opening the link alone signs nobody in (mail scanners open links too).
  await expect(page.getByRole("button", { name: "Continue to Second Round" })).toBeVisible();
  await page.getByRole("button", { name: "Continue to Second Round" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "Second interviews" })).toBeVisible();

  const elsewhere = await browser.newPage();
  await elsewhere.goto(link);
  await elsewhere.getByRole("button", { name: "Continue to Second Round" }).click();
  await expect(elsewhere.getByRole("heading", { name: "This sign-in link has expired or was already used" })).toBeVisible();
  await expect(elsewhere.getByRole("button", { name: "Email me a new link" })).toBeVisible();
  await elsewhere.goto("/dashboard");
  await expect(elsewhere).toHaveURL(/\/sign-in/);
  await elsewhere.close();
});
