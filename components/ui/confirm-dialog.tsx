"use client";

import { AlertDialog } from "radix-ui";
import type { ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { cx } from "./cx";
import { dialogClasses } from "./dialog";

interface ConfirmDialogProps {
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
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onOpenChange, trigger, title, description, cancelLabel = "Cancel", confirmLabel, pendingLabel, pending, error, onConfirm } = props;
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={dialogClasses.overlay} />
        <AlertDialog.Content className={cx(dialogClasses.content, "max-w-md")}>
          <AlertDialog.Title className={dialogClasses.title}>{title}</AlertDialog.Title>
          <AlertDialog.Description className={dialogClasses.description}>{description}</AlertDialog.Description>
          {error && <Alert className="mt-4">{error}</Alert>}
          <div className={cx("mt-6", dialogClasses.actions)}>
            <AlertDialog.Cancel asChild>
              <Button variant="secondary" disabled={pending}>
                {cancelLabel}
              </Button>
            </AlertDialog.Cancel>
            <Button variant="danger" pending={pending} pendingLabel={pendingLabel} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
