"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { DropdownMenu } from "@/components/ui/dropdown-menu";
import { useTransition } from "react";
import type { Membership } from "@/server/auth/page-session";
import { menuContent, menuItem, menuTrigger } from "./menu-styles";
import { useTRPC } from "./trpc";
import { useToast } from "./ui/toast";

export function OrgSwitcher({ memberships, activeOrgId }: { memberships: Membership[]; activeOrgId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const notify = useToast();
  const [refreshing, startRefresh] = useTransition();
  const switchOrg = useMutation(
    trpc.account.switchOrganisation.mutationOptions({
      onSuccess: () => startRefresh(() => router.refresh()),
      onError: (error) => notify({ title: "Could not switch organisation", description: error.message, tone: "error" }),
    }),
  );
  const busy = switchOrg.isPending || refreshing;
  const active = memberships.find((m) => m.orgId === activeOrgId);

  // Not modal and not in a portal: while open, the page stays readable and reachable (hiding it from screen
  // readers while it stays focusable fails WCAG 4.1.2), and the menu stays inside the header's landmark.
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className={`${menuTrigger} min-w-0 border-l border-slate-200 pl-3`} disabled={busy}>
        <span className="sr-only">Organisation: </span>
        <span className="truncate">{busy ? "Switching…" : active?.orgName}</span>
        <span aria-hidden="true" className="text-slate-400">▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="start" sideOffset={6} className={menuContent}>
        <DropdownMenu.Label className="px-3 py-2 text-xs font-medium tracking-wide text-slate-500 uppercase">
          Switch organisation
        </DropdownMenu.Label>
        <DropdownMenu.RadioGroup value={activeOrgId} onValueChange={(orgId) => orgId !== activeOrgId && switchOrg.mutate({ orgId })}>
          {memberships.map((m) => (
            <DropdownMenu.RadioItem key={m.orgId} value={m.orgId} className={menuItem}>
              <span className="w-4 text-brand-600" aria-hidden="true">
                <DropdownMenu.ItemIndicator>✓</DropdownMenu.ItemIndicator>
              </span>
              <span className="truncate">{m.orgName}</span>
            </DropdownMenu.RadioItem>
          ))}
        </DropdownMenu.RadioGroup>
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}
