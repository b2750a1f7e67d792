import type { FirstInterviewStatus, PlanStage } from "./enums";
import { MAX_COMMENTS_PER_ITEM } from "./limits";

/**
 * What either side may do with a first-interview item (`stage`: as readers
 * see it). Flags and their discussion belong to both sides; every way of
 * commenting stops at the item's comment cap.
 */
interface ItemFacts {
  status: FirstInterviewStatus;
  commentCount: number;
}

const hasRoom = (item: ItemFacts) => item.commentCount < MAX_COMMENTS_PER_ITEM;

/** Flag to revisit, with a comment saying why (a flagged item can be flagged again, adding to its discussion). */
export function canFlagItem(item: ItemFacts, stage: PlanStage): boolean {
  return stage !== "closed" && hasRoom(item);
}

/** Reply in the discussion of an item flagged to revisit. */
export function canReplyToItem(item: ItemFacts, stage: PlanStage): boolean {
  return stage !== "closed" && item.status === "to_revisit" && hasRoom(item);
}

/** Settle a flagged item as agreed (a closing comment needs room; settling without one always fits). */
export function canAgreeItem(item: ItemFacts, stage: PlanStage): boolean {
  return stage !== "closed" && item.status === "to_revisit";
}

export const ITEM_NOT_FLAGGED_MESSAGE = "This item is agreed; flag it to revisit before discussing it.";
export const ITEM_ALREADY_AGREED_MESSAGE = "This item is agreed already.";

export function itemFlagsFor(item: ItemFacts, stage: PlanStage) {
  return { canFlag: canFlagItem(item, stage), canReply: canReplyToItem(item, stage), canAgree: canAgreeItem(item, stage) };
}
