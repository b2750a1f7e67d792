import { expect, test, type Page } from "@playwright/test";
import { samplePlanContent } from "../db/seed/plans";
import { expectAccessible, opens } from "./axe";
import { newestOutboxLink, newRecruiter, signIn, signOut, signUp, uniqueEmail } from "./helpers";
import { createSharedPlan, joinAsCandidate, joinLink, trpcMutation, trpcQuery } from "./plan-api";

/**
 * Every page, for each kind of reader, passes axe (all rules, any impact) and shows no text under 12 px,
 * at desktop and at 375 px, also with its menus and dialogs open. The header's menus are the same on
 * every page: they are opened on one page of each kind of reader (the notifications empty and not).
 */

const accountMenu = { name: "the account menu", open: opens("button", /account menu/i, "menu") };
const notificationMenu = { name: "the notification menu", open: opens("button", /^Notifications/, "menu") };
const orgMenu = { name: "the organisation menu", open: opens("button", /^Organisation:/, "menu") };
const headerMenus = [accountMenu, notificationMenu];

/** A wall-clock time in UTC, as the plan form's "startsAtLocal" (minutes precision). */
function utcLocal(offsetMs: number): string {
  return new Date(Date.now() + offsetMs).toISOString().slice(0, 16);
}

/** An address of 60+ characters, to show that the member and invitation lists wrap it rather than cut it. */
function longEmail(label: string): string {
  const email = uniqueEmail(`${label}-with-a-rather-long-address-for-wrapping`);
  expect(email.length).toBeGreaterThanOrEqual(60);
  return email;
}

async function visit(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

/** The email is shown in full at 375 px: nothing cut off or ellipsed, its box as wide as its text. */
async function expectShownInFull(page: Page, listName: string, email: string) {
  await page.setViewportSize({ width: 375, height: 812 });
  const text = page.getByRole("list", { name: listName }).getByText(email, { exact: true });
  await expect(text).toBeVisible();
  const fit = await text.evaluate((element) => ({
    fits: element.scrollWidth <= element.clientWidth,
    ellipsis: getComputedStyle(element).textOverflow === "ellipsis",
    clipped: element.getBoundingClientRect().right > window.innerWidth,
  }));
  expect(fit, `${email} in ${listName}`).toEqual({ fits: true, ellipsis: false, clipped: false });
}

test("signed-out pages", async ({ page }) => {
  await visit(page, "/sign-in", "Sign in to Second Round");
  await expectAccessible(page, "sign-in (password)");
  await page.getByRole("tab", { name: /link/i }).click();
  await expectAccessible(page, "sign-in (email link)");
  await visit(page, "/sign-up", /./);
  await expectAccessible(page, "sign-up");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create organisation" })).toBeEnabled();
  await expectAccessible(page, "sign-up with its errors");
  await visit(page, "/forgot-password", /./);
  await expectAccessible(page, "forgot password");
  await visit(page, "/reset-password?token=not-a-token", /./);
  await expectAccessible(page, "reset password");
  await visit(page, "/sign-in/link?token=not-a-token", /./);
  await expectAccessible(page, "sign-in link");
  await visit(page, "/verify-email?token=not-a-token", /./);
  await expectAccessible(page, "verify email");
  await visit(page, "/join/not-a-token", /./);
  await expectAccessible(page, "join with a broken link");
  await visit(page, "/invitations/not-a-token", /./);
  await expectAccessible(page, "invitation with a broken link");
  await visit(page, "/no-such-page", "Page not found");
  await expectAccessible(page, "404");
});

test("recruiter pages, menus and dialogs; the member and invitation lists wrap long emails", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const recruiter = await signUp(page, { ...newRecruiter(), email: longEmail("recruiter") });
  await expectAccessible(page, "empty dashboard", headerMenus);

  // A second organisation invites this recruiter, so the header shows the organisation switcher.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUp(other);
  await trpcMutation(other.request, "organisation.invite", { email: recruiter.email, role: "recruiter" });
  await page.goto(await newestOutboxLink(page, recruiter.email, /invited you/i));
  await expect(page.getByRole("button", { name: "Accept invitation" })).toBeVisible();
  await expectAccessible(page, "invitation for a signed-in recruiter");
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page.getByText(/You joined .*: sign in to continue/)).toBeVisible();
  await expectAccessible(page, "invitation accepted, signing in again");
  await signOut(page);
  await signIn(page, recruiter.email, recruiter.password);
  await expect(page.getByRole("heading", { level: 1, name: "Second interviews" })).toBeVisible();
  await page.getByRole("button", { name: /^Organisation:/ }).click();
  await page.getByRole("menuitemradio", { name: recruiter.organisationName }).click();
  await expect(page.getByRole("button", { name: /^Organisation:/ })).toContainText(recruiter.organisationName);
  await otherContext.close();

  const draft = await trpcMutation<{ id: string }>(page.request, "plan.create", samplePlanContent({ candidateEmail: uniqueEmail("candidate") }));
  const shared = await createSharedPlan(page);
  await visit(page, "/dashboard", "Second interviews");
  await expectAccessible(page, "dashboard", [orgMenu]);

  await visit(page, "/plans/new", /./);
  await expectAccessible(page, "new plan");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Create plan" })).toBeEnabled();
  await expectAccessible(page, "new plan with its errors");

  await visit(page, `/plans/${draft.id}`, /./);
  await expectAccessible(page, "draft plan", [
    { name: "the share dialog", open: opens("button", "Share with candidate", "dialog") },
    { name: "the duplicate dialog", open: opens("button", /Duplicate/, "dialog") },
    { name: "the cancel dialog", open: opens("button", "Cancel meeting", "alertdialog") },
  ]);
  await visit(page, `/plans/${draft.id}/edit`, /./);
  await expectAccessible(page, "edit plan");

  await visit(page, `/plans/${shared.planId}`, /./);
  await expectAccessible(page, "shared plan", [
    { name: "the revoke dialog", open: opens("button", "Revoke invitation", "alertdialog") },
  ]);

  await visit(page, "/settings/account", /./);
  await expectAccessible(page, "account settings");

  const invitee = longEmail("invitee");
  await trpcMutation(page.request, "organisation.invite", { email: invitee, role: "recruiter" });
  await visit(page, "/settings/organisation", "Organisation settings");
  await expectAccessible(page, "organisation settings");
  await expectShownInFull(page, "Members", recruiter.email);
  await expectShownInFull(page, "Pending invitations", invitee);

  // The invitee, signed out, opens their invitation.
  const inviteeContext = await browser.newContext();
  const inviteePage = await inviteeContext.newPage();
  await inviteePage.goto(await newestOutboxLink(inviteePage, invitee, /invited you/i));
  await expect(inviteePage.getByRole("button", { name: "Create account and join" })).toBeVisible();
  await expectAccessible(inviteePage, "invitation for a new account");
  await inviteeContext.close();
});

