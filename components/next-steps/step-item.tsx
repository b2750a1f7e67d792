"use client";

import { useId, useRef, useState } from "react";
import type { PlanSide } from "@/server/rules/enums";
import { formatDueOn } from "@/server/rules/format";
import { stepCalendarPath } from "@/server/rules/plan-urls";
import { ownerLabelFor, sideName, sideNoun } from "@/server/rules/labels";
import { confirmedBy } from "@/server/rules/step-rules";
import { otherSide } from "@/server/rules/visibility";
import { cx } from "@/components/ui/cx";
import { CalendarIcon } from "@/components/ui/icons";
import { ConfirmationLine } from "./confirmation-line";
import { StepActionsBar } from "./step-actions-bar";
import { StepEditor } from "./step-editor";
import { stepLook } from "./step-look";
import type { Step } from "./steps";
import type { StepActions } from "./use-step-actions";

interface StepItemProps {
  planId: string;
  step: Step;
  mySide: PlanSide;
  /** The plan no longer changes (`allowed.write` is false): no actions at all. */
  readOnly: boolean;
  actions: StepActions;
}

/** One next step: what, who, when, who has confirmed, and what the reader can do about it. */
export function StepItem({ planId, step, mySide, readOnly, actions }: StepItemProps) {
  const titleId = useId();
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  // The button just used may be gone after the change: keep the keyboard in this step.
  const keepFocus = (target: "title" | "edit") =>
    requestAnimationFrame(() => (target === "edit" ? editButtonRef.current : titleRef.current)?.focus());
  const other = otherSide(mySide);
  const look = stepLook(step, confirmedBy(step, mySide));

  return (
    <li aria-labelledby={titleId} className={cx("rounded-lg border border-l-4 border-slate-200 bg-white p-4", look.border, step.status === "dropped" && "bg-slate-50")}>
      {editing ? (
        <div>
          <h3 id={titleId} className="mb-3 font-semibold text-slate-900">
            Edit step
          </h3>
          <StepEditor
            planId={planId}
            step={step}
            mySide={mySide}
            edit={actions.edit}
            onClose={(saved) => {
              setEditing(false);
              keepFocus(saved ? "title" : "edit");
            }}
          />
        </div>
      ) : (
        <>
          <div className="flex items-start justify-between gap-3">
            <h3
              id={titleId}
              ref={titleRef}
              tabIndex={-1}
              className={cx("min-w-0 font-semibold break-words text-slate-900", step.status === "dropped" && "text-slate-500 line-through decoration-slate-400")}
            >
              {step.description}
            </h3>
            <span className={cx("shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold", look.tone)}>
              <span className="sr-only">Status: </span>
              {look.label}
            </span>
          </div>
          <dl className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-1 text-sm text-slate-600">
            <div className="flex gap-1">
              <dt>Owner:</dt>
              <dd className="font-medium text-slate-800">{ownerLabelFor(step.owner, mySide)}</dd>
            </div>
            <div className="flex flex-wrap items-center gap-x-1">
              <dt>Due:</dt>
              <dd className="font-medium text-slate-800">{step.dueOn ? <time dateTime={step.dueOn}>{formatDueOn(step.dueOn)}</time> : "No date"}</dd>
              {step.dueOn && step.status === "open" && (
                <dd>
                  <a
                    href={stepCalendarPath(planId, step.id)}
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
            {step.drop === "requested" && <p className="mt-1 font-medium text-red-800">You asked to drop this step · waiting for {sideNoun(other)} to agree</p>}
            {step.drop === "confirm_request" && <p className="mt-1 font-medium text-red-800">{sideName(other, mySide)} asked to drop this step</p>}
          </div>
          {failure && (
            <p role="alert" className="mt-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
              {failure}
            </p>
          )}
          {!readOnly && (
            <StepActionsBar
              planId={planId}
              step={step}
              mySide={mySide}
              actions={actions}
              failure={failure ?? undefined}
              onFailure={(error) => setFailure(error.message)}
              onDone={() => {
                setFailure(null);
                keepFocus("title");
              }}
              onEdit={() => {
                setFailure(null);
                actions.edit.reset();
                setEditing(true);
              }}
              editButtonRef={editButtonRef}
            />
          )}
        </>
      )}
    </li>
  );
}
