/**
 * Where the test run's mail catcher listens: next to the app's port, so two runs
 * on one machine (different E2E_PORTs) never share an inbox.
 */
const appPort = Number(process.env.E2E_PORT ?? 3200);

export const mailCatcherSmtpPort = appPort + 1;
export const mailCatcherHttpPort = appPort + 2;
export const mailCatcherUrl = `http://127.0.0.1:${mailCatcherHttpPort}`;

/** One message as the catcher received it over SMTP and parsed it. */
export interface CaughtEmail {
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[];
  /** Milliseconds since the epoch, on this machine's clock. */
  receivedAt: number;
}

export interface MailCatcherInbox {
  messages: CaughtEmail[];
}
