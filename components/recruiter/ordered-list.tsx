"use client";

import { cx } from "@/components/ui/cx";
import { ArrowDownIcon, ArrowUpIcon, TrashIcon } from "@/components/ui/icons";

/**
 * Reordering and removing rows of a list in the form, keeping keyboard focus
 * where the person is working: on the moved row's button, on the next row
 * after a removal, on the first input of a new row.
 */
export function useOrderedList<T extends { key: string }>(listName: string, setRows: (update: (rows: T[]) => T[]) => void) {
  const focusLater = (find: () => HTMLElement | null | undefined) =>
    requestAnimationFrame(() => requestAnimationFrame(() => find()?.focus()));
  const row = (key: string) => document.querySelector<HTMLElement>(`[data-list="${listName}"] [data-row="${CSS.escape(key)}"]`);
  const enabled = (el: HTMLButtonElement | null | undefined) => (el && !el.disabled ? el : null);

  return {
    add(newRow: T) {
      setRows((rows) => [...rows, newRow]);
      focusLater(() => row(newRow.key)?.querySelector<HTMLElement>("input, select, textarea"));
    },
    move(key: string, delta: -1 | 1) {
      setRows((rows) => {
        const from = rows.findIndex((r) => r.key === key);
        const to = from + delta;
        if (from < 0 || to < 0 || to >= rows.length) return rows;
        const next = [...rows];
        [next[from], next[to]] = [next[to]!, next[from]!];
        return next;
      });
      const [same, other] = delta < 0 ? ["up", "down"] : ["down", "up"];
      focusLater(() => {
        const r = row(key);
        return (
          enabled(r?.querySelector<HTMLButtonElement>(`[data-control="${same}"]`)) ??
          enabled(r?.querySelector<HTMLButtonElement>(`[data-control="${other}"]`))
        );
      });
    },
    remove(key: string, rows: T[]) {
      const index = rows.findIndex((r) => r.key === key);
      const neighbour = rows[index + 1] ?? rows[index - 1];
      setRows((current) => current.filter((r) => r.key !== key));
      focusLater(() =>
        neighbour
          ? row(neighbour.key)?.querySelector<HTMLElement>('[data-control="remove"]')
          : document.querySelector<HTMLElement>(`[data-add="${listName}"]`),
      );
    },
  };
}

const controlClasses =
  "inline-flex min-h-9 min-w-9 items-center justify-center gap-1 rounded-lg border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40";

export interface RowControlsProps {
  index: number;
  count: number;
  /** Says which row a control acts on, e.g. "interviewer 2, Sam Lee". */
  rowLabel: string;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  /** Icons only, for short rows (the agenda); the full name is still read out. */
  compact?: boolean;
  disabled?: boolean;
}

export function RowControls({ index, count, rowLabel, onMove, onRemove, compact, disabled }: RowControlsProps) {
  // The accessible name starts with the visible words, then says which row ("Move up: interviewer 2, Sam Lee").
  const label = (visible: string) => ({ "aria-label": `${visible}: ${rowLabel}`, title: visible });
  // Icons alone on narrow screens (and in compact rows); the aria-label always names the action and the row.
  const text = (visible: string) => (compact ? null : <span className="max-sm:hidden">{visible}</span>);
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      <button
        type="button"
        data-control="up"
        {...label("Move up")}
        className={controlClasses}
        disabled={disabled || index === 0}
        onClick={() => onMove(-1)}
      >
        <ArrowUpIcon />
        {text("Move up")}
      </button>
      <button
        type="button"
        data-control="down"
        {...label("Move down")}
        className={controlClasses}
        disabled={disabled || index === count - 1}
        onClick={() => onMove(1)}
      >
        <ArrowDownIcon />
        {text("Move down")}
      </button>
      <button
        type="button"
        data-control="remove"
        {...label("Remove")}
        className={cx(controlClasses, "text-red-700 hover:bg-red-50")}
        disabled={disabled}
        onClick={onRemove}
      >
        <TrashIcon />
        {text("Remove")}
      </button>
    </div>
  );
}
