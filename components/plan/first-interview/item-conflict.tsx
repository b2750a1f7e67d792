"use client";

import { ITEM_STATUS_LABEL } from "@/server/rules/labels";
import { useConflictDraft } from "@/components/ui/conflict-draft";
import { ConflictNotice } from "@/components/ui/conflict-notice";
import type { FirstInterviewItem } from "./use-item-actions";

type ItemValues = { summary: string; status: FirstInterviewItem["status"] };

/** The conflict draft of a flag or an agreement: what the person acted on (summary, status) against the item now. */
export function useItemConflict(item: FirstInterviewItem, intended: FirstInterviewItem["status"]) {
  const draft = useConflictDraft<ItemValues>({ values: { summary: item.summary, status: item.status }, version: item.version });
  return { ...draft, hold: (error: unknown) => draft.hold(error, { summary: item.summary, status: intended }) };
}

interface ItemConflictNoticeProps {
  conflict: ReturnType<typeof useItemConflict>;
  pending: boolean;
  onReapply: (expectedVersion: number) => void;
  onDiscard: () => void;
}

export function ItemConflictNotice({ conflict, pending, onReapply, onDiscard }: ItemConflictNoticeProps) {
  return (
    <ConflictNotice
      what="this item"
      ready={conflict.ready}
      pending={pending}
      rows={conflict.changes.map((c) => ({
        label: c.field === "summary" ? "What was established" : "Status",
        latest: c.field === "status" ? ITEM_STATUS_LABEL[c.latest as ItemValues["status"]] : c.latest,
        mine: c.field === "status" ? ITEM_STATUS_LABEL[c.mine as ItemValues["status"]] : c.mine,
      }))}
      onReapply={() => onReapply(conflict.reapply().expectedVersion)}
      onDiscard={() => {
        conflict.discard();
        onDiscard();
      }}
    />
  );
}
