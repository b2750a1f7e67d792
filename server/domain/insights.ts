import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { organisations } from "@/db/schema";
import { planStages, type PlanStage } from "@/server/rules/enums";
import { ANONYMOUS_CANDIDATE, FEEDBACK_QUESTIONS, RATING_VALUES, type FeedbackQuestion } from "@/server/rules/feedback";
import { OUTCOME_KEYS, type OutcomeKey } from "@/server/rules/insights-labels";
import { periodBounds, type InsightsPeriod } from "@/server/rules/insights-period";
import { INSIGHTS_COMMENTS_LISTED } from "@/server/rules/limits";
import { PREPARATION_STEP_NUMBERS } from "@/server/rules/preparation";

/**
 * How an organisation's second interviews go over a period, computed in one
 * SQL statement. Which plans count is decided once, in the `p` set:
 * the organisation's plans whose meeting starts in the period (the index
 * plans_org_starts_idx); "held" ones are those whose meeting took place:
 * shared with the candidate, not cancelled, its time set and over.
 */

export interface Insights {
  period: InsightsPeriod;
  plans: number;
  byStage: Record<PlanStage, number>;
  /** Closed plans by outcome; a cancelled meeting has none. */
  byOutcome: Record<OutcomeKey, number>;
  /** Held plans whose candidate had completed all preparation steps by the meeting's start. */
  preparation: { held: number; prepared: number; share: number | null };
  /**
   * From the meeting's end to the next steps agreed by both, over held plans agreed now.
   * The 48-hour share is over the held plans already decided: agreed, or ended 48 hours ago or more.
   */
  agreement: { agreed: number; medianSeconds: number | null; decided: number; within48Hours: number; share48Hours: number | null };
  /** Joined interviewers of held plans, and those of them who wrote a goal before the meeting started. */
  interviewers: { joined: number; prepared: number; share: number | null };
  ratings: {
    count: number;
    averages: Record<FeedbackQuestion, number | null>;
    /** Per question, how many gave 1, 2, 3, 4 and 5. */
    distribution: Record<FeedbackQuestion, number[]>;
  };
  /** The latest comments, newest first; the name only where the candidate allowed it. */
  comments: { comment: string; ratings: Record<FeedbackQuestion, number>; givenOn: string; name: string }[];
}

const column: Record<FeedbackQuestion, string> = {
  preparation: "preparation_rating",
  clarity: "clarity_rating",
  overall: "overall_rating",
};

/** avg and the count of each value per question, as columns of the ratings row. */
const ratingColumns = sql.raw(
  FEEDBACK_QUESTIONS.flatMap((q) => [
    `avg(${column[q]})::float8 as avg_${q}`,
    ...RATING_VALUES.map((v) => `count(*) filter (where ${column[q]} = ${v}) as ${q}_${v}`),
  ]).join(", "),
);

