"use client";

import { useState } from "react";
import { formErrors } from "@/components/form-errors";
import { TOPIC_LABEL } from "@/server/rules/labels";
import { COMMENT_LIMIT } from "@/server/rules/limits";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { CheckIcon } from "@/components/ui/icons";
import { TextArea } from "@/components/ui/text-area";
import { useToast } from "@/components/ui/toast";
import { ItemConflictNotice, useItemConflict } from "./item-conflict";
import { useItemActions, type FirstInterviewItem } from "./use-item-actions";

interface ReplyFormProps {
  planId: string;
  /** A flagged item as the cache holds it now; `canReply` and `canAgree` say which buttons show. */
  item: FirstInterviewItem;
}

/** A reply box under a consistency check, and "Mark as agreed" (which names the item's version). */
export function ReplyForm({ planId, item }: ReplyFormProps) {
  const { reply, agree } = useItemActions(planId);
  const notify = useToast();
  const [text, setText] = useState("");
  const conflict = useItemConflict(item, "agreed");
  const errors = formErrors(reply.error, ["text"]);
  const topic = TOPIC_LABEL[item.topic];

  const markAgreed = (expectedVersion: number) => {
    reply.reset();
    agree.mutate(
      { planId, itemId: item.id, expectedVersion, comment: "" },
      {
        onSuccess: () => notify({ title: `“${topic}” is agreed again`, tone: "success" }),
        onError: (error) => void conflict.hold(error),
      },
    );
  };

  return (
    <Form
      className="mt-4 space-y-3"
      failure={reply.error}
      formError={errors.form ?? (conflict.conflict ? undefined : agree.error?.message)}
      onSubmit={(event) => {
        event.preventDefault();
        agree.reset();
        reply.mutate({ planId, itemId: item.id, text }, { onSuccess: () => setText("") });
      }}
    >
      {conflict.conflict && (
        <ItemConflictNotice conflict={conflict} pending={agree.isPending} onReapply={markAgreed} onDiscard={() => agree.reset()} />
      )}
      {item.canReply && (
        <TextArea
          label={`Reply about “${topic}”`}
          labelClassName="sr-only"
          placeholder="Write a reply…"
          name="text"
          rows={2}
          maxLength={COMMENT_LIMIT}
          required
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={errors.fields.text}
        />
      )}
      <div className="flex flex-col gap-2 sm:flex-row sm:justify-between">
        {item.canReply && (
          <Button type="submit" size="sm" pending={reply.isPending} pendingLabel="Sending…">
            Send reply
          </Button>
        )}
        {item.canAgree && (
          <Button
            variant="secondary"
            size="sm"
            pending={agree.isPending}
            pendingLabel="Saving…"
            // Starts with the words shown, so voice control users can say them (WCAG 2.5.3).
            aria-label={`Mark as agreed: ${topic}`}
            onClick={() => markAgreed(conflict.expectedVersion)}
          >
            <CheckIcon />
            Mark as agreed
          </Button>
        )}
      </div>
    </Form>
  );
}
