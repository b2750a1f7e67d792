import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The two widths every page is checked at: a desktop window and a small phone. */
export const WIDTHS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "375px", width: 375, height: 812 },
] as const;

/**
 * Every axe rule that applies, whatever its impact, with each violation's nodes spelled out when it fails;
 * and no visible text under 12 px.
 */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  await settled(page);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.replace(/\n/g, " ")}`).join("\n")}`,
  );
  expect(report, `axe violations on ${label} (${page.url()})`).toEqual([]);
  expect(await textUnder12px(page), `text under 12 px on ${label}`).toEqual([]);
}

/**
 * Checks the page as it is at both widths and, for each state in `states`, with that state open (a menu,
 * a dialog): `open` shows it, and Escape closes it again before the next one.
 */
export async function expectAccessible(
  page: Page,
  label: string,
  states: { name: string; open: (page: Page) => Promise<void> }[] = [],
): Promise<void> {
  const size = page.viewportSize();
  for (const { name, width, height } of WIDTHS) {
    await page.setViewportSize({ width, height });
    await expectNoAxeViolations(page, `${label} at ${name}`);
    for (const state of states) {
      await state.open(page);
      await expectNoAxeViolations(page, `${label} with ${state.name} open at ${name}`);
      await page.keyboard.press("Escape");
      await expect(page.locator("[role=dialog], [role=alertdialog], [role=menu]")).toHaveCount(0);
    }
  }
  if (size) await page.setViewportSize(size);
}

/** Opens a header or page control by its accessible name and waits for what it opens. */
export function opens(role: "button", name: string | RegExp, shows: "menu" | "dialog" | "alertdialog") {
  return async (page: Page) => {
    await page.getByRole(role, { name }).first().click();
    await expect(page.getByRole(shows)).toBeVisible();
  };
}

/** The visible text on the page set smaller than 12 px, as "size px: text" (empty when there is none). */
export async function textUnder12px(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      // Hidden text has no box; screen-reader-only text is clipped to a pixel.
      const shown = [...range.getClientRects()].some((r) => r.width > 1 && r.height > 1);
      if (!shown || getComputedStyle(element).visibility === "hidden") continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      if (size < 12) small.push(`${size}px: ${text.slice(0, 60)}`);
    }
    return small;
  });
}

/** Waits for running transitions and finite animations to end, so axe sees colours as they come to rest. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
