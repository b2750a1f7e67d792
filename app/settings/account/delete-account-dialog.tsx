"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { signOut } from "@/components/auth/sign-out";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Modal, ModalActions } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/text-field";
import { soleAdminMessage } from "@/server/rules/account-deletion";
import { plural } from "@/server/rules/format";
import { FORMER_CANDIDATE } from "@/server/rules/retention";

/**
 * "Delete my account", confirmed by typing the account's address. The
 * dialog first says what will happen, as the server worked it out
 * (deletionPreview); an admin who would leave an organisation without one
 * reads why they cannot yet, and the button stays off.
 */
export function DeleteAccountDialog() {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const preview = useQuery({ ...trpc.dataRights.deletionPreview.queryOptions(), enabled: open });
  const remove = useMutation(trpc.dataRights.deleteAccount.mutationOptions());
  const errors = formErrors(remove.error, ["confirmEmail"]);
  const blocked = (preview.data?.blockedBy.length ?? 0) > 0;
  const busy = remove.isPending || remove.isSuccess;

  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        remove.reset();
        setTyped("");
        setOpen(next);
      }}
      pending={busy}
      trigger={<Button variant="danger">Delete my account…</Button>}
      title="Delete your account?"
      description="This cannot be undone. Download your data first if you want to keep a copy."
    >
      <form
        noValidate
        className="mt-4 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          remove.mutate({ confirmEmail: typed }, { onSuccess: () => void signOut("/sign-in?deleted=1") });
        }}
      >
        {preview.isPending && <p className="text-sm text-slate-600">Checking what your account is part of…</p>}
        {preview.isError && <Alert>We could not check what your account is part of. Close this and try again.</Alert>}
        {preview.data && (
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
            <li>Your sign-in, sessions and links end at once, on every device.</li>
            {preview.data.plansAsCandidate > 0 && (
              <li>
                In the {plural(preview.data.plansAsCandidate, "plan")} you joined as a candidate, your private goals and notes are erased; what you shared
                stays with the organisation, named “{FORMER_CANDIDATE}”.
              </li>
            )}
            {preview.data.membershipsEnding.length > 0 && <li>You leave {preview.data.membershipsEnding.join(", ")}.</li>}
            {preview.data.organisationsDeleted.map((org) => (
              <li key={org.name}>
                {org.name} has no other member: it is deleted too, with its {plural(org.plans, "plan")}.
              </li>
            ))}
          </ul>
        )}
        {blocked && (
          <Alert>{soleAdminMessage(preview.data!.blockedBy)}</Alert>
        )}
        {errors.form && <Alert>{errors.form}</Alert>}
        <TextField
          label="Type your email address to confirm"
          name="confirmEmail"
          type="email"
          autoComplete="off"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          disabled={blocked}
          error={errors.fields.confirmEmail}
        />
        <ModalActions pending={busy}>
          <Button type="submit" variant="danger" disabled={blocked || !preview.data} pending={busy} pendingLabel="Deleting…">
            Delete my account
          </Button>
        </ModalActions>
      </form>
    </Modal>
  );
}
