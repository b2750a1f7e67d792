import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The app instances of an e2e run: A on E2E_PORT always; B three ports up
 * (the mail catcher has the two between) only on PostgreSQL, where two
 * processes can share the database. e2e/instance.mjs runs each one and
 * restarts it after a SIGTERM, writing the pid of its current process here.
 */
export const portA = Number(process.env.E2E_PORT ?? 3200);
export const portB = portA + 3;
export const twoInstances = Boolean(process.env.DATABASE_URL);

export const urlOf = (port: number) => `http://localhost:${port}`;

export function pidFileOf(port: number): string {
  return path.resolve(".data", "e2e-instances", `${port}.pid`);
}

export function currentPid(port: number): number | null {
  try {
    return Number(readFileSync(pidFileOf(port), "utf8").trim()) || null;
  } catch {
    return null;
  }
}
