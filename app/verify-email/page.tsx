import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { AuthShell } from "@/components/auth/auth-shell";
import { formatDateTimeUtc } from "@/server/rules/format";
import type { SearchParamsProps } from "@/components/page-props";
import { ButtonLink } from "@/components/ui/button";
import { serverApi } from "@/server/api/server-caller";
import { ConfirmRegistration } from "./confirm-registration";

export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

async function describe(token: string) {
  const api = await serverApi();
  try {
    return await api.auth.describeVerification({ token });
  } catch (error) {
    // A malformed token is refused by the input schema; to the reader it is just a link that does not work.
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return { state: "invalid" as const };
    throw error;
  }
}

/**
 * The link from the sign-up email. Opening it only shows what would be
 * confirmed: someone else may have registered this address, and its owner
 * must be able to see that and refuse. Nothing is spent until a button is pressed.
 */
export default async function VerifyEmailPage({ searchParams }: SearchParamsProps) {
  const { token } = await searchParams;
  const registration = typeof token === "string" && token ? await describe(token) : ({ state: "invalid" } as const);

  if (registration.state !== "valid" || typeof token !== "string")
    return (
      <AuthShell
        title="This confirmation link has expired or was already used"
        description="Each confirmation link works once and only for a limited time. Sign in with your password and we'll email you a new one."
      >
        <ButtonLink href="/sign-in" block>
          Sign in
        </ButtonLink>
      </AuthShell>
    );

  return (
    <AuthShell
      title="Is this your registration?"
      description={<p>Someone created a Second Round account with your email address. Confirm it only if it was you.</p>}
    >
      <dl className="mb-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm">
        <dt className="text-slate-600">Name</dt>
        <dd className="font-medium text-slate-900">{registration.name}</dd>
        <dt className="text-slate-600">Email</dt>
        <dd className="font-medium text-slate-900">{registration.email}</dd>
        <dt className="text-slate-600">Organisation</dt>
        <dd className="font-medium text-slate-900">{registration.organisations.join(", ") || "None"}</dd>
        <dt className="text-slate-600">Created</dt>
        <dd className="font-medium text-slate-900">{formatDateTimeUtc(registration.createdAt)}</dd>
      </dl>
      <ConfirmRegistration token={token} />
    </AuthShell>
  );
}
