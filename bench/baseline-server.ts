import { startBaseline } from "./baseline";

/**
 * The baseline as a process of its own, as the app is: sharing the bench
 * runner's event loop with autocannon would slow the yardstick down.
 * Configured by BASELINE_PORT, BASELINE_DATABASE_URL and BASELINE_POOL_SIZE.
 */
const server = await startBaseline({
  port: Number(process.env.BASELINE_PORT),
  databaseUrl: process.env.BASELINE_DATABASE_URL!,
  poolSize: Number(process.env.BASELINE_POOL_SIZE ?? 10),
});
process.stdout.write(`baseline listening on ${server.url}\n`);
const stop = () => void server.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
