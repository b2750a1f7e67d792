import type { NextConfig } from "next";

const noSniff = { key: "X-Content-Type-Options", value: "nosniff" };

/** For documents and API answers. */
const securityHeaders = [
  noSniff,
  { key: "X-Frame-Options", value: "DENY" },
  // Links carry one-time tokens in their query: never pass them on as a referrer.
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  // Every production build, whatever APP_URL says: browsers ignore HSTS received over plain HTTP
  // (RFC 6797 §8.1), so it cannot lock anyone out, and it still holds when APP_URL is misconfigured.
  // The Content-Security-Policy needs a per-request nonce: proxy.ts sets it.
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  // PGlite ships wasm and data files it loads from its own folder; pino uses worker threads.
  serverExternalPackages: ["@electric-sql/pglite", "pino"],
  poweredByHeader: false,
  // Turbopack's default (at most one chunk under 50 kB per page) split a plan page into 17 scripts, each paying
  // ~0.4 kB of headers and compressing alone. Merging the small ones: 13 scripts, 5 kB less on the recruiter's plan
  // page, and less on every other page and on a navigation from the dashboard to a plan, measured.
  experimental: { turbopackChunking: { minChunkSize: 100_000 } },
  typedRoutes: true,
  // Every reader gets the page's <title> in the first HTML, not streamed in after the body: a screen reader
  // announces the title on load, and our titles are static, so there is nothing to wait for.
  htmlLimitedBots: /.*/,
  async headers() {
    return [
      { source: "/((?!_next/static/).*)", headers: securityHeaders },
      // A page loads a dozen or more build scripts, and every byte of their headers counts against its JavaScript
      // budget: they get only nosniff (a script served as anything else is refused). Framing, referrer, permissions
      // and HSTS are a document's business, and every document carries them.
      { source: "/_next/static/:path*", headers: [noSniff] },
      // proxy.ts, which gives pages their nonce policy, skips API routes: their answers are data, never a document.
      {
        source: "/api/:path*",
        headers: [
          { key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};

export default nextConfig;
