import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, organisations, planInterviewers, plans, type PlanSide } from "@/db/schema";
import { TIMELINE_PAGE_SIZE } from "@/server/rules/limits";
import { hasFollowUp } from "@/server/rules/plan-actions";
import { openQuestionsFromJson, openQuestionsJson } from "./debrief";
import { notFound } from "./errors";
import { goalList, goalsFromJson, visibleGoalsJson } from "./goals";
import { interviewerColumns, interviewerExtrasOf, speaksFor } from "./interviewer-reads";
import { stepList, stepsFromJson, stepsJson } from "./next-steps";
import { actorFrom, planAccessColumns, type PlanActor } from "./plan-access";
import { candidateColumns, candidateExtrasOf, candidateOwns, childColumns, detailOf, recruiterColumns, recruiterPlanOf } from "./plan-reads";
import { preparationFromJson, preparationJson } from "./preparation";
import { placeholder, preparedPerDb } from "./prepared";
import { timelineFromJson, timelineJson } from "./timeline";

/**
 * Everything a plan page shows, in ONE statement: the plan view's row and
 * children plus each panel's part, built by the same subqueries the panels'
 * own procedures run (goal.list, timeline.list's first page, nextStep.list,
 * debrief.openQuestions, preparation.get), so visibility is decided where it
 * always is. Each part is shaped exactly as its procedure answers, for the
 * page to seed that procedure's query: the panels, their mutations and the
 * live invalidation keep reading and refreshing their own queries.
 */
function panelColumns(db: Db, side: PlanSide) {
  return {
    goals: visibleGoalsJson(db, side),
    timeline: timelineJson(db, { side, limit: TIMELINE_PAGE_SIZE }),
    steps: stepsJson(db),
    ...openQuestionsJson(db, side),
  };
}

/**
 * What a page was rendered from: a digest of its one read. The page's live
 * stream reads the same once it is listening and compares, so a page opened
 * on an unchanged plan re-reads nothing, and a change made in between is not missed.
 */
function digestOf(row: unknown): string {
  return createHash("sha256").update(JSON.stringify(row)).digest("base64url").slice(0, 32);
}

type PanelValues = { goals: unknown; timeline: unknown; steps: unknown; openMustKnow: unknown; openChecks: unknown };

/** Next steps and open questions exist after a meeting that took place: only then does a page show them. */
function panelsOf(actor: PlanActor, row: PanelValues, now: Date) {
  const followUp = hasFollowUp(actor.plan, now);
  return {
    goals: goalList(actor, goalsFromJson(row.goals), now),
    timeline: timelineFromJson(row.timeline),
    steps: followUp ? stepList(actor, stepsFromJson(row.steps), now) : null,
    openQuestions: followUp ? openQuestionsFromJson(row) : null,
  };
}

/**
 * The candidate's page: their plan (as interview.get reads it) with the
 * organisation's name, and the panels as the candidate's side sees them.
 * `panels` is null when the panels' procedures would put this reader on
 * another side (resolvePlanActor's rule, applied to the same row): the page
 * then leaves the panels to read for themselves.
 */
const candidatePageStatement = preparedPerDb((db) =>
  db
    .select({
      plan: plans,
      ...candidateColumns,
      ...planAccessColumns,
      ...childColumns,
      ...panelColumns(db, "candidate"),
      ...preparationJson(db),
    })
    .from(plans)
    .innerJoin(organisations, eq(organisations.id, plans.orgId))
    .leftJoin(memberships, and(eq(memberships.orgId, plans.orgId), eq(memberships.userId, placeholder("userId"))))
    .leftJoin(planInterviewers, and(eq(planInterviewers.planId, plans.id), eq(planInterviewers.userId, placeholder("userId"))))
    .where(and(eq(plans.id, placeholder("planId")), candidateOwns(placeholder("userId"))))
    .prepare("candidate_plan_page"),
);

export async function readCandidatePlanPage(db: Db, userId: string, planId: string, now = new Date()) {
  const [row] = await candidatePageStatement(db).execute({ userId, planId });
  if (!row) throw notFound("Plan");
  const actor = actorFrom(row, userId);
  return {
    renderedFrom: digestOf(row),
    detail: { ...detailOf(row), ...candidateExtrasOf(row) },
    panels: actor.side === "candidate" ? { ...panelsOf(actor, row, now), preparation: preparationFromJson(row) } : null,
  };
}

/**
 * The recruiter's page: the plan as plan.get reads it, and the panels as the
 * organisation's side sees them (a member of the plan's organisation is on
 * that side, whatever else they are).
 */
const recruiterPageStatement = preparedPerDb((db) =>
  db
    .select({ plan: plans, ...childColumns, ...recruiterColumns, ...panelColumns(db, "organisation") })
    .from(plans)
    .where(and(eq(plans.id, placeholder("planId")), eq(plans.orgId, placeholder("orgId"))))
    .prepare("recruiter_plan_page"),
);

export async function readRecruiterPlanPage(db: Db, input: { orgId: string; userId: string; planId: string }, now = new Date()) {
  const [row] = await recruiterPageStatement(db).execute({ planId: input.planId, orgId: input.orgId });
  if (!row) throw notFound("Plan");
  const actor: PlanActor = { side: "organisation", role: "recruiter", userId: input.userId, interviewerId: null, plan: row.plan };
  return { renderedFrom: digestOf(row), ...recruiterPlanOf(row, now), panels: panelsOf(actor, row, now) };
}

/**
 * An invited interviewer's page: the plan as team.get reads it, and the
 * panels as the organisation's side sees them, flagged for this reader
 * (their own goals only). The caller has been resolved as this plan's
 * interviewer; without their interviewer row there is no row.
 */
const interviewerPageStatement = preparedPerDb((db) =>
  db
    .select({ plan: plans, ...childColumns, ...interviewerColumns, ...panelColumns(db, "organisation") })
    .from(plans)
    .innerJoin(organisations, eq(organisations.id, plans.orgId))
    .innerJoin(planInterviewers, speaksFor(placeholder("userId")))
    .where(eq(plans.id, placeholder("planId")))
    .prepare("interviewer_plan_page"),
);

export async function readInterviewerPlanPage(db: Db, actor: PlanActor, now = new Date()) {
  const [row] = await interviewerPageStatement(db).execute({ userId: actor.userId, planId: actor.plan.id });
  if (!row) throw notFound("Plan");
  const reader: PlanActor = { ...actor, plan: row.plan };
  return { renderedFrom: digestOf(row), detail: { ...detailOf(row), ...interviewerExtrasOf(row) }, panels: panelsOf(reader, row, now) };
}

/** The digest of what this reader's page of the plan would be rendered from now (see digestOf). */
export async function currentRenderedFrom(db: Db, actor: PlanActor): Promise<string> {
  const { plan, userId } = actor;
  const page =
    actor.role === "candidate"
      ? await readCandidatePlanPage(db, userId, plan.id)
      : actor.role === "interviewer"
        ? await readInterviewerPlanPage(db, actor)
        : await readRecruiterPlanPage(db, { orgId: plan.orgId, userId, planId: plan.id });
  return page.renderedFrom;
}
