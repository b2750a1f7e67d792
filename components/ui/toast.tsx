"use client";

import dynamic from "next/dynamic";
import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

interface ToastMessage {
  title: string;
  description?: string;
  tone?: "success" | "error";
}

export type ToastEntry = ToastMessage & { id: number };

// Every page has the toaster, few pages show a toast before someone acts: Radix's toast code loads with the first one.
const ToastList = dynamic(() => import("./toast-list").then((m) => m.ToastList), { ssr: false });

const NotifyContext = createContext<(message: ToastMessage) => void>(() => {});

let nextId = 0;

/** Confirms a finished change without moving focus; Radix announces it through a live region. */
export function Toaster({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<ToastEntry[]>([]);
  const notify = useCallback((message: ToastMessage) => setMessages((list) => [...list, { ...message, id: nextId++ }]), []);
  const dismiss = useCallback((id: number) => setMessages((list) => list.filter((m) => m.id !== id)), []);

  return (
    <NotifyContext value={notify}>
      {children}
      {messages.length > 0 && <ToastList messages={messages} onDismiss={dismiss} />}
    </NotifyContext>
  );
}

export function useToast() {
  return useContext(NotifyContext);
}
