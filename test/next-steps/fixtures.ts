import { and, eq, sql } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/db/client";
import { jobs, type StepOwner } from "@/db/schema";
import { runDueJobs } from "@/server/jobs/queue";
import { notificationDigestHandlers } from "@/server/jobs/notification-digest";
import { reminderHandlers } from "@/server/jobs/reminders";
import { env } from "@/server/env";
import { testDb } from "../db";
import { emailsTo } from "../emails";
import { joinedPlan, newOrg, type PlanContentInput } from "../plan-api";
import { holdMeeting } from "../plan-fixtures";
import type { Caller } from "../users";

/**
 * A joined plan whose meeting has just ended (stage "debrief"), driven
 * through the router: `admin` created and shared it, `candidate` accepted.
 */
export async function debriefSetUp(input?: PlanContentInput) {
  const db = await testDb();
  const { org, admin } = await newOrg(db);
  const joined = await joinedPlan(db, admin, input);
  await holdMeeting(db, joined.planId);
  return { db, org, admin, ...joined };
}
export type DebriefSetUp = Awaited<ReturnType<typeof debriefSetUp>>;

/** A calendar date (UTC) some days from today, as a date input sends it. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** One step as either side's list shows it. */
export async function stepOf(caller: Caller, planId: string, stepId: string) {
  const step = (await caller.nextStep.list({ planId })).steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`step ${stepId} is not in the list`);
  return step;
}

/** Proposed by the organisation and confirmed by the candidate: agreed by both. */
export async function agreedStep(
  s: Pick<DebriefSetUp, "admin" | "candidate" | "planId">,
  fields: { description?: string; owner?: StepOwner; dueOn?: string | null } = {},
) {
  const { id } = await s.admin.caller.nextStep.propose({
    planId: s.planId,
    description: fields.description ?? "Reference check with the last employer",
    owner: fields.owner ?? "recruiter",
    dueOn: fields.dueOn ?? null,
  });
  await s.candidate.caller.nextStep.confirm({ planId: s.planId, stepId: id, expectedVersion: 1 });
  return id;
}

/** The plan's stage and "agreed since" as the recruiter's and the candidate's pages read them. */
export async function agreementSeenByBoth(s: Pick<DebriefSetUp, "admin" | "candidate" | "planId">) {
  const [recruiterView, candidateView] = await Promise.all([
    s.admin.caller.plan.get({ planId: s.planId }),
    s.candidate.caller.interview.get({ planId: s.planId }),
  ]);
  expect(candidateView.stage).toBe(recruiterView.stage);
  expect(candidateView.stepsAgreedAt).toEqual(recruiterView.stepsAgreedAt);
  return { stage: recruiterView.stage, stepsAgreedAt: recruiterView.stepsAgreedAt };
}

/** Timeline entries of one type, as this side reads them. */
export async function entriesOf(caller: Caller, planId: string, type: string) {
  return (await caller.timeline.list({ planId, limit: 100 })).filter((e) => e.type === type);
}

/** Notifications of one type about this plan, as the user's bell lists them. */
export async function notificationsAbout(caller: Caller, planId: string, type?: string) {
  const { items } = await caller.notification.list({ limit: 100 });
  return items.filter((n) => n.planId === planId && (!type || n.type === type));
}

/**
 * Runs every job due once the current digest window has ended, as a worker
 * would then: the batched notification emails go out.
 */
export function sendDueDigests(db: Db) {
  const windowMs = env().NOTIFICATION_DIGEST_MINUTES * 60_000;
  const now = new Date((Math.floor(Date.now() / windowMs) + 1) * windowMs + 1_000);
  return runDueJobs(db, { ...reminderHandlers, ...notificationDigestHandlers }, { now, batchSize: 1000 });
}

/**
 * Waits for a new digest window when the current one ends within seconds, so
 * a test's notifications all fall into one window (one digest) as they would
 * for a person acting within a few minutes.
 */
export async function startOfDigestWindow() {
  const windowMs = env().NOTIFICATION_DIGEST_MINUTES * 60_000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < 15_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

/** The batched "plan update" emails an address has received, newest first, after the due digests went out. */
export async function digestsTo(db: Db, to: string) {
  await sendDueDigests(db);
  return emailsTo(db, to, "plan_update");
}

/** The reminder jobs about one plan or one step (payload planId / stepId), oldest first. */
export async function jobsAbout(db: Db, kind: "meeting_reminder" | "step_due_reminder", id: string) {
  const key = kind === "meeting_reminder" ? "planId" : "stepId";
  return db
    .select()
    .from(jobs)
    .where(and(eq(jobs.kind, kind), sql`${jobs.payload}->>${key} = ${id}`))
    .orderBy(jobs.createdAt, jobs.runAt);
}
