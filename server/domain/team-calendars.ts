import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planInterviewers, users, type Plan } from "@/db/schema";
import { meetingInvitation } from "@/server/calendar/plan-calendar";
import { enqueueEmail } from "@/server/email/outbox";
import { takeEmailQuota } from "@/server/email/quotas";
import { teamMeetingEmail } from "@/server/email/team-templates";
import { env } from "@/server/env";
import { absoluteUrl } from "@/server/rules/plan-urls";
import { teamPlanPath } from "@/server/rules/team";
import { AppError } from "./errors";

/**
 * Keeps the meeting in the calendar of every interviewer who joined the plan: each gets their own
 * copy of the event the candidate has (the same UID and SEQUENCE, themselves the only attendee, so
 * nobody reads another's address) whenever it is set, moved or called off. Written in the caller's
 * transaction. An interviewer who turned notification emails off gets none, as the candidate does;
 * one past their email quota is skipped: the recruiter's change stands and their page shows it.
 */
export async function updateTeamCalendars(
  tx: Db,
  plan: Plan,
  method: "REQUEST" | "CANCEL",
  change: string,
  /** Only this interviewer (one who just joined); every joined one when absent. */
  interviewerId?: string,
): Promise<void> {
  const team = await tx
    .select({ name: planInterviewers.name, email: users.email })
    .from(planInterviewers)
    .innerJoin(users, eq(users.id, planInterviewers.userId))
    .where(
      and(
        eq(planInterviewers.planId, plan.id),
        isNotNull(planInterviewers.userId),
        eq(users.notificationEmails, true),
        interviewerId ? eq(planInterviewers.id, interviewerId) : undefined,
      ),
    );
  const path = teamPlanPath(plan.id);
  for (const member of team) {
    try {
      await takeEmailQuota(tx, { purpose: "meeting_update", senderId: null, orgId: plan.orgId, to: member.email });
    } catch (error) {
      if (error instanceof AppError && error.code === "TOO_MANY_REQUESTS") continue;
      throw error;
    }
    await enqueueEmail(tx, member.email, {
      ...teamMeetingEmail({
        interviewerName: member.name,
        candidateName: plan.candidateName,
        roleTitle: plan.roleTitle,
        hiringCompany: plan.hiringCompany,
        meeting: plan,
        url: absoluteUrl(env().APP_URL, path),
        method,
        change,
      }),
      calendar: await meetingInvitation(tx, plan, method, { attendee: member, planPath: path }),
    });
  }
}