test("candidate and recruiter pages through preparation, debrief and closing", async ({ page: recruiter, browser }) => {
  test.setTimeout(180_000);
  await signUp(recruiter);
  const plan = await createSharedPlan(recruiter, { timeZone: "UTC", startsAtLocal: utcLocal(24 * 3_600_000) });

  const joinContext = await browser.newContext();
  const joining = await joinContext.newPage();
  await joining.goto(await joinLink(joining, plan));
  await expect(joining.getByRole("button", { name: "Open my plan" })).toBeVisible();
  await expectAccessible(joining, "join page");
  await joinContext.close();

  const { context, page: candidate } = await joinAsCandidate(browser, plan);
  await expectAccessible(candidate, "candidate plan");
  await visit(candidate, `/interviews/${plan.planId}/prepare`, /./);
  await expectAccessible(candidate, "preparation");
  for (const [kind, text, priority] of [
    ["must_know", "Who would I report to day to day?", "must"],
    ["establish", "Whether the team ships research-led work", "should"],
  ] as const) {
    await trpcMutation(candidate.request, "goal.add", { planId: plan.planId, kind, text, priority, visibility: "shared" });
  }
  await trpcMutation(recruiter.request, "goal.add", {
    planId: plan.planId,
    kind: "team_goal",
    text: "See how they handle a late design change",
    priority: "must",
    visibility: "shared",
  });
  await candidate.reload();
  await expectAccessible(candidate, "preparation with goals");
  await visit(candidate, "/dashboard", "My interviews");
  await expectAccessible(candidate, "my interviews", headerMenus);
  await recruiter.goto(`/plans/${plan.planId}`);
  await expectAccessible(recruiter, "preparing plan", [
    { name: "the offer-times dialog", open: opens("button", "Let the candidate pick the time", "dialog") },
  ]);

  // Times offered instead of a fixed one: both pages while the candidate picks, the other-times form open too.
  const offeredOn = await trpcQuery<{ version: number }>(recruiter.request, "plan.get", { planId: plan.planId });
  await trpcMutation(recruiter.request, "scheduling.offer", {
    planId: plan.planId,
    expectedVersion: offeredOn.version,
    slots: [48, 72, 96].map((hours) => ({ startsAtLocal: utcLocal(hours * 3_600_000), durationMinutes: 60 })),
  });
  await candidate.goto(`/interviews/${plan.planId}`);
  await candidate.getByRole("button", { name: "None of these work? Ask for other times" }).click();
  await expectAccessible(candidate, "candidate picking a time");
  await trpcMutation(candidate.request, "scheduling.requestOtherTimes", { planId: plan.planId, message: "Could we meet on a morning next week?" });
  await recruiter.reload();
  await expect(recruiter.getByRole("list", { name: "Times offered" })).toBeVisible();
  await expectAccessible(recruiter, "plan whose time the candidate picks", [
    { name: "the offer-new-times dialog", open: opens("button", "Offer new times", "dialog") },
  ]);

  // The meeting took place three hours ago: both sides are in the debrief, with a step proposed.
  const current = await trpcQuery<{ version: number }>(recruiter.request, "plan.get", { planId: plan.planId });
  const content = samplePlanContent({ candidateEmail: plan.candidateEmail, timeZone: "UTC", startsAtLocal: utcLocal(-3 * 3_600_000) });
  const firstInterview = content.firstInterview.map((item, i) => (i === 1 ? { ...item, status: "to_revisit" } : item));
  await trpcMutation(recruiter.request, "plan.update", { ...content, firstInterview, planId: plan.planId, expectedVersion: current.version });
  await trpcMutation(recruiter.request, "nextStep.propose", { planId: plan.planId, description: "Reference check", owner: "recruiter" });

  await candidate.goto(`/interviews/${plan.planId}`);
  await expect(candidate.getByRole("region", { name: "Debrief" })).toBeVisible();
  await expect(candidate.getByRole("button", { name: /^Notifications, \d+ unread$/ })).toBeVisible();
  await expectAccessible(candidate, "candidate debrief", [notificationMenu]);

  await recruiter.goto(`/plans/${plan.planId}`);
  await expect(recruiter.getByRole("region", { name: "Debrief" })).toBeVisible();
  await expectAccessible(recruiter, "recruiter debrief", [
    { name: "the close dialog", open: opens("button", "Close plan", "dialog") },
  ]);

  const { version } = await trpcQuery<{ version: number }>(recruiter.request, "plan.get", { planId: plan.planId });
  await trpcMutation(recruiter.request, "plan.cancel", { planId: plan.planId, expectedVersion: version });
  await recruiter.reload();
  await expectAccessible(recruiter, "closed plan");
  await candidate.reload();
  await expectAccessible(candidate, "cancelled interview");
  await context.close();
});

