"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { inferRouterOutputs } from "@trpc/server";
import { useId, useState } from "react";
import type { PlanSide } from "@/server/rules/enums";
import { formErrors } from "@/components/form-errors";
import { sideName, TOPIC_LABEL } from "@/server/rules/labels";
import { LocalTime } from "@/components/time";
import { useTRPC } from "@/components/trpc";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Modal, ModalActions } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { FlagIcon, CheckIcon } from "@/components/ui/icons";
import { TextArea } from "@/components/ui/text-area";
import { useToast } from "@/components/ui/toast";
import { useRefresh } from "@/components/use-refresh";
import type { AppRouter } from "@/server/api/root";

/** One item of what the first interview established, as plan.get and interview.get both return it. */
export type FirstInterviewItem = inferRouterOutputs<AppRouter>["interview"]["get"]["firstInterview"][number];

interface SharedProps {
  planId: string;
  mySide: PlanSide;
  /** A closed plan: everything shows, nothing can change. */
  readOnly?: boolean;
  /** Called after each saved change, besides refreshing the page's server data and the plan queries. */
  onChanged?: () => void;
}

/**
 * After a flag, reply or agreement: re-render the server components that
 * passed `items` in, and refetch plan queries a client page may hold.
 */
function useAfterChange(planId: string, onChanged?: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { refresh, refreshing } = useRefresh();
  const after = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.plan.get.queryKey({ planId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.interview.get.queryKey({ planId }) }),
    ]);
    refresh();
    onChanged?.();
  };
  return { after, refreshing };
}

function flaggedByText(side: PlanSide | null, viewer: PlanSide): string {
  return side ? `Flagged by ${sideName(side, viewer).toLowerCase()}` : "Flagged to revisit";
}

/** "Flag to revisit": asks what needs another look (required), then marks the item for the second meeting. */
export function FlagToRevisit({ planId, item, onChanged, size = "sm" }: { planId: string; item: FirstInterviewItem; onChanged?: () => void; size?: "sm" | "md" }) {
  const trpc = useTRPC();
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const { after, refreshing } = useAfterChange(planId, onChanged);
  const flag = useMutation(trpc.consistency.flag.mutationOptions());
  const errors = formErrors(flag.error, ["comment"]);
  const pending = flag.isPending || refreshing;
  const topic = TOPIC_LABEL[item.topic];

  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        flag.reset();
        setOpen(next);
      }}
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
      <blockquote className="mt-4 rounded-lg border-l-4 border-slate-300 bg-slate-50 px-4 py-3 text-sm text-slate-700">{item.summary}</blockquote>
      <Form
        className="mt-4 space-y-4"
        failure={flag.error}
        formError={errors.form}
        onSubmit={(event) => {
          event.preventDefault();
          const comment = String(new FormData(event.currentTarget).get("comment") ?? "");
          flag.mutate(
            { planId, itemId: item.id, comment },
            {
              onSuccess: async () => {
                await after();
                setOpen(false);
                notify({ title: `“${topic}” flagged to revisit`, tone: "success" });
              },
            },
          );
        }}
      >
        <TextArea
          label="What needs revisiting?"
          hint="For example: what changed since the first interview, or what didn't sound consistent."
          name="comment"
          required
          maxLength={1000}
          rows={4}
          autoFocus
          error={errors.fields.comment}
        />
        <ModalActions pending={pending}>
          <Button type="submit" pending={pending} pendingLabel="Flagging…">
            Flag to revisit
          </Button>
        </ModalActions>
      </Form>
    </Modal>
  );
}

function ReplyForm({ planId, item, onChanged }: { planId: string; item: FirstInterviewItem; onChanged?: () => void }) {
  const trpc = useTRPC();
  const { after, refreshing } = useAfterChange(planId, onChanged);
  const reply = useMutation(trpc.consistency.reply.mutationOptions());
  const agree = useMutation(trpc.consistency.markAgreed.mutationOptions());
  const notify = useToast();
  const errors = formErrors(reply.error, ["text"]);
  const topic = TOPIC_LABEL[item.topic];
  return (
    <Form
      className="mt-4 space-y-3"
      failure={reply.error}
      formError={errors.form ?? agree.error?.message}
      onSubmit={(event) => {
        event.preventDefault();
        agree.reset();
        const form = event.currentTarget;
        const text = String(new FormData(form).get("text") ?? "");
        reply.mutate(
          { planId, itemId: item.id, text },
          {
            onSuccess: async () => {
              form.reset();
              await after();
            },
          },
        );
      }}
    >
      <TextArea label={`Reply about “${topic}”`} labelClassName="sr-only" placeholder="Write a reply…" name="text" rows={2} maxLength={1000} required error={errors.fields.text} />
      <div className="flex flex-col gap-2 sm:flex-row sm:justify-between">
        <Button type="submit" size="sm" pending={reply.isPending || (refreshing && !agree.isPending)} pendingLabel="Sending…">
          Send reply
        </Button>
        <Button
          variant="secondary"
          size="sm"
          pending={agree.isPending}
          pendingLabel="Saving…"
          aria-label={`Mark “${topic}” as agreed`}
          onClick={() => {
            reply.reset();
            agree.mutate(
              { planId, itemId: item.id, comment: "" },
              {
                onSuccess: async () => {
                  await after();
                  notify({ title: `“${topic}” is agreed again`, tone: "success" });
                },
              },
            );
          }}
        >
          <CheckIcon />
          <span aria-hidden="true">Mark as agreed</span>
        </Button>
      </div>
    </Form>
  );
}

