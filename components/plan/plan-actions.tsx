"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import type { PlanStage } from "@/db/schema";
import { errorCode, formErrors } from "@/components/form-errors";
import { LocalDay } from "@/components/time";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink, buttonClasses } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Modal, ModalActions } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { CalendarIcon, CopyIcon, PencilIcon } from "@/components/ui/icons";
import { TextField } from "@/components/ui/text-field";
import { useToast } from "@/components/ui/toast";
import { useRefresh } from "@/components/use-refresh";

interface Invitation {
  status: "pending" | "accepted" | "revoked" | "expired";
  sentAt: Date;
  expiresAt: Date;
  email: string;
}

export interface PlanActionsProps {
  planId: string;
  version: number;
  stage: PlanStage;
  candidateName: string;
  candidateEmail: string;
  candidateJoined: boolean;
  invitation: Invitation | null;
}

/** After any change: re-render the server page and drop cached plan lists. */
function useAfterChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { refresh, refreshing } = useRefresh();
  return {
    refreshing,
    after: () => {
      void queryClient.invalidateQueries(trpc.plan.pathFilter());
      refresh();
    },
  };
}

/** Edit, duplicate, calendar file and cancellation: the plan page's header buttons. */
export function PlanActions(props: PlanActionsProps) {
  const closed = props.stage === "closed";
  return (
    <div className="grid gap-2 sm:flex sm:flex-wrap">
      {!closed && (
        <ButtonLink href={`/plans/${props.planId}/edit` as Route} variant="primary">
          <PencilIcon />
          Edit plan
        </ButtonLink>
      )}
      <DuplicateDialog planId={props.planId} />
      <a href={`/api/plans/${props.planId}/calendar`} download className={buttonClasses({ variant: "secondary" })}>
        <CalendarIcon />
        Download .ics
      </a>
      {!closed && <CancelMeetingDialog {...props} />}
    </div>
  );
}

/** Where the invitation stands, and the buttons that change it. */
export function SharingPanel(props: PlanActionsProps) {
  const { stage, invitation, candidateName } = props;
  if (stage === "closed") return null;

  let body: ReactNode;
  if (stage === "draft") {
    body = (
      <>
        <div className="min-w-0 flex-1">
          <p className="font-medium text-slate-900">Not shared yet</p>
          <p className="mt-0.5 text-sm text-slate-600">
            {candidateName} can&apos;t see this plan until you share it.
            {invitation?.status === "revoked" && " The last invitation was revoked."}
          </p>
        </div>
        <ShareDialog {...props} />
      </>
    );
  } else if (stage === "shared" && invitation) {
    const expired = invitation.status === "expired" || invitation.expiresAt <= new Date();
    body = (
      <>
        <div className="min-w-0 flex-1">
          <p className="font-medium text-slate-900">{expired ? "Invitation expired" : "Invitation sent"}</p>
          <p className="mt-0.5 text-sm break-words text-slate-600">
            Sent <LocalDay date={invitation.sentAt} /> to {invitation.email} ·{" "}
            {expired ? "expired" : "expires"} <LocalDay date={invitation.expiresAt} />
          </p>
        </div>
        <div className="grid gap-2 sm:flex sm:flex-wrap">
          <ResendButton {...props} />
          {!expired && <RevokeDialog {...props} />}
        </div>
      </>
    );
  } else {
    body = (
      <div className="min-w-0 flex-1">
        <p className="font-medium text-slate-900">{props.candidateJoined ? `${candidateName} has joined the plan` : "Shared with the candidate"}</p>
        <p className="mt-0.5 text-sm break-words text-slate-600">
          {props.candidateEmail} sees the meeting, the people, the first-interview items and your shared goals.
        </p>
      </div>
    );
  }
  return (
    <section aria-label="Sharing with the candidate" className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:p-5">
      {body}
    </section>
  );
}

