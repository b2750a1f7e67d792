"use client";

import { useEffect } from "react";
import { formErrors } from "@/components/form-errors";
import { TOPIC_LABEL } from "@/server/rules/labels";
import { COMMENT_LIMIT } from "@/server/rules/limits";
import { Button } from "@/components/ui/button";
import { ModalActions } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { TextArea } from "@/components/ui/text-area";
import { useToast } from "@/components/ui/toast";
import { ItemConflictNotice, useItemConflict } from "./item-conflict";
import { useItemActions, type FirstInterviewItem } from "./use-item-actions";

export interface FlagFormProps {
  planId: string;
  item: FirstInterviewItem;
  comment: string;
  onComment: (comment: string) => void;
  /** Tells the dialog a save is running, so it cannot be closed meanwhile. */
  onPending: (pending: boolean) => void;
  onDone: () => void;
  onDiscard: () => void;
}

/** The flag dialog's form: the comment, the flag mutation, and the conflict view when someone flagged first. */
export function FlagForm({ planId, item, comment, onComment, onPending, onDone, onDiscard }: FlagFormProps) {
  const { flag, reply } = useItemActions(planId);
  // From the version the item had when the dialog opened: what the person saw when they wrote the comment.
  const conflict = useItemConflict(item, "to_revisit");
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
