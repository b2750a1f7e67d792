import { Card } from "@/components/ui/card";
import { PREPARATION_STEP_COUNT } from "@/server/rules/preparation";
import { preparedLabel } from "@/server/rules/team";
import { plural } from "@/server/rules/format";
import type { RecruiterPlan } from "./plan-form-state";

export interface ReadyForMeetingProps {
  plan: Pick<RecruiterPlan, "meetingAhead" | "allowed" | "preparation" | "team" | "candidateName">;
}

/** Before the meeting, one look at who is ready: the candidate's preparation, each interviewer's, the open checks. */
export function ReadyForMeeting({ plan }: ReadyForMeetingProps) {
  if (!plan.meetingAhead || !plan.allowed.write) return null;
  const { preparation: p } = plan;
  return (
    <Card title="Ready for the meeting">
      <dl className="grid gap-3 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-6">
        <dt className="font-medium text-slate-900">{plan.candidateName}</dt>
        <dd className="text-slate-700">
          {p.stepsDone} of {PREPARATION_STEP_COUNT} steps done · {plural(p.sharedGoals, "shared goal")}
        </dd>
        {plan.team.map((member) => (
          <div key={member.interviewerId} className="contents">
            <dt className="font-medium text-slate-900">{member.name}</dt>
            <dd className="text-slate-700">{preparedLabel(member.goals)}</dd>
          </div>
        ))}
        <dt className="font-medium text-slate-900">Consistency checks</dt>
        <dd className="text-slate-700">
          {p.itemsToRevisit === 0 ? "None open" : `${plural(p.itemsToRevisit, "item")} to revisit`}
        </dd>
      </dl>
    </Card>
  );
}
