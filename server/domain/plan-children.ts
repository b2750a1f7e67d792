import { and, eq, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstInterviewItems, planInterviewers, type FirstInterviewStatus, type FirstInterviewTopic } from "@/db/schema";
import { AppError } from "./errors";

/**
 * The plan form's two lists, interviewers and first-interview items. Each
 * row carries its own version: a row someone changed meanwhile (a flag, an
 * agreement, another recruiter's edit) is refused rather than overwritten.
 */
export interface InterviewerFields {
  /** Set when editing an interviewer already on the plan, with the version the form was given. */
  id?: string | null;
  expectedVersion?: number | null;
  name: string;
  jobTitle: string;
  background: string;
  wantsToEstablish: string;
  profileUrl: string | null;
}

export interface FirstInterviewItemFields {
  id?: string | null;
  expectedVersion?: number | null;
  topic: FirstInterviewTopic;
  summary: string;
  status: FirstInterviewStatus;
}

export const STALE_INTERVIEWER_MESSAGE =
  "An interviewer on this plan was changed by someone else meanwhile. Reload to see their change; your text is kept in the form.";
export const STALE_ITEM_IN_FORM_MESSAGE =
  "A first-interview item was changed meanwhile (flagged, agreed or edited). Reload to see the latest version; your text is kept in the form.";

type ListTable = typeof planInterviewers | typeof firstInterviewItems;
type ListRow = { id?: string | null; expectedVersion?: number | null } & Record<string, unknown>;

/**
 * Brings a plan's ordered list to `rows`: rows with a known id are updated in
 * place (so notes, comments and flags attached to them survive an edit) only
 * from the version the form was given, and their version grows when their
 * content changes; new rows are inserted, rows no longer listed are deleted.
 * Runs under the plan's lock (assertPlanWritable), like every write to these rows.
 */
async function syncList(tx: Db, table: ListTable, planId: string, rows: ListRow[], staleMessage: string) {
  // Both tables share id, plan_id, position and version, the only columns named here.
  const t = table as typeof planInterviewers;
  const existing = new Map(
    (await tx.select().from(t).where(eq(t.planId, planId))).map((r) => [r.id, r as Record<string, unknown>]),
  );
  const kept = rows.flatMap((r) => (r.id && existing.has(r.id) ? [r.id] : []));
  await tx
    .delete(t)
    .where(kept.length ? and(eq(t.planId, planId), notInArray(t.id, kept)) : eq(t.planId, planId));
  for (const [position, { id, expectedVersion, ...fields }] of rows.entries()) {
    const current = id ? existing.get(id) : undefined;
    if (!id || !current) {
      await tx.insert(t).values({ ...fields, planId, position } as never);
      continue;
    }
    const changed = Object.entries(fields).some(([key, value]) => !sameValue(current[key], value));
    const [updated] = await tx
      .update(t)
      .set({ ...fields, position, ...(changed ? { version: sql`${t.version} + 1` } : {}) } as never)
      .where(and(eq(t.id, id), eq(t.planId, planId), eq(t.version, expectedVersion ?? 0)))
      .returning({ id: t.id });
    if (!updated) throw new AppError("CONFLICT", staleMessage);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

export async function replaceChildren(
  tx: Db,
  planId: string,
  content: { interviewers: InterviewerFields[]; firstInterview: FirstInterviewItemFields[] },
) {
  await syncList(tx, planInterviewers, planId, content.interviewers.map((row) => ({ ...row })), STALE_INTERVIEWER_MESSAGE);
  // An item set back to "agreed" is no longer anyone's open flag.
  const items = content.firstInterview.map((item) =>
    item.status === "agreed" ? { ...item, flaggedBySide: null, flaggedById: null, flaggedAt: null } : { ...item },
  );
  await syncList(tx, firstInterviewItems, planId, items, STALE_ITEM_IN_FORM_MESSAGE);
}
