/**
 * The name of a test worker's own PostgreSQL database, beside the one DATABASE_URL names (test/db.ts makes it,
 * test/global-setup.ts drops it).
 */
export function workerDatabaseName(baseName: string, workerId: string): string {
  return `${baseName}_w${workerId}`;
}

export function isWorkerDatabase(name: string, baseName: string): boolean {
  const prefix = workerDatabaseName(baseName, "");
  return name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length));
}
