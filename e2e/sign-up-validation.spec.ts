import { expect, test } from "@playwright/test";
import { signIn, uniqueEmail } from "./helpers";

test("bad sign-up input shows a message next to each field and creates nothing", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Work email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Organisation name").fill("Nothing Ltd");
  await page.getByRole("button", { name: "Create organisation" }).click();

  await expect(page.getByText("Enter your name.")).toBeVisible();
  await expect(page.getByText("Enter a valid email address, like name@example.com.")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Your name")).toBeFocused();
  await expect(page.getByLabel("Organisation name")).not.toHaveAttribute("aria-invalid");

  // Fix everything but the password: still refused, and no account appears for this address.
  const email = uniqueEmail("rejected");
  await page.getByLabel("Your name").fill("Rejected Person");
  await page.getByLabel("Work email").fill(email);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByText("Enter your name.")).toBeHidden();
  await expect(page).toHaveURL(/\/sign-up$/);

  await signIn(page, email, "short");
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
});
