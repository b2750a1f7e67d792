/**
 * A real SMTP server for the end-to-end run: the app under test sends its emails
 * here through its outbox worker and nodemailer, exactly as it would to a mail
 * provider, and specs read what arrived from a loopback HTTP endpoint.
 * Playwright starts it (playwright.config.ts `webServer`) before the app.
 */
import { createServer } from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { mailCatcherHttpPort, mailCatcherSmtpPort, type CaughtEmail, type MailCatcherInbox } from "./mail-ports";

const inbox: MailCatcherInbox = { messages: [] };

const smtp = new SMTPServer({
  // Plain SMTP on loopback, as a local relay would accept it: no TLS upgrade, no login.
  disabledCommands: ["STARTTLS", "AUTH"],
  authOptional: true,
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream).then((parsed) => {
      const message: CaughtEmail = {
        to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
        subject: parsed.subject ?? "",
        text: parsed.text ?? "",
        attachments: parsed.attachments.map((a) => ({
          filename: a.filename ?? "",
          contentType: a.contentType,
          content: a.content.toString("utf8"),
        })),
        receivedAt: Date.now(),
      };
      inbox.messages.push(message);
      callback();
    }, callback);
  },
});

const http = createServer((request, response) => {
  if (request.url === "/health") return response.writeHead(200).end("ok");
  if (request.url === "/messages" && request.method === "GET") {
    response.writeHead(200, { "content-type": "application/json" });
    return response.end(JSON.stringify(inbox));
  }
  response.writeHead(404).end();
});

// /health answers only once both listen: Playwright starts the app after it does.
smtp.listen(mailCatcherSmtpPort, "127.0.0.1", () => {
  http.listen(mailCatcherHttpPort, "127.0.0.1", () => {
    console.log(`mail catcher: SMTP on 127.0.0.1:${mailCatcherSmtpPort}, messages at http://127.0.0.1:${mailCatcherHttpPort}/messages`);
  });
});

function stop() {
  smtp.close(() => http.close(() => process.exit(0)));
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