function statement(orgId: string, period: InsightsPeriod, now: Date) {
  const { start, end } = periodBounds(period);
  const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
  return sql<string>`(
    with p as materialized (
      select p.id, p.stage, p.starts_at, p.ends_at, p.cancelled_at, p.outcome, p.steps_agreed_at, p.candidate_name,
             case when p.stage in ('shared', 'preparing') and p.ends_at <= ${at(now)} and not p.time_to_be_picked
                  then 'debrief' else p.stage::text end as seen_stage,
             (p.stage <> 'draft' and p.cancelled_at is null and not p.time_to_be_picked and p.ends_at <= ${at(now)}) as held
      from plans p
      where p.org_id = ${orgId} and p.starts_at >= ${at(start)} and p.starts_at < ${at(end)}
    ),
    -- Set-based rather than a subquery per plan or interviewer: one join over the period's steps and goals.
    prepared as (
      select s.plan_id from preparation_steps s join p on p.id = s.plan_id
      where p.held and s.completed_at <= p.starts_at
      group by s.plan_id having count(*) = ${PREPARATION_STEP_NUMBERS.length}
    ),
    totals as (
      select count(*) as plans,
             count(*) filter (where held) as held,
             (select count(*) from prepared) as prepared,
             count(*) filter (where held and steps_agreed_at is not null) as agreed,
             percentile_cont(0.5) within group (order by extract(epoch from steps_agreed_at - ends_at))
               filter (where held and steps_agreed_at is not null) as median_seconds,
             count(*) filter (where held and (ends_at <= ${at(now)} - interval '48 hours'
                                             or steps_agreed_at <= ends_at + interval '48 hours')) as decided,
             count(*) filter (where held and steps_agreed_at <= ends_at + interval '48 hours') as within_48_hours
      from p
    ),
    joined as (
      select i.id, i.plan_id, p.starts_at from p join plan_interviewers i on i.plan_id = p.id
      where p.held and i.user_id is not null
    ),
    writers as (
      select distinct g.interviewer_id from joined j
      join goals g on g.plan_id = j.plan_id and g.side = 'organisation' and g.interviewer_id = j.id
      where g.created_at <= j.starts_at
    ),
    team as (select (select count(*) from joined) as joined, (select count(*) from writers) as prepared),
    f as (
      select f.id, f.preparation_rating, f.clarity_rating, f.overall_rating, f.comment, f.show_name, f.created_at, p.candidate_name
      from plan_feedback f join p on p.id = f.plan_id
      where f.org_id = ${orgId}
    ),
    ratings as (select count(*) as count, ${ratingColumns} from f),
    latest as (
      select id, created_at, comment, preparation_rating, clarity_rating, overall_rating,
             to_char(created_at at time zone 'UTC', 'YYYY-MM-DD') as given_on,
             case when show_name then candidate_name end as name
      from f where comment <> '' order by created_at desc, id limit ${INSIGHTS_COMMENTS_LISTED}
    )
    select json_build_object(
      'totals', (select row_to_json(t) from totals t),
      'team', (select row_to_json(t) from team t),
      'ratings', (select row_to_json(r) from ratings r),
      'stages', (select coalesce(json_object_agg(seen_stage, n), '{}'::json) from (select seen_stage, count(*) as n from p group by seen_stage) s),
      'outcomes', (select coalesce(json_object_agg(k, n), '{}'::json) from (
        select coalesce(outcome::text, 'cancelled') as k, count(*) as n from p
        where stage = 'closed' and (outcome is not null or cancelled_at is not null) group by 1) o),
      'comments', (select coalesce(json_agg(json_build_object('comment', comment, 'preparation_rating', preparation_rating,
                     'clarity_rating', clarity_rating, 'overall_rating', overall_rating, 'given_on', given_on, 'name', name)
                   order by created_at desc, id), '[]'::json) from latest)
    )::text
  )`;
}

interface Doc {
  totals: { plans: number; held: number; prepared: number; agreed: number; median_seconds: number | null; decided: number; within_48_hours: number };
  team: { joined: number; prepared: number };
  ratings: Record<string, number | null> & { count: number };
  stages: Partial<Record<PlanStage, number>>;
  outcomes: Partial<Record<OutcomeKey, number>>;
  comments: (Record<string, number> & { comment: string; given_on: string; name: string | null })[];
}

const shareOf = (part: number, whole: number) => (whole ? part / whole : null);
const filled = <K extends string>(keys: readonly K[], counts: Partial<Record<K, number>>) =>
  Object.fromEntries(keys.map((k) => [k, counts[k] ?? 0])) as Record<K, number>;
const perQuestion = <T>(value: (q: FeedbackQuestion) => T) =>
  Object.fromEntries(FEEDBACK_QUESTIONS.map((q) => [q, value(q)])) as Record<FeedbackQuestion, T>;

/** The organisation's insights over the period; the organisation's id is in every part's WHERE clause. */
export async function insightsFor(db: Db, input: { orgId: string; period: InsightsPeriod; now: Date }): Promise<Insights> {
  const [row] = await db
    .select({ doc: statement(input.orgId, input.period, input.now) })
    .from(organisations)
    .where(eq(organisations.id, input.orgId));
  const doc = JSON.parse(row?.doc ?? "null") as Doc | null;
  if (!doc) throw new Error(`insights: organisation ${input.orgId} not found`);
  const { totals, team, ratings } = doc;
  return {
    period: input.period,
    plans: totals.plans,
    byStage: filled(planStages, doc.stages),
    byOutcome: filled(OUTCOME_KEYS, doc.outcomes),
    preparation: { held: totals.held, prepared: totals.prepared, share: shareOf(totals.prepared, totals.held) },
    agreement: {
      agreed: totals.agreed,
      medianSeconds: totals.median_seconds,
      decided: totals.decided,
      within48Hours: totals.within_48_hours,
      share48Hours: shareOf(totals.within_48_hours, totals.decided),
    },
    interviewers: { joined: team.joined, prepared: team.prepared, share: shareOf(team.prepared, team.joined) },
    ratings: {
      count: ratings.count,
      averages: perQuestion((q) => ratings[`avg_${q}`] ?? null),
      distribution: perQuestion((q) => RATING_VALUES.map((v) => ratings[`${q}_${v}`] ?? 0)),
    },
    comments: doc.comments.map((c) => ({
      comment: c.comment,
      ratings: perQuestion((q) => c[column[q]]!),
      givenOn: c.given_on,
      name: c.name ?? ANONYMOUS_CANDIDATE,
    })),
  };
}
