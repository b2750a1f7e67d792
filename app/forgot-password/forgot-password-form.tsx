"use client";

import { useMutation } from "@tanstack/react-query";
import { EmailLinkForm } from "@/components/auth/email-link-form";
import { useTRPC } from "@/components/trpc";

export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  return <EmailLinkForm request={request} submitLabel="Email me a reset link" sends="a link to reset your password" />;
}
