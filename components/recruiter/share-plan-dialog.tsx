"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Modal, ModalActions } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import { usePlanChanged } from "./use-plan-changed";

export interface SharePlanDialogProps {
  planId: string;
  candidateName: string;
  candidateEmail: string;
}

/** Emails the candidate their personal link; the plan becomes theirs to see. */
export function SharePlanDialog({ planId, candidateName, candidateEmail }: SharePlanDialogProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const planChanged = usePlanChanged(planId);
  const share = useMutation(trpc.plan.share.mutationOptions());
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        share.reset();
        setOpen(next);
      }}
      pending={share.isPending}
      trigger={<Button>Share with candidate</Button>}
      title={`Share the plan with ${candidateName}?`}
      description={
        <>
          We&apos;ll email <span className="font-medium break-all text-slate-800">{candidateEmail}</span> a personal link. It
          works once and expires; after that they sign in as usual. They will see the meeting, the people, what the first
          interview established and your shared goals — never your internal note or private goals.
        </>
      }
    >
      {share.error && <Alert className="mt-4">{share.error.message}</Alert>}
      <ModalActions cancelLabel="Not yet" pending={share.isPending} className="mt-6">
        <Button
          pending={share.isPending}
          pendingLabel="Sending…"
          onClick={() =>
            share.mutate(
              { planId },
              {
                onSuccess: async () => {
                  await planChanged();
                  setOpen(false);
                  notify({ title: "Invitation sent", description: `We emailed ${candidateEmail}.` });
                },
              },
            )
          }
        >
          Send invitation
        </Button>
      </ModalActions>
    </Modal>
  );
}
