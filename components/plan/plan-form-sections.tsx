"use client";

import { useId, useMemo, useSyncExternalStore, type ReactNode } from "react";
import type { FirstInterviewStatus, FirstInterviewTopic } from "@/db/schema";
import { durationLabel, formatDateTimeIn, sameClock, zoneLabel } from "@/server/rules/format";
import { ITEM_STATUSES, ITEM_STATUS_LABEL, TOPICS, TOPIC_LABEL } from "@/server/rules/labels";
import { useViewerTimeZone } from "@/components/time";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { FieldError, controlClasses, describedBy } from "@/components/ui/field-parts";
import { PlusIcon } from "@/components/ui/icons";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { zonedLocalToUtc } from "@/server/rules/time-zones";
import { RowControls, useOrderedList, type RowControlsProps } from "./ordered-list";
import {
  newKey,
  timeZoneOptions,
  type AgendaRow,
  type InterviewerField,
  type InterviewerRow,
  type ItemField,
  type ItemRow,
} from "./plan-form-state";

/** A titled part of the form; the heading names the group for assistive technology. */
export function FormSection({
  title,
  description,
  children,
  id,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      id={id}
      className="scroll-mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      {description && <div className="mt-1 text-sm text-slate-600">{description}</div>}
      <div className="mt-5 space-y-5">{children}</div>
    </section>
  );
}

/** Radio buttons drawn as a segmented choice; native inputs, so arrow keys move between them. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  error,
  hint,
  hideLegend,
}: {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string;
  hint?: ReactNode;
  hideLegend?: boolean;
}) {
  const id = useId();
  return (
    <fieldset className="space-y-1.5" aria-describedby={describedBy(id, hint, error)}>
      <legend className={cx("text-sm font-medium text-slate-800", hideLegend && "sr-only")}>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.value}
            className={cx(
              "relative inline-flex min-h-10 cursor-pointer items-center gap-2 rounded-lg border px-3.5 text-sm font-medium shadow-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
              value === option.value
                ? "border-brand-600 bg-brand-50 text-brand-800"
                : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="size-4 accent-brand-600 focus-visible:outline-none"
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

const noSubscription = () => () => {};

/** The meeting's zone. The full list comes from the browser; the server renders only the chosen zone. */
export function TimeZoneField({ value, onChange, error }: { value: string; onChange: (zone: string) => void; error?: string }) {
  const zones = useSyncExternalStore(noSubscription, browserZones, () => null);
  const options = useMemo(() => (zones ? zonesWith(zones, value) : [value]), [zones, value]);
  return (
    <SelectField label="Time zone" name="timeZone" value={value} onChange={(e) => onChange(e.target.value)} error={error}>
      {options.map((zone) => (
        <option key={zone} value={zone}>
          {zoneLabel(zone)}
        </option>
      ))}
    </SelectField>
  );
}

// Computed once per page load (useSyncExternalStore needs the same array on every call).
let zoneList: string[] | null = null;
const browserZones = () => (zoneList ??= timeZoneOptions([]));

function zonesWith(list: string[], value: string): string[] {
  return list.includes(value) ? list : timeZoneOptions([value]);
}

/** Names the clock the date is read on, and the reader's own time when that differs. */
export function YourTimeHint({ local, zone }: { local: string; zone: string }) {
  const viewer = useViewerTimeZone();
  let yours: string | null = null;
  if (viewer && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local)) {
    try {
      const instant = zonedLocalToUtc(local, zone);
      if (!Number.isNaN(instant.getTime()) && !sameClock(viewer, zone, instant))
        yours = `${formatDateTimeIn(instant, viewer)} your time (${zoneLabel(viewer)})`;
    } catch {
      yours = null;
    }
  }
  return (
    <p className="text-sm text-slate-600">
      The date and time are on the meeting&apos;s clock, in {zoneLabel(zone)}.
      {yours && <> That&apos;s {yours}.</>}
    </p>
  );
}

const DURATIONS = [15, 30, 45, 60, 75, 90, 120, 150, 180, 240, 300, 360, 420, 480];

export function DurationField({ value, onChange, error }: { value: number; onChange: (minutes: number) => void; error?: string }) {
  const options = DURATIONS.includes(value) ? DURATIONS : [...DURATIONS, value].sort((a, b) => a - b);
  return (
    <SelectField label="Duration" name="durationMinutes" value={String(value)} onChange={(e) => onChange(Number(e.target.value))} error={error}>
      {options.map((minutes) => (
        <option key={minutes} value={minutes}>
          {durationLabel(minutes)}
        </option>
      ))}
    </SelectField>
  );
}

