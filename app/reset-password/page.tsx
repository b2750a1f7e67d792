import type { Metadata } from "next";
import { AuthShell } from "@/components/auth/auth-shell";
import type { SearchParamsProps } from "@/components/page-props";
import { ButtonLink } from "@/components/ui/button";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: SearchParamsProps) {
  const { token } = await searchParams;
  if (typeof token !== "string" || !token)
    return (
      <AuthShell
        title="This reset link is incomplete"
        description="Open the link from the email exactly as it arrived, or ask for a new one."
      >
        <ButtonLink href="/forgot-password" block>
          Ask for a new reset link
        </ButtonLink>
      </AuthShell>
    );
  return (
    <AuthShell title="Choose a new password" description="Signing in with the new password ends every other session.">
      <ResetPasswordForm token={token} />
    </AuthShell>
  );
}
