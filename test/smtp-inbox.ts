import type { AddressInfo } from "node:net";
import { simpleParser, type StructuredHeader } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedEmail {
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  /** Every part other than the text, as mailparser finds it: files and calendar parts alike. */
  parts: { contentType: string; method: string | null; filename: string | null; content: string }[];
}

export interface SmtpInbox {
  url: string;
  received: ReceivedEmail[];
  /** Called once a message is accepted, just before the client hears "250 OK": where a test injects its fault. */
  onAccepted: (email: ReceivedEmail) => void;
  close: () => Promise<void>;
}

/**
 * A real SMTP server on a free loopback port, as e2e/mail-catcher.ts runs for the app: the worker under
 * test talks to it through nodemailer exactly as it would to a mail provider.
 */
export async function startSmtpInbox(): Promise<SmtpInbox> {
  const inbox: SmtpInbox = { url: "", received: [], onAccepted: () => {}, close: async () => {} };
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        const email: ReceivedEmail = {
          messageId: parsed.messageId ?? "",
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          subject: parsed.subject ?? "",
          text: parsed.text ?? "",
          parts: parsed.attachments.map((a) => ({
            contentType: a.contentType,
            method: (a.headers.get("content-type") as StructuredHeader | undefined)?.params.method ?? null,
            filename: a.filename ?? null,
            content: a.content.toString("utf8"),
          })),
        };
        inbox.received.push(email);
        inbox.onAccepted(email);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  inbox.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  inbox.close = () => new Promise((resolve) => server.close(() => resolve()));
  return inbox;
}
