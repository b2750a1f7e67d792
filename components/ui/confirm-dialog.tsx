"use client";

import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { DialogTrigger } from "./dialog-trigger";

// Loaded when the question is first asked, like Modal's content.
const ConfirmDialogContent = dynamic(() => import("./confirm-dialog-content").then((m) => m.ConfirmDialogContent), { ssr: false });

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  cancelLabel?: string;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  error?: ReactNode;
  onConfirm: () => void;
}

/**
 * Asks before a destructive change. The dialog stays open while the change
 * runs so a failure can be shown where the user is looking; the caller closes it on success.
 */
export function ConfirmDialog({ open, trigger, ...content }: ConfirmDialogProps) {
  return (
    <>
      <DialogTrigger trigger={trigger} open={open} onOpen={() => content.onOpenChange(true)} />
      {open && <ConfirmDialogContent {...content} />}
    </>
  );
}
