import { expect, test, type Page } from "@playwright/test";
import { createPlanViaApi, newestOutboxLink, outboxEmails, signUpRecruiter, uniqueEmail } from "./helpers";

// The reader sits in Paris; the meeting is on New York's clock, so both clocks show.
test.use({ timezoneId: "Europe/Paris" });

const planIdOf = (page: Page) => /\/plans\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";

test("a recruiter creates, shares, reschedules, duplicates and cancels a plan", async ({ page }) => {
  test.setTimeout(180_000);
  await signUpRecruiter(page);
  const candidateEmail = uniqueEmail("candidate");
  const roleTitle = `Platform Engineer ${Math.random().toString(36).slice(2, 6)}`;

  // An organisation with no plans sees the empty state.
  await expect(page.getByText("No second interviews yet")).toBeVisible();
  await page.getByRole("link", { name: "New plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New plan" })).toBeVisible();

  // The meeting.
  await page.getByLabel("Role title").fill(roleTitle);
  await page.getByLabel("Hiring company").fill("Northwind Analytics");
  await page.getByLabel("Candidate's name").fill("Alex Morgan");
  await page.getByLabel("Candidate's email").fill(candidateEmail);
  await page.getByLabel("Date and time").fill("2030-06-14T10:00");
  await page.getByLabel("Time zone").selectOption("America/New_York");
  await expect(page.getByText("That's Fri 14 Jun 2030, 16:00 your time")).toBeVisible();
  await page.getByLabel("Duration").selectOption("60");
  await expect(page.getByRole("radio", { name: "Video" })).toBeChecked();
  await page.getByRole("radio", { name: "On site" }).check();
  await expect(page.getByLabel("Address", { exact: true })).toBeVisible();
  await page.getByRole("radio", { name: "Video" }).check();
  await expect(page.getByLabel("Video link")).toBeVisible();

  // Agenda.
  await page.getByRole("button", { name: "Add agenda item" }).click();
  await page.getByRole("textbox", { name: "Agenda item 1", exact: true }).fill("Introductions");
  await page.getByRole("button", { name: "Add agenda item" }).click();
  await page.getByRole("textbox", { name: "Agenda item 2", exact: true }).fill("System design discussion");

  // Two interviewers, then the second moved to the front.
  await page.getByRole("button", { name: "Add interviewer" }).click();
  const first = page.getByRole("group", { name: /^Interviewer 1/ });
  await first.getByLabel("Name").fill("Sam Lee");
  await first.getByLabel("Job title").fill("Engineering Manager");
  await first.getByLabel("What they want to establish").fill("How you handle ambiguity.");
  await page.getByRole("button", { name: "Add interviewer" }).click();
  const second = page.getByRole("group", { name: /^Interviewer 2/ });
  await second.getByLabel("Name").fill("Dana Cruz");
  await second.getByLabel("Job title").fill("Staff Engineer");
  await second.getByLabel("Profile link (optional)").fill("https://example.com/dana");
  await page.getByRole("button", { name: "Move up: interviewer 2, Dana Cruz" }).click();
  await expect(page.getByRole("group", { name: "Interviewer 1: Dana Cruz" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Interviewer 2: Sam Lee" })).toBeVisible();

  // Three first-interview items; the third to revisit.
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: "Add item" }).click();
  const items = [
    { topic: "values", summary: "Values match: ownership and candour." },
    { topic: "location", summary: "Hybrid, two days a week in the Boston office." },
    { topic: "package", summary: "Salary range discussed; equity to confirm." },
  ];
  for (const [i, item] of items.entries()) {
    const group = page.getByRole("group", { name: new RegExp(`^Item ${i + 1}:`) });
    await group.getByLabel("Topic").selectOption(item.topic);
    await group.getByLabel("Summary").fill(item.summary);
  }
  await page.getByRole("group", { name: "Item 3: Package" }).getByRole("radio", { name: "To revisit" }).check();
  await page.getByLabel("Internal note (optional)").fill("Strong referral from Sam.");

  // The video link is missing: the server's message appears next to the field, and nothing typed is lost.
  await page.getByRole("button", { name: "Create plan" }).click();
  const videoLink = page.getByLabel("Video link");
  await expect(videoLink).toHaveAttribute("aria-invalid", "true");
  await expect(videoLink).toHaveAccessibleDescription(/full web address starting with https:\/\//);
  await expect(page.getByText("Please check the highlighted fields.")).toBeVisible();
  await expect(page).toHaveURL(/\/plans\/new$/);
  await expect(page.getByLabel("Role title")).toHaveValue(roleTitle);
  await expect(page.getByRole("group", { name: "Interviewer 1: Dana Cruz" }).getByLabel("Name")).toHaveValue("Dana Cruz");

  await videoLink.fill("https://meet.example.com/northwind-alex");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]{36}$/);
  const planId = planIdOf(page);
  await expect(page.getByRole("heading", { level: 1, name: "Alex Morgan" })).toBeVisible();
  await expect(page.getByText(`${roleTitle} at Northwind Analytics`)).toBeVisible();
  await expect(page.getByText("Stage: Draft")).toBeVisible();
  const people = page.getByRole("list", { name: "Interviewers" });
  await expect(people.getByRole("listitem")).toHaveText([/Dana Cruz/, /Sam Lee/]);
  await expect(page.getByText("Strong referral from Sam.")).toBeVisible();

  // On the dashboard, with the meeting time on the reader's clock and the meeting's.
  await page.getByRole("link", { name: "Second interviews" }).click();
  const row = page.getByRole("list", { name: "Second interviews" }).getByRole("listitem").filter({ hasText: "Alex Morgan" });
  await expect(row).toContainText(`${roleTitle} · Northwind Analytics`);
  await expect(row).toContainText("Fri 14 Jun 2030, 16:00");
  await expect(row).toContainText("10:00 in America/New York");
  await expect(row).toContainText("Draft");
  await expect(row).toContainText("Not started");
  await row.getByRole("link", { name: "Alex Morgan" }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${planId}$`));
  await expect(page.getByText("Fri 14 Jun 2030, 16:00–17:00")).toBeVisible();
  await expect(page.getByText("10:00–11:00 in America/New York")).toBeVisible();

  // Share with the candidate: the invitation email carries a /join/ link.
  await page.getByRole("button", { name: "Share with candidate" }).click();
  const shareDialog = page.getByRole("dialog", { name: "Share the plan with Alex Morgan?" });
  await shareDialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(shareDialog).toBeHidden();
  await expect(page.getByText("Stage: Shared")).toBeVisible();
  const sharing = page.getByRole("region", { name: "Sharing with the candidate" });
  await expect(sharing).toContainText("Invitation sent");
  await expect(sharing).toContainText(candidateEmail);
  await expect(sharing.getByRole("button", { name: "Resend invitation" })).toBeVisible();
  await expect(sharing.getByRole("button", { name: "Revoke invitation" })).toBeVisible();
  const joinLink = await newestOutboxLink(page, candidateEmail, /Your second interview/);
  expect(joinLink).toContain("/join/");

  // Move the meeting: the candidate is emailed the new time.
  await page.goto(`/plans/${planId}/edit`);
  await expect(page.getByLabel("Candidate's email")).toHaveAttribute("readonly", "");
  // Exactly one date field: a streamed loading fallback once left a hidden second copy of the form.
  await expect(page.getByLabel("Date and time")).toHaveCount(1);
  await page.getByLabel("Date and time").fill("2030-06-14T11:30");
  await expect(page.getByText("Unsaved changes")).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "All changes saved" })).toContainText(
    "the candidate was emailed the new time",
  );
  // Saving again right away works (the form learnt the new version) and changes nothing else.
  await page.getByRole("group", { name: "Interviewer 2: Sam Lee" }).getByLabel("Job title").fill("Director of Engineering");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible();
  expect(await outboxEmails(page, candidateEmail, /New time for your second interview/)).toHaveLength(1);

  await page.goto(`/plans/${planId}`);
  // The header shows the new time (the timeline names it too, in its entry about the move).
  await expect(page.getByText("Fri 14 Jun 2030, 17:30–18:30", { exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Interviewers" }).getByText("Director of Engineering")).toBeVisible();

  // The calendar file.
  const ics = page.getByRole("link", { name: "Download .ics" });
  const response = await page.request.get((await ics.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  expect(await response.text()).toContain(roleTitle);

  // Duplicate for another candidate: a new draft with the same people.
  await page.getByRole("button", { name: "Duplicate for another candidate" }).click();
  const duplicateDialog = page.getByRole("dialog", { name: "Duplicate for another candidate" });
  await duplicateDialog.getByRole("button", { name: "Create the new plan" }).click();
  await expect(duplicateDialog.getByLabel("Candidate's name")).toHaveAccessibleDescription(/Enter the candidate's name/);
  await duplicateDialog.getByLabel("Candidate's name").fill("Jordan Fox");
  await duplicateDialog.getByLabel("Candidate's email").fill(uniqueEmail("jordan"));
  await duplicateDialog.getByRole("button", { name: "Create the new plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Jordan Fox" })).toBeVisible();
  const copyId = planIdOf(page);
  expect(copyId).not.toBe(planId);
  await expect(page.getByText("Stage: Draft")).toBeVisible();
  await expect(page.getByRole("list", { name: "Interviewers" }).getByRole("listitem")).toHaveText([/Dana Cruz/, /Sam Lee/]);
  await expect(page.getByText("Strong referral from Sam.")).toBeHidden();

  // Cancel the original meeting: a closed banner, no editing actions, and the candidate is told.
  await page.goto(`/plans/${planId}`);
  await page.getByRole("button", { name: "Cancel meeting" }).click();
  const cancelDialog = page.getByRole("alertdialog", { name: "Cancel the meeting with Alex Morgan?" });
  await expect(cancelDialog).toContainText("We'll email Alex Morgan");
  await cancelDialog.getByRole("button", { name: "Cancel meeting" }).click();
  await expect(cancelDialog).toBeHidden();
  await expect(page.getByText("This meeting was cancelled")).toBeVisible();
  await expect(page.getByText("Stage: Closed")).toBeVisible();
  await expect(page.getByRole("link", { name: "Edit plan" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Cancel meeting" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Share with candidate" })).toHaveCount(0);
  expect(await outboxEmails(page, candidateEmail, /^Cancelled:/)).toHaveLength(1);

  // The edit page of a closed plan offers no form.
  await page.goto(`/plans/${planId}/edit`);
  await expect(page.getByText("This plan is closed")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save changes" })).toHaveCount(0);
});

test("the dashboard filters by stage, searches, pages, and keeps it all in the address", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpRecruiter(page);
  const tag = Math.random().toString(36).slice(2, 7);
  for (let i = 1; i <= 21; i++) {
    await createPlanViaApi(page, {
      roleTitle: i === 7 ? `Data Scientist ${tag}` : "Backend Engineer",
      hiringCompany: i === 3 ? `Umbrella ${tag}` : "Initech",
      candidateName: `Candidate ${String(i).padStart(2, "0")}`,
      candidateEmail: uniqueEmail(`c${i}`),
      startsAtLocal: `2031-01-${String(i).padStart(2, "0")}T09:00`,
      timeZone: "Europe/Paris",
    });
  }
  await page.goto("/dashboard");
  const list = page.getByRole("list", { name: "Second interviews" });
  await expect(page.getByText("21 plans", { exact: true })).toBeVisible();
  // Sorted by meeting time, 20 to a page.
  await expect(list.getByRole("listitem")).toHaveCount(20);
  await expect(list.getByRole("listitem").first()).toContainText("Candidate 01");
  await expect(list.getByRole("listitem").first()).toContainText("Wed 1 Jan 2031, 09:00");
  const pages = page.getByRole("navigation", { name: "Pages" });
  await expect(pages.getByText("Showing 1–20 of 21")).toBeVisible();
  await expect(pages.getByRole("button", { name: "Previous" })).toBeDisabled();
  await pages.getByRole("button", { name: "Next" }).click();
  await expect(page).toHaveURL(/[?&]cursor=/);
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("listitem")).toContainText("Candidate 21");
  await expect(pages.getByText("Showing 21 of 21")).toBeVisible();
  await expect(pages.getByRole("button", { name: "Next" })).toBeDisabled();
  // The page is in the address: a reload shows it again, Back returns to the first.
  await page.reload();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list.getByRole("listitem")).toContainText("Candidate 21");
  await page.goBack();
  await expect(list.getByRole("listitem")).toHaveCount(20);
  await page.goForward();
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await pages.getByRole("button", { name: "Previous" }).click();
  await expect(list.getByRole("listitem").first()).toContainText("Candidate 01");
  await expect(pages.getByText("Showing 1–20 of 21")).toBeVisible();
  await pages.getByRole("button", { name: "Next" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  // A page link someone edited says so and leads back to the first page.
  const address = new URL(page.url());
  address.searchParams.set("cursor", "not-a-real-page");
  await page.goto(address.toString());
  await expect(page.getByText("This page of the list no longer exists")).toBeVisible();
  await page.getByRole("button", { name: "Go to the first page" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(20);
  await pages.getByRole("button", { name: "Next" }).click();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  // Search (debounced) goes back to the first page and into the address; a reload keeps it.
  await page.getByLabel("Search").fill(tag);
  await expect(page).toHaveURL(new RegExp(`[?&]q=${tag}`));
  await expect(page).not.toHaveURL(/cursor=/);
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await page.reload();
  await expect(page.getByLabel("Search")).toHaveValue(tag);
  await expect(list.getByRole("listitem")).toHaveCount(2);

  // A stage with nothing in it, then All again.
  await page.getByRole("button", { name: "Shared", exact: true }).click();
  await expect(page.getByRole("button", { name: "Shared", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/[?&]stage=shared/);
  await expect(page.getByText("No plans match")).toBeVisible();
  await page.getByRole("button", { name: "Clear search and filters" }).click();
  await expect(page.getByLabel("Search")).toHaveValue("");
  await expect(page.getByRole("button", { name: "All", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(list.getByRole("listitem")).toHaveCount(20);
  await page.getByRole("button", { name: "Draft", exact: true }).click();
  await expect(page.getByText("21 plans found")).toBeVisible();
});

test("plans outside the reader's organisation are not found, and signed-out readers sign in first", async ({ page, browser }) => {
  await signUpRecruiter(page);
  const planId = await createPlanViaApi(page, {
    roleTitle: "Analyst",
    hiringCompany: "Globex",
    candidateName: "Riley Stone",
    candidateEmail: uniqueEmail("riley"),
    startsAtLocal: "2031-03-02T14:00",
    timeZone: "Europe/London",
  });

  await page.goto("/plans/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.goto("/plans/not-a-plan");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signUpRecruiter(otherPage, "other-org");
  await otherPage.goto(`/plans/${planId}`);
  await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(otherPage.getByText("Riley Stone")).toHaveCount(0);
  await otherPage.goto(`/plans/${planId}/edit`);
  await expect(otherPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await other.close();

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(`/plans/${planId}`);
  await expect(visitor).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(`/plans/${planId}`)}`));
  const ics = await visitor.request.get(`/api/plans/${planId}/calendar`);
  expect(ics.status()).toBe(401);
  await anonymous.close();
});

