import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { firstInterviewItems, itemComments, plans, type FirstInterviewItem } from "@/db/schema";
import { AppError, notFound } from "./errors";
import type { PlanActor } from "./plan-access";
import { assertPlanWritable } from "./plan-writable";
import { recordEvent } from "./timeline";
import { hasRoomForComment, isOpenForDiscussion, ITEM_ALREADY_AGREED_MESSAGE, ITEM_NOT_FLAGGED_MESSAGE } from "@/server/rules/item-rules";
import { MAX_COMMENTS_PER_ITEM } from "@/server/rules/limits";

/**
 * Either side can flag what the first interview established as "to revisit":
 * those items become the consistency checks of the second meeting. Flags and
 * their discussion are always visible to both sides. Every command here runs
 * under the plan's lock, which serialises all writes to a plan's items.
 */
export const STALE_ITEM_MESSAGE =
  "This item was changed by someone else meanwhile (flagged, agreed or edited). Reload to see the latest version, then try again.";

async function findItem(tx: Db, actor: PlanActor, itemId: string) {
  const [item] = await tx
    .select()
    .from(firstInterviewItems)
    .where(and(eq(firstInterviewItems.id, itemId), eq(firstInterviewItems.planId, actor.plan.id)));
  if (!item) throw notFound("Item");
  return item;
}

/** Sets the item's status only from the version the person saw (compare-and-set), and bumps it. */
async function setItemStatus(
  tx: Db,
  actor: PlanActor,
  input: { itemId: string; expectedVersion: number },
  status: Pick<FirstInterviewItem, "status" | "flaggedBySide" | "flaggedById" | "flaggedAt">,
) {
  await findItem(tx, actor, input.itemId);
  const [updated] = await tx
    .update(firstInterviewItems)
    .set({ ...status, version: sql`${firstInterviewItems.version} + 1` })
    .where(and(eq(firstInterviewItems.id, input.itemId), eq(firstInterviewItems.version, input.expectedVersion)))
    .returning({ version: firstInterviewItems.version });
  if (!updated) throw new AppError("CONFLICT", STALE_ITEM_MESSAGE);
  return updated;
}

/**
 * Status changes bump the plan's version: a recruiter saving the plan form
 * from before the flag is refused rather than silently clearing it.
 */
async function bumpPlanVersion(tx: Db, planId: string) {
  await tx.update(plans).set({ version: sql`${plans.version} + 1`, updatedAt: new Date() }).where(eq(plans.id, planId));
}

export async function flagItem(db: Db, actor: PlanActor, input: { itemId: string; expectedVersion: number; comment: string }) {
  return db.transaction(async (tx) => {
    await assertPlanWritable(tx, actor.plan.id, ["items", "timeline"]);
    const item = await setItemStatus(tx, actor, input, {
      status: "to_revisit",
      flaggedBySide: actor.side,
      flaggedById: actor.userId,
      flaggedAt: new Date(),
    });
    await addComment(tx, actor, input.itemId, input.comment, "comment");
    await bumpPlanVersion(tx, actor.plan.id);
    await recordEvent(tx, {
      planId: actor.plan.id,
      actorSide: actor.side,
      actorId: actor.userId,
      type: "item_flagged",
      audience: "both",
      data: { itemId: input.itemId, comment: input.comment },
    });
    return item;
  });
}

/** A reply adds to the discussion and leaves the item (and its version) as it is. */
export async function replyToItem(db: Db, actor: PlanActor, input: { itemId: string; text: string }) {
  await db.transaction(async (tx) => {
    await assertPlanWritable(tx, actor.plan.id, ["items"]);
    const item = await findItem(tx, actor, input.itemId);
    if (!isOpenForDiscussion(item.status)) throw new AppError("PRECONDITION_FAILED", ITEM_NOT_FLAGGED_MESSAGE);
    await addComment(tx, actor, input.itemId, input.text, "text");
  });
}

export const COMMENTS_FULL_MESSAGE = `An item can hold at most ${MAX_COMMENTS_PER_ITEM} comments: its discussion is full.`;

/**
 * Every way of commenting (flag, reply, mark agreed) goes through here, under
 * the plan's lock (assertPlanWritable), so concurrent comments cannot pass the cap together.
 */
async function addComment(tx: Db, actor: PlanActor, itemId: string, text: string, field: "comment" | "text") {
  const [{ n }] = (await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(itemComments)
    .where(eq(itemComments.itemId, itemId))) as [{ n: number }];
  if (!hasRoomForComment(n)) throw new AppError("BAD_REQUEST", COMMENTS_FULL_MESSAGE, field);
  await tx.insert(itemComments).values({ itemId, side: actor.side, authorId: actor.userId, text });
}

/** Settles a consistency check: the item is agreed again, with an optional closing comment. */
export async function markItemAgreed(db: Db, actor: PlanActor, input: { itemId: string; expectedVersion: number; comment: string }) {
  return db.transaction(async (tx) => {
    await assertPlanWritable(tx, actor.plan.id, ["items", "timeline"]);
    const current = await findItem(tx, actor, input.itemId);
    if (!isOpenForDiscussion(current.status)) throw new AppError("PRECONDITION_FAILED", ITEM_ALREADY_AGREED_MESSAGE);
    const item = await setItemStatus(tx, actor, input, {
      status: "agreed",
      flaggedBySide: null,
      flaggedById: null,
      flaggedAt: null,
    });
    if (input.comment) await addComment(tx, actor, input.itemId, input.comment, "comment");
    await bumpPlanVersion(tx, actor.plan.id);
    await recordEvent(tx, {
      planId: actor.plan.id,
      actorSide: actor.side,
      actorId: actor.userId,
      type: "item_agreed",
      audience: "both",
      data: { itemId: input.itemId },
    });
    return item;
  });
}
