"use client";

import type { Route } from "next";
import { Tabs } from "radix-ui";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { PasswordSignInForm } from "./password-sign-in-form";

const tab =
  "flex-1 rounded-md px-3 py-2 text-sm font-medium text-slate-600 hover:text-slate-900 data-[state=active]:bg-white data-[state=active]:text-slate-900 data-[state=active]:shadow-sm";

export function SignInTabs({ callbackUrl }: { callbackUrl: Route }) {
  return (
    <Tabs.Root defaultValue="password">
      <Tabs.List aria-label="How to sign in" className="mb-6 flex gap-1 rounded-lg bg-slate-100 p-1">
        <Tabs.Trigger value="password" className={tab}>
          Password
        </Tabs.Trigger>
        <Tabs.Trigger value="link" className={tab}>
          Email me a link
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="password">
        <PasswordSignInForm callbackUrl={callbackUrl} />
      </Tabs.Content>
      <Tabs.Content value="link">
        <MagicLinkForm />
      </Tabs.Content>
    </Tabs.Root>
  );
}
