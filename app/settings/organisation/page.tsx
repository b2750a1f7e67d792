import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getQueryClient, HydrateClient, trpc } from "@/server/api/server-query";
import { requireMe, whenRefused } from "@/server/auth/page-session";
import { can } from "@/server/rules/permissions";
import { OrganisationSettings } from "./organisation-settings";

export const metadata: Metadata = { title: "Organisation settings" };

export default async function OrganisationSettingsPage() {
  const me = await requireMe("/settings/organisation");
  const queryClient = getQueryClient();
  const data = await whenRefused(queryClient.fetchQuery({ ...trpc.organisation.members.queryOptions(), retry: false }), {
    FORBIDDEN: () => null,
  });
  if (!data) redirect("/dashboard");
  // What the page shows is in its first HTML; the client reads the same cache entries.
  if (can(data.organisation.myRole, "members.manage")) await queryClient.prefetchQuery(trpc.organisation.invitations.queryOptions());
  if (can(data.organisation.myRole, "organisation.configure"))
    await Promise.all([queryClient.prefetchQuery(trpc.organisation.settings.queryOptions()), queryClient.prefetchQuery(trpc.dataRights.retention.queryOptions())]);

  return (
    <HydrateClient>
      <OrganisationSettings myUserId={me.id} />
    </HydrateClient>
  );
}
