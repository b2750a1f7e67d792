import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { PlusIcon } from "@/components/ui/icons";
import { RowControls, type RowControlsProps } from "./ordered-list";

/** The pieces the form's three editable lists share. */
export function AddButton({ list, onClick, children, disabled }: { list: string; onClick: () => void; children: ReactNode; disabled?: boolean }) {
  return (
    <Button variant="secondary" data-add={list} onClick={onClick} disabled={disabled}>
      <PlusIcon />
      {children}
    </Button>
  );
}

/** One row of an editable list: its heading (the legend, for screen readers), its move and remove buttons, then its fields. */
export function RowCard({ rowKey, title, detail, controls, children }: { rowKey: string; title: string; detail: string; controls: RowControlsProps; children: ReactNode }) {
  return (
    <li data-row={rowKey} className="rounded-lg border border-slate-200 bg-slate-50/60 p-4">
      <fieldset className="min-w-0">
        <legend className="sr-only">{detail ? `${title}: ${detail}` : title}</legend>
        <div className="flex flex-wrap items-start justify-between gap-3">
          <p aria-hidden="true" className="min-w-0 text-base font-semibold break-words text-slate-900">
            {title}
            {detail && <span className="font-normal text-slate-600">: {detail}</span>}
          </p>
          <RowControls {...controls} />
        </div>
        {children}
      </fieldset>
    </li>
  );
}

export function ListError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

export type SetRows<T> = (update: (rows: T[]) => T[]) => void;
