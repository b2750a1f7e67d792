"use client";

import { cloneElement, isValidElement, type MouseEvent, type ReactElement, type ReactNode } from "react";

type Clickable = ReactElement<{ onClick?: (event: MouseEvent<HTMLElement>) => void }>;

/**
 * The element that opens a dialog, rendered without the dialog's code: Modal and ConfirmDialog load Radix when
 * they first open, and Radix's own trigger would bring it with every page that merely offers the dialog.
 */
export function DialogTrigger({ trigger, open, onOpen }: { trigger: ReactNode; open: boolean; onOpen: () => void }) {
  if (!isValidElement(trigger)) return trigger;
  const element = trigger as Clickable;
  return cloneElement(element, {
    "aria-haspopup": "dialog",
    "aria-expanded": open,
    "data-state": open ? "open" : "closed",
    onClick: (event: MouseEvent<HTMLElement>) => {
      element.props.onClick?.(event);
      if (!event.defaultPrevented) onOpen();
    },
  } as Clickable["props"]);
}

/** Radix returns focus to its own trigger; with ours it is the element focused when the dialog opened. */
export function focusOpener(): (event: Event) => void {
  const opener = typeof document === "undefined" ? null : document.activeElement;
  return (event) => {
    event.preventDefault();
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  };
}
