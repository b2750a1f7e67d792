import { describe, expect, it } from "vitest";
import { parseEnv } from "@/server/env";

// Outside production a missing AUTH_SECRET is generated and written to .data/: always pass one here.
const secret = "s".repeat(40);

/** The message parseEnv fails with, or a failure of this test if it accepts the input. */
function problemsWith(source: Record<string, string>): string {
  try {
    parseEnv(source);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected ${JSON.stringify(source)} to be refused`);
}

describe("parseEnv", () => {
  it("fills in development defaults", () => {
    const env = parseEnv({ NODE_ENV: "development", HOST: "127.0.0.1", AUTH_SECRET: secret });
    expect(env).toMatchObject({
      NODE_ENV: "development",
      PORT: 3000,
      APP_URL: "http://localhost:3000",
      SIGN_IN_MAX_FAILURES: 5,
      devOutboxEnabled: true,
      seedDemo: true,
    });
  });

  it("treats empty values as unset and trims a trailing slash from APP_URL", () => {
    const env = parseEnv({ NODE_ENV: "development", AUTH_SECRET: secret, PORT: "", APP_URL: "https://interviews.example.com/" });
    expect(env.PORT).toBe(3000);
    expect(env.APP_URL).toBe("https://interviews.example.com");
  });

  it("bounds every wait on PostgreSQL by default, and names a timeout that is not a whole number of at least 1", () => {
    expect(parseEnv({ NODE_ENV: "development", AUTH_SECRET: secret })).toMatchObject({
      DATABASE_CONNECT_TIMEOUT_MS: 1_000,
      DATABASE_STATEMENT_TIMEOUT_MS: 5_000,
    });
    expect(problemsWith({ NODE_ENV: "development", AUTH_SECRET: secret, DATABASE_CONNECT_TIMEOUT_MS: "0" })).toBe(
      "Invalid environment configuration:\n  DATABASE_CONNECT_TIMEOUT_MS must be at least 1",
    );
    expect(problemsWith({ NODE_ENV: "development", AUTH_SECRET: secret, DATABASE_STATEMENT_TIMEOUT_MS: "2.5" })).toBe(
      "Invalid environment configuration:\n  DATABASE_STATEMENT_TIMEOUT_MS must be a whole number",
    );
  });

  it("names a database URL that is not PostgreSQL", () => {
    expect(problemsWith({ NODE_ENV: "development", AUTH_SECRET: secret, DATABASE_URL: "mysql://x" })).toBe(
      "Invalid environment configuration:\n  DATABASE_URL must start with postgres:// or postgresql://",
    );
  });

  it("names a port that is not a number", () => {
    expect(problemsWith({ NODE_ENV: "development", AUTH_SECRET: secret, PORT: "abc" })).toBe(
      "Invalid environment configuration:\n  PORT must be a whole number",
    );
  });

  it("lists every problem at once, one per line", () => {
    const message = problemsWith({
      NODE_ENV: "development",
      AUTH_SECRET: "short",
      PORT: "70000",
      DEV_OUTBOX: "yes",
      SMTP_URL: "http://mail.example.com",
      APP_URL: "not a url",
    });
    expect(message.split("\n").slice(1).sort()).toEqual([
      "  APP_URL must be a URL such as https://interviews.example.com",
      "  AUTH_SECRET must be at least 32 characters (try: openssl rand -base64 33)",
      "  DEV_OUTBOX must be true or false",
      "  PORT must be at most 65535",
      "  SMTP_URL must start with smtp:// or smtps://",
    ]);
  });

  it("requires AUTH_SECRET and a public URL in production", () => {
    const message = problemsWith({ NODE_ENV: "production", DATABASE_URL: "postgres://db/app" });
    expect(message).toContain("  AUTH_SECRET is required in production");
    expect(message).toContain("  AUTH_URL is required in production");
  });

  it("accepts production behind a trusted proxy, with the development outbox off and no demo data", () => {
    const env = parseEnv({
      NODE_ENV: "production",
      AUTH_SECRET: secret,
      AUTH_TRUST_HOST: "true",
      DATABASE_URL: "postgresql://db/app",
    });
    expect(env).toMatchObject({ devOutboxEnabled: false, seedDemo: false, AUTH_SECRET: secret });
  });

  it("treats an unset NODE_ENV as production, as `next start` does", () => {
    expect(problemsWith({ AUTH_SECRET: secret })).toBe(
      "Invalid environment configuration:\n  AUTH_URL is required in production (or set AUTH_TRUST_HOST=true behind a trusted proxy)",
    );
    expect(parseEnv({ AUTH_SECRET: secret, AUTH_TRUST_HOST: "true" })).toMatchObject({ NODE_ENV: "production", devOutboxEnabled: false });
  });

  it("refuses to start production with the development outbox switched on", () => {
    expect(problemsWith({ NODE_ENV: "production", AUTH_SECRET: secret, AUTH_TRUST_HOST: "true", DEV_OUTBOX: "true" })).toBe(
      "Invalid environment configuration:\n  DEV_OUTBOX must not be true in production: the development outbox shows every email, sign-in links included, to anyone",
    );
    expect(problemsWith({ AUTH_SECRET: secret, AUTH_TRUST_HOST: "true", DEV_OUTBOX: "1" })).toContain("DEV_OUTBOX must not be true in production");
  });
});

describe("demo data is never seeded in production, whatever the database", () => {
  const production = { NODE_ENV: "production", AUTH_SECRET: secret, AUTH_TRUST_HOST: "true" };

  it.each([
    { database: "PGlite", env: production },
    { database: "PostgreSQL", env: { ...production, DATABASE_URL: "postgres://db/app" } },
    { database: "PGlite, NODE_ENV unset", env: { AUTH_SECRET: secret, AUTH_TRUST_HOST: "true" } },
  ])("is off in production on $database", ({ env }) => {
    expect(parseEnv(env).seedDemo).toBe(false);
  });

  it("refuses SEED_DEMO=true in production, and accepts SEED_DEMO=false", () => {
    expect(problemsWith({ ...production, SEED_DEMO: "true" })).toBe(
      "Invalid environment configuration:\n  SEED_DEMO must not be true in production: the demo logins' password is published",
    );
    expect(parseEnv({ ...production, SEED_DEMO: "false" }).seedDemo).toBe(false);
  });

  it("stays as configured outside production: on by default on PGlite, off on PostgreSQL", () => {
    expect(parseEnv({ AUTH_SECRET: secret, NODE_ENV: "development" }).seedDemo).toBe(true);
    expect(parseEnv({ AUTH_SECRET: secret, NODE_ENV: "development", DATABASE_URL: "postgres://db/app" }).seedDemo).toBe(false);
    expect(parseEnv({ AUTH_SECRET: secret, NODE_ENV: "test", DATABASE_URL: "postgres://db/app", SEED_DEMO: "true" }).seedDemo).toBe(true);
  });
});

describe("the development outbox exists only in development on loopback, or when DEV_OUTBOX=true outside production", () => {
  const production = { NODE_ENV: "production", AUTH_SECRET: secret, AUTH_TRUST_HOST: "true" };
  const cases: { env: Record<string, string>; enabled: boolean }[] = [
    { env: { NODE_ENV: "development", HOST: "127.0.0.1" }, enabled: true },
    { env: { NODE_ENV: "development", HOST: "127.0.0.2" }, enabled: true },
    { env: { NODE_ENV: "development", HOST: "localhost" }, enabled: true },
    { env: { NODE_ENV: "development", HOST: "::1" }, enabled: true },
    // Reachable from the network, or a bind address nobody told the app: off.
    { env: { NODE_ENV: "development", HOST: "0.0.0.0" }, enabled: false },
    { env: { NODE_ENV: "development", HOST: "::" }, enabled: false },
    { env: { NODE_ENV: "development", HOST: "192.168.1.20" }, enabled: false },
    { env: { NODE_ENV: "development", HOST: "127.0.0.1.example.com" }, enabled: false },
    { env: { NODE_ENV: "development" }, enabled: false },
    // DEV_OUTBOX decides outside production, whatever the address.
    { env: { NODE_ENV: "development", HOST: "0.0.0.0", DEV_OUTBOX: "true" }, enabled: true },
    { env: { NODE_ENV: "development", HOST: "127.0.0.1", DEV_OUTBOX: "false" }, enabled: false },
    { env: { NODE_ENV: "test" }, enabled: false },
    { env: { NODE_ENV: "test", HOST: "127.0.0.1" }, enabled: false },
    { env: { NODE_ENV: "test", DEV_OUTBOX: "true" }, enabled: true },
    { env: { NODE_ENV: "test", DEV_OUTBOX: "false" }, enabled: false },
    // Production never has it, on loopback or not.
    { env: { ...production }, enabled: false },
    { env: { ...production, HOST: "127.0.0.1" }, enabled: false },
    { env: { ...production, DEV_OUTBOX: "false", HOST: "127.0.0.1" }, enabled: false },
    { env: { AUTH_SECRET: secret, AUTH_TRUST_HOST: "true", HOST: "127.0.0.1" }, enabled: false },
  ];
  it.each(cases)("$env → $enabled", ({ env, enabled }) => {
    expect(parseEnv({ AUTH_SECRET: secret, ...env }).devOutboxEnabled).toBe(enabled);
  });
});
