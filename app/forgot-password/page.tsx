import type { Metadata } from "next";
import { AuthShell } from "@/components/auth/auth-shell";
import { TextLink } from "@/components/ui/text-link";
import { ForgotPasswordForm } from "./forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthShell
      title="Reset your password"
      description="Enter the email you sign in with and we'll send you a link to choose a new password."
      footer={
        <p>
          Remembered it? <TextLink href="/sign-in">Back to sign in</TextLink>
        </p>
      }
    >
      <ForgotPasswordForm />
    </AuthShell>
  );
}