function AddButton({ list, onClick, children, disabled }: { list: string; onClick: () => void; children: ReactNode; disabled?: boolean }) {
  return (
    <Button variant="secondary" data-add={list} onClick={onClick} disabled={disabled}>
      <PlusIcon />
      {children}
    </Button>
  );
}

/** One row of an editable list: its heading (the legend, for screen readers), its move and remove buttons, then its fields. */
function RowCard({ rowKey, title, detail, controls, children }: { rowKey: string; title: string; detail: string; controls: RowControlsProps; children: ReactNode }) {
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

function ListError({ message }: { message?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

type SetRows<T> = (update: (rows: T[]) => T[]) => void;

export function InterviewersEditor({
  rows,
  setRows,
  errors,
  listError,
  max,
}: {
  rows: InterviewerRow[];
  setRows: SetRows<InterviewerRow>;
  errors: Record<string, Partial<Record<InterviewerField, string>>>;
  listError?: string;
  max: number;
}) {
  const list = useOrderedList("interviewers", setRows);
  const update = (key: string, patch: Partial<InterviewerRow>) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-600">
          No one added yet. Describe each person the candidate will meet: their background and what they want to
          establish helps the candidate prepare.
        </p>
      ) : (
        <ol data-list="interviewers" className="space-y-4" aria-label="Interviewers">
          {rows.map((row, index) => {
            const e = errors[row.key] ?? {};
            const rowLabel = `interviewer ${index + 1}${row.name.trim() ? `, ${row.name.trim()}` : ""}`;
            return (
              <RowCard
                key={row.key}
                rowKey={row.key}
                title={`Interviewer ${index + 1}`}
                detail={row.name.trim()}
                controls={{ index, count: rows.length, rowLabel, onMove: (delta) => list.move(row.key, delta), onRemove: () => list.remove(row.key, rows) }}
              >
                <div className="mt-4 grid gap-4 sm:grid-cols-2">
                  <TextField
                    label="Name"
                    name={`interviewers.${index}.name`}
                    value={row.name}
                    onChange={(ev) => update(row.key, { name: ev.target.value })}
                    error={e.name}
                    autoComplete="off"
                  />
                  <TextField
                    label="Job title"
                    name={`interviewers.${index}.jobTitle`}
                    value={row.jobTitle}
                    onChange={(ev) => update(row.key, { jobTitle: ev.target.value })}
                    error={e.jobTitle}
                    autoComplete="off"
                  />
                  <TextArea
                    className="sm:col-span-2"
                    label="Background"
                    name={`interviewers.${index}.background`}
                    hint="Their experience and how long they've been with the company."
                    value={row.background}
                    onChange={(ev) => update(row.key, { background: ev.target.value })}
                    error={e.background}
                  />
                  <TextArea
                    className="sm:col-span-2"
                    label="What they want to establish"
                    name={`interviewers.${index}.wantsToEstablish`}
                    value={row.wantsToEstablish}
                    onChange={(ev) => update(row.key, { wantsToEstablish: ev.target.value })}
                    error={e.wantsToEstablish}
                  />
                  <TextField
                    className="sm:col-span-2"
                    label="Profile link (optional)"
                    name={`interviewers.${index}.profileUrl`}
                    type="url"
                    inputMode="url"
                    placeholder="https://"
                    value={row.profileUrl}
                    onChange={(ev) => update(row.key, { profileUrl: ev.target.value })}
                    error={e.profileUrl}
                    autoComplete="off"
                  />
                </div>
              </RowCard>
            );
          })}
        </ol>
      )}
      <ListError message={listError} />
      <AddButton
        list="interviewers"
        disabled={rows.length >= max}
        onClick={() =>
          list.add({ key: newKey("interviewer"), id: null, name: "", jobTitle: "", background: "", wantsToEstablish: "", profileUrl: "" })
        }
      >
        Add interviewer
      </AddButton>
    </>
  );
}

