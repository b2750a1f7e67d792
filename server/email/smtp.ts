import nodemailer from "nodemailer";
import type { MailTransport } from "./worker";

export function smtpTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send({ messageId, calendar, ...message }) {
      // nodemailer would otherwise make up a new Message-ID for every attempt.
      // icalEvent adds the invitation as a text/calendar alternative with its method in the content type,
      // the part calendar apps (Gmail, Outlook, Apple Mail) turn into accept and decline buttons.
      await transporter.sendMail({ from, messageId, ...message, ...(calendar ? { icalEvent: calendar } : {}) });
    },
  };
}
