"use client";

import { otherSide } from "@/server/rules/visibility";
import { useId, useRef, useState } from "react";
import type { PlanSide } from "@/server/rules/enums";
import { errorCode } from "@/components/form-errors";
import { formatDueOn } from "@/server/rules/format";
import { ownerLabelFor, sideName, sideNoun } from "@/server/rules/labels";
import { TimeText } from "@/components/time";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { cx } from "@/components/ui/cx";
import { CalendarIcon, CheckIcon, ClockIcon, DoubleCheckIcon, PencilIcon } from "@/components/ui/icons";
import { useToast } from "@/components/ui/toast";
import { StepForm } from "./step-form";
import { isStale, sideOwning, type Step } from "./steps";
import type { useStepActions } from "./use-step-actions";

interface StepItemProps {
  planId: string;
  step: Step;
  mySide: PlanSide;
  readOnly: boolean;
  actions: ReturnType<typeof useStepActions>;
}

type Look = { label: string; tone: string; border: string };

function look(step: Step, mine: boolean): Look {
  if (step.status === "done") return { label: "Done", tone: "bg-emerald-600 text-white", border: "border-l-emerald-600" };
  if (step.status === "dropped") return { label: "Dropped", tone: "bg-slate-200 text-slate-700", border: "border-l-slate-300" };
  if (step.agreed) return { label: "Agreed", tone: "bg-emerald-50 text-emerald-800", border: "border-l-emerald-500" };
  if (!mine) return { label: "To confirm", tone: "bg-amber-100 text-amber-900", border: "border-l-amber-500" };
  return { label: "Waiting", tone: "bg-slate-100 text-slate-700", border: "border-l-brand-600" };
}

/** Who has confirmed, in plain words: "Confirmed by you · Waiting for the candidate", "Agreed by both". */
function ConfirmationLine({ step, mySide }: { step: Step; mySide: PlanSide }) {
  const other = otherSide(mySide);
  const mine = (mySide === "candidate" ? step.candidateConfirmedAt : step.organisationConfirmedAt) !== null;
  const theirs = (other === "candidate" ? step.candidateConfirmedAt : step.organisationConfirmedAt) !== null;

  if (step.status === "done")
    return (
      <p className="flex items-center gap-1.5 text-emerald-800">
        <CheckIcon className="size-4 shrink-0" />
        Agreed by both and done{step.closedAt && <> · <TimeText date={step.closedAt} /></>}
      </p>
    );
  if (step.status === "dropped")
    return <p className="text-slate-600">Dropped{step.closedAt && <> · <TimeText date={step.closedAt} /></>}</p>;
  if (mine && theirs)
    return (
      <p className="flex items-center gap-1.5 font-medium text-emerald-800">
        <DoubleCheckIcon className="size-4 shrink-0" />
        Agreed by both
      </p>
    );
  if (mine)
    return (
      <p className="flex flex-wrap items-center gap-x-1.5 text-slate-700">
        <CheckIcon className="size-4 shrink-0 text-emerald-700" />
        <span>Confirmed by you</span>
        <span aria-hidden="true">·</span>
        <span className="inline-flex items-center gap-1 font-medium text-slate-900">
          <ClockIcon className="size-3.5" /> Waiting for {sideNoun(other)}
        </span>
      </p>
    );
  if (theirs)
    return (
      <p className="flex flex-wrap items-center gap-x-1.5 text-slate-700">
        <CheckIcon className="size-4 shrink-0 text-emerald-700" />
        <span>Confirmed by {sideNoun(other)}</span>
        <span aria-hidden="true">·</span>
        <span className="font-semibold text-amber-900">Waiting for your confirmation</span>
      </p>
    );
  return <p className="text-slate-700">Not confirmed yet by you or {sideNoun(other)}</p>;
}

