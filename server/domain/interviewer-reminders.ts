import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planInterviewers, users } from "@/db/schema";
import { enqueueEmail } from "@/server/email/outbox";
import { takeEmailQuota } from "@/server/email/quotas";
import { interviewerReminderEmail } from "@/server/email/team-templates";
import { env } from "@/server/env";
import { absoluteUrl } from "@/server/rules/plan-urls";
import { reminderKind, reminderPossibleAt, reminderRefusal, teamPlanPath } from "@/server/rules/team";
import { AppError } from "./errors";
import { lockInterviewer, memberFacts } from "./interviewer-invitations";
import { assertPlanWritable } from "./plan-writable";

/**
 * A recruiter's nudge to one interviewer: before the meeting to add their
 * goals, after it to add their debrief. Spaced (server/rules/team.ts) and
 * counted against the email quotas; a refusal writes nothing.
 */
export async function remindInterviewer(db: Db, input: { orgId: string; planId: string; interviewerId: string; senderId: string }) {
  return db.transaction(async (tx) => {
    const now = new Date();
    const plan = await assertPlanWritable(tx, input.planId, ["details"], { orgId: input.orgId });
    const interviewer = await lockInterviewer(tx, plan.id, input.interviewerId);
    const refusal = reminderRefusal(plan, await memberFacts(tx, interviewer, now), now);
    if (refusal) throw new AppError("PRECONDITION_FAILED", refusal);
    // A joined interviewer is reached at their account's address; an invited one where the link went.
    const [account] = interviewer.userId
      ? await tx.select({ email: users.email }).from(users).where(eq(users.id, interviewer.userId))
      : [];
    const to = account?.email ?? interviewer.email;
    if (!to) throw new AppError("PRECONDITION_FAILED", "Invite this interviewer first: there is no address to remind.");
    await takeEmailQuota(tx, { purpose: "meeting_update", senderId: input.senderId, orgId: plan.orgId, to });
    await tx.update(planInterviewers).set({ remindedAt: now }).where(eq(planInterviewers.id, interviewer.id));
    const [sender] = await tx.select({ name: users.name }).from(users).where(eq(users.id, input.senderId));
    await enqueueEmail(
      tx,
      to,
      interviewerReminderEmail({
        kind: reminderKind(plan, now),
        recruiterName: sender?.name || "Your recruiter",
        interviewerName: interviewer.name,
        candidateName: plan.candidateName,
        roleTitle: plan.roleTitle,
        hiringCompany: plan.hiringCompany,
        meeting: plan,
        url: absoluteUrl(env().APP_URL, teamPlanPath(plan.id)),
      }),
    );
    return { remindedAt: now, nextReminderAt: reminderPossibleAt(now) };
  });
}
