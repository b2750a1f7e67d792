import { expect, test, type Page } from "@playwright/test";
import { signOut, signUp } from "./helpers";

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

/** True when the page fits the screen: nothing forces sideways scrolling. */
async function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

test("every page fits a 375px phone screen and the menus work there", async ({ page }) => {
  for (const path of ["/", "/sign-in", "/sign-up", "/forgot-password", "/sign-in/link?token=x", "/invitations/x"] as const) {
    await page.goto(path);
    expect(await fitsWidth(page), `${path} fits`).toBe(true);
  }

  await signUp(page);
  for (const path of ["/dashboard", "/settings/account", "/settings/organisation", "/dev/outbox"] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await fitsWidth(page), `${path} fits`).toBe(true);
  }
  await signOut(page);
});
