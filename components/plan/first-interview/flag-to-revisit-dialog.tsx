"use client";

import { useEffect, useState } from "react";
import { formErrors } from "@/components/form-errors";
import { TOPIC_LABEL } from "@/server/rules/labels";
import { COMMENT_LIMIT } from "@/server/rules/limits";
import { Button } from "@/components/ui/button";
import { Modal, ModalActions } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { FlagIcon } from "@/components/ui/icons";
import { TextArea } from "@/components/ui/text-area";
import { useToast } from "@/components/ui/toast";
import { ItemConflictNotice, useItemConflict } from "./item-conflict";
import { useItemActions, type FirstInterviewItem } from "./use-item-actions";

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
  const conflict = useItemConflict(item, "to_revisit");
  const topic = TOPIC_LABEL[item.topic];

  if (!item.canFlag && !open) return fallback;
  return (
    <Modal
      open={open}
      onOpenChange={setOpen}
      pending={pending}
      wide
      trigger={
        <Button variant="secondary" size={size} aria-label={`Flag to revisit: ${topic}`}>
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
        conflict={conflict}
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

interface FlagFormProps {
  planId: string;
  item: FirstInterviewItem;
  conflict: ReturnType<typeof useItemConflict>;
  comment: string;
  onComment: (comment: string) => void;
  /** Tells the dialog a save is running, so it cannot be closed meanwhile. */
  onPending: (pending: boolean) => void;
  onDone: () => void;
  onDiscard: () => void;
}

function FlagForm({ planId, item, conflict, comment, onComment, onPending, onDone, onDiscard }: FlagFormProps) {
  const { flag, reply } = useItemActions(planId);
  const notify = useToast();
  const errors = formErrors(conflict.conflict ? null : flag.error, ["comment"]);
  const topic = TOPIC_LABEL[item.topic];

  useEffect(() => {
    onPending(flag.isPending);
  }, [flag.isPending, onPending]);
  useEffect(() => () => onPending(false), [onPending]);

  const send = (expectedVersion: number) =>
    flag.mutate(
      { planId, itemId: item.id, expectedVersion, comment },
      {
        onSuccess: () => {
          onDone();
          notify({ title: `“${topic}” flagged to revisit`, tone: "success" });
        },
        onError: (error) => void conflict.hold(error),
      },
    );

  const reapply = (expectedVersion: number) =>
    item.canFlag
      ? send(expectedVersion)
      : reply.mutate(
          { planId, itemId: item.id, text: comment },
          {
            onSuccess: () => {
              onDone();
              notify({ title: `Your comment on “${topic}” was added to the discussion`, tone: "success" });
            },
          },
        );

  return (
    <>
      <blockquote className="mt-4 rounded-lg border-l-4 border-slate-300 bg-slate-50 px-4 py-3 text-sm text-slate-700">{item.summary}</blockquote>
      <Form
        className="mt-4 space-y-4"
        failure={conflict.conflict ? null : flag.error}
        formError={errors.form}
        onSubmit={(event) => {
          event.preventDefault();
          send(conflict.expectedVersion);
        }}
      >
        {conflict.conflict && (
          <ItemConflictNotice conflict={conflict} pending={flag.isPending || reply.isPending} onReapply={reapply} onDiscard={onDiscard} />
        )}
        <TextArea
          label="What needs revisiting?"
          hint="For example: what changed since the first interview, or what didn't sound consistent."
          name="comment"
          required
          maxLength={COMMENT_LIMIT}
          rows={4}
          autoFocus
          value={comment}
          onChange={(e) => onComment(e.target.value)}
          error={errors.fields.comment}
        />
        <ModalActions pending={flag.isPending}>
          <Button type="submit" pending={flag.isPending} pendingLabel="Flagging…">
            Flag to revisit
          </Button>
        </ModalActions>
      </Form>
    </>
  );
}
