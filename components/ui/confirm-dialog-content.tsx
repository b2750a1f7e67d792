"use client";

import { AlertDialog } from "radix-ui";
import { useState } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import type { ConfirmDialogProps } from "./confirm-dialog";
import { cx } from "./cx";
import { dialogClasses } from "./dialog-classes";
import { focusOpener } from "./dialog-trigger";

/** An open ConfirmDialog: Radix's alert dialog. */
export function ConfirmDialogContent(props: Omit<ConfirmDialogProps, "open" | "trigger">) {
  const { onOpenChange, title, description, cancelLabel = "Cancel", confirmLabel, pendingLabel, pending, error, onConfirm } = props;
  const [onCloseAutoFocus] = useState(focusOpener);
  return (
    <AlertDialog.Root open onOpenChange={(next) => !pending && onOpenChange(next)}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={dialogClasses.overlay} />
        <AlertDialog.Content className={cx(dialogClasses.content, "max-w-md")} onCloseAutoFocus={onCloseAutoFocus}>
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
