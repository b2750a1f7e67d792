import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

/**
 * Starts both calls in the same tick (on PostgreSQL they run at once, on a
 * pool of connections) and expects exactly one to succeed and the other to be
 * refused as stale. Returns which one won, its result and the loser's error.
 */
export async function exactlyOneWins<A, B>(first: () => Promise<A>, second: () => Promise<B>) {
  const [a, b] = await Promise.allSettled([first(), second()]);
  const fulfilled = [a, b].filter((r) => r.status === "fulfilled");
  const rejected = [a, b].filter((r): r is PromiseRejectedResult => r.status === "rejected");
  expect(fulfilled, "exactly one of the two calls succeeds").toHaveLength(1);
  const error = rejected[0]!.reason as unknown;
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("CONFLICT");
  return {
    winner: a.status === "fulfilled" ? (0 as const) : (1 as const),
    value: (fulfilled[0] as PromiseFulfilledResult<A | B>).value,
    message: (error as TRPCError).message,
  };
}
