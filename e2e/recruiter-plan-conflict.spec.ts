import { expect, test } from "@playwright/test";
import { createPlanViaApi, signUpRecruiter, uniqueEmail } from "./helpers";

test("two recruiters edit the plan at once: the second save shows what changed and one click re-applies it on top", async ({
  page: first,
  browser,
}) => {
  await signUpRecruiter(first);
  const planId = await createPlanViaApi(first, {
    roleTitle: "Data Engineer",
    hiringCompany: "Initech",
    candidateName: "Robin Hale",
    candidateEmail: uniqueEmail("robin"),
    startsAtLocal: "2031-03-12T10:00",
    timeZone: "Europe/London",
  });
  // A second browser with the same account: a colleague at another desk.
  const colleagueContext = await browser.newContext({ storageState: await first.context().storageState() });
  const colleague = await colleagueContext.newPage();
  await Promise.all([first.goto(`/plans/${planId}/edit`), colleague.goto(`/plans/${planId}/edit`)]);

  await colleague.getByLabel("Role title").fill("Senior Data Engineer");
  await colleague.getByLabel("Internal note (optional)").fill("Colleague's note.");
  await colleague.getByRole("button", { name: "Save changes" }).click();
  await expect(colleague.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible();

  await first.getByLabel("Hiring company").fill("Initech Labs");
  await first.getByLabel("Internal note (optional)").fill("My note wins.");
  await first.getByRole("button", { name: "Save changes" }).click();

  // Nothing was saved and the draft is still there; the view says what the colleague changed.
  const conflict = first.getByRole("alert").filter({ hasText: "Someone else saved this plan" });
  await expect(conflict).toBeVisible();
  const changed = conflict.getByRole("list", { name: "Changed by someone else" }).getByRole("listitem");
  await expect(changed).toHaveText(["Role title", "Internal note (you changed it too)"]);
  await expect(first.getByLabel("Hiring company")).toHaveValue("Initech Labs");
  await expect(first.getByLabel("Internal note (optional)")).toHaveValue("My note wins.");

  await conflict.getByRole("button", { name: "Re-apply my changes" }).click();
  await expect(first.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible();
  await expect(conflict).toBeHidden();

  // Both intents hold: the colleague's title, this recruiter's company and note.
  await colleague.goto(`/plans/${planId}`);
  await expect(colleague.getByText("Senior Data Engineer at Initech Labs", { exact: true })).toBeVisible();
  await expect(colleague.getByText("My note wins.")).toBeVisible();
  await colleagueContext.close();
});

test("discarding the draft after a conflict shows the colleague's version", async ({ page: first, browser }) => {
  await signUpRecruiter(first);
  const planId = await createPlanViaApi(first, {
    roleTitle: "QA Lead",
    hiringCompany: "Globex",
    candidateName: "Sam Ortiz",
    candidateEmail: uniqueEmail("sam"),
    startsAtLocal: "2031-04-02T09:00",
    timeZone: "Europe/Berlin",
  });
  const colleagueContext = await browser.newContext({ storageState: await first.context().storageState() });
  const colleague = await colleagueContext.newPage();
  await Promise.all([first.goto(`/plans/${planId}/edit`), colleague.goto(`/plans/${planId}/edit`)]);
  await colleague.getByLabel("Hiring company").fill("Globex Corporation");
  await colleague.getByRole("button", { name: "Save changes" }).click();
  await expect(colleague.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible();
  await colleagueContext.close();

  await first.getByLabel("Role title").fill("Head of QA");
  await first.getByRole("button", { name: "Save changes" }).click();
  const conflict = first.getByRole("alert").filter({ hasText: "Someone else saved this plan" });
  await conflict.getByRole("button", { name: "Discard my changes" }).click();
  await expect(conflict).toBeHidden();
  await expect(first.getByLabel("Role title")).toHaveValue("QA Lead");
  await expect(first.getByLabel("Hiring company")).toHaveValue("Globex Corporation");
  await expect(first.getByRole("status").filter({ hasText: "No changes yet" })).toBeVisible();
});
