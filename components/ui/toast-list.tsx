"use client";

import { Toast } from "radix-ui";
import { cx } from "./cx";
import type { ToastEntry } from "./toast";

/** The toasts on screen; Radix announces each through a live region without moving focus. */
export function ToastList({ messages, onDismiss }: { messages: ToastEntry[]; onDismiss: (id: number) => void }) {
  return (
    <Toast.Provider swipeDirection="right" duration={6000}>
      {messages.map((m) => (
        <Toast.Root
          key={m.id}
          type={m.tone === "error" ? "foreground" : "background"}
          onOpenChange={(open) => !open && onDismiss(m.id)}
          className={cx(
            "flex items-start gap-3 rounded-lg border bg-white p-4 shadow-lg",
            m.tone === "error" ? "border-red-300" : "border-emerald-300",
          )}
        >
          <div className="min-w-0 flex-1">
            <Toast.Title className="text-sm font-semibold text-slate-900">{m.title}</Toast.Title>
            {m.description && <Toast.Description className="mt-1 text-sm text-slate-600">{m.description}</Toast.Description>}
          </div>
          <Toast.Close className="rounded px-1 text-slate-500 hover:text-slate-900" aria-label="Dismiss">
            <span aria-hidden="true">×</span>
          </Toast.Close>
        </Toast.Root>
      ))}
      <Toast.Viewport className="fixed inset-x-0 bottom-0 z-50 flex flex-col gap-2 p-4 sm:left-auto sm:w-96" />
    </Toast.Provider>
  );
}
