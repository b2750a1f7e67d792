import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { outbox } from "@/db/schema";
import type { EmailMessage } from "@/server/email/templates";

/** Emails of one kind written to the outbox for an address, newest first. */
export async function emailsTo(db: Db, to: string, kind?: EmailMessage["kind"]) {
  return db
    .select()
    .from(outbox)
    .where(kind ? and(eq(outbox.toAddress, to), eq(outbox.kind, kind)) : eq(outbox.toAddress, to))
    .orderBy(desc(outbox.createdAt));
}

/** The token of the link in an email, as the person clicking it would send it (?token=… or the last path segment). */
export function linkToken(textBody: string): string {
  const link = textBody.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no link in email:\n${textBody}`);
  const url = new URL(link);
  return url.searchParams.get("token") ?? decodeURIComponent(url.pathname.split("/").pop() ?? "");
}

/** The token from the only email of this kind sent to the address; fails if there is none or several. */
export async function tokenEmailedTo(db: Db, to: string, kind: EmailMessage["kind"]): Promise<string> {
  const emails = await emailsTo(db, to, kind);
  if (emails.length !== 1) throw new Error(`expected one ${kind} email to ${to}, found ${emails.length}`);
  return linkToken(emails[0]!.textBody);
}
