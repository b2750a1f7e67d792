import type { Metadata, Route } from "next";
import { redirect } from "next/navigation";
import { AuthShell } from "@/components/auth/auth-shell";
import type { SearchParamsProps } from "@/components/page-props";
import { Alert } from "@/components/ui/alert";
import { TextLink } from "@/components/ui/text-link";
import { currentSession } from "@/server/auth/current-session";
import { safeCallbackPath } from "@/server/rules/safe-callback";
import { env } from "@/server/env";
import { SignInTabs } from "./sign-in-tabs";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: SearchParamsProps) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl, new URL(env().APP_URL).origin) as Route;
  if (await currentSession()) redirect(callbackUrl);

  return (
    <AuthShell
      title="Sign in to Second Round"
      footer={
        <>
          <p>
            <TextLink href="/forgot-password">Forgot your password?</TextLink>
          </p>
          <p>
            New to Second Round? <TextLink href="/sign-up">Create an organisation</TextLink>
          </p>
        </>
      }
    >
      {params.reset === "1" && (
        <Alert tone="success" className="mb-5">
          Password changed. Sign in with your new password.
        </Alert>
      )}
      {params.deleted === "1" && (
        <Alert tone="success" className="mb-5">
          Your account was deleted, and you were signed out everywhere.
        </Alert>
      )}
      {/* Auth.js sends people here with ?error= when a sign-in fails outside these forms. */}
      {typeof params.error === "string" && params.reset !== "1" && (
        <Alert className="mb-5">We could not sign you in. Please try again.</Alert>
      )}
      <SignInTabs callbackUrl={callbackUrl} />
    </AuthShell>
  );
}
