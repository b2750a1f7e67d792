import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { outbox } from "@/db/schema";
import { uniqueEmail } from "@/db/seed/factories";
import { meetingUid } from "@/server/calendar/meeting-ics";
import { smtpTransport } from "@/server/email/smtp";
import { runOutboxOnce } from "@/server/email/worker";
import { parseCalendar } from "./calendar";
import { testDb } from "./db";
import { emailsTo } from "./emails";
import { newOrg, planInput, sharedPlan } from "./plan-api";
import { startSmtpInbox, type SmtpInbox } from "./smtp-inbox";

/**
 * The invitation from the outbox to a real SMTP server (smtp-server) through the worker and nodemailer,
 * read back with mailparser as a mail client receives it. runOutboxOnce sends whatever is due at `now`,
 * so each test moves its own rows into an era no other test file uses (test/outbox-delivery.test.ts
 * starts at 1890 and goes back a month per test; these start at 1860) and runs there.
 */
let nextEpoch = Date.UTC(1860, 0, 1);
function pastEpoch(): Date {
  nextEpoch -= 30 * 24 * 3_600_000;
  return new Date(nextEpoch);
}

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
  await testDb();
});
afterAll(() => inbox.close());

/** Sends the given outbox rows, and only them, through SMTP; returns what the inbox got for `to`. */
async function deliver(db: Db, ids: string[], to: string) {
  const now = pastEpoch();
  for (const id of ids) await db.update(outbox).set({ nextAttemptAt: now }).where(eq(outbox.id, id));
  const result = await runOutboxOnce(db, smtpTransport(inbox.url, "Second Round <no-reply@invitations.test>"), { now });
  expect(result).toMatchObject({ sent: ids.length, failed: 0 });
  return inbox.received.filter((m) => m.to.includes(to));
}

describe("a meeting invitation through SMTP", () => {
  it("arrives as a text/calendar part with method=REQUEST, then CANCEL, that calendar apps act on", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, input } = await sharedPlan(db, admin, planInput({ startsAtLocal: "2027-03-28T10:00", timeZone: "Europe/London" }));
    const to = input.meeting.candidateEmail;
    const [queued] = await emailsTo(db, to, "plan_invitation");

    const [delivered, ...more] = await deliver(db, [queued!.id], to);
    expect(more).toEqual([]);
    expect(delivered!.subject).toBe(queued!.subject);
    expect(delivered!.text).toContain("Open your plan");
    const request = delivered!.parts.filter((p) => p.contentType === "text/calendar");
    expect(request).toHaveLength(1);
    expect(request[0]!.method).toBe("REQUEST");
    const invitation = parseCalendar(request[0]!.content);
    expect(invitation).toMatchObject({ method: "REQUEST", uid: meetingUid(planId), startsAt: "2027-03-28T09:00:00.000Z" });
    expect(invitation.attendees.map((a) => a.address)).toEqual([to]);
    expect(invitation.organizer?.address).toBe(admin.user.email);

    await admin.caller.plan.cancel({ planId, expectedVersion: (await admin.caller.plan.get({ planId })).version });
    const [cancelledEmail] = await emailsTo(db, to, "plan_cancelled");
    const received = await deliver(db, [cancelledEmail!.id], to);
    const cancel = received.at(-1)!.parts.filter((p) => p.contentType === "text/calendar");
    expect(cancel.map((p) => p.method)).toEqual(["CANCEL"]);
    const cancellation = parseCalendar(cancel[0]!.content);
    expect(cancellation).toMatchObject({ method: "CANCEL", uid: invitation.uid, status: "CANCELLED" });
    expect(cancellation.sequence).toBeGreaterThan(invitation.sequence);
  });

  it("still sends a row queued before invitations existed: its file attached, no invitation part", async () => {
    const db = await testDb();
    const to = uniqueEmail("queued-before");
    const file = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Second Round//EN\r\nEND:VCALENDAR\r\n";
    const [row] = await db
      .insert(outbox)
      .values({
        toAddress: to,
        subject: "Tomorrow: your second interview",
        textBody: "A reminder.",
        kind: "meeting_reminder",
        attachments: [{ filename: "second-interview.ics", contentType: "text/calendar; charset=utf-8", content: file }],
      })
      .returning({ id: outbox.id });

    const [delivered] = await deliver(db, [row!.id], to);
    expect(delivered!.text).toContain("A reminder.");
    expect(delivered!.parts).toEqual([{ contentType: "text/calendar", method: null, filename: "second-interview.ics", content: file }]);
  });
});
