import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { outboxStatus } from "./enums";

/**
 * A file sent with a message. One with `method` is the message's calendar invitation instead: it goes out
 * as the text/calendar part that carries that method, not as a file. Rows queued before invitations
 * existed have no such entry and send as they always did.
 */
export interface OutboxAttachment {
  filename: string;
  contentType: string;
  content: string;
  method?: "REQUEST" | "CANCEL";
}

/**
 * Every email is written here in the transaction of the change that caused it,
 * then sent by a worker; a mail server outage delays mail but never loses it.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    kind: text("kind").notNull(),
    /** Small files sent with the message, such as the meeting's .ics. */
    attachments: jsonb("attachments").$type<OutboxAttachment[]>().notNull().default([]),
    status: outboxStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("outbox_due_idx").on(t.status, t.nextAttemptAt), index("outbox_created_idx").on(t.createdAt)],
);
export type OutboxMessage = typeof outbox.$inferSelect;
