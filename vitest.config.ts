import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "test/empty-module.ts"),
    },
  },
  test: {
    include: ["test/**/*.test.ts", "server/**/*.test.ts", "db/**/*.test.ts"],
    environment: "node",
    // next-auth's ESM imports "next/server" without an extension, which Node alone cannot resolve (next has no exports map).
    server: { deps: { inline: ["next-auth"] } },
    // Files of one worker share a module graph, hence one database (see test/db.ts):
    // starting PGlite and migrating costs seconds, a test file milliseconds.
    isolate: false,
    // One worker per core: Vitest's default (one fewer) leaves one of two cores idle. Each worker has a
    // database of its own (test/db.ts).
    maxWorkers: availableParallelism(),
    // Drops the workers' PostgreSQL databases after the run.
    globalSetup: ["test/global-setup.ts"],
    // server/env.ts reads and caches these on first use, so they are set here, never in a test.
    env: {
      NODE_ENV: "test",
      AUTH_SECRET: "test-secret-0123456789-abcdefghijklmnopq",
      APP_URL: "http://localhost:3000",
      // Off by default under NODE_ENV=test: the tests call devOutbox.list, so they opt in.
      DEV_OUTBOX: "true",
    },
    // A worker's first test also waits for PGlite and the migrations (several seconds on a busy machine).
    testTimeout: 30_000,
    // A file's set-up (several plans and accounts, scrypt included) takes longer than the default 10 s on a busy machine.
    hookTimeout: 60_000,
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