function Thread({ item, mySide }: { item: FirstInterviewItem; mySide: PlanSide }) {
  if (!item.comments.length) return null;
  return (
    <ol aria-label="Discussion" className="mt-4 space-y-3 border-l-2 border-slate-200 pl-4">
      {item.comments.map((c) => (
        <li key={c.id} className="text-sm">
          <p className="flex flex-wrap items-baseline gap-x-2 text-slate-600">
            <span className={cx("font-semibold", c.side === mySide ? "text-brand-800" : "text-slate-900")}>{sideName(c.side, mySide)}</span>
            {c.authorName && <span>{c.authorName}</span>}
            <LocalTime date={c.createdAt} className="text-xs text-slate-500" />
          </p>
          <p className="mt-0.5 break-words whitespace-pre-line text-slate-800">{c.text}</p>
        </li>
      ))}
    </ol>
  );
}

/**
 * The consistency checks of the second interview: every first-interview item
 * either side flagged "to revisit", with who flagged it, the discussion, a
 * reply box and "Mark as agreed". Give it the plan's `firstInterview` array.
 */
export function ConsistencyChecks({ planId, mySide, items, readOnly, onChanged }: SharedProps & { items: FirstInterviewItem[] }) {
  const headingId = useId();
  const flagged = items.filter((i) => i.status === "to_revisit");
  return (
    <section
      aria-labelledby={headingId}
      className={cx(
        "rounded-xl border p-5 shadow-sm sm:p-6",
        flagged.length ? "border-amber-200 bg-amber-50/60" : "border-slate-200 bg-white",
      )}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          Consistency checks
        </h2>
        <Badge tone={flagged.length ? "warning" : "success"}>{flagged.length ? `${flagged.length} to revisit` : "Nothing to revisit"}</Badge>
      </div>
      <p className="mt-1 text-sm text-slate-600">
        What the first interview established that either side wants to look at again in this meeting.
      </p>
      {flagged.length === 0 ? (
        <p className="mt-4 text-sm text-slate-700">
          Nothing is flagged. If something from the first interview no longer sounds right, use “Flag to revisit” on it below.
        </p>
      ) : (
        <ul aria-label="Items to revisit" className="mt-4 space-y-4">
          {flagged.map((item) => (
            <li key={item.id} id={`check-${item.id}`} aria-label={TOPIC_LABEL[item.topic]} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <h3 className="font-semibold text-slate-900">{TOPIC_LABEL[item.topic]}</h3>
                <Badge tone="warning">To revisit</Badge>
              </div>
              <p className="mt-1 text-slate-700">{item.summary}</p>
              <p className="mt-2 text-xs text-slate-500">
                {flaggedByText(item.flaggedBySide, mySide)}
                {item.flaggedAt && (
                  <>
                    , <LocalTime date={item.flaggedAt} />
                  </>
                )}
              </p>
              <Thread item={item} mySide={mySide} />
              {!readOnly && <ReplyForm planId={planId} item={item} onChanged={onChanged} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What the first interview established, item by item, with its status and a
 * "Flag to revisit" action on each agreed one (flagged ones link to their discussion).
 */
export function FirstInterviewList({ planId, mySide: _mySide, items, readOnly, onChanged }: SharedProps & { items: FirstInterviewItem[] }) {
  if (!items.length) return <p className="text-sm text-slate-600">Nothing was recorded from the first interview.</p>;
  return (
    <ul aria-label="What the first interview established" className="divide-y divide-slate-200">
      {items.map((item) => (
        <li key={item.id} aria-label={TOPIC_LABEL[item.topic]} className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-start">
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-medium text-slate-900">{TOPIC_LABEL[item.topic]}</h3>
              {item.status === "agreed" ? <Badge tone="success">Agreed</Badge> : <Badge tone="warning">To revisit</Badge>}
            </div>
            <p className="mt-1 text-sm break-words text-slate-700">{item.summary}</p>
          </div>
          <div className="shrink-0">
            {item.status === "to_revisit" ? (
              <a href={`#check-${item.id}`} className="text-sm font-medium text-brand-700 underline underline-offset-2">
                See the discussion
              </a>
            ) : (
              !readOnly && <FlagToRevisit planId={planId} item={item} onChanged={onChanged} />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
