import { inArray, sql, type SQL } from "drizzle-orm";
import { outbox } from "@/db/schema";
import type { EmailMessage } from "./templates";

/**
 * Whether an email's links are credentials (they sign in, reset a password,
 * verify an address, join a plan or an organisation). The stored copy of such
 * an email must not keep a working link once it has left (or never will), so
 * the outbox table is never a store of live tokens. Every kind must answer.
 */
const carriesCredentialLinks: Record<EmailMessage["kind"], boolean> = {
  magic_link: true,
  password_reset: true,
  email_verification: true,
  org_invitation: true,
  plan_invitation: true,
  account_exists: false,
  plan_rescheduled: false,
  meeting_details_changed: false,
  plan_cancelled: false,
  plan_link_requested: false,
  plan_update: false,
  meeting_reminder: false,
  step_due_reminder: false,
  retention_notice: false,
  plan_summary: false,
};

export const credentialLinkKinds = Object.entries(carriesCredentialLinks)
  .filter(([, carries]) => carries)
  .map(([kind]) => kind);

export const REMOVED_LINK = "[link removed once the email was sent]";

/** The outbox row's body with every link blanked when its kind carries credentials; other bodies unchanged. */
export function bodyWithoutCredentialLinks(): SQL<string> {
  return sql<string>`case when ${inArray(outbox.kind, credentialLinkKinds)}
    then regexp_replace(${outbox.textBody}, 'https?://[^[:space:]]+', ${REMOVED_LINK}, 'g')
    else ${outbox.textBody} end`;
}
