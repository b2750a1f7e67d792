"use client";

import dynamic from "next/dynamic";
import { createContext, useContext, type ReactNode } from "react";
import { Button } from "./button";
import { cx } from "./cx";
import { dialogClasses } from "./dialog-classes";
import { DialogTrigger } from "./dialog-trigger";

// A page offers many dialogs and opens few: Radix's dialog code loads with the first one opened.
const ModalContent = dynamic(() => import("./modal-content").then((m) => m.ModalContent), { ssr: false });

const CloseContext = createContext<() => void>(() => {});

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
    <>
      <DialogTrigger trigger={trigger} open={open} onOpen={() => onOpenChange(true)} />
      {open && (
        <CloseContext value={() => !pending && onOpenChange(false)}>
          <ModalContent onOpenChange={onOpenChange} pending={pending} title={title} description={description} wide={wide}>
            {children}
          </ModalContent>
        </CloseContext>
      )}
    </>
  );
}

/** A Modal's buttons: Cancel, then the caller's action (stacked above Cancel on phones). */
export function ModalActions({ cancelLabel = "Cancel", pending, className, children }: { cancelLabel?: string; pending: boolean; className?: string; children: ReactNode }) {
  const close = useContext(CloseContext);
  return (
    <div className={cx(dialogClasses.actions, className)}>
      <Button variant="secondary" disabled={pending} onClick={close}>
        {cancelLabel}
      </Button>
      {children}
    </div>
  );
}
