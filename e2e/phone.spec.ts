import { expect, test, type Page } from "@playwright/test";
import { signIn, signOut, signUp } from "./helpers";

// Runs in the phone project only (playwright.config.ts), at its 375px viewport with touch.

/** True when the page fits the screen: nothing forces sideways scrolling. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

test("every page fits a 375px phone screen and the menus work there", async ({ page }) => {
  for (const path of ["/", "/sign-in", "/sign-up", "/forgot-password", "/sign-in/link?token=x", "/invitations/x"] as const) {
    await page.goto(path);
    expect(await fitsWidth(page), `${path} fits`).toBe(true);
  }

  const recruiter = await signUp(page);
  for (const path of ["/dashboard", "/settings/account", "/settings/organisation", "/dev/outbox"] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await fitsWidth(page), `${path} fits`).toBe(true);
  }

  await page.getByRole("button", { name: "Notifications" }).tap();
  await expect(page.getByRole("menu")).toContainText("Nothing yet");
  expect(await fitsWidth(page), "the open notification menu fits").toBe(true);
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /account menu/i }).tap();
  await page.getByRole("menuitem", { name: "Dashboard" }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Second interviews" })).toBeVisible();

  await signOut(page);
  await signIn(page, recruiter.email, recruiter.password);
  await expect(page.getByRole("heading", { level: 1, name: "Second interviews" })).toBeVisible();
});
