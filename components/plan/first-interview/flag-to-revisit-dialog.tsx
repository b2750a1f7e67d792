"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { TOPIC_LABEL } from "@/server/rules/labels";
import { Button } from "@/components/ui/button";
import { Modal } from "@/components/ui/dialog";
import { FlagIcon } from "@/components/ui/icons";
import type { FirstInterviewItem } from "./use-item-actions";

// A page lists every item and flags few: the form and its mutations load when a flag button is approached.
const loadFlagForm = () => import("./flag-form").then((m) => m.FlagForm);
const FlagForm = dynamic(loadFlagForm, { ssr: false });

interface FlagToRevisitDialogProps {
  planId: string;
  /** The item as the cache holds it now (the server says `canFlag`). */
  item: FirstInterviewItem;
  /** Shown instead of the button while the item cannot be flagged (e.g. it is flagged already). */
  fallback?: React.ReactNode;
  size?: "sm" | "md";
}

/**
 * "Flag to revisit": asks what needs another look (required), then marks the
 * item for the second meeting. If someone else flagged it meanwhile, the
 * dialog stays open with the comment, and re-applying posts it as a reply.
 */
export function FlagToRevisitDialog({ planId, item, fallback = null, size = "sm" }: FlagToRevisitDialogProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [comment, setComment] = useState("");
  const topic = TOPIC_LABEL[item.topic];

  if (!item.canFlag && !open) return fallback;
  return (
    <Modal
      open={open}
      onOpenChange={setOpen}
      pending={pending}
      wide
      trigger={
        <Button
          variant="secondary"
          size={size}
          aria-label={`Flag to revisit: ${topic}`}
          onPointerEnter={() => void loadFlagForm()}
          onFocus={() => void loadFlagForm()}
        >
          <FlagIcon />
          <span aria-hidden="true">Flag to revisit</span>
        </Button>
      }
      title={`Flag “${topic}” to revisit`}
      description="It becomes a consistency check for the second interview. Both sides see the flag and your comment."
    >
      {/* Mounted while open only: a page lists every item, and none of their mutations need exist before one is flagged. */}
      <FlagForm
        planId={planId}
        item={item}
        comment={comment}
        onComment={setComment}
        onPending={setPending}
        onDone={() => {
          setOpen(false);
          setComment("");
        }}
        onDiscard={() => setOpen(false)}
      />
    </Modal>
  );
}
