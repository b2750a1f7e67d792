import dynamic from "next/dynamic";
import { LocalDateTime, LocalDay } from "@/components/time";
import { Card } from "@/components/ui/card";
import { preparedLabel, teamStatusLabel } from "@/server/rules/team";
import type { RecruiterPlan } from "./plan-form-state";
import type { TeamMember } from "./team-member";

// The buttons and their mutations load with the panel's first member who has any.
const TeamMemberActions = dynamic(() => import("./team-member-actions").then((m) => m.TeamMemberActions));

export interface InterviewingTeamPanelProps {
  plan: Pick<RecruiterPlan, "id" | "team" | "followUp">;
}

/** Each described interviewer: invited or joined, prepared, debriefed, and what the recruiter may do now. */
export function InterviewingTeamPanel({ plan }: InterviewingTeamPanelProps) {
  if (plan.team.length === 0) return null;
  return (
    <Card
      title="Interviewing team"
      description="Invite the interviewers to add their own goals and, after the meeting, their debrief. They never see the candidate's private notes."
    >
      <ul className="divide-y divide-slate-200" aria-label="Interviewing team">
        {plan.team.map((member) => (
          <li key={member.interviewerId} className="flex flex-col gap-3 py-4 first:pt-0 last:pb-0 sm:flex-row sm:items-start">
            <MemberFacts member={member} followUp={plan.followUp} />
            {(member.canInvite || member.canRevoke || member.joined || member.invitation) && (
              <TeamMemberActions planId={plan.id} member={member} />
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}

function MemberFacts({ member, followUp }: { member: TeamMember; followUp: boolean }) {
  const { invitation } = member;
  return (
    <div className="min-w-0 flex-1">
      <p className="font-medium text-slate-900">
        {member.name}
        {member.jobTitle && <span className="font-normal text-slate-600"> · {member.jobTitle}</span>}
      </p>
      <p className="mt-0.5 text-sm break-words text-slate-700">
        {teamStatusLabel(member)}
        {!member.joined && invitation && (
          <>
            , sent <LocalDay date={invitation.sentAt} />
            {member.email && <> to {member.email}</>}
          </>
        )}
        {member.joined && member.email && <> as {member.email}</>}
      </p>
      <p className="mt-0.5 text-sm text-slate-700">
        {preparedLabel(member.goals)}
        {member.goals > 0 && ` (${member.sharedGoals} shared with the candidate)`}
      </p>
      {followUp && (
        <div className="mt-1 text-sm text-slate-700">
          {member.debriefed ? (
            <>
              <p className="font-medium text-slate-900">Debriefed</p>
              {member.debriefNote && <p className="mt-0.5 break-words whitespace-pre-line">{member.debriefNote}</p>}
            </>
          ) : (
            <p>No debrief yet</p>
          )}
        </div>
      )}
      {member.remindedAt && (
        <p className="mt-0.5 text-xs text-slate-600">
          Last reminded <LocalDateTime date={member.remindedAt} />
        </p>
      )}
    </div>
  );
}