test("a save that lost a race to a colleague keeps the form, says what changed and re-applies the edit on top", async ({ page, context }) => {
  await signUpRecruiter(page);
  const planId = await createPlanViaApi(page, {
    roleTitle: "Account Executive",
    hiringCompany: "Hooli",
    candidateName: "Morgan Blake",
    candidateEmail: uniqueEmail("morgan"),
    startsAtLocal: "2031-02-10T15:00",
    timeZone: "Europe/Paris",
    interviewers: [{ name: "Gavin Belson" }],
  });
  await page.goto(`/plans/${planId}/edit`);

  // A colleague (here: a second tab) saves first.
  const colleague = await context.newPage();
  await colleague.goto(`/plans/${planId}/edit`);
  await colleague.getByLabel("Role title").fill("Senior Account Executive");
  await colleague.getByRole("button", { name: "Save changes" }).click();
  await expect(colleague.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible();
  await colleague.close();

  await page.getByLabel("Hiring company").fill("Hooli XYZ");
  await page.getByLabel("Internal note (optional)").fill("Keep this note.");
  await page.getByRole("button", { name: "Save changes" }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "Someone else saved this plan" });
  await expect(conflict).toBeVisible();
  await expect(page.getByLabel("Hiring company")).toHaveValue("Hooli XYZ");
  await expect(page.getByLabel("Internal note (optional)")).toHaveValue("Keep this note.");

  await expect(conflict.getByRole("list", { name: "Changed by someone else" })).toHaveText("Role title");

  // Re-applying (one click, no retyping) saves this reader's edit and keeps the colleague's change to a field they never touched.
  await conflict.getByRole("button", { name: "Re-apply my changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible();
  await expect(conflict).toBeHidden();
  await expect(page.getByLabel("Role title")).toHaveValue("Senior Account Executive");
  await expect(page.getByLabel("Hiring company")).toHaveValue("Hooli XYZ");
  await expect(page.getByLabel("Internal note (optional)")).toHaveValue("Keep this note.");

  await page.goto(`/plans/${planId}`);
  await expect(page.getByText("Senior Account Executive at Hooli XYZ", { exact: true })).toBeVisible();
  await expect(page.getByText("Keep this note.")).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  test("the dashboard, the plan page and the form fit a 375px screen", async ({ page }) => {
    await signUpRecruiter(page);
    const planId = await createPlanViaApi(page, {
      roleTitle: "Senior Customer Success Operations Specialist (EMEA)",
      hiringCompany: "Extraordinarily Long Company Name International Holdings",
      candidateName: "Maximilian Alexander Featherstonehaugh-Smythe",
      candidateEmail: uniqueEmail("phone"),
      startsAtLocal: "2031-05-20T09:30",
      timeZone: "America/Los_Angeles",
      location: "https://meet.example.com/a-very-long-meeting-link-that-goes-on-and-on-and-on-0123456789",
      interviewers: [{ name: "Priya Raman", jobTitle: "VP Customer Success" }],
      firstInterview: [{ topic: "start_date_and_hours", summary: "Can start in September.", status: "to_revisit" }],
    });

    for (const path of ["/dashboard", `/plans/${planId}`, `/plans/${planId}/edit`, "/plans/new"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await fitsWidth(page), `${path} fits`).toBe(true);
    }
    await page.goto(`/plans/${planId}/edit`);
    await page.getByRole("button", { name: "Add agenda item" }).click();
    await page.getByRole("button", { name: "Add interviewer" }).click();
    expect(await fitsWidth(page), "the form with new rows fits").toBe(true);
  });
});