function ShareDialog({ planId, candidateName, candidateEmail }: PlanActionsProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const { after, refreshing } = useAfterChange();
  const share = useMutation(trpc.plan.share.mutationOptions());
  const pending = share.isPending || refreshing;
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        share.reset();
        setOpen(next);
      }}
      pending={pending}
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
      <ModalActions cancelLabel="Not yet" pending={pending} className="mt-6">
        <Button
          pending={pending}
          pendingLabel="Sending…"
          onClick={() =>
            share.mutate(
              { planId },
              {
                onSuccess: () => {
                  setOpen(false);
                  notify({ title: "Invitation sent", description: `We emailed ${candidateEmail}.` });
                  after();
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

function ResendButton({ planId, candidateEmail }: PlanActionsProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const { after, refreshing } = useAfterChange();
  const share = useMutation(
    trpc.plan.share.mutationOptions({
      onSuccess: () => {
        notify({ title: "Invitation sent again", description: `We emailed ${candidateEmail} a new link; the old one no longer works.` });
        after();
      },
      onError: (error) => notify({ title: "Could not resend the invitation", description: error.message, tone: "error" }),
    }),
  );
  return (
    <Button variant="secondary" pending={share.isPending || refreshing} pendingLabel="Sending…" onClick={() => share.mutate({ planId })}>
      Resend invitation
    </Button>
  );
}

function RevokeDialog({ planId, candidateName }: PlanActionsProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const { after, refreshing } = useAfterChange();
  const revoke = useMutation(trpc.plan.revokeInvitation.mutationOptions());
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        revoke.reset();
        setOpen(next);
      }}
      trigger={<Button variant="secondary">Revoke invitation</Button>}
      title="Revoke the invitation?"
      description={`The emailed link stops working and the plan goes back to draft, out of ${candidateName}'s sight. You can share it again later.`}
      cancelLabel="Keep the invitation"
      confirmLabel="Revoke invitation"
      pendingLabel="Revoking…"
      pending={revoke.isPending || refreshing}
      error={revoke.error?.message}
      onConfirm={() =>
        revoke.mutate(
          { planId },
          {
            onSuccess: () => {
              setOpen(false);
              notify({ title: "Invitation revoked", description: "The plan is a draft again." });
              after();
            },
          },
        )
      }
    />
  );
}

function CancelMeetingDialog({ planId, version, stage, candidateName }: PlanActionsProps) {
  const trpc = useTRPC();
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const { after, refreshing } = useAfterChange();
  const cancel = useMutation(trpc.plan.cancel.mutationOptions());
  const candidateKnows = stage !== "draft";
  const stale = errorCode(cancel.error) === "CONFLICT";
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={(next) => {
        cancel.reset();
        setOpen(next);
      }}
      trigger={
        <Button variant="ghost" className="text-red-700! hover:bg-red-50!">
          Cancel meeting
        </Button>
      }
      title={`Cancel the meeting with ${candidateName}?`}
      description={`The plan closes: it stays readable, but nobody can change it any more. ${
        candidateKnows ? `We'll email ${candidateName} that the meeting is cancelled.` : "The candidate was never invited, so nobody is emailed."
      } This cannot be undone.`}
      cancelLabel="Keep the meeting"
      confirmLabel="Cancel meeting"
      pendingLabel="Cancelling…"
      pending={cancel.isPending || refreshing}
      error={
        cancel.error && (
          <>
            <p>{cancel.error.message}</p>
            {stale && (
              <Button
                size="sm"
                variant="secondary"
                onClick={() => {
                  setOpen(false);
                  cancel.reset();
                  after();
                }}
              >
                Reload latest
              </Button>
            )}
          </>
        )
      }
      onConfirm={() =>
        cancel.mutate(
          { planId, expectedVersion: version },
          {
            onSuccess: () => {
              setOpen(false);
              notify({
                title: "Meeting cancelled",
                description: candidateKnows ? `We emailed ${candidateName}.` : undefined,
              });
              after();
            },
          },
        )
      }
    />
  );
}

function DuplicateDialog({ planId }: { planId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const [navigating, startNavigation] = useTransition();
  const duplicate = useMutation(trpc.plan.duplicate.mutationOptions());
  const errors = formErrors(duplicate.error, ["candidateName", "candidateEmail"]);
  const pending = duplicate.isPending || navigating;
  return (
    <Modal
      open={open}
      onOpenChange={(next) => {
        duplicate.reset();
        setOpen(next);
      }}
      pending={pending}
      trigger={
        <Button variant="secondary">
          <CopyIcon />
          Duplicate for another candidate
        </Button>
      }
      title="Duplicate for another candidate"
      description={
        <>
          A new draft with the same meeting, agenda, interviewers and first-interview topics. Nothing of this
          candidate&apos;s comes along: no goals, notes or internal note.
        </>
      }
    >
      <Form
        className="mt-5"
        failure={duplicate.error}
        formError={errors.form}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          duplicate.mutate(
            { planId, candidateName: String(data.get("candidateName") ?? ""), candidateEmail: String(data.get("candidateEmail") ?? "") },
            {
              onSuccess: ({ id }) => {
                void queryClient.invalidateQueries(trpc.plan.pathFilter());
                notify({ title: "Plan duplicated", description: "Fill in what this candidate's first interview established." });
                startNavigation(() => {
                  router.push(`/plans/${id}` as Route);
                });
              },
            },
          );
        }}
      >
        <TextField label="Candidate's name" name="candidateName" autoComplete="off" error={errors.fields.candidateName} />
        <TextField label="Candidate's email" name="candidateEmail" type="email" autoComplete="off" error={errors.fields.candidateEmail} />
        <ModalActions pending={pending} className="pt-1">
          <Button type="submit" pending={pending} pendingLabel="Duplicating…">
            Create the new plan
          </Button>
        </ModalActions>
      </Form>
    </Modal>
  );
}
