import { controlClasses, FieldError } from "@/components/ui/field-parts";
import { PLAN_LIMITS } from "@/server/rules/limits";
import { AddButton, ListError, type SetRows } from "./editable-list-parts";
import { RowControls, useOrderedList } from "./ordered-list";
import { newKey, type AgendaRow } from "./plan-form-state";

export interface AgendaEditorProps {
  rows: AgendaRow[];
  setRows: SetRows<AgendaRow>;
  errors: Record<string, string>;
  listError?: string;
}

/** Short agenda items, in the order they will happen. */
export function AgendaEditor({ rows, setRows, errors, listError }: AgendaEditorProps) {
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
                    maxLength={PLAN_LIMITS.agendaItem}
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
      <AddButton list="agenda" disabled={rows.length >= PLAN_LIMITS.agendaItems} onClick={() => list.add({ key: newKey("agenda"), text: "" })}>
        Add agenda item
      </AddButton>
    </>
  );
}
