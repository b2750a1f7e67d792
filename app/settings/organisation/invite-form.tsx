"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { RoleOptions } from "./role-options";
import { ROLES } from "@/server/rules/labels";
import { LIMITS } from "@/server/rules/limits";
import type { MembershipRole } from "@/server/rules/enums";

function roleFrom(value: FormDataEntryValue | null): MembershipRole {
  return ROLES.find((role) => role === value) ?? "recruiter";
}

/** Emails someone a link to join the organisation with the chosen role. */
export function InviteForm() {
  const trpc = useTRPC();
  const notify = useToast();
  const queryClient = useQueryClient();
  const invite = useMutation(trpc.organisation.invite.mutationOptions());
  const errors = formErrors(invite.error, ["email", "role"]);

  return (
    <Form
      failure={invite.error}
      formError={errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const role = roleFrom(data.get("role"));
        invite.mutate(
          { email: String(data.get("email") ?? ""), role },
          {
            onSuccess: async (invitation) => {
              await queryClient.invalidateQueries(trpc.organisation.invitations.queryFilter());
              form.reset();
              notify({ title: "Invitation sent", description: `We emailed an invitation to ${invitation.email}.` });
            },
          },
        );
      }}
    >
      <div className="grid gap-4 sm:grid-cols-[1fr_12rem]">
        <TextField label="Email" name="email" type="email" autoComplete="off" required maxLength={LIMITS.email} error={errors.fields.email} />
        <SelectField label="Role" name="role" defaultValue="recruiter" error={errors.fields.role}>
          <RoleOptions />
        </SelectField>
      </div>
      <p className="text-sm text-slate-600">Admins can also invite and remove people.</p>
      <Button type="submit" pending={invite.isPending} pendingLabel="Sending…">
        Send invitation
      </Button>
    </Form>
  );
}
