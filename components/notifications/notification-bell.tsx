"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import { DropdownMenu } from "@/components/ui/dropdown-menu";
import { useState } from "react";
import { useMeLive } from "@/components/live/use-me-live";
import { TimeText } from "@/components/time";
import { useTRPC } from "@/components/trpc";
import { cx } from "@/components/ui/cx";
import { BellIcon } from "@/components/ui/icons";
import { NOTIFICATIONS_LISTED } from "@/server/rules/limits";

/**
 * The header's bell: how many notifications are unread, and the latest ones,
 * each a link to its plan on the side the reader is on (the server says which). Kept current by the
 * user's live stream (a new notification invalidates the list).
 */
export function NotificationBell() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  useMeLive();
  const list = useQuery(trpc.notification.list.queryOptions({ limit: NOTIFICATIONS_LISTED }));
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.notification.list.pathKey() }),
    }),
  );

  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];
  const label = unread ? `Notifications, ${unread} unread` : "Notifications";
  const emptyState = list.isPending
    ? { text: "Loading…", className: "py-4 text-slate-600" }
    : list.isError
      ? { text: "We couldn’t load your notifications.", className: "py-4 text-red-700" }
      : { text: "Nothing yet. You’ll see here when the other side proposes, confirms or changes something.", className: "py-6 text-center text-slate-600" };

  // Not modal and not in a portal: while open, the page stays readable and reachable (hiding it from screen
  // readers while it stays focusable fails WCAG 4.1.2), and the menu stays inside the header's landmark.
  return (
    <>
      <DropdownMenu.Root open={open} onOpenChange={setOpen} modal={false}>
        <DropdownMenu.Trigger
          aria-label={label}
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
          <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-3 py-2">
            <DropdownMenu.Label className="font-semibold text-slate-900">
              Notifications{unread > 0 && <span className="font-normal text-slate-600"> · {unread} unread</span>}
            </DropdownMenu.Label>
            {unread > 0 && (
              <DropdownMenu.Item
                className="cursor-pointer rounded-md px-2 py-1 font-medium text-brand-700 outline-none select-none data-[highlighted]:bg-brand-50"
                onSelect={(event) => {
                  event.preventDefault();
                  markRead.mutate({ ids: "all" });
                }}
              >
                {markRead.isPending ? "Marking…" : "Mark all as read"}
              </DropdownMenu.Item>
            )}
          </div>
          <div className="overflow-y-auto p-1">
            {items.length === 0 ? (
              // A menu needs an item even when it lists nothing: the state is shown as one that cannot be chosen.
              <DropdownMenu.Item disabled className={cx("px-3 outline-none", emptyState.className)}>
                {emptyState.text}
              </DropdownMenu.Item>
            ) : (
              items.map((n) => {
                const unreadItem = n.readAt === null;
                const body = (
                  <>
                    <span
                      aria-hidden="true"
                      className={cx("mt-1.5 size-2 shrink-0 rounded-full", unreadItem ? "bg-brand-600" : "bg-transparent")}
                    />
                    <span className="min-w-0 flex-1">
                      {unreadItem && <span className="sr-only">Unread: </span>}
                      <span className={cx("line-clamp-3 break-words whitespace-pre-line", unreadItem ? "font-medium text-slate-900" : "text-slate-700")}>
                        {n.message}
                      </span>
                      <span className="mt-0.5 block text-xs text-slate-500">
                        <TimeText date={n.createdAt} />
                      </span>
                    </span>
                  </>
                );
                const itemClass =
                  "flex cursor-pointer items-start gap-2 rounded-md px-3 py-2 outline-none select-none data-[highlighted]:bg-brand-50";
                const read = () => unreadItem && markRead.mutate({ ids: [n.id] });
                return n.path ? (
                  <DropdownMenu.Item key={n.id} asChild className={itemClass} onSelect={read}>
                    <Link href={n.path as Route}>{body}</Link>
                  </DropdownMenu.Item>
                ) : (
                  <DropdownMenu.Item key={n.id} className={itemClass} onSelect={read}>
                    {body}
                  </DropdownMenu.Item>
                );
              })
            )}
          </div>
        </DropdownMenu.Content>
      </DropdownMenu.Root>
      {/* Announces a change in the count (a new notification, or all read) without moving focus. */}
      <span role="status" aria-live="polite" className="sr-only">
        {list.data ? (unread ? `${unread} unread notification${unread === 1 ? "" : "s"}` : "") : ""}
      </span>
    </>
  );
}
