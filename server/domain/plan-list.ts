import { and, asc, desc, eq, gt, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { unpreparedOf, type Db } from "@/db/client";
import { plans, planSearchText, type Plan, type PlanStage } from "@/db/schema";
import { PLAN_LIMITS } from "@/server/rules/limits";
import { decodeCursor, encodeCursor, type PlanListCursor } from "./plan-list-cursor";
import { preparationSummaryOverPlan, type PreparationSummary } from "./preparation";

/**
 * The organisation's plans in meeting order, a page at a time, at any size:
 * keyset pages on (starts_at, id) (plans_org_starts_idx, or
 * plans_org_stage_starts_idx with a stage), a count that stops at a cap,
 * and search through the trigram indexes of migration 0006.
 */
export const COUNT_CAP = 1_000;
/**
 * A search counts to a lower cap: for a common term PostgreSQL walks the organisation's plans testing ILIKE on
 * each (cheaper by its estimate than the trigram bitmap), and 1,000 matches at 10% cost 10,000 of those tests.
 * "More than 100 found" already tells the recruiter to narrow the search.
 */
export const SEARCH_COUNT_CAP = 100;

/**
 * SQL for "the plan is in this stage as readers see it" (see effectiveStage):
 * shared and preparing plans whose meeting has ended count as debrief.
 */
function effectiveStageIs(stage: PlanStage, now: Date): SQL {
  // A time still to be picked has not taken place (server/rules/scheduling.ts): its stored end only spans the offer.
  const ended = and(lte(plans.endsAt, now), eq(plans.timeToBePicked, false));
  const early = inArray(plans.stage, ["shared", "preparing"]);
  if (stage === "debrief") return or(eq(plans.stage, "debrief"), and(early, ended))!;
  if (stage === "shared" || stage === "preparing") {
    // A meeting lasts at most maxDuration, so one that has not ended started after this: the index starts
    // there instead of walking every past plan left in this stage.
    const earliestStart = new Date(now.getTime() - PLAN_LIMITS.maxDuration * 60_000);
    const ahead = and(gt(plans.startsAt, earliestStart), gt(plans.endsAt, now));
    return and(eq(plans.stage, stage), or(ahead, eq(plans.timeToBePicked, true)))!;
  }
  return eq(plans.stage, stage);
}

export interface PlanListFilter {
  orgId: string;
  stages?: PlanStage[];
  now?: Date;
  search?: string;
  /** From a previous page's nextCursor or previousCursor; none for the first page. */
  cursor?: string;
  pageSize: number;
}

export interface PlanListRow {
  plan: Plan;
  preparation: PreparationSummary;
}

export interface PlanListPage {
  rows: PlanListRow[];
  /** The number of matching plans, or the cap when there are more (then totalCapped). */
  total: number;
  totalCapped: boolean;
  /** How many plans of the list come before the first one of this page. */
  offset: number;
  nextCursor: string | null;
  previousCursor: string | null;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const THREE_IN_A_ROW = /[\p{L}\p{N}]{3}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const searchText = planSearchText(plans);

/**
 * Candidate name, role title or company contains the term, whatever its case (planSearchText). The trigram
 * index serves '%term%' only when the term holds three letters or digits in a row; a shorter one ("Li", "QA")
 * matches at the start of a word instead (of the text, of a field on its own line, or after a space), which the
 * index serves through the padded trigrams of word starts (and which is what a two-letter search means).
 * Punctuation alone ("%") has no trigram at all and is searched for as it is.
 */
function searchIs(term: string): SQL {
  const escaped = escapeLike(term);
  const patterns =
    THREE_IN_A_ROW.test(term) || !LETTER_OR_DIGIT.test(term)
      ? [`%${escaped}%`]
      : [`${escaped}%`, `%\n${escaped}%`, `% ${escaped}%`];
  return or(...patterns.map((pattern) => sql`${searchText} like lower(${pattern})`))!;
}

function matching(filter: PlanListFilter, now: Date): SQL {
  const conditions: SQL[] = [eq(plans.orgId, filter.orgId)];
  if (filter.stages?.length) conditions.push(or(...filter.stages.map((stage) => effectiveStageIs(stage, now)))!);
  if (filter.search) conditions.push(searchIs(filter.search));
  return and(...conditions)!;
}

/** starts_at to the microsecond (a JavaScript Date keeps milliseconds): a cursor must name its row exactly. */
const startsAtKey = sql<string>`to_char(${plans.startsAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * Up to `limit` rows next to the cursor, nearest first, in meeting order after it or reverse order before it,
 * each with its preparation counts (index lookups per row of the page, in the same statement).
 */
async function rowsFrom(db: Db, where: SQL, cursor: PlanListCursor | null, limit: number) {
  const before = cursor?.direction === "before";
  const side = cursor
    ? sql`(${plans.startsAt}, ${plans.id}) ${before ? sql`<` : sql`>`} (${cursor.startsAt}::timestamptz, ${cursor.id}::uuid)`
    : undefined;
  const order = before ? [desc(plans.startsAt), desc(plans.id)] : [asc(plans.startsAt), asc(plans.id)];
  return db
    .select({ plan: plans, key: startsAtKey, ...preparationSummaryOverPlan() })
    .from(plans)
    .where(side ? and(where, side) : where)
    .orderBy(...order)
    .limit(limit);
}

/**
 * Counts at most cap + 1 rows. Without a search it walks the keyset index (an index-only scan, whatever the
 * heap's order); with one, the planner's pick (the trigram bitmap for a rare term) is faster unsorted.
 */
async function countUpTo(db: Db, where: SQL, searching: boolean) {
  const cap = searching ? SEARCH_COUNT_CAP : COUNT_CAP;
  const capped = db.select({ one: sql<number>`1`.as("one") }).from(plans).where(where).$dynamic();
  if (!searching) capped.orderBy(asc(plans.startsAt), asc(plans.id));
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(capped.limit(cap + 1).as("capped"));
  const n = row?.n ?? 0;
  return { total: Math.min(n, cap), totalCapped: n > cap };
}

type Page = Omit<PlanListPage, "total" | "totalCapped">;

type KeyedRow = Awaited<ReturnType<typeof rowsFrom>>[number];

function listRow({ plan, stepsDone, sharedGoals, itemsToRevisit }: KeyedRow): PlanListRow {
  return { plan, preparation: { stepsDone, sharedGoals, itemsToRevisit } };
}

function at(direction: PlanListCursor["direction"], row: KeyedRow, position: number): string {
  return encodeCursor({ direction, startsAt: row.key, id: row.plan.id, position });
}

async function pageAt(db: Db, where: SQL, cursor: PlanListCursor | null, pageSize: number): Promise<Page> {
  const rows = await rowsFrom(db, where, cursor, pageSize + 1);
  const more = rows.length > pageSize;
  const near = rows.slice(0, pageSize);

  if (cursor?.direction === "before") {
    // Less than a page before the cursor (plans were removed meanwhile): the first page is what is there.
    if (near.length < pageSize) return pageAt(db, where, null, pageSize);
    const page = near.reverse();
    const offset = more ? Math.max(1, cursor.position - pageSize) : 0;
    return {
      rows: page.map(listRow),
      offset,
      previousCursor: more ? at("before", page[0]!, offset) : null,
      nextCursor: at("after", page.at(-1)!, offset + pageSize - 1),
    };
  }

  const offset = cursor ? cursor.position + 1 : 0;
  const first = near[0];
  const last = near.at(-1);
  // An empty page past the end (its plans were removed meanwhile) has no neighbours: the reader starts again.
  return {
    rows: near.map(listRow),
    offset,
    previousCursor: cursor && first ? at("before", first, offset) : null,
    nextCursor: more && last ? at("after", last, offset + near.length - 1) : null,
  };
}

export async function listPlansForOrg(db: Db, filter: PlanListFilter): Promise<PlanListPage> {
  const where = matching(filter, filter.now ?? new Date());
  const cursor = filter.cursor ? decodeCursor(filter.cursor) : null;
  // Statements are prepared on each connection (db/client.ts), and after five runs PostgreSQL may keep a generic
  // plan, made without knowing the pattern: it then walks or bitmaps the whole organisation for every term. A
  // search is planned for its own term instead.
  const reader = filter.search ? unpreparedOf(db) : db;
  const [page, count] = await Promise.all([
    pageAt(reader, where, cursor, filter.pageSize),
    countUpTo(reader, where, Boolean(filter.search)),
  ]);
  return { ...page, ...count };
}
