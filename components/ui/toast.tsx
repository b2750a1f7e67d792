"use client";

import { Toast } from "radix-ui";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";
import { cx } from "./cx";

interface ToastMessage {
  title: string;
  description?: string;
  tone?: "success" | "error";
}

const NotifyContext = createContext<(message: ToastMessage) => void>(() => {});

let nextId = 0;

/** Confirms a finished change without moving focus; Radix announces it through a live region. */
export function Toaster({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<(ToastMessage & { id: number })[]>([]);
  const notify = useCallback((message: ToastMessage) => setMessages((list) => [...list, { ...message, id: nextId++ }]), []);
  const dismiss = (id: number) => setMessages((list) => list.filter((m) => m.id !== id));

  return (
    <NotifyContext value={notify}>
      <Toast.Provider swipeDirection="right" duration={6000}>
        {children}
        {messages.map((m) => (
          <Toast.Root
            key={m.id}
            type={m.tone === "error" ? "foreground" : "background"}
            onOpenChange={(open) => !open && dismiss(m.id)}
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
    </NotifyContext>
  );
}

export function useToast() {
  return useContext(NotifyContext);
}
