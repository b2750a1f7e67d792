import { expect, test } from "@playwright/test";
import { newestOutboxLink, PASSWORD, signUp, uniqueEmail } from "./helpers";

test("an admin invites a recruiter, who joins, and then removes them", async ({ page, browser }) => {
  const admin = await signUp(page);
  const inviteeEmail = uniqueEmail("invitee");
  const inviteeName = "Casey Invitee";

  await page.getByRole("button", { name: /account menu/i }).click();
  await page.getByRole("menuitem", { name: "Organisation settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Organisation settings" })).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill(inviteeEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("recruiter");
  await page.getByRole("button", { name: "Send invitation" }).click();
  const pending = page.getByRole("list", { name: "Pending invitations" });
  await expect(pending.getByText(inviteeEmail)).toBeVisible();

  // The invitee opens the emailed link in a browser of their own.
  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  const link = await newestOutboxLink(invitee, inviteeEmail, /invited you/i);
  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: `Join ${admin.organisationName} as a recruiter` })).toBeVisible();
  await expect(invitee.getByText(inviteeEmail)).toBeVisible();
  await invitee.getByLabel("Your name").fill(inviteeName);
  await invitee.getByLabel("Password").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee).toHaveURL(/\/dashboard$/);
  await expect(invitee.getByRole("heading", { level: 1, name: "Second interviews" })).toBeVisible();
  await expect(invitee.getByText(admin.organisationName).first()).toBeVisible();

  // The link was single-use.
  const reused = await browser.newPage();
  await reused.goto(link);
  await expect(reused.getByRole("heading", { name: "This invitation was already used" })).toBeVisible();
  await reused.close();

  await page.reload();
  const members = page.getByRole("list", { name: "Members" });
  const row = members.getByRole("listitem").filter({ hasText: inviteeEmail });
  await expect(row.getByText(inviteeName, { exact: true })).toBeVisible();
  await expect(page.getByText("No pending invitations.")).toBeVisible();

  await row.getByRole("button", { name: `Remove ${inviteeName}` }).click();
  const dialog = page.getByRole("alertdialog", { name: `Remove ${inviteeName} from ${admin.organisationName}?` });
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(dialog).toBeHidden();
  await expect(members.getByText(inviteeEmail)).toBeHidden();

  // Removal ends the recruiter's sessions: the next page load no longer shows the organisation.
  await invitee.goto("/dashboard");
  await expect(invitee).toHaveURL(/\/sign-in/);
  await expect(invitee.getByText(admin.organisationName)).toBeHidden();
  await inviteeContext.close();
});

test("a recruiter who is not an admin sees the members read-only", async ({ page, browser }) => {
  const admin = await signUp(page);
  const recruiterEmail = uniqueEmail("colleague");
  await page.goto("/settings/organisation");
  await page.getByLabel("Email", { exact: true }).fill(recruiterEmail);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("list", { name: "Pending invitations" }).getByText(recruiterEmail)).toBeVisible();

  const context = await browser.newContext();
  const colleague = await context.newPage();
  await colleague.goto(await newestOutboxLink(colleague, recruiterEmail, /invited you/i));
  await colleague.getByLabel("Your name").fill("Pat Colleague");
  await colleague.getByLabel("Password").fill(PASSWORD);
  await colleague.getByRole("button", { name: "Create account and join" }).click();
  await expect(colleague.getByRole("heading", { level: 1, name: "Second interviews" })).toBeVisible();

  await colleague.goto("/settings/organisation");
  await expect(colleague.getByRole("list", { name: "Members" }).getByText(admin.email)).toBeVisible();
  await expect(colleague.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await expect(colleague.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await context.close();
});
