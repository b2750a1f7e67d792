import nodemailer from "nodemailer";
import type { MailTransport } from "./worker";

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send({ messageId, ...message }) {
      // nodemailer would otherwise make up a new Message-ID for every attempt.
      await transporter.sendMail({ from, messageId, ...message });
    },
  };
}
