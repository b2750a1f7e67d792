import type { MembershipRole } from "@/server/rules/enums";
import { formatDateTimeUtc, formatDueOn, formatMeetingOnItsClock } from "@/server/rules/format";
import { ROLE_WITH_ARTICLE } from "@/server/rules/labels";

/** Plain-text emails: readable in every client and in the development outbox. */
export interface EmailMessage {
  kind:
    | "magic_link"
    | "password_reset"
    | "email_verification"
    | "account_exists"
    | "org_invitation"
    | "plan_invitation"
    | "plan_rescheduled"
    | "meeting_details_changed"
    | "plan_cancelled"
    | "plan_link_requested"
    | "plan_update"
    | "meeting_reminder"
    | "step_due_reminder"
    | "retention_notice"
    | "plan_summary";
  subject: string;
  text: string;
  attachments?: { filename: string; contentType: string; content: string }[];
  /** A meeting invitation or cancellation, sent as the message's text/calendar part for calendar apps to act on. */
  calendar?: EmailCalendar;
}

/** An iTIP message (RFC 5546): its method goes into the MIME part's content type as well as the file. */
export interface EmailCalendar {
  method: "REQUEST" | "CANCEL";
  filename: string;
  content: string;
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

/** Sent at sign-up; the link's page shows what is being confirmed, so the owner of the address can refuse a stranger's registration. */
export function emailVerificationEmail(p: { name: string; email: string; orgName: string | null; url: string; hours: number }): EmailMessage {
  const what = p.orgName ? ` with the organisation "${p.orgName}"` : "";
  return {
    kind: "email_verification",
    subject: "Confirm your email address for Second Round",
    text:
      `Hello ${p.name},\n\nSomeone (hopefully you) created a Second Round account for ${p.email}${what}. ` +
      `Confirm that it's yours here:\n\n${p.url}\n\n` +
      `The link works once and expires in ${p.hours} hours. If it wasn't you, open the link and choose "This wasn't me", ` +
      `or ignore this email: the account cannot be used until the address is confirmed.` +
      signature,
  };
}

/** Sent instead of a second account, so the sign-up form never tells who is registered. */
export function accountExistsEmail(p: { name: string; signInUrl: string; resetUrl: string }): EmailMessage {
  return {
    kind: "account_exists",
    subject: "You already have a Second Round account",
    text:
      `Hello ${p.name},\n\nSomeone (hopefully you) tried to create a new Second Round account with this email address, ` +
      `but you already have one. Sign in here:\n\n${p.signInUrl}\n\nForgot your password? Choose a new one: ${p.resetUrl}\n\n` +
      `If it wasn't you, you can ignore this email: nothing has changed.` +
      signature,
  };
}

export function orgInvitationEmail(p: {
  inviterName: string;
  orgName: string;
  role: MembershipRole;
  url: string;
  expiresAt: Date;
}): EmailMessage {
  return {
    kind: "org_invitation",
    subject: `${p.inviterName} invited you to ${p.orgName} on Second Round`,
    text:
      `${p.inviterName} invited you to join ${p.orgName} on Second Round as ${ROLE_WITH_ARTICLE[p.role]}.\n\n` +
      `Accept the invitation here:\n\n${p.url}\n\n` +
      `The link works once and expires on ${formatDateTimeUtc(p.expiresAt)}.` +
      signature,
  };
}

/** When the meeting is: written on its own clock (formatMeetingOnItsClock). */
export interface MeetingWhen {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

export function planInvitationEmail(p: {
  candidateName: string;
  orgName: string;
  roleTitle: string;
  hiringCompany: string;
  meeting: MeetingWhen;
  url: string;
  expiresAt: Date;
}): EmailMessage {
  return {
    kind: "plan_invitation",
    subject: `Your second interview for ${p.roleTitle} at ${p.hiringCompany}`,
    text:
      `Hello ${p.candidateName},\n\n${p.orgName} has set up your second interview for ${p.roleTitle} at ${p.hiringCompany}, ` +
      `on ${formatMeetingOnItsClock(p.meeting)}.\n\nOpen your plan to see who you are meeting, what the first interview established, ` +
      `and to prepare your own goals:\n\n${p.url}\n\nThe link signs you in, works once and expires on ${formatDateTimeUtc(p.expiresAt)}.` +
      signature,
  };
}

/** The lines of placeChanges (server/rules/meeting-place.ts) as a list. */
const changeList = (changes: string[]) => changes.map((line) => `- ${line}`).join("\n");

export function planRescheduledEmail(p: {
  candidateName: string;
  roleTitle: string;
  hiringCompany: string;
  meeting: MeetingWhen;
  url: string;
  /** Where and how to join changed in the same save: one email says both. */
  placeChanges?: string[];
}): EmailMessage {
  const place = p.placeChanges?.length ? `\n\nHow to join has changed too:\n\n${changeList(p.placeChanges)}` : "";
  return {
    kind: "plan_rescheduled",
    subject: `New time for your second interview: ${p.roleTitle} at ${p.hiringCompany}`,
    text:
      `Hello ${p.candidateName},\n\nYour second interview for ${p.roleTitle} at ${p.hiringCompany} has moved to ` +
      `${formatMeetingOnItsClock(p.meeting)}.${place}\n\nThe plan and its calendar file are up to date:\n\n${p.url}` +
      signature,
  };
}

/** The meeting's time stands; its format, place or joining notes changed. `meeting: null` while the candidate is to pick the time. */
export function meetingDetailsChangedEmail(p: {
  candidateName: string;
  roleTitle: string;
  hiringCompany: string;
  meeting: MeetingWhen | null;
  changes: string[];
  url: string;
}): EmailMessage {
  const when = p.meeting ? `, on ${formatMeetingOnItsClock(p.meeting)},` : "";
  const after = p.meeting
    ? "The plan and its calendar file are up to date"
    : "Whichever time you pick, the plan and your calendar invitation will have these details";
  return {
    kind: "meeting_details_changed",
    subject: `Meeting details changed for your second interview: ${p.roleTitle} at ${p.hiringCompany}`,
    text:
      `Hello ${p.candidateName},\n\nHow to join your second interview for ${p.roleTitle} at ${p.hiringCompany}${when} has changed:\n\n` +
      `${changeList(p.changes)}\n\n${after}:\n\n${p.url}` +
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

export function newInterviewerLinkRequestEmail(p: {
  interviewerName: string;
  interviewerEmail: string;
  roleTitle: string;
  candidateName: string;
  url: string;
}): EmailMessage {
  return {
    kind: "plan_link_requested",
    subject: `${p.interviewerName} asked for a new link to interview ${p.candidateName}`,
    text:
      `${p.interviewerName} (${p.interviewerEmail}) followed an expired or used interviewer's link to the plan for ${p.roleTitle} ` +
      `with ${p.candidateName} and asked for a new one. Open the plan and invite them again:\n\n${p.url}` +
      signature,
  };
}

/** Non-essential: what the other side did on a plan (a step proposed, confirmed, edited; steps agreed; plan closed). */
export function planUpdateEmail(p: { recipientName: string; subject: string; message: string; url: string }): EmailMessage {
  return {
    kind: "plan_update",
    subject: p.subject,
    text: `Hello ${p.recipientName},\n\n${p.message}\n\nOpen the plan:\n\n${p.url}` + unsubscribeLine + signature,
  };
}

export interface DigestPlan {
  roleTitle: string;
  hiringCompany: string;
  url: string;
  /** The recipient's notifications about this plan, oldest first. */
  messages: string[];
}

/** The batched form of planUpdateEmail: everything that happened on the recipient's plans since the last one. */
export function notificationDigestEmail(p: { recipientName: string; plans: DigestPlan[] }): EmailMessage {
  const count = p.plans.reduce((n, plan) => n + plan.messages.length, 0);
  const [only] = p.plans;
  const subject =
    p.plans.length === 1 && only
      ? `${count === 1 ? "Update" : `${count} updates`} on ${only.roleTitle} at ${only.hiringCompany}`
      : `${count} updates on your interview plans`;
  const sections = p.plans.map(
    (plan) => `${plan.roleTitle} at ${plan.hiringCompany}\n${plan.messages.map((m) => `- ${m}`).join("\n")}\nOpen the plan: ${plan.url}`,
  );
  return {
    kind: "plan_update",
    subject,
    text: `Hello ${p.recipientName},\n\n${sections.join("\n\n")}` + unsubscribeLine + signature,
  };
}

export function meetingReminderEmail(p: {
  candidateName: string;
  roleTitle: string;
  hiringCompany: string;
  meeting: MeetingWhen;
  url: string;
  calendarUrl: string;
}): EmailMessage {
  return {
    kind: "meeting_reminder",
    subject: `Tomorrow: your second interview for ${p.roleTitle} at ${p.hiringCompany}`,
    text:
      `Hello ${p.candidateName},\n\nA reminder that your second interview for ${p.roleTitle} at ${p.hiringCompany} is on ` +
      `${formatMeetingOnItsClock(p.meeting)}.\n\nYour plan, with the people you're meeting and your preparation:\n\n${p.url}\n\n` +
      `Add it to your calendar: ${p.calendarUrl}` +
      unsubscribeLine +
      signature,
  };
}

export function stepDueReminderEmail(p: { recipientName: string; description: string; dueOn: string; url: string }): EmailMessage {
  return {
    kind: "step_due_reminder",
    subject: `Due tomorrow: ${p.description}`,
    text:
      `Hello ${p.recipientName},\n\nThe agreed next step "${p.description}" is due on ${formatDueOn(p.dueOn)}.\n\n${p.url}` +
      unsubscribeLine +
      signature,
  };
}

/**
 * The next steps are agreed by both sides: a link to the reader's own summary. Only the link travels: it
 * asks the reader to sign in, so nothing written on the plan (goals, notes, steps) is in the email.
 */
export function planSummaryEmail(p: { recipientName: string; roleTitle: string; hiringCompany: string; url: string }): EmailMessage {
  return {
    kind: "plan_summary",
    subject: `Next steps agreed: your summary of ${p.roleTitle} at ${p.hiringCompany}`,
    text:
      `Hello ${p.recipientName},\n\nBoth sides have agreed the next steps for ${p.roleTitle} at ${p.hiringCompany}. ` +
      `Your summary of the plan (the meeting, the people, the goals and the agreed steps, as you see them) is ready as a PDF:\n\n${p.url}\n\n` +
      `The link asks you to sign in first.` +
      unsubscribeLine +
      signature,
  };
}

const unsubscribeLine = "\n\nYou can turn off these emails in your account settings.";
