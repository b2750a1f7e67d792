import { getErrorShape, TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import { appRouter } from "@/server/api/root";

export type Outcome = "ok" | TRPC_ERROR_CODE_KEY;

/** "ok", or the tRPC error code the call failed with; any other failure is a bug and is rethrown. */
export async function outcomeOf(call: Promise<unknown>): Promise<Outcome> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

export async function rejectionOf(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/**
 * The failure as the browser receives it: shaped by appRouter's error
 * formatter, which is where field messages (fieldErrors) are built.
 */
export async function failureOf(call: Promise<unknown>) {
  const error = await rejectionOf(call);
  const shape = getErrorShape({
    config: appRouter._def._config,
    error,
    type: "unknown",
    path: undefined,
    input: undefined,
    ctx: undefined,
  });
  const fieldErrors = shape.data.fieldErrors as Record<string, string[] | undefined> | undefined;
  return { code: shape.data.code, message: shape.message, fieldErrors };
}
