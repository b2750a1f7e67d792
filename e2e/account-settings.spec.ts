import { expect, test } from "@playwright/test";
import { signIn, signOut, signUp } from "./helpers";

test("a signed-in user changes their password", async ({ page }) => {
  const recruiter = await signUp(page);
  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("menuitem", { name: "Account settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account settings" })).toBeVisible();
  await expect(page.getByText(/other device/)).toBeVisible();

  const newPassword = "changed-passphrase-42";
  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your current password is not correct.")).toBeVisible();
  await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Current password").fill(recruiter.password);
  await page.getByLabel("New password", { exact: true }).fill(newPassword);
  await page.getByLabel("Confirm new password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Other devices have been signed out.")).toBeVisible();

  await signOut(page);
  await signIn(page, recruiter.email, newPassword);
  await expect(page.getByRole("heading", { level: 1, name: "Second interviews" })).toBeVisible();
});
