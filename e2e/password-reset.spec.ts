import { expect, test } from "@playwright/test";
import { newestOutboxLink, signIn, signOut, signUp } from "./helpers";

test("a password is reset through an emailed link that works once", async ({ page }) => {
  const recruiter = await signUp(page);
  await signOut(page);

  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill(recruiter.email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(
    page.getByText(`If an account exists for ${recruiter.email}, a link to reset your password is on its way.`),
  ).toBeVisible();

  const link = await newestOutboxLink(page, recruiter.email, /reset your/i);
  const newPassword = "a-brand-new-passphrase";
  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill("something-else-entirely");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText("The two passwords do not match.")).toBeVisible();

  await page.getByLabel("Confirm new password").fill(newPassword);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1$/);
  await expect(page.getByText("Password changed. Sign in with your new password.")).toBeVisible();

  await signIn(page, recruiter.email, recruiter.password);
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await signIn(page, recruiter.email, newPassword);
  await expect(page.getByRole("heading", { level: 1, name: "Second interviews" })).toBeVisible();
  await signOut(page);

  await page.goto(link);
  await page.getByLabel("New password", { exact: true }).fill("yet-another-passphrase");
  await page.getByLabel("Confirm new password").fill("yet-another-passphrase");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByText(/This reset link has expired or was already used/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a new reset link" })).toHaveAttribute("href", "/forgot-password");
});
