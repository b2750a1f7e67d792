"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Route } from "next";
import Link from "next/link";
import type { RouterOutputs } from "@/components/api-types";
import { TimeText } from "@/components/time";
import { useTRPC } from "@/components/trpc";
import { cx } from "@/components/ui/cx";
import { DropdownMenu } from "@/components/ui/dropdown-menu";

export interface NotificationMenuProps {
  /** The bell's query: the menu lists what it holds, and says so while it loads or when it failed. */
  data: RouterOutputs["notification"]["list"] | undefined;
  status: "pending" | "error" | "success";
}

/** The open bell's content: the latest notifications, each marked read when chosen, and "Mark all as read". */
export function NotificationMenu({ data, status }: NotificationMenuProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const markRead = useMutation(
    trpc.notification.markRead.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.notification.list.pathKey() }),
    }),
  );

  const unread = data?.unread ?? 0;
  const items = data?.items ?? [];
  const emptyState =
    status === "pending"
      ? { text: "Loading…", className: "py-4 text-slate-600" }
      : status === "error"
        ? { text: "We couldn’t load your notifications.", className: "py-4 text-red-700" }
        : { text: "Nothing yet. You’ll see here when the other side proposes, confirms or changes something.", className: "py-6 text-center text-slate-600" };

  return (
    <>
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
    </>
  );
}
