"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/server/rules/permissions";
import { InviteForm } from "./invite-form";
import { MemberList } from "./member-list";
import { PendingInvitations } from "./pending-invitations";
import { EraseCandidateForm } from "./erase-candidate-form";
import { RetentionSettingsForm } from "./retention-settings-form";
import { SchedulingSettingsForm } from "./scheduling-settings-form";

export interface OrganisationSettingsProps {
  myUserId: string;
}

/** The organisation's people, read from the query cache; member actions invalidate what they change. */
export function OrganisationSettings({ myUserId }: OrganisationSettingsProps) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.organisation.members.queryOptions());
  const { organisation, members } = data;
  const canManage = can(organisation.myRole, "members.manage");

  return (
    <>
      <PageHeader
        eyebrow={organisation.name}
        title="Organisation settings"
        description={
          canManage
            ? "Invite recruiters, choose who else can manage the team, and remove people who have left."
            : "The people in your organisation. Ask an admin to invite or remove someone."
        }
      />
      <div className="space-y-6">
        {canManage && (
          <>
            <Card
              title="Invite a recruiter"
              description="They'll get an email with a link to join. Each link works once and expires; until then it is listed below."
            >
              <InviteForm />
            </Card>
            <PendingInvitations />
          </>
        )}
        {can(organisation.myRole, "organisation.configure") && (
          <Card
            title="Candidates changing the meeting time"
            description="A candidate can change or cancel their interview's time from their plan until this many hours before it: a time they picked goes back to picking, a fixed time becomes a request to you."
          >
            <SchedulingSettingsForm />
          </Card>
        )}
        {can(organisation.myRole, "organisation.configure") && (
          <Card
            title="Keeping candidates' data"
            description="How long a candidate's name, address and private notes stay after their plan closes. Then the plan is anonymised: what they shared stays, as the Former candidate's."
          >
            <RetentionSettingsForm />
          </Card>
        )}
        {can(organisation.myRole, "candidateData.erase") && (
          <Card
            title="Erase a candidate's data"
            description="When a candidate asks you to erase their data, find their plans by their email address and anonymise them now."
          >
            <EraseCandidateForm orgName={organisation.name} />
          </Card>
        )}
        <MemberList members={members} orgName={organisation.name} canManage={canManage} myUserId={myUserId} />
      </div>
    </>
  );
}
