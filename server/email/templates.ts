/** Plain-text emails: readable in every client and in the development outbox. */
export interface EmailMessage {
  kind:
    | "magic_link"
    | "password_reset"
    | "org_invitation"
    | "plan_invitation"
    | "plan_rescheduled"
    | "plan_cancelled"
    | "plan_link_requested";
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

function meetingLine(p: { startsAtText: string; timeZone: string }) {
  return `${p.startsAtText} (${p.timeZone})`;
}

export function planInvitationEmail(p: {
  candidateName: string;
  orgName: string;
  roleTitle: string;
  hiringCompany: string;
  startsAtText: string;
  timeZone: string;
  url: string;
  expiresAt: Date;
}): EmailMessage {
  return {
    kind: "plan_invitation",
    subject: `Your second interview for ${p.roleTitle} at ${p.hiringCompany}`,
    text:
      `Hello ${p.candidateName},\n\n${p.orgName} has set up your second interview for ${p.roleTitle} at ${p.hiringCompany}, ` +
      `on ${meetingLine(p)}.\n\nOpen your plan to see who you are meeting, what the first interview established, ` +
      `and to prepare your own goals:\n\n${p.url}\n\nThe link signs you in, works once and expires on ${p.expiresAt.toUTCString()}.` +
      signature,
  };
}

export function planRescheduledEmail(p: {
  candidateName: string;
  roleTitle: string;
  hiringCompany: string;
  startsAtText: string;
  timeZone: string;
  url: string;
}): EmailMessage {
  return {
    kind: "plan_rescheduled",
    subject: `New time for your second interview: ${p.roleTitle} at ${p.hiringCompany}`,
    text:
      `Hello ${p.candidateName},\n\nYour second interview for ${p.roleTitle} at ${p.hiringCompany} has moved to ` +
      `${meetingLine(p)}.\n\nThe plan and its calendar file are up to date:\n\n${p.url}` +
      signature,
  };
}

export function planCancelledEmail(p: { candidateName: string; roleTitle: string; hiringCompany: string }): EmailMessage {
  return {
    kind: "plan_cancelled",
    subject: `Cancelled: your second interview for ${p.roleTitle} at ${p.hiringCompany}`,
    text:
      `Hello ${p.candidateName},\n\nYour second interview for ${p.roleTitle} at ${p.hiringCompany} has been cancelled. ` +
      `Your recruiter will be in touch about what happens next.` +
      signature,
  };
}

export function newPlanLinkRequestEmail(p: { candidateName: string; candidateEmail: string; roleTitle: string; url: string }): EmailMessage {
  return {
    kind: "plan_link_requested",
    subject: `${p.candidateName} asked for a new link to their plan`,
    text:
      `${p.candidateName} (${p.candidateEmail}) followed an expired or used link to the plan for ${p.roleTitle} ` +
      `and asked for a new one. Open the plan and use "Resend invitation":\n\n${p.url}` +
      signature,
  };
}
