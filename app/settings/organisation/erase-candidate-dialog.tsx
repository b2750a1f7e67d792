"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { plural } from "@/server/rules/format";
import { FORMER_CANDIDATE } from "@/server/rules/retention";

export interface EraseCandidateDialogProps {
  email: string;
  /** How many plans the admin was shown: the erasure is refused if that changed meanwhile. */
  plans: number;
  onErased: (count: number) => void;
}

/** The confirmation of an erasure: what goes, what stays, and that it cannot be undone. */
export function EraseCandidateDialog({ email, plans, onErased }: EraseCandidateDialogProps) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const erase = useMutation(trpc.dataRights.erase.mutationOptions());
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        erase.reset();
        setOpen(next);
      }}
      trigger={<Button variant="danger">Erase their data…</Button>}
      title={`Erase ${email}'s data?`}
      description={`In ${plural(plans, "plan")}, the candidate's name and address are replaced by “${FORMER_CANDIDATE}”, their private notes are erased and they lose access. Their account and other organisations' plans are not touched. This cannot be undone.`}
      confirmLabel={`Erase from ${plural(plans, "plan")}`}
      pendingLabel="Erasing…"
      pending={erase.isPending}
      error={erase.error?.message}
      onConfirm={() =>
        erase.mutate(
          { email, expectedPlans: plans },
          {
            onSuccess: ({ erased }) => {
              setOpen(false);
              onErased(erased);
            },
          },
        )
      }
    />
  );
}