/** The plan form's inputs, buttons and links in tab order, up to the save bar's own controls. */
async function tabThroughPlanForm(page: Page, label: string) {
  const bar = page.locator("[data-save-bar]");
  await expect(bar).toBeVisible();
  await page.getByRole("heading", { level: 1 }).click();
  let checked = 0;
  for (let i = 0; i < 300; i += 1) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const barElement = document.querySelector("[data-save-bar]");
      if (!element || !barElement) return null;
      const box = element.getBoundingClientRect();
      const barBox = barElement.getBoundingClientRect();
      return {
        name: `${element.tagName.toLowerCase()} ${element.getAttribute("name") ?? element.id ?? ""} ${element.textContent?.trim().slice(0, 40) ?? ""}`,
        inForm: !!element.closest("form"),
        inBar: barElement.contains(element),
        covered: box.bottom > barBox.top + 0.5 && box.top < barBox.bottom - 0.5,
        boxes: `field ${Math.round(box.top)}–${Math.round(box.bottom)}, bar ${Math.round(barBox.top)}–${Math.round(barBox.bottom)}`,
      };
    });
    if (!focus || focus.inBar) break;
    if (!focus.inForm) continue;
    checked += 1;
    expect(focus.covered, `${label}: ${focus.name} is under the save bar (${focus.boxes})`).toBe(false);
  }
  expect(checked, `${label}: fields tabbed through`).toBeGreaterThan(10);
}

test("no field of the plan form is hidden under the sticky save bar when focused", async ({ page }) => {
  await signUp(page);
  const plan = await createSharedPlan(page);
  for (const path of ["/plans/new", `/plans/${plan.planId}/edit`]) {
    for (const size of [
      { width: 1280, height: 900 },
      { width: 375, height: 812 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(path);
      await tabThroughPlanForm(page, `${path} at ${size.width}px`);
    }
  }
});