/** One next step: what, who, when, who has confirmed, and what the reader can do about it. */
export function StepItem({ planId, step, mySide, readOnly, actions }: StepItemProps) {
  const notify = useToast();
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [dropOpen, setDropOpen] = useState(false);
  const [failure, setFailure] = useState<{ message: string; stale: boolean } | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  // The button just used may be gone after the change: keep the keyboard in this step.
  const keepFocus = (target: "title" | "edit") =>
    requestAnimationFrame(() => (target === "edit" ? editButtonRef.current : titleRef.current)?.focus());

  const other = otherSide(mySide);
  const myConfirmation = mySide === "candidate" ? step.candidateConfirmedAt : step.organisationConfirmedAt;
  const theirConfirmation = other === "candidate" ? step.candidateConfirmedAt : step.organisationConfirmedAt;
  const open = step.status === "open" && !readOnly;
  const canConfirm = open && myConfirmation === null;
  const canMarkDone = open && step.agreed && sideOwning(step.owner) === mySide;
  // How a drop would go is the server's rule (step.drop), never re-decided here.
  const dropMode = step.drop;
  const l = look(step, myConfirmation !== null);

  const pendingConfirm = actions.confirm.isPending && actions.confirm.variables?.stepId === step.id;
  const pendingDone = actions.markDone.isPending && actions.markDone.variables?.stepId === step.id;
  const pendingDrop = actions.drop.isPending && actions.drop.variables?.stepId === step.id;
  const pendingDecline = actions.declineDrop.isPending && actions.declineDrop.variables?.stepId === step.id;
  const pendingEdit = actions.edit.isPending && actions.edit.variables?.stepId === step.id;

  const fail = (error: { message: string }) => setFailure({ message: error.message, stale: isStale(error) });
  const run = (kind: "confirm" | "markDone" | "drop" | "declineDrop", done: () => void) => {
    setFailure(null);
    // A confirmation names the version on screen: a step edited meanwhile is refused, never confirmed unseen.
    actions[kind].mutate(
      { planId, stepId: step.id, ...(kind === "confirm" ? { expectedVersion: step.version } : {}) },
      {
        onSuccess: () => {
          done();
          keepFocus("title");
        },
        onError: fail,
      },
    );
  };

  const reload = () => {
    setFailure(null);
    setEditing(false);
    actions.edit.reset();
    void actions.reload();
  };

  const editFailure = pendingEdit || actions.edit.variables?.stepId !== step.id ? null : actions.edit.error;

  return (
    <li
      aria-labelledby={titleId}
      className={cx(
        "rounded-lg border border-l-4 border-slate-200 bg-white p-4",
        l.border,
        step.status === "dropped" && "bg-slate-50",
      )}
    >
      {editing ? (
        <div>
          <h3 id={titleId} className="mb-3 font-semibold text-slate-900">
            Edit step
          </h3>
          <StepForm
            idPrefix={`edit-${step.id}`}
            mySide={mySide}
            initial={{ description: step.description, owner: step.owner, dueOn: step.dueOn }}
            submitLabel="Save changes"
            pendingLabel="Saving…"
            pending={pendingEdit}
            failure={editFailure}
            notice={
              theirConfirmation !== null ? (
                <p className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
                  {step.agreed
                    ? "Editing an agreed step asks the other side to confirm again."
                    : `Editing this step withdraws ${sideNoun(other)}'s confirmation: they will be asked to confirm again.`}
                </p>
              ) : undefined
            }
            errorAction={
              errorCode(editFailure) === "CONFLICT" || (editFailure && isStale(editFailure)) ? (
                <Button size="sm" variant="secondary" onClick={reload}>
                  Reload the latest version
                </Button>
              ) : undefined
            }
            onCancel={() => {
              actions.edit.reset();
              setEditing(false);
              keepFocus("edit");
            }}
            onSubmit={(values) =>
              actions.edit.mutate(
                { planId, stepId: step.id, expectedVersion: step.version, ...values },
                {
                  onSuccess: () => {
                    setEditing(false);
                    keepFocus("title");
                    notify({
                      title: "Step updated",
                      description: theirConfirmation !== null ? `We asked ${sideNoun(other)} to confirm it again.` : undefined,
                    });
                  },
                },
              )
            }
          />
        </div>
      ) : (
        <>
          <div className="flex items-start justify-between gap-3">
            <h3
              id={titleId}
              ref={titleRef}
              tabIndex={-1}
              className={cx(
                "min-w-0 font-semibold break-words text-slate-900",
                step.status === "dropped" && "text-slate-500 line-through decoration-slate-400",
              )}
            >
              {step.description}
            </h3>
            <span className={cx("shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold", l.tone)}>
              <span className="sr-only">Status: </span>
              {l.label}
            </span>
          </div>
          <dl className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-slate-600">
            <div className="flex gap-1">
              <dt>Owner:</dt>
              <dd className="font-medium text-slate-800">{ownerLabelFor(step.owner, mySide)}</dd>
            </div>
            <div className="flex flex-wrap items-center gap-x-1">
              <dt>Due:</dt>
              <dd className="font-medium text-slate-800">
                {step.dueOn ? <time dateTime={step.dueOn}>{formatDueOn(step.dueOn)}</time> : "No date"}
              </dd>
              {step.dueOn && step.status === "open" && (
                <dd>
                  <a
                    href={`/api/plans/${planId}/steps/${step.id}/calendar`}
                    download
                    className="ml-1 inline-flex min-h-8 items-center gap-1 rounded px-1 font-medium text-brand-700 underline decoration-brand-600/30 underline-offset-2 hover:decoration-brand-700"
                  >
                    <CalendarIcon className="size-3.5" />
                    Add to calendar
                    <span className="sr-only"> (.ics file for “{step.description}”)</span>
                  </a>
                </dd>
              )}
            </div>
          </dl>
          <div className="mt-2 text-sm">
            <ConfirmationLine step={step} mySide={mySide} />
            {step.status === "open" && step.dropRequestedBySide && (
              <p className="mt-1 font-medium text-red-800">
                {dropMode === "requested"
                  ? `You asked to drop this step · waiting for ${sideNoun(other)} to agree`
                  : `${sideName(other, mySide)} asked to drop this step`}
              </p>
            )}
          </div>

          {failure && (
            <div role="alert" className="mt-3 space-y-2 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
              <p>{failure.message}</p>
              {failure.stale && (
                <Button size="sm" variant="secondary" onClick={reload}>
                  Reload
                </Button>
              )}
            </div>
          )}

          {open && (
            <div className="mt-3 flex flex-wrap gap-2">
              {canConfirm && (
                <Button
                  size="sm"
                  pending={pendingConfirm}
                  pendingLabel="Confirming…"
                  onClick={() =>
                    run("confirm", () =>
                      notify({
                        title: "Step confirmed",
                        description: theirConfirmation ? "Both sides have now agreed it." : `Waiting for ${sideNoun(other)}.`,
                      }),
                    )
                  }
                >
                  <CheckIcon />
                  Confirm<span className="sr-only"> “{step.description}”</span>
                </Button>
              )}
              {canMarkDone && (
                <Button
                  size="sm"
                  variant="secondary"
                  pending={pendingDone}
                  pendingLabel="Saving…"
                  onClick={() => run("markDone", () => notify({ title: "Step marked done" }))}
                >
                  Mark done<span className="sr-only"> “{step.description}”</span>
                </Button>
              )}
              <Button
                ref={editButtonRef}
                size="sm"
                variant="secondary"
                onClick={() => {
                  setFailure(null);
                  actions.edit.reset();
                  setEditing(true);
                }}
              >
                <PencilIcon className="size-3.5" />
                Edit<span className="sr-only"> “{step.description}”</span>
              </Button>
              {dropMode === "request" && (
                <Button
                  size="sm"
                  variant="ghost"
                  className="text-red-700! hover:bg-red-50!"
                  pending={pendingDrop}
                  pendingLabel="Asking…"
                  onClick={() =>
                    run("drop", () => notify({ title: "Asked to drop the step", description: `${sideName(other, mySide)} will be asked to agree.` }))
                  }
                >
                  Ask to drop<span className="sr-only"> “{step.description}”</span>
                </Button>
              )}
              {(dropMode === "immediate" || dropMode === "confirm_request") && (
                <ConfirmDialog
                  open={dropOpen}
                  onOpenChange={(next) => {
                    if (next) setFailure(null);
                    setDropOpen(next);
                  }}
                  trigger={
                    <Button size="sm" variant="ghost" className="text-red-700! hover:bg-red-50!">
                      {dropMode === "confirm_request" ? "Confirm drop" : "Drop"}
                      <span className="sr-only"> “{step.description}”</span>
                    </Button>
                  }
                  title={dropMode === "confirm_request" ? "Agree to drop this step?" : "Drop this step?"}
                  description={
                    dropMode === "confirm_request"
                      ? `${sideName(other, mySide)} asked to drop “${step.description}”. Once you agree it is dropped for both sides; it stays in the timeline.`
                      : `${sideName(other, mySide)} hasn't confirmed “${step.description}” yet, so it is withdrawn at once. It stays in the timeline.`
                  }
                  confirmLabel="Drop step"
                  pendingLabel="Dropping…"
                  pending={pendingDrop}
                  error={failure?.message}
                  onConfirm={() =>
                    actions.drop.mutate(
                      { planId, stepId: step.id },
                      {
                        onSuccess: () => {
                          setDropOpen(false);
                          notify({ title: "Step dropped" });
                        },
                        onError: fail,
                      },
                    )
                  }
                />
              )}
              {dropMode === "confirm_request" && (
                <Button
                  size="sm"
                  variant="ghost"
                  pending={pendingDecline}
                  pendingLabel="Keeping…"
                  onClick={() =>
                    run("declineDrop", () =>
                      notify({ title: "Step kept", description: `${sideName(other, mySide)} will be told the step stays.` }),
                    )
                  }
                >
                  Keep step<span className="sr-only"> “{step.description}”</span>
                </Button>
              )}
            </div>
          )}
        </>
      )}
    </li>
  );
}
