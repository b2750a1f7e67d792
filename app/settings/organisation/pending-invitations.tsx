"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc";
import { formatDayUtc } from "@/server/rules/format";
import { ROLE_LABEL } from "@/server/rules/labels";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { RevokeInvitationButton } from "./revoke-invitation-button";

/** Invitations nobody has accepted yet, each with its revoke button (the page shows this to those who manage members). */
export function PendingInvitations() {
  const trpc = useTRPC();
  const { data: invitations } = useSuspenseQuery(trpc.organisation.invitations.queryOptions());
  return (
    <Card title="Pending invitations">
      {invitations.length === 0 ? (
        <p className="text-sm text-slate-600">No pending invitations.</p>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label="Pending invitations">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3 first:pt-0 last:pb-0">
              <div className="min-w-0 flex-1">
                <p className="font-medium wrap-anywhere text-slate-900">{invitation.email}</p>
                <p className="text-sm text-slate-600">
                  <Badge>{ROLE_LABEL[invitation.role]}</Badge> · Expires {formatDayUtc(invitation.expiresAt)}
                </p>
              </div>
              <RevokeInvitationButton invitationId={invitation.id} email={invitation.email} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
