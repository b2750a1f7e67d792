import type { FirstInterviewStatus, FirstInterviewTopic } from "@/server/rules/enums";
import { ITEM_STATUSES, ITEM_STATUS_LABEL, TOPICS, TOPIC_LABEL, sideName } from "@/server/rules/labels";
import { PLAN_LIMITS } from "@/server/rules/limits";
import { SelectField } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { ChoiceGroup } from "./choice-group";
import { AddButton, ListError, RowCard, type SetRows } from "./editable-list-parts";
import { useOrderedList } from "./ordered-list";
import { newKey, type ItemField, type ItemRow } from "./plan-form-state";

export interface FirstInterviewEditorProps {
  rows: ItemRow[];
  setRows: SetRows<ItemRow>;
  errors: Record<string, Partial<Record<ItemField, string>>>;
  listError?: string;
}

/** What the first interview established, item by item. */
export function FirstInterviewEditor({ rows, setRows, errors, listError }: FirstInterviewEditorProps) {
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
                    Flagged to revisit by {sideName(row.flaggedBySide, "organisation").toLowerCase()}.
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
                    maxLength={PLAN_LIMITS.summary}
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
        disabled={rows.length >= PLAN_LIMITS.firstInterviewItems}
        onClick={() => list.add({ key: newKey("item"), id: null, version: null, topic: nextTopic(), summary: "", status: "agreed", flaggedBySide: null })}
      >
        Add item
      </AddButton>
    </>
  );
}
