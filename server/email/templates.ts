/** Plain-text emails: readable in every client and in the development outbox. */
export interface EmailMessage {
  kind: "magic_link" | "password_reset" | "org_invitation";
  subject: string;
  text: string;
}

const signature = "\n\n— Second Round";

export function magicLinkEmail(p: { name: string; url: string; minutes: number }): EmailMessage {
  return {
    kind: "magic_link",
    subject: "Your sign-in link for Second Round",
    text:
      `Hello ${p.name},\n\nUse this link to sign in to Second Round:\n\n${p.url}\n\n` +
      `It works once and expires in ${p.minutes} minutes. If you did not ask for it, you can ignore this email.` +
      signature,
  };
}

export function passwordResetEmail(p: { name: string; url: string; minutes: number }): EmailMessage {
  return {
    kind: "password_reset",
    subject: "Reset your Second Round password",
    text:
      `Hello ${p.name},\n\nSomeone (hopefully you) asked to reset your Second Round password. Choose a new one here:\n\n${p.url}\n\n` +
      `The link works once and expires in ${p.minutes} minutes. If you did not ask for it, your password is unchanged and you can ignore this email.` +
      signature,
  };
}

export function orgInvitationEmail(p: {
  inviterName: string;
  orgName: string;
  role: string;
  url: string;
  expiresAt: Date;
}): EmailMessage {
  return {
    kind: "org_invitation",
    subject: `${p.inviterName} invited you to ${p.orgName} on Second Round`,
    text:
      `${p.inviterName} invited you to join ${p.orgName} on Second Round as ${p.role === "admin" ? "an admin" : "a recruiter"}.\n\n` +
      `Accept the invitation here:\n\n${p.url}\n\n` +
      `The link works once and expires on ${p.expiresAt.toUTCString()}.` +
      signature,
  };
}
