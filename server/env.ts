import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** The only reader of process.env: every setting is validated here, once, with a message that names it. */

const flag = z
  .enum(["true", "false", "1", "0"], { error: "must be true or false" })
  .transform((v) => v === "true" || v === "1");

const positiveInt = (max: number) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(max, `must be at most ${max}`);

const schema = z
  .object({
    // Unset means production, as under `next start`: only an explicit development or test relaxes anything.
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORT: positiveInt(65535).default(3000),
    /**
     * The address the server was told to bind to: `npm run dev` sets it (127.0.0.1 unless given) and passes it to
     * `next dev --hostname`. The development outbox needs it to be a loopback address; unset means unknown, so off.
     */
    HOST: z.string().min(1).optional(),
    APP_URL: z.url({ error: "must be a URL such as https://interviews.example.com" }).optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
      .optional(),
    DATABASE_POOL_SIZE: positiveInt(200).default(10),
    // While PostgreSQL is unreachable a request fails after these instead of hanging. A pooled connection is
    // opened rarely (at start and after an outage), so the connect bound can stay well under the 2 s a request may
    // take then: a query may wait out a reconnect delay (db/client.ts, at most 0.25 s) before its own attempt.
    DATABASE_CONNECT_TIMEOUT_MS: positiveInt(60_000).default(1_000),
    DATABASE_STATEMENT_TIMEOUT_MS: positiveInt(600_000).default(5_000),
    PGLITE_DIR: z.string().min(1).default("./.data/pglite"),
    SEED_DEMO: flag.optional(),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 33)").optional(),
    AUTH_URL: z.url({ error: "must be the app's public URL" }).optional(),
    AUTH_TRUST_HOST: flag.optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
      .optional(),
    MAIL_FROM: z.string().min(3).default("Second Round <no-reply@second-round.local>"),
    DEV_OUTBOX: flag.optional(),
    OUTBOX_POLL_MS: positiveInt(60_000).default(5_000),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
    INVITATION_TTL_HOURS: positiveInt(24 * 60).default(168),
    MAGIC_LINK_TTL_MINUTES: positiveInt(24 * 60).default(15),
    PASSWORD_RESET_TTL_MINUTES: positiveInt(24 * 60).default(60),
    SIGN_IN_MAX_FAILURES: positiveInt(1000).default(5),
    SIGN_IN_MAX_FAILURES_PER_IP: positiveInt(100_000).default(100),
    EMAIL_REQUESTS_PER_IP: positiveInt(100_000).default(30),
    SIGN_IN_WINDOW_MINUTES: positiveInt(24 * 60).default(15),
    EMAIL_VERIFICATION_TTL_HOURS: positiveInt(24 * 14).default(24),
    LINK_SIGN_IN_MINUTES: positiveInt(24 * 60).default(30),
    NOTIFICATION_DIGEST_MINUTES: positiveInt(24 * 60).default(5),
    SESSION_MAX_AGE_DAYS: positiveInt(365).default(30),
    SESSION_IDLE_DAYS: positiveInt(365).default(7),
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ error: "must be a whole number" })
      .int("must be a whole number")
      .min(0, "must be 0 or more")
      .max(10, "must be at most 10")
      .default(0),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    if (env.DEV_OUTBOX)
      ctx.addIssue({
        code: "custom",
        path: ["DEV_OUTBOX"],
        message: "must not be true in production: the development outbox shows every email, sign-in links included, to anyone",
      });
    if (env.SEED_DEMO)
      ctx.addIssue({
        code: "custom",
        path: ["SEED_DEMO"],
        message: "must not be true in production: the demo logins' password is published",
      });
    if (!env.AUTH_SECRET)
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "is required in production" });
    if (!env.AUTH_URL && !env.AUTH_TRUST_HOST)
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_URL"],
        message: "is required in production (or set AUTH_TRUST_HOST=true behind a trusted proxy)",
      });
  });

export type Env = z.infer<typeof schema> & {
  AUTH_SECRET: string;
  APP_URL: string;
  devOutboxEnabled: boolean;
  seedDemo: boolean;
};

/** Development gets a generated secret, kept on disk so restarts keep sessions. */
function developmentSecret(): string {
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), ".data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(33).toString("base64");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Only this machine can reach a server bound here. */
function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")} ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const isProduction = env.NODE_ENV === "production";
  return {
    ...env,
    AUTH_SECRET: env.AUTH_SECRET ?? developmentSecret(),
    APP_URL: (env.APP_URL ?? env.AUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    devOutboxEnabled: !isProduction && (env.DEV_OUTBOX ?? (env.NODE_ENV === "development" && env.HOST !== undefined && isLoopback(env.HOST))),
    // Never in production, whatever the database: a demo login is an account anyone can sign in to.
    seedDemo: !isProduction && (env.SEED_DEMO ?? !env.DATABASE_URL),
  };
}

let cached: Env | undefined;

/** Read lazily so `next build` does not demand runtime secrets. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** The log level alone, readable before (and even without) a valid configuration. */
export function logLevel(): (typeof logLevels)[number] {
  const level = process.env.LOG_LEVEL as (typeof logLevels)[number] | undefined;
  if (level && logLevels.includes(level)) return level;
  return process.env.NODE_ENV === "test" ? "silent" : "info";
}
