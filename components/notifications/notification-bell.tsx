"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState } from "react";
import { useMeLive } from "@/components/live/use-me-live";
import { useTRPC } from "@/components/trpc";
import { DropdownMenu } from "@/components/ui/dropdown-menu";
import { BellIcon } from "@/components/ui/icons";
import { NOTIFICATIONS_LISTED } from "@/server/rules/limits";

// Every signed-in page has the bell, few open it: the list and "mark read" load with the menu, when it is approached.
const loadMenu = () => import("./notification-menu").then((m) => m.NotificationMenu);
const NotificationMenu = dynamic(loadMenu, {
  ssr: false,
  // The same state the list shows while its query loads: an open menu always has an item.
  loading: () => (
    <DropdownMenu.Item disabled className="px-3 py-4 text-slate-600 outline-none">
      Loading…
    </DropdownMenu.Item>
  ),
});

/**
 * The header's bell: how many notifications are unread, and the latest ones,
 * each a link to its plan on the side the reader is on (the server says which). Kept current by the
 * user's live stream (a new notification invalidates the list).
 */
export function NotificationBell() {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  useMeLive();
  const list = useQuery(trpc.notification.list.queryOptions({ limit: NOTIFICATIONS_LISTED }));

  const unread = list.data?.unread ?? 0;
  const label = unread ? `Notifications, ${unread} unread` : "Notifications";

  // Not modal and not in a portal: while open, the page stays readable and reachable (hiding it from screen
  // readers while it stays focusable fails WCAG 4.1.2), and the menu stays inside the header's landmark.
  return (
    <>
      <DropdownMenu.Root open={open} onOpenChange={setOpen} modal={false}>
        <DropdownMenu.Trigger
          aria-label={label}
          onPointerEnter={() => void loadMenu()}
          onFocus={() => void loadMenu()}
          className="relative grid size-10 shrink-0 place-items-center rounded-lg text-slate-700 hover:bg-slate-100 data-[state=open]:bg-slate-100"
        >
          <BellIcon className="size-5" />
          {unread > 0 && (
            <span
              aria-hidden="true"
              className="absolute top-1 right-1 grid min-w-[1.125rem] place-items-center rounded-full bg-red-600 px-1 text-xs leading-[1.125rem] font-bold text-white ring-2 ring-white"
            >
              {unread > 9 ? "9+" : unread}
            </span>
          )}
        </DropdownMenu.Trigger>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 flex max-h-[min(32rem,calc(100dvh-6rem))] w-[min(24rem,calc(100vw-1rem))] flex-col rounded-lg border border-slate-200 bg-white text-sm shadow-lg"
        >
          <NotificationMenu data={list.data} status={list.status} />
        </DropdownMenu.Content>
      </DropdownMenu.Root>
      {/* Announces a change in the count (a new notification, or all read) without moving focus. */}
      <span role="status" aria-live="polite" className="sr-only">
        {list.data ? (unread ? `${unread} unread notification${unread === 1 ? "" : "s"}` : "") : ""}
      </span>
    </>
  );
}
