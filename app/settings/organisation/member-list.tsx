import { formatDayUtc, plural } from "@/server/rules/format";
import { ROLE_LABEL } from "@/server/rules/labels";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { RouterOutputs } from "@/components/api-types";
import type { MembershipRole } from "@/server/rules/enums";
import { MemberActions } from "./member-actions";

const ROLE_TONE: Record<MembershipRole, "brand" | "neutral"> = { admin: "brand", recruiter: "neutral" };

export interface MemberListProps {
  members: RouterOutputs["organisation"]["members"]["members"];
  orgName: string;
  canManage: boolean;
  myUserId: string;
}

/** Everyone in the organisation; those who manage members get each other person's controls. */
export function MemberList({ members, orgName, canManage, myUserId }: MemberListProps) {
  return (
    <Card title="Members" description={`${plural(members.length, "person", "people")} in ${orgName}.`}>
      <ul className="divide-y divide-slate-200" aria-label="Members">
        {members.map((member) => {
          const isMe = member.userId === myUserId;
          return (
            <li key={member.membershipId} className="flex flex-wrap items-center gap-x-4 gap-y-3 py-4 first:pt-0 last:pb-0">
              <div className="min-w-0 flex-1 basis-56">
                <p className="font-medium text-slate-900">
                  {member.name} {isMe && <span className="font-normal text-slate-500">(you)</span>}
                </p>
                <p className="text-sm wrap-anywhere text-slate-600">{member.email}</p>
                <p className="mt-0.5 text-xs text-slate-500">Joined {formatDayUtc(member.joinedAt)}</p>
              </div>
              {canManage && !isMe ? (
                <MemberActions member={member} orgName={orgName} />
              ) : (
                <Badge tone={ROLE_TONE[member.role]}>{ROLE_LABEL[member.role]}</Badge>
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}
