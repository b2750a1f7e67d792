import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { expectAccessible, opens } from "./axe";
import { openDialog, outboxEmails, signUp } from "./helpers";
import { createSharedPlan, joinAsCandidate } from "./plan-api";

/** A calendar day `days` from today on London's clock, "YYYY-MM-DD". */
function londonDay(days: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(Date.now() + days * 86_400_000));
}

/** The start of the only event of an .ics, as an instant. */
function eventStart(ics: string): string {
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
  return event.startDate.toJSDate().toISOString();
}

test("the recruiter offers three times, the candidate in another time zone picks one, and both sides see the same instant, live", async ({
  page: recruiter,
  browser,
}) => {
  test.setTimeout(120_000);
  const me = await signUp(recruiter);
  const plan = await createSharedPlan(recruiter, { timeZone: "Europe/London", startsAtLocal: `${londonDay(20)}T10:00` });
  const { context, page: candidate } = await joinAsCandidate(browser, plan, { timezoneId: "America/New_York" });
  const day = londonDay(12);

  await recruiter.goto(`/plans/${plan.planId}`);
  const dialog = recruiter.getByRole("dialog", { name: `Let ${plan.candidateName} pick the time` });
  await openDialog(recruiter.getByRole("button", { name: "Let the candidate pick the time" }), dialog);
  for (const [n, time] of [
    [1, "10:00"],
    [2, "14:00"],
    [3, "16:30"],
  ] as const)
    await dialog.getByLabel(`Time ${n}: date and start`).fill(`${day}T${time}`);
  await dialog.getByLabel("Time 2: length").selectOption("45");
  await dialog.getByRole("button", { name: "Offer these times" }).click();
  await expect(dialog).toBeHidden();
  await expect(recruiter.getByText(`Time to be picked by ${plan.candidateName}`)).toBeVisible();
  await expect(recruiter.getByRole("list", { name: "Times offered" }).getByRole("listitem")).toHaveCount(3);
  await expect(recruiter.getByRole("link", { name: "Download .ics" })).toHaveCount(0);

  // No reload on the candidate's side: the offer arrives live, on their own clock with London's named.
  const picker = candidate.getByRole("region", { name: "Pick a time for the meeting" });
  await expect(picker.getByRole("radio")).toHaveCount(3, { timeout: 5_000 });
  await expect(candidate.getByRole("link", { name: "Add to calendar" })).toHaveCount(0);
  const second = picker.getByRole("radio", { name: /14:00–14:45 in Europe\/London/ });
  await expect(second).toBeVisible();
  // Keyboard only: focus the first time, arrow down to the second, confirm.
  await picker.getByRole("radio").first().focus();
  await candidate.keyboard.press("ArrowDown");
  await expect(second).toBeChecked();
  await picker.getByRole("button", { name: "Confirm this time" }).click();
  await expect(picker).toBeHidden();

  const candidateTime = candidate.getByRole("region", { name: "The meeting" }).locator("time").first();
  await expect(candidateTime).toContainText("(your time)");
  await expect(candidateTime).toContainText("14:00 Europe/London");
  const pickedIso = await candidateTime.getAttribute("datetime");
  expect(new Intl.DateTimeFormat("en-GB", { timeZone: "America/New_York", timeStyle: "short" }).format(new Date(pickedIso!))).toBe(
    await candidateTime.evaluate((el) => el.textContent!.match(/(\d{2}:\d{2}) \(your time\)/)?.[1] ?? ""),
  );

  // The recruiter's open page shows the picked time without a reload: the same instant.
  const recruiterTime = recruiter.locator("header:has(h1) time").first();
  await expect(recruiter.getByText(`Time to be picked by ${plan.candidateName}`)).toBeHidden({ timeout: 5_000 });
  await expect(recruiterTime).toHaveAttribute("datetime", pickedIso!);
  await expect(recruiter.getByRole("link", { name: "Download .ics" })).toBeVisible();

  // The candidate's emailed invitation and the recruiter's calendar file name the same instant.
  const [email] = await outboxEmails(candidate, plan.candidateEmail, /New time for your second interview/);
  const invitation = email!.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  expect(invitation?.content).toContain("METHOD:REQUEST");
  expect(eventStart(invitation!.content)).toBe(pickedIso);
  const file = await recruiter.request.get(`/api/plans/${plan.planId}/calendar`);
  expect(file.status()).toBe(200);
  expect(eventStart(await file.text())).toBe(pickedIso);

  // The organisation was told, in its bell.
  await expect(recruiter.getByRole("button", { name: /^Notifications, \d+ unread$/ })).toBeVisible();

  // A two-week cut-off, set by the admin: the candidate's page now says whom to contact instead.
  await recruiter.goto("/settings/organisation");
  await recruiter.getByLabel("Hours before the meeting").fill("336");
  await recruiter.getByRole("button", { name: "Save cut-off" }).click();
  await expect(recruiter.getByText("Cut-off saved").first()).toBeVisible();
  await candidate.reload();
  const meeting = candidate.getByRole("region", { name: "The meeting" });
  await expect(meeting).toContainText("its time can no longer be changed here");
  await expect(meeting.getByRole("link", { name: me.email })).toHaveAttribute("href", `mailto:${me.email}`);
  await expect(meeting).toContainText(`contact ${me.name}`);

  // Back to a day: the candidate changes the time themselves, and picks again.
  await recruiter.getByLabel("Hours before the meeting").fill("24");
  await recruiter.getByRole("button", { name: "Save cut-off" }).click();
  await expect(recruiter.getByText("Cut-off saved").first()).toBeVisible();
  await recruiter.goto(`/plans/${plan.planId}`);
  await candidate.reload();
  await expectAccessible(candidate, "candidate plan with a picked time", [
    { name: "the change-time dialog", open: opens("button", "Change or cancel this time", "dialog") },
  ]);
  await meeting.getByRole("button", { name: "Change or cancel this time" }).click();
  const change = candidate.getByRole("dialog", { name: "Change or cancel the meeting's time" });
  await change.getByRole("radio", { name: "I need a different time" }).check();
  await change.getByLabel("A message for the organisation (optional)").fill("A clash came up that afternoon.");
  await change.getByRole("button", { name: "Ask to change the time" }).click();
  await expect(change).toBeHidden();
  await expect(picker.getByRole("radio")).toHaveCount(3);
  // The recruiter's open page hears of it live.
  await expect(recruiter.getByText(`Time to be picked by ${plan.candidateName}`)).toBeVisible({ timeout: 5_000 });
  await expect(recruiter.getByText("A clash came up that afternoon.")).toBeVisible();
  await context.close();
});
