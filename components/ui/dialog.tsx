"use client";

import { Dialog } from "radix-ui";
import type { ReactNode } from "react";
import { Button } from "./button";
import { cx } from "./cx";

/** Shared by Modal and ConfirmDialog, so both kinds of dialog look alike. */
export const dialogClasses = {
  overlay: "fixed inset-0 z-40 bg-slate-900/40",
  content:
    "fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl",
  title: "text-lg font-semibold text-slate-900",
  description: "mt-2 text-sm text-slate-600",
  actions: "flex flex-col-reverse gap-3 sm:flex-row sm:justify-end",
};

interface ModalProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** While true the dialog refuses to close: the change on its way, and its failure, stay in view. */
  pending: boolean;
  trigger: ReactNode;
  title: ReactNode;
  description: ReactNode;
  wide?: boolean;
  children: ReactNode;
}

/** A dialog around a form or a question, opened by `trigger`. */
export function Modal({ open, onOpenChange, pending, trigger, title, description, wide = false, children }: ModalProps) {
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className={dialogClasses.overlay} />
        <Dialog.Content className={cx(dialogClasses.content, wide ? "max-w-lg" : "max-w-md")}>
          <Dialog.Title className={dialogClasses.title}>{title}</Dialog.Title>
          <Dialog.Description className={dialogClasses.description}>{description}</Dialog.Description>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** A Modal's buttons: Cancel, then the caller's action (stacked above Cancel on phones). */
export function ModalActions({ cancelLabel = "Cancel", pending, className, children }: { cancelLabel?: string; pending: boolean; className?: string; children: ReactNode }) {
  return (
    <div className={cx(dialogClasses.actions, className)}>
      <Dialog.Close asChild>
        <Button variant="secondary" disabled={pending}>
          {cancelLabel}
        </Button>
      </Dialog.Close>
      {children}
    </div>
  );
}
