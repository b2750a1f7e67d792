import { request as httpRequest } from "node:http";
import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { samplePlanContent } from "../db/seed/plans";
import { signUpRecruiter, uniqueEmail } from "./helpers";

/** The app's own origin, as playwright.config.ts builds it. */
const port = Number(process.env.E2E_PORT ?? 3200);
const origin = `http://localhost:${port}`;

function nonceOf(response: APIResponse): string {
  const policy = response.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, `a nonce in "${policy}"`).toBeTruthy();
  return nonce!;
}

/**
 * One request straight over a socket bound to `localAddress` (any 127.x.y.z is this
 * machine), so a test can be a client of its own address, apart from the browser's.
 */
function rawRequest(opts: {
  localAddress: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer[];
}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, localAddress: opts.localAddress, method: opts.method, path: opts.path, headers: { host: `localhost:${port}`, ...opts.headers } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    // An array is sent as chunks, without a Content-Length (Transfer-Encoding: chunked).
    if (Array.isArray(opts.body)) for (const chunk of opts.body) req.write(chunk);
    else if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/** A loopback address of this test's own, so the limits it fills up are nobody else's. */
function freshLoopbackAddress(): string {
  return `127.${10 + Math.floor(Math.random() * 200)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
}

const trpcJson = { "content-type": "application/json", origin };

test.describe("the HTTP boundary", () => {
  test("every page carries a strict CSP whose nonce is fresh per response and on each of the page's scripts", async ({ request }) => {
    const first = await request.get("/sign-in");
    const second = await request.get("/sign-in");
    const policy = first.headers()["content-security-policy"]!;
    for (const directive of [
      "script-src 'self' 'nonce-",
      "'strict-dynamic'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ])
      expect(policy).toContain(directive);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    const nonce = nonceOf(first);
    expect(nonceOf(second)).not.toBe(nonce);

    const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(3);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  });

  test("pages hydrate and work under the policy, with no violation reported", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    // Radix tabs switch only once React has hydrated the page.
    await page.goto("/sign-in");
    await page.getByRole("tab", { name: "Email me a link" }).click();
    await expect(page.getByRole("button", { name: "Email me a sign-in link" })).toBeVisible();
    // A signed-in page with a Radix menu, and the not-found page a malformed path gets.
    await signUpRecruiter(page, "csp");
    await page.getByRole("button", { name: /account menu/i }).click();
    await expect(page.getByRole("menuitem", { name: "Sign out" })).toBeVisible();
    await page.keyboard.press("Escape");
    await page.goto("/plans/%E0%A4%A");
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("HSTS and no framing on every page and API answer of the production build; build scripts are never sniffed", async ({ page, request }) => {
    for (const path of ["/", "/sign-in", "/api/health"]) {
      const headers = (await request.get(path)).headers();
      // Browsers ignore HSTS over plain HTTP, so the production build sends it whatever APP_URL says.
      expect(headers["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
    }
    const scripts: string[] = [];
    page.on("request", (r) => void (r.resourceType() === "script" && scripts.push(r.url())));
    await page.goto("/sign-in");
    expect(scripts.length).toBeGreaterThan(0);
    for (const url of scripts) {
      const headers = (await request.get(url)).headers();
      expect(headers["content-type"], url).toContain("javascript");
      expect(headers["x-content-type-options"], url).toBe("nosniff");
      expect(headers["cache-control"], url).toContain("immutable");
    }
  });

  test("no cache may keep tRPC answers or pages with private data", async ({ page }) => {
    await signUpRecruiter(page, "no-store");
    const planId = await createPlan(page);
    const responses: [string, APIResponse][] = [
      ["tRPC query", await page.request.get(`/api/trpc/plan.list?input=${encodeURIComponent(JSON.stringify({ json: { page: 1 } }))}`)],
      ["tRPC refusal", await page.request.post("/api/trpc/plan.list", { headers: { origin: "https://evil.example" }, data: {} })],
      ["dashboard", await page.request.get("/dashboard")],
      ["plan page", await page.request.get(`/plans/${planId}`)],
      ["settings", await page.request.get("/settings/account")],
      ["meeting .ics", await page.request.get(`/api/plans/${planId}/calendar`)],
      ["join link page", await page.request.get("/join/not-a-real-token-0123456789")],
      ["invitation page", await page.request.get("/invitations/not-a-real-token-0123456789")],
    ];
    for (const [what, response] of responses) expect(response.headers()["cache-control"], what).toMatch(/(^|[ ,])no-store($|,)/);
    expect(responses[0]![1].ok()).toBe(true);
    expect(responses[5]![1].headers()["content-type"]).toContain("text/calendar");
  });

  test("a path with a malformed percent-escape gets 400 or the app's not-found page, never a 500", async ({ request }) => {
    for (const path of ["/api/plans/%E0%A4%A/calendar", "/api/trpc/%E0%A4%A", "/api/interviews/%/calendar"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(await response.text()).toBe("Bad request: the URL has a malformed percent-escape.");
    }
    for (const path of ["/join/%E0%A4%A", "/plans/%E0%A4%A", "/invitations/%", "/interviews/%E0%A4%A/prepare", "/%"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text()).toContain("Page not found");
    }
  });

  test("a request body over 64 kB gets 413 before anything parses it, declared or chunked", async ({ request }) => {
    const big = JSON.stringify({ json: { email: `${"a".repeat(65 * 1024)}@example.com` } });
    const declared = await request.post("/api/trpc/auth.requestMagicLink", { headers: trpcJson, data: big });
    expect(declared.status()).toBe(413);
    expect(await declared.json()).toEqual({ error: "The request body is larger than 64 kB." });

    const form = await request.post("/api/auth/callback/password", { form: { email: "a@example.com", password: "x".repeat(65 * 1024) } });
    expect(form.status()).toBe(413);

    const chunks = Array.from({ length: 17 }, () => Buffer.alloc(4096, "a"));
    const chunked = await rawRequest({ localAddress: "127.0.0.1", method: "POST", path: "/api/trpc/auth.requestMagicLink", headers: trpcJson, body: chunks });
    expect(chunked.status).toBe(413);
  });

  test("a tRPC batch holds at most 10 calls: 11 are refused before any runs", async ({ page }) => {
    await signUpRecruiter(page, "batch");
    const batchOf = (count: number) =>
      page.request.post(`/api/trpc/${Array(count).fill("plan.create").join(",")}?batch=1`, {
        headers: trpcJson,
        data: Object.fromEntries(Array.from({ length: count }, (_, i) => [i, { json: planContent() }])),
      });
    const refused = await batchOf(11);
    expect(refused.status()).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain("Batch call exceeds maximum size");
    expect(await planCount(page)).toBe(0);

    const accepted = await batchOf(10);
    expect(accepted.status()).toBe(200);
    expect(await planCount(page)).toBe(10);
  });

  test("200 batched password resets are refused at once, without hashing a password", async ({ request }) => {
    const count = 200;
    const started = Date.now();
    const response = await request.post(`/api/trpc/${Array(count).fill("auth.resetPassword").join(",")}?batch=1`, {
      headers: trpcJson,
      data: Object.fromEntries(Array.from({ length: count }, (_, i) => [i, { json: { token: "x".repeat(43), password: "a-new-password-123" } }])),
    });
    expect(response.status()).toBe(400);
    // One scrypt hash alone takes longer than this on these machines.
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  test("a spoofed X-Forwarded-For does not escape the per-address limit", async () => {
    const address = freshLoopbackAddress();
    const askForLink = (from: string, forwardedFor?: string) =>
      rawRequest({
        localAddress: from,
        method: "POST",
        path: "/api/trpc/auth.requestMagicLink",
        headers: { ...trpcJson, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
        body: JSON.stringify({ json: { email: uniqueEmail("xff") } }),
      });
    // Each request claims another address and names another inbox: only the socket's address is the same.
    let accepted = 0;
    let refusal: { status: number; body: string } | undefined;
    for (let i = 1; i <= 200 && !refusal; i++) {
      const response = await askForLink(address, `198.51.${Math.floor(i / 250)}.${i % 250}, 203.0.113.${i % 250}`);
      if (response.status === 200) accepted++;
      else refusal = response;
    }
    expect(refusal?.status, "the address's limit is reached").toBe(429);
    expect(refusal?.body).toContain("Too many requests.");
    expect(accepted).toBeGreaterThan(0);
    // The same claimed address from another socket is another client, with its own limit.
    expect((await askForLink(freshLoopbackAddress(), "198.51.0.1")).status).toBe(200);
  });

  test.describe("after sign-in only a same-origin path is followed", () => {
    const attempts = ["//evil.example", "/\\evil.example", "https://evil.example/dashboard", "/%09/evil.example", "/%0A/evil.example", "/\t/evil.example", "/.//evil.example"];

    test("the sign-in form", async ({ page }) => {
      const recruiter = await signUpRecruiter(page, "redirect");
      await page.context().clearCookies();
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("//evil.example")}`);
      await signInFromCurrentPage(page, recruiter.email, recruiter.password);
      await expect(page).toHaveURL(`${origin}/dashboard`);
    });

    test("the sign-in page for someone already signed in", async ({ page }) => {
      await signUpRecruiter(page, "redirect");
      for (const attempt of attempts) {
        await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(attempt)}`);
        await expect(page, attempt).toHaveURL(`${origin}/dashboard`);
      }
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/settings/account")}`);
      await expect(page).toHaveURL(`${origin}/settings/account`);
    });

    test("Auth.js's own callback", async ({ page }) => {
      const recruiter = await signUpRecruiter(page, "redirect");
      for (const attempt of attempts) {
        const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
        const response = await page.request.post("/api/auth/callback/password", {
          form: { email: recruiter.email, password: recruiter.password, csrfToken, callbackUrl: attempt },
          maxRedirects: 0,
        });
        const location = response.headers()["location"] ?? "";
        expect(new URL(location, origin).origin, `${attempt} → ${location}`).toBe(origin);
        expect(location, attempt).toBe(`${origin}/dashboard`);
      }
    });
  });
});

async function signInFromCurrentPage(page: Page, email: string, password: string) {
  const form = page.getByRole("tabpanel", { name: "Password" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
}

function planContent() {
  return samplePlanContent({ candidateEmail: uniqueEmail("batch-candidate"), timeZone: "UTC", startsAtLocal: new Date(Date.now() + 86_400_000).toISOString().slice(0, 16) });
}

async function createPlan(page: Page): Promise<string> {
  const response = await page.request.post("/api/trpc/plan.create", { headers: trpcJson, data: { json: planContent() } });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
}

async function planCount(page: Page): Promise<number> {
  const response = await page.request.get(`/api/trpc/plan.list?input=${encodeURIComponent(JSON.stringify({ json: { page: 1 } }))}`);
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: { json: { total: number } } } }).result.data.json.total;
}
