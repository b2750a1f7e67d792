import { formatDateTimeUtc, formatMeetingOnItsClock } from "@/server/rules/format";
import type { ReminderKind } from "@/server/rules/team";
import type { EmailMessage } from "./templates";

/** The interviewing team's emails: an invitation to take part, and a recruiter's reminder. */
const signature = "\n\n— Second Round";

interface TeamPlan {
  interviewerName: string;
  candidateName: string;
  roleTitle: string;
  hiringCompany: string;
  meeting: { startsAt: Date; endsAt: Date; timeZone: string };
  url: string;
}

export function interviewerInvitationEmail(p: TeamPlan & { orgName: string; expiresAt: Date }): EmailMessage {
  return {
    kind: "plan_invitation",
    subject: `You're interviewing ${p.candidateName} for ${p.roleTitle}`,
    text:
      `Hello ${p.interviewerName},\n\n${p.orgName} has invited you to the second interview with ${p.candidateName} for ${p.roleTitle} ` +
      `at ${p.hiringCompany}, on ${formatMeetingOnItsClock(p.meeting)}.\n\nOpen the plan to read what the first interview established ` +
      `and add what you want to establish:\n\n${p.url}\n\nThe link works once and expires on ${formatDateTimeUtc(p.expiresAt)}.` +
      signature,
  };
}

export function interviewerReminderEmail(p: TeamPlan & { kind: ReminderKind; recruiterName: string }): EmailMessage {
  const ask =
    p.kind === "prepare"
      ? `Please prepare: add your goals for the meeting on ${formatMeetingOnItsClock(p.meeting)}, so the team and ${p.candidateName} know what you want to establish.`
      : `Please add your debrief of the meeting: how your goals went and your note for the team.`;
  return {
    kind: "meeting_reminder",
    subject:
      p.kind === "prepare"
        ? `Prepare for your interview with ${p.candidateName}: add your goals`
        : `Add your debrief of the interview with ${p.candidateName}`,
    text:
      `Hello ${p.interviewerName},\n\n${p.recruiterName} reminds you of the second interview with ${p.candidateName} for ${p.roleTitle} ` +
      `at ${p.hiringCompany}.\n\n${ask}\n\n${p.url}` +
      signature,
  };
}

/** The meeting in an interviewer's calendar: their own copy of the event, with what changed. */
export function teamMeetingEmail(
  p: TeamPlan & { method: "REQUEST" | "CANCEL"; change: string },
): EmailMessage {
  return {
    kind: p.method === "REQUEST" ? "plan_rescheduled" : "plan_cancelled",
    subject:
      p.method === "REQUEST"
        ? `Interview with ${p.candidateName}: ${formatMeetingOnItsClock(p.meeting)}`
        : `No longer on your calendar: the interview with ${p.candidateName}`,
    text:
      `Hello ${p.interviewerName},\n\n${p.change}\n\nThe second interview with ${p.candidateName} for ${p.roleTitle} at ${p.hiringCompany}: ` +
      `${p.url}` +
      signature,
  };
}
