"use client";

import Link from "next/link";
import { signOut } from "@/components/auth/sign-out";
import { DropdownMenu } from "@/components/ui/dropdown-menu";
import { menuContent, menuItem, menuTrigger } from "./menu-styles";

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase() || "?";
}

export function UserMenu({ name, email, isRecruiter }: { name: string; email: string; isRecruiter: boolean }) {
  // Not modal and not in a portal: while open, the page stays readable and reachable (hiding it from screen
  // readers while it stays focusable fails WCAG 4.1.2), and the menu stays inside the header's landmark.
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className={menuTrigger}>
        <span aria-hidden="true" className="grid size-8 place-items-center rounded-full bg-brand-600 text-xs font-semibold text-white">
          {initials(name)}
        </span>
        <span className="max-w-40 truncate max-sm:sr-only">{name}</span>
        <span className="sr-only">, account menu</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end" sideOffset={6} className={menuContent}>
        <DropdownMenu.Label className="px-3 py-2">
          <span className="block font-medium text-slate-900">{name}</span>
          <span className="block wrap-anywhere text-slate-600">{email}</span>
        </DropdownMenu.Label>
        <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
        <DropdownMenu.Item asChild className={menuItem}>
          <Link href="/dashboard">Dashboard</Link>
        </DropdownMenu.Item>
        <DropdownMenu.Item asChild className={menuItem}>
          <Link href="/settings/account">Account settings</Link>
        </DropdownMenu.Item>
        {isRecruiter && (
          <DropdownMenu.Item asChild className={menuItem}>
            <Link href="/settings/organisation">Organisation settings</Link>
          </DropdownMenu.Item>
        )}
        <DropdownMenu.Separator className="my-1 h-px bg-slate-200" />
        <DropdownMenu.Item className={menuItem} onSelect={() => void signOut()}>
          Sign out
        </DropdownMenu.Item>
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}
