/** The parts of a tRPC client error a form cares about (see errorFormatter in server/api/trpc.ts). */
export interface FailureLike {
  message: string;
  data?: { fieldErrors?: Record<string, string[] | undefined> } | null;
}

export interface FormErrors {
  fields: Record<string, string | undefined>;
  form?: string;
}

/**
 * Puts each field's first message next to that field. Messages for fields the
 * form does not show (an expired token, say) go to the form-level alert, and
 * so does the overall message when no field is to blame.
 */
export function formErrors(failure: FailureLike | null | undefined, shownFields: readonly string[]): FormErrors {
  if (!failure) return { fields: {} };
  const byField = failure.data?.fieldErrors ?? {};
  const fields: Record<string, string | undefined> = {};
  const elsewhere: string[] = [];
  for (const [name, messages] of Object.entries(byField)) {
    if (!messages?.length) continue;
    if (shownFields.includes(name)) fields[name] = messages[0];
    else elsewhere.push(...messages);
  }
  const anyShown = Object.keys(fields).length > 0;
  return { fields, form: elsewhere.length ? elsewhere.join(" ") : anyShown ? undefined : failure.message };
}

/** The tRPC code of a failure, e.g. "CONFLICT" when someone else changed the record meanwhile. */
export function errorCode(error: unknown): string | undefined {
  const data = (error as { data?: { code?: unknown } } | null)?.data;
  return typeof data?.code === "string" ? data.code : undefined;
}
