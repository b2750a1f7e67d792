"use client";

import { Dialog } from "radix-ui";
import { useState, type ReactNode } from "react";
import { cx } from "./cx";
import { dialogClasses } from "./dialog-classes";
import { focusOpener } from "./dialog-trigger";

export interface ModalContentProps {
  onOpenChange: (open: boolean) => void;
  pending: boolean;
  title: ReactNode;
  description: ReactNode;
  wide: boolean;
  children: ReactNode;
}

/** An open Modal: Radix's dialog (focus trap, Escape, the page behind made inert). */
export function ModalContent({ onOpenChange, pending, title, description, wide, children }: ModalContentProps) {
  const [onCloseAutoFocus] = useState(focusOpener);
  return (
    <Dialog.Root open onOpenChange={(next) => !pending && onOpenChange(next)}>
      <Dialog.Portal>
        <Dialog.Overlay className={dialogClasses.overlay} />
        <Dialog.Content className={cx(dialogClasses.content, wide ? "max-w-lg" : "max-w-md")} onCloseAutoFocus={onCloseAutoFocus}>
          <Dialog.Title className={dialogClasses.title}>{title}</Dialog.Title>
          <Dialog.Description className={dialogClasses.description}>{description}</Dialog.Description>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
