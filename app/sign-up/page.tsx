import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import { TextLink } from "@/components/ui/text-link";
import { currentSession } from "@/server/auth/current-session";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an organisation" };

export default async function SignUpPage() {
  if (await currentSession()) redirect("/dashboard");
  return (
    <AuthShell
      title="Create your organisation"
      description="Set up Second Round for your agency or hiring team. You'll be its admin and can invite colleagues next."
      footer={
        <p>
          Already have an account? <TextLink href="/sign-in">Sign in</TextLink>
        </p>
      }
    >
      <SignUpForm />
    </AuthShell>
  );
}
