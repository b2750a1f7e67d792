import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";
import { requireMe, whenRefused } from "@/server/auth/page-session";
import { InviteForm } from "./invite-form";
import { MemberList } from "./member-list";
import { PendingInvitations } from "./pending-invitations";

export const metadata: Metadata = { title: "Organisation settings" };

export default async function OrganisationSettingsPage() {
  const me = await requireMe("/settings/organisation");
  const data = await whenRefused((await serverApi()).organisation.members(), { FORBIDDEN: () => null });
  if (!data) redirect("/dashboard");

  const { organisation, members } = data;
  const isAdmin = organisation.myRole === "admin";
  const invitations = isAdmin ? await (await serverApi()).organisation.invitations() : [];

  return (
    <>
      <PageHeader
        eyebrow={organisation.name}
        title="Organisation settings"
        description={
          isAdmin
            ? "Invite recruiters, choose who else can manage the team, and remove people who have left."
            : "The people in your organisation. Ask an admin to invite or remove someone."
        }
      />
      <div className="space-y-6">
        {isAdmin && (
          <Card
            title="Invite a recruiter"
            description="They'll get an email with a link to join. Each link works once and expires; until then it is listed below."
          >
            <InviteForm />
          </Card>
        )}
        {isAdmin && <PendingInvitations invitations={invitations} />}
        <MemberList members={members} orgName={organisation.name} canManage={isAdmin} myUserId={me.id} />
      </div>
    </>
  );
}
