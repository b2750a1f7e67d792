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

/** Every way of commenting (flag, reply, a closing comment) asks this before adding one. */
export function hasRoomForComment(commentCount: number): boolean {
  return commentCount < MAX_COMMENTS_PER_ITEM;
}

const hasRoom = (item: ItemFacts) => hasRoomForComment(item.commentCount);

/** A flagged item is open for discussion and for settling; an agreed one waits for a flag. */
export function isOpenForDiscussion(status: FirstInterviewStatus): boolean {
  return status === "to_revisit";
}

/** Flag to revisit, with a comment saying why (a flagged item can be flagged again, adding to its discussion). */
export function canFlagItem(item: ItemFacts, stage: PlanStage): boolean {
  return stage !== "closed" && hasRoom(item);
}

/** Reply in the discussion of an item flagged to revisit. */
export function canReplyToItem(item: ItemFacts, stage: PlanStage): boolean {
  return stage !== "closed" && isOpenForDiscussion(item.status) && hasRoom(item);
}

/** Settle a flagged item as agreed (a closing comment needs room; settling without one always fits). */
export function canAgreeItem(item: ItemFacts, stage: PlanStage): boolean {
  return stage !== "closed" && isOpenForDiscussion(item.status);
}

export const ITEM_NOT_FLAGGED_MESSAGE = "This item is agreed; flag it to revisit before discussing it.";
export const ITEM_ALREADY_AGREED_MESSAGE = "This item is agreed already.";

export function itemFlagsFor(item: ItemFacts, stage: PlanStage) {
  return { canFlag: canFlagItem(item, stage), canReply: canReplyToItem(item, stage), canAgree: canAgreeItem(item, stage) };
}
