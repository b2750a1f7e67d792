import { TextField } from "@/components/ui/text-field";
import { LIMITS, PLAN_LIMITS } from "@/server/rules/limits";
import type { PlanFormErrors } from "./plan-form-errors";
import type { PlanFormValues } from "./plan-form-state";
import type { SetPlanField } from "./use-plan-draft";

export interface PlanBasicsFieldsProps {
  values: PlanFormValues;
  set: SetPlanField;
  errors: PlanFormErrors["meeting"];
  /** The server says the invitation is bound to this address. */
  emailLocked: boolean;
}

/** The role and the candidate. */
export function PlanBasicsFields({ values, set, errors, emailLocked }: PlanBasicsFieldsProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        label="Role title"
        name="roleTitle"
        value={values.roleTitle}
        onChange={(e) => set("roleTitle", e.target.value)}
        error={errors.roleTitle}
        maxLength={PLAN_LIMITS.roleTitle}
        autoComplete="off"
      />
      <TextField
        label="Hiring company"
        name="hiringCompany"
        value={values.hiringCompany}
        onChange={(e) => set("hiringCompany", e.target.value)}
        error={errors.hiringCompany}
        maxLength={PLAN_LIMITS.hiringCompany}
        autoComplete="organization"
      />
      <TextField
        label="Candidate's name"
        name="candidateName"
        value={values.candidateName}
        onChange={(e) => set("candidateName", e.target.value)}
        error={errors.candidateName}
        maxLength={PLAN_LIMITS.candidateName}
        autoComplete="off"
      />
      <TextField
        label="Candidate's email"
        name="candidateEmail"
        type="email"
        inputMode="email"
        hint={
          emailLocked
            ? "The plan was already shared with this address. To invite someone else, duplicate the plan for them."
            : undefined
        }
        readOnly={emailLocked}
        className={emailLocked ? "[&_input]:bg-slate-50 [&_input]:text-slate-600" : undefined}
        value={values.candidateEmail}
        onChange={(e) => set("candidateEmail", e.target.value)}
        error={errors.candidateEmail}
        maxLength={LIMITS.email}
        autoComplete="off"
      />
    </div>
  );
}
