import { expect, test, type Browser, type Page } from "@playwright/test";
import { newestOutboxLink, PASSWORD, signIn, signUp, uniqueEmail } from "./helpers";
import { createSharedPlan, joinAsCandidate, trpcMutation } from "./plan-api";

/**
 * The attack the issue describes: someone registers another person's address
 * first, hoping the plan or membership later sent to that address lands in
 * their account. Whoever proves the address (by following the link emailed
 * there) takes the account over; the registrant is left with nothing.
 */

const REGISTRANT_PASSWORD = "mallory-knows-this-one";

/** The registrant signs up with someone else's address in a browser of their own, and never confirms it. */
async function registerFirst(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Mallory Registrant");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Password").fill(REGISTRANT_PASSWORD);
  await page.getByLabel("Organisation name").fill("Mallory Holdings");
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText("Check your email")).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();

  // Until the address is confirmed, the password does not sign in.
  await signIn(page, email, REGISTRANT_PASSWORD);
  await expect(page.getByText("Confirm your email address first")).toBeVisible();
  return page;
}

/** After the takeover the registrant's password is gone: the ordinary wrong-password answer, and no way in. */
async function expectRegistrantLockedOut(page: Page, email: string, privateUrl: string) {
  await signIn(page, email, REGISTRANT_PASSWORD);
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await page.goto(privateUrl);
  await expect(page).toHaveURL(/\/sign-in/);
}

test("candidate variant: the candidate's join link takes over an account registered under their address", async ({ page, browser }) => {
  const candidateEmail = uniqueEmail("takeover-candidate");
  const registrant = await registerFirst(browser, candidateEmail);

  await signUp(page);
  const plan = await createSharedPlan(page, { candidateEmail, candidateName: "Casey Candidate" });

  const { page: candidate } = await joinAsCandidate(browser, plan);
  const secret = `CANDSECRET-takeover-${Date.now().toString(36)}`;
  await trpcMutation(candidate.request, "goal.add", { planId: plan.planId, kind: "doubt", text: secret, visibility: "private" });
  await candidate.reload();
  await expect(candidate.getByText(secret).first()).toBeVisible();

  await expectRegistrantLockedOut(registrant, candidateEmail, `/interviews/${plan.planId}`);
  await expect(registrant.getByText(secret)).toHaveCount(0);
  // The registrant's own confirmation link was voided with everything else.
  await registrant.goto(await newestOutboxLink(registrant, candidateEmail, /Confirm your email address/));
  await expect(registrant.getByRole("heading", { name: "This confirmation link has expired or was already used" })).toBeVisible();
});

test("organisation variant: the invited colleague takes over an account registered under their address", async ({ page, browser }) => {
  const colleagueEmail = uniqueEmail("takeover-colleague");
  const registrant = await registerFirst(browser, colleagueEmail);

  const admin = await signUp(page);
  await page.goto("/settings/organisation");
  await page.getByLabel("Email", { exact: true }).fill(colleagueEmail);
  await page.getByLabel("Role", { exact: true }).selectOption("recruiter");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("list", { name: "Pending invitations" }).getByText(colleagueEmail)).toBeVisible();

  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(await newestOutboxLink(colleague, colleagueEmail, /invited you/i));
  // The unverified registration does not count as the colleague's account: they choose their own name and password.
  await expect(colleague.getByText("Choose your name and a password to create your account.")).toBeVisible();
  await colleague.getByLabel("Your name").fill("Cole League");
  await colleague.getByLabel("Password").fill(PASSWORD);
  await colleague.getByRole("button", { name: "Create account and join" }).click();
  await expect(colleague).toHaveURL(/\/dashboard$/);
  await expect(colleague.getByText(admin.organisationName).first()).toBeVisible();
  await expect(colleague.getByText("Mallory Holdings")).toHaveCount(0);

  await expectRegistrantLockedOut(registrant, colleagueEmail, "/settings/organisation");
  await expect(registrant.getByText(admin.organisationName)).toHaveCount(0);
});
