/**
 * The candidate's data rights, as pure rules both the server and the pages
 * read: how long an organisation keeps a closed plan's candidate data, when
 * its admins hear about it, and what an anonymised plan says instead.
 */

/** Months after a plan closes until its candidate's personal data is anonymised (the database checks the same range). */
export const RETENTION_LIMITS = { defaultMonths: 12, minMonths: 1, maxMonths: 120 } as const;

/** How long before a plan's anonymisation its organisation's admins are told. */
export const RETENTION_NOTICE_DAYS = 14;

/** What an anonymised plan calls its candidate, wherever it named them. */
export const FORMER_CANDIDATE = "Former candidate";

/** Why a plan's candidate data was erased: the timeline's value for the event. */
export const erasureReasons = ["account_deleted", "admin_request", "retention"] as const;
export type ErasureReason = (typeof erasureReasons)[number];

/** How the organisation's timeline words each reason. */
export const ERASURE_REASON_LABEL: Record<ErasureReason, string> = {
  account_deleted: "they deleted their account",
  admin_request: "an admin erased it on the candidate's request",
  retention: "the organisation's retention period ended",
};

/**
 * The address an anonymised plan keeps: unique per plan (an invitation, a
 * lock or a search never confuses two anonymised plans) and non-routable,
 * the .invalid top-level domain being reserved never to resolve (RFC 2606).
 */
export const ANONYMISED_EMAIL = { before: "former-candidate-", after: "@anonymised.invalid" } as const;

export function anonymisedEmailFor(planId: string): string {
  return `${ANONYMISED_EMAIL.before}${planId}${ANONYMISED_EMAIL.after}`;
}

/** Calendar months later, on the clock of UTC (31 January + 1 month is the last day of February). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** When a plan closed at `closedAt` is due to be anonymised under a retention of `months`. */
export function anonymisationDueAt(closedAt: Date, months: number): Date {
  return addMonths(closedAt, months);
}
