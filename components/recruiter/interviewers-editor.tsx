import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { PLAN_LIMITS } from "@/server/rules/limits";
import { AddButton, ListError, RowCard, type SetRows } from "./editable-list-parts";
import { useOrderedList } from "./ordered-list";
import { newKey, type InterviewerField, type InterviewerRow } from "./plan-form-state";

export interface InterviewersEditorProps {
  rows: InterviewerRow[];
  setRows: SetRows<InterviewerRow>;
  errors: Record<string, Partial<Record<InterviewerField, string>>>;
  listError?: string;
}

/** The people the candidate will meet, in order. */
export function InterviewersEditor({ rows, setRows, errors, listError }: InterviewersEditorProps) {
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
                    maxLength={PLAN_LIMITS.interviewerName}
                    autoComplete="off"
                  />
                  <TextField
                    label="Job title"
                    name={`interviewers.${index}.jobTitle`}
                    value={row.jobTitle}
                    onChange={(ev) => update(row.key, { jobTitle: ev.target.value })}
                    error={e.jobTitle}
                    maxLength={PLAN_LIMITS.jobTitle}
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
                    maxLength={PLAN_LIMITS.longText}
                  />
                  <TextArea
                    className="sm:col-span-2"
                    label="What they want to establish"
                    name={`interviewers.${index}.wantsToEstablish`}
                    value={row.wantsToEstablish}
                    onChange={(ev) => update(row.key, { wantsToEstablish: ev.target.value })}
                    error={e.wantsToEstablish}
                    maxLength={PLAN_LIMITS.longText}
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
                    maxLength={PLAN_LIMITS.url}
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
        disabled={rows.length >= PLAN_LIMITS.interviewers}
        onClick={() =>
          list.add({ key: newKey("interviewer"), id: null, version: null, name: "", jobTitle: "", background: "", wantsToEstablish: "", profileUrl: "" })
        }
      >
        Add interviewer
      </AddButton>
    </>
  );
}
