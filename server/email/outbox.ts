import type { Db } from "@/db/client";
import { outbox } from "@/db/schema";
import type { EmailMessage } from "./templates";

/**
 * Queue an email. Pass the transaction of the change that causes it: if that
 * change rolls back, the email is never sent.
 */
export async function enqueueEmail(tx: Db, to: string, message: EmailMessage): Promise<void> {
  await tx.insert(outbox).values({
    toAddress: to,
    subject: message.subject,
    textBody: message.text,
    kind: message.kind,
    attachments: [
      ...(message.attachments ?? []),
      ...(message.calendar
        ? [{ ...message.calendar, contentType: `text/calendar; charset=utf-8; method=${message.calendar.method}` }]
        : []),
    ],
  });
}
