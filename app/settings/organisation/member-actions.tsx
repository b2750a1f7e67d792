"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { MembershipRole } from "@/server/rules/enums";
import { ROLE_WITH_ARTICLE } from "@/server/rules/labels";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SelectField } from "@/components/ui/select-field";
import { useToast } from "@/components/ui/toast";
import { RoleOptions } from "./role-options";

export interface MemberActionsProps {
  member: { membershipId: string; name: string; role: MembershipRole };
  orgName: string;
}

/** Admins' controls for another member: change the role, or remove them after a confirmation. */
export function MemberActions({ member, orgName }: MemberActionsProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const queryClient = useQueryClient();
  const membersChanged = () => queryClient.invalidateQueries(trpc.organisation.members.queryFilter());
  const [confirming, setConfirming] = useState(false);

  const changeRole = useMutation(
    trpc.organisation.changeRole.mutationOptions({
      onSuccess: async (_, { role }) => {
        await membersChanged();
        notify({ title: `${member.name} is now ${ROLE_WITH_ARTICLE[role]}.` });
      },
    }),
  );
  const remove = useMutation(
    trpc.organisation.removeMember.mutationOptions({
      onSuccess: async () => {
        await membersChanged();
        setConfirming(false);
        notify({ title: `${member.name} was removed from ${orgName}.` });
      },
    }),
  );
  const savingRole = changeRole.isPending;
  // Show the chosen role while it is saved; a failure falls back to the stored one.
  const shownRole = savingRole ? changeRole.variables.role : member.role;

  return (
    <>
      <div className="flex w-full flex-wrap items-end gap-3 sm:w-auto">
        <div className="flex-1 sm:w-40 sm:flex-none">
          <SelectField
            label={`Role of ${member.name}`}
            name="role"
            className="[&>label]:sr-only"
            value={shownRole}
            disabled={savingRole}
            onChange={(event) => changeRole.mutate({ membershipId: member.membershipId, role: event.target.value as MembershipRole })}
          >
            <RoleOptions />
          </SelectField>
        </div>
        <ConfirmDialog
          open={confirming}
          onOpenChange={(open) => {
            setConfirming(open);
            if (!open) remove.reset();
          }}
          trigger={
            <Button variant="secondary" aria-label={`Remove ${member.name}`}>
              Remove
            </Button>
          }
          title={`Remove ${member.name} from ${orgName}?`}
          description="They lose access to the organisation straight away and are signed out everywhere. You can invite them again later."
          confirmLabel="Remove"
          pendingLabel="Removing…"
          pending={remove.isPending}
          error={remove.error?.message}
          onConfirm={() => remove.mutate({ membershipId: member.membershipId })}
        />
      </div>
      {savingRole && (
        <p role="status" className="basis-full text-sm text-slate-600">
          Saving…
        </p>
      )}
      {changeRole.error && <Alert className="basis-full">{changeRole.error.message}</Alert>}
    </>
  );
}
