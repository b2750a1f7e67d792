/**
 * Front-end figures for `npm run bench`: Lighthouse's mobile performance score and the compressed JavaScript each page
 * loads, measured against a running production build (`next build && next start`).
 *
 * Run alone against a running app (the demo data must be there: `npm run db:seed`):
 *   tsx bench/front-end.ts <baseUrl> [--recruiter=email] [--candidate=email] [--password=pw] [--runs=n]
 * Defaults: the demo recruiter sam@northwind.example, the demo candidate jordan@candidate.example, their demo
 * password, 3 runs per page. It signs both in over HTTP and measures sign-in, the dashboard, the recruiter's plan
 * page and the candidate's plan page of the candidate's first plan.
 */
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";

export type FrontEndPage = { name: string; path: string; cookie?: string };
export type FrontEndResult = { name: string; performance: number; javascriptKb: number };

export type FrontEndOptions = {
  baseUrl: string;
  chromiumPath: string;
  pages: FrontEndPage[];
  /** Lighthouse runs per page; the median score is reported, since one run on a busy machine can be an outlier. */
  runs?: number;
};

const chromeFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"];

/** kB here are 1,000 bytes: the larger of the two readings of the target. */
const bytesPerKb = 1000;

/**
 * The default Lighthouse config is the mobile form factor (Moto G Power emulation, simulated slow 4G and 4× CPU
 * slowdown); only the performance category is run. JavaScript is every script the page loads, as transferred
 * (Next compresses with gzip), from the resource-summary audit.
 */
export async function measureFrontEnd(opts: FrontEndOptions): Promise<FrontEndResult[]> {
  const runs = Math.max(1, opts.runs ?? 3);
  const chrome = await launch({ chromePath: opts.chromiumPath, chromeFlags, logLevel: "silent" });
  try {
    const results: FrontEndResult[] = [];
    for (const page of opts.pages) {
      const url = new URL(page.path, opts.baseUrl).href;
      const samples: { performance: number; scriptBytes: number }[] = [];
      for (let run = 0; run < runs; run++) samples.push(await auditOnce(url, chrome.port, page.cookie));
      samples.sort((a, b) => a.performance - b.performance);
      const median = samples[Math.floor(samples.length / 2)]!;
      const scriptBytes = Math.max(...samples.map((s) => s.scriptBytes));
      results.push({
        name: page.name,
        performance: median.performance,
        javascriptKb: Math.round((scriptBytes / bytesPerKb) * 10) / 10,
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}

async function auditOnce(url: string, port: number, cookie: string | undefined) {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance"],
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
  });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
  const finalUrl = lhr.finalDisplayedUrl;
  if (new URL(finalUrl).pathname !== new URL(url).pathname)
    throw new Error(`${url} ended at ${finalUrl}: is the session cookie valid?`);
  const score = lhr.categories.performance?.score;
  if (score === null || score === undefined) throw new Error(`Lighthouse gave ${url} no performance score`);
  const requests = lhr.audits["network-requests"]?.details;
  const failed = (requests && requests.type === "table" ? requests.items : []).filter(
    (item) => item.resourceType === "Script" && Number(item.statusCode) >= 400,
  );
  // A stale page (an app restarted on a newer build) asks for scripts that are gone: its figures would be too low.
  if (failed.length > 0) throw new Error(`${url} failed to load ${failed.length} script(s), e.g. ${String(failed[0]!.url)}`);
  const summary = lhr.audits["resource-summary"]?.details;
  const items = summary && summary.type === "table" ? summary.items : [];
  const script = items.find((item) => item.resourceType === "script");
  return { performance: Math.round(score * 100), scriptBytes: Number(script?.transferSize ?? 0) };
}

/** Signs in through Auth.js's password callback and returns the cookies it set, as a Cookie header. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(new URL("/api/auth/csrf", baseUrl));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(new URL("/api/auth/callback/password", baseUrl), {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiePairs(csrf.headers) },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/dashboard" }),
  });
  const cookie = cookiePairs(response.headers);
  if (!/session/.test(cookie)) throw new Error(`Signing in as ${email} set no session cookie (${response.status})`);
  return cookie;
}

function cookiePairs(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
}

/** The candidate's first plan, through the same query the candidate's dashboard uses. */
async function firstInterviewId(baseUrl: string, cookie: string): Promise<string> {
  const response = await fetch(new URL("/api/trpc/interview.list", baseUrl), { headers: { cookie } });
  const body = (await response.json()) as { result?: { data?: { json?: { id: string }[] } } };
  const id = body.result?.data?.json?.[0]?.id;
  if (!id) throw new Error(`The candidate has no plan to measure (interview.list answered ${response.status})`);
  return id;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      recruiter: { type: "string", default: "sam@northwind.example" },
      candidate: { type: "string", default: "jordan@candidate.example" },
      password: { type: "string", default: "demo-password" },
      runs: { type: "string", default: "3" },
    },
  });
  const baseUrl = positionals[0];
  if (!baseUrl) {
    console.error("Usage: tsx bench/front-end.ts <baseUrl> [--recruiter=email] [--candidate=email] [--password=pw] [--runs=n]");
    process.exit(2);
  }
  const recruiter = await signInCookie(baseUrl, values.recruiter, values.password);
  const candidate = await signInCookie(baseUrl, values.candidate, values.password);
  const planId = await firstInterviewId(baseUrl, candidate);
  const results = await measureFrontEnd({
    baseUrl,
    chromiumPath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    runs: Number(values.runs),
    pages: [
      { name: "sign-in", path: "/sign-in" },
      { name: "dashboard", path: "/dashboard", cookie: recruiter },
      { name: "recruiter plan", path: `/plans/${planId}`, cookie: recruiter },
      { name: "candidate plan", path: `/interviews/${planId}`, cookie: candidate },
    ],
  });
  console.table(results);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
