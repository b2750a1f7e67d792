"use client";

import { useMutation } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc";
import { EmailLinkForm } from "./email-link-form";

export function MagicLinkForm({ submitLabel = "Email me a sign-in link", defaultEmail }: { submitLabel?: string; defaultEmail?: string }) {
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestMagicLink.mutationOptions());
  return (
    <EmailLinkForm
      request={request}
      intro={<p className="text-sm text-slate-600">We&apos;ll email you a link that signs you in without a password.</p>}
      submitLabel={submitLabel}
      sends="a sign-in link"
      allowAnother
      defaultEmail={defaultEmail}
    />
  );
}
