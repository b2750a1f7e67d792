import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, nextSteps, organisations, planInterviewers, plans, users, type NextStep, type Plan } from "@/db/schema";
import { planMeetingFile } from "@/server/calendar/plan-calendar";
import { enqueueEmail } from "@/server/email/outbox";
import { meetingReminderEmail, stepDueReminderEmail } from "@/server/email/templates";
import { env } from "@/server/env";
import { zonedLocalToUtc } from "@/server/rules/time-zones";
import { scheduleJob, type JobHandler } from "./queue";
import { absoluteUrl, interviewPath, meetingCalendarPath, planPathFor } from "@/server/rules/plan-urls";
import { sideOwning } from "@/server/rules/step-rules";
import { isTimeToBePicked } from "@/server/rules/scheduling";

const DAY = 86_400_000;

/**
 * Reminders are scheduled for a specific state (the meeting at this time, the
 * step due on this day) and checked again when due: a rescheduled meeting
 * gets a new reminder and the old one finds nothing to do.
 */
export async function scheduleMeetingReminder(tx: Db, plan: Pick<Plan, "id" | "startsAt">) {
  await scheduleJob(tx, {
    kind: "meeting_reminder",
    dedupeKey: `meeting_reminder:${plan.id}:${plan.startsAt.toISOString()}`,
    runAt: new Date(Math.max(Date.now(), plan.startsAt.getTime() - DAY)),
    payload: { planId: plan.id, startsAt: plan.startsAt.toISOString() },
  });
}

/** The day before a step is due, at 9:00 on the meeting's clock. */
export async function scheduleStepDueReminder(tx: Db, plan: Pick<Plan, "timeZone">, step: Pick<NextStep, "id" | "dueOn">) {
  if (!step.dueOn) return;
  const dayBefore = new Date(Date.parse(`${step.dueOn}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
  await scheduleJob(tx, {
    kind: "step_due_reminder",
    dedupeKey: `step_due_reminder:${step.id}:${step.dueOn}`,
    runAt: zonedLocalToUtc(`${dayBefore}T09:00`, plan.timeZone),
    payload: { stepId: step.id, dueOn: step.dueOn },
  });
}

const meetingReminder: JobHandler = async (db, payload, now) => {
  const [row] = await db
    .select({ plan: plans, orgName: organisations.name })
    .from(plans)
    .innerJoin(organisations, eq(organisations.id, plans.orgId))
    .where(eq(plans.id, payload.planId!));
  if (!row) return "skipped";
  const { plan } = row;
  const stillApplies =
    plan.startsAt.toISOString() === payload.startsAt &&
    plan.startsAt > now &&
    // An offer of slots has no meeting time to remind of; the pick schedules its own reminder.
    !isTimeToBePicked(plan) &&
    (plan.stage === "shared" || plan.stage === "preparing");
  if (!stillApplies) return "skipped";
  if (plan.candidateUserId) {
    const [candidate] = await db.select().from(users).where(eq(users.id, plan.candidateUserId));
    if (candidate && !candidate.notificationEmails) return "skipped";
  }
  const interviewers = await db.select().from(planInterviewers).where(eq(planInterviewers.planId, plan.id));
  const url = absoluteUrl(env().APP_URL, interviewPath(plan.id));
  const file = await planMeetingFile(db, plan, interviewers, "candidate");
  await enqueueEmail(db, plan.candidateEmail, {
    ...meetingReminderEmail({
      candidateName: plan.candidateName,
      roleTitle: plan.roleTitle,
      hiringCompany: plan.hiringCompany,
      meeting: plan,
      url,
      calendarUrl: absoluteUrl(env().APP_URL, meetingCalendarPath("candidate", plan.id)),
    }),
    attachments: [{ filename: file.filename, contentType: "text/calendar; charset=utf-8", content: file.ics }],
  });
  return "done";
};

const stepDueReminder: JobHandler = async (db, payload) => {
  const [row] = await db
    .select({ step: nextSteps, plan: plans })
    .from(nextSteps)
    .innerJoin(plans, eq(plans.id, nextSteps.planId))
    .where(eq(nextSteps.id, payload.stepId!));
  if (!row || row.step.status !== "open" || row.step.dueOn !== payload.dueOn || row.plan.stage === "closed") return "skipped";
  const { step, plan } = row;
  const recipients =
    step.owner === "candidate"
      ? plan.candidateUserId
        ? await db.select().from(users).where(eq(users.id, plan.candidateUserId))
        : []
      : plan.createdById
        ? await db
            .select({ id: users.id, name: users.name, email: users.email, notificationEmails: users.notificationEmails })
            .from(users)
            .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, plan.orgId)))
            .where(eq(users.id, plan.createdById))
        : [];
  let sent = false;
  for (const person of recipients.filter((p) => p.notificationEmails)) {
    await enqueueEmail(
      db,
      person.email,
      stepDueReminderEmail({
        recipientName: person.name,
        description: step.description,
        dueOn: step.dueOn!,
        url: absoluteUrl(env().APP_URL, planPathFor(sideOwning(step.owner), plan.id)),
      }),
    );
    sent = true;
  }
  return sent ? "done" : "skipped";
};

export const reminderHandlers = { meeting_reminder: meetingReminder, step_due_reminder: stepDueReminder };
