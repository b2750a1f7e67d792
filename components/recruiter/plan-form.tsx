"use client";

import type { Route } from "next";
import { useViewerTimeZone } from "@/components/time";
import { Alert } from "@/components/ui/alert";
import { Form } from "@/components/ui/form";
import { LockIcon } from "@/components/ui/icons";
import { TextArea } from "@/components/ui/text-area";
import { PLAN_LIMITS } from "@/server/rules/limits";
import { AgendaEditor } from "./agenda-editor";
import { FirstInterviewEditor } from "./first-interview-editor";
import { FormSection } from "./form-section";
import { InterviewersEditor } from "./interviewers-editor";
import { MeetingPlaceFields } from "./meeting-place-fields";
import { MeetingTimeFields } from "./meeting-time-fields";
import { PlanBasicsFields } from "./plan-basics-fields";
import { PlanConflictView } from "./plan-conflict-view";
import { planFormErrors } from "./plan-form-errors";
import { PlanFormFooter } from "./plan-form-footer";
import { emptyValues, valuesFromPlan } from "./plan-form-content";
import type { RecruiterPlan } from "./plan-form-state";
import { usePlanDraft } from "./use-plan-draft";
import { usePlanSave } from "./use-plan-save";
import { planPath } from "@/server/rules/plan-urls";

export type PlanFormProps = { mode: "create" } | { mode: "edit"; plan: RecruiterPlan; candidateEmailLocked: boolean };

/**
 * Creates or edits a whole plan. Everything stays in the browser until Save;
 * a refused save keeps every keystroke, shows each message next to its field,
 * and a save that lost a race to a colleague shows what they changed.
 */
export function PlanForm(props: PlanFormProps) {
  const editing = props.mode === "edit" ? props.plan : null;
  const viewerZone = useViewerTimeZone();
  const draft = usePlanDraft(() => (editing ? valuesFromPlan(editing) : emptyValues()));
  const { values, set, setList } = draft;
  const timeZone = values.timeZone ?? viewerZone ?? "UTC";
  const save = usePlanSave({ planId: editing?.id ?? null, version: editing?.version ?? 0, draft, timeZone });
  const failure = save.failure;
  const conflict = failure?.data?.code === "CONFLICT";
  const errors = planFormErrors(failure?.data?.fieldErrors, save.submittedKeys, values);
  const backHref = (editing ? planPath(editing.id) : "/dashboard") as Route;

  const formError =
    conflict || !failure
      ? undefined
      : errors.other.length
        ? `${errors.any ? "Please check the highlighted fields. " : ""}${errors.other.join(" ")}`
        : errors.any
          ? "Please check the highlighted fields."
          : failure.message;

  return (
    <Form
      aria-label={editing ? "Edit plan" : "New plan"}
      failure={failure}
      formError={formError}
      onSubmit={(event) => {
        event.preventDefault();
        if (!save.pending) save.submit();
      }}
      className="space-y-6"
    >
      {save.conflict && (
        <PlanConflictView conflict={save.conflict} planHref={backHref} pending={save.pending} onReapply={save.reapply} onDiscard={save.discard} />
      )}

      <FormSection title="The meeting" description="What the candidate needs to find the meeting and arrive on time.">
        <PlanBasicsFields values={values} set={set} errors={errors.meeting} emailLocked={props.mode === "edit" && props.candidateEmailLocked} />
        {editing?.scheduling.toBePicked && (
          <Alert tone="info" title="The candidate is picking the time">
            <p>
              The date below is the first of the times you offered. Leave it, the time zone and the duration as they are to keep the offer; change
              them to set a fixed time instead, and the offer is withdrawn.
            </p>
          </Alert>
        )}
        <MeetingTimeFields values={values} set={set} errors={errors.meeting} timeZone={timeZone} />
        <MeetingPlaceFields values={values} set={set} errors={errors.meeting} />
      </FormSection>

      <FormSection title="Agenda" description="Short items, in the order they'll happen.">
        <AgendaEditor rows={values.agenda} setRows={setList("agenda")} errors={errors.agenda} listError={errors.meeting.agenda} />
      </FormSection>

      <FormSection
        title="People you're meeting"
        description="Who the candidate will meet, in the order they'll meet them. The candidate sees all of this."
      >
        <InterviewersEditor rows={values.interviewers} setRows={setList("interviewers")} errors={errors.interviewers} listError={errors.interviewersList} />
      </FormSection>

      <FormSection
        title="What the first interview established"
        description="Both sides see these. Items marked “to revisit” become the consistency checks of the second meeting."
      >
        <FirstInterviewEditor
          rows={values.firstInterview}
          setRows={setList("firstInterview")}
          errors={errors.firstInterview}
          listError={errors.firstInterviewList}
        />
      </FormSection>

      <FormSection
        title="Internal note"
        description={
          <p className="flex items-center gap-1.5 font-medium text-slate-700">
            <LockIcon className="size-4 shrink-0" /> Only your organisation sees this. The candidate never does.
          </p>
        }
      >
        <TextArea
          label="Internal note (optional)"
          name="internalNote"
          hint="Context for colleagues: salary expectations, other processes, what to probe."
          value={values.internalNote}
          onChange={(e) => set("internalNote", e.target.value)}
          error={errors.meeting.internalNote}
          maxLength={PLAN_LIMITS.internalNote}
          rows={4}
        />
      </FormSection>

      <PlanFormFooter creating={!editing} pending={save.pending} dirty={draft.dirty} savedAt={save.savedAt} backHref={backHref} />
    </Form>
  );
}
