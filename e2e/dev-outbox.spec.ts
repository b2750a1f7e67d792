import { expect, test } from "@playwright/test";

// The suite runs the production build as users get it: emails go out over SMTP, and the development outbox does not exist.
test("the production build has no development outbox: the page is the app's 404 and its procedure is not found", async ({ page }) => {
  const response = await page.goto("/dev/outbox");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByText("Development outbox")).toHaveCount(0);

  const call = await page.request.get(`/api/trpc/devOutbox.list?input=${encodeURIComponent(JSON.stringify({ json: { limit: 1 } }))}`);
  expect(call.status()).toBe(404);
  expect(((await call.json()) as { error: { json: { data: { code: string } } } }).error.json.data.code).toBe("NOT_FOUND");
});