export function FirstInterviewEditor({
  rows,
  setRows,
  errors,
  listError,
  max,
}: {
  rows: ItemRow[];
  setRows: SetRows<ItemRow>;
  errors: Record<string, Partial<Record<ItemField, string>>>;
  listError?: string;
  max: number;
}) {
  const list = useOrderedList("firstInterview", setRows);
  const update = (key: string, patch: Partial<ItemRow>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  // A new item starts on the first topic not covered yet: the article's order is a checklist.
  const nextTopic = (): FirstInterviewTopic => TOPICS.find((t) => t !== "other" && !rows.some((r) => r.topic === t)) ?? "other";

  return (
    <>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-600">
          Nothing recorded yet. By the second interview, values, skills, outlook, fit, location and hours should be
          settled: note what was agreed, and mark what needs another look as “to revisit”.
        </p>
      ) : (
        <ol data-list="firstInterview" className="space-y-4" aria-label="First interview items">
          {rows.map((row, index) => {
            const e = errors[row.key] ?? {};
            const rowLabel = `item ${index + 1}, ${TOPIC_LABEL[row.topic]}`;
            return (
              <RowCard
                key={row.key}
                rowKey={row.key}
                title={`Item ${index + 1}`}
                detail={TOPIC_LABEL[row.topic]}
                controls={{ index, count: rows.length, rowLabel, onMove: (delta) => list.move(row.key, delta), onRemove: () => list.remove(row.key, rows) }}
              >
                {row.flaggedBySide && row.status === "to_revisit" && (
                  <p className="mt-2 text-sm text-amber-800">
                    Flagged to revisit by {row.flaggedBySide === "candidate" ? "the candidate" : "your organisation"}.
                  </p>
                )}
                <div className="mt-4 grid gap-4 sm:grid-cols-2">
                  <SelectField
                    label="Topic"
                    name={`firstInterview.${index}.topic`}
                    value={row.topic}
                    onChange={(ev) => update(row.key, { topic: ev.target.value as FirstInterviewTopic })}
                    error={e.topic}
                  >
                    {TOPICS.map((topic) => (
                      <option key={topic} value={topic}>
                        {TOPIC_LABEL[topic]}
                      </option>
                    ))}
                  </SelectField>
                  <ChoiceGroup<FirstInterviewStatus>
                    legend="Status"
                    name={`firstInterview.${row.key}.status`}
                    value={row.status}
                    options={ITEM_STATUSES.map((s) => ({ value: s, label: ITEM_STATUS_LABEL[s] }))}
                    onChange={(status) => update(row.key, { status })}
                    error={e.status}
                  />
                  <TextArea
                    className="sm:col-span-2"
                    label="Summary"
                    name={`firstInterview.${index}.summary`}
                    hint="What was said, in a sentence or two both sides would recognise."
                    value={row.summary}
                    onChange={(ev) => update(row.key, { summary: ev.target.value })}
                    error={e.summary}
                    rows={2}
                  />
                </div>
              </RowCard>
            );
          })}
        </ol>
      )}
      <ListError message={listError} />
      <AddButton
        list="firstInterview"
        disabled={rows.length >= max}
        onClick={() => list.add({ key: newKey("item"), id: null, topic: nextTopic(), summary: "", status: "agreed", flaggedBySide: null })}
      >
        Add item
      </AddButton>
    </>
  );
}

export function AgendaEditor({
  rows,
  setRows,
  errors,
  listError,
  max,
}: {
  rows: AgendaRow[];
  setRows: SetRows<AgendaRow>;
  errors: Record<string, string>;
  listError?: string;
  max: number;
}) {
  const list = useOrderedList("agenda", setRows);
  return (
    <>
      {rows.length === 0 ? (
        <p className="rounded-lg bg-slate-50 px-4 py-3 text-sm text-slate-600">
          No agenda yet. A few short items (“Team introductions”, “Case discussion”, “Your questions”) tell the candidate
          how the time will be spent.
        </p>
      ) : (
        <ol data-list="agenda" className="space-y-3" aria-label="Agenda items">
          {rows.map((row, index) => {
            const error = errors[row.key];
            const inputId = `agenda-${row.key}`;
            return (
              <li key={row.key} data-row={row.key} className="space-y-1.5">
                <div className="flex flex-wrap items-center gap-2 sm:flex-nowrap">
                  <span aria-hidden="true" className="w-6 shrink-0 text-right text-sm font-semibold text-slate-500">
                    {index + 1}.
                  </span>
                  <label htmlFor={inputId} className="sr-only">
                    Agenda item {index + 1}
                  </label>
                  <input
                    id={inputId}
                    value={row.text}
                    onChange={(ev) => setRows((all) => all.map((r) => (r.key === row.key ? { ...r, text: ev.target.value } : r)))}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${inputId}-error` : undefined}
                    maxLength={200}
                    className={controlClasses(error, "min-w-0 flex-1 basis-48")}
                  />
                  <div className="ml-8 sm:ml-0">
                    <RowControls
                      compact
                      index={index}
                      count={rows.length}
                      rowLabel={`agenda item ${index + 1}`}
                      onMove={(delta) => list.move(row.key, delta)}
                      onRemove={() => list.remove(row.key, rows)}
                    />
                  </div>
                </div>
                <div className="ml-8">
                  <FieldError id={inputId} error={error} />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <ListError message={listError} />
      <AddButton list="agenda" disabled={rows.length >= max} onClick={() => list.add({ key: newKey("agenda"), text: "" })}>
        Add agenda item
      </AddButton>
    </>
  );
}

