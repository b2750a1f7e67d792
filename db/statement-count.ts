import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger } from "drizzle-orm";

/**
 * Counts the SQL statements Drizzle sends inside `countStatements(fn)`, on
 * either driver, so a test can hold a procedure to its budget ("a plan view
 * costs at most 4 statements"). Outside such a call the logger does nothing
 * but one lookup. The store lives on globalThis: Next.js bundles may carry
 * their own copy of this module.
 */
const globalForCount = globalThis as unknown as { statementCount?: AsyncLocalStorage<{ statements: string[] }> };
const storage = (globalForCount.statementCount ??= new AsyncLocalStorage());

export const statementCountingLogger: Logger = {
  logQuery(query) {
    storage.getStore()?.statements.push(query);
  },
};

export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const store = { statements: [] as string[] };
  const result = await storage.run(store, fn);
  return { result, statements: store.statements };
}
