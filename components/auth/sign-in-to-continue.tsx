import type { Route } from "next";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { MagicLinkForm } from "./magic-link-form";

interface Props {
  title: string;
  email: string;
  /** Where the password sign-in leads afterwards. */
  next: Route;
}

/**
 * After a join or invitation link that attached something but did not sign
 * in (the account has its own ways in, or the link is no longer minutes old):
 * an emailed link or the password, whichever the person has.
 */
export function SignInToContinue({ title, email, next }: Props) {
  const passwordSignIn = `/sign-in?callbackUrl=${encodeURIComponent(next)}` as Route;
  return (
    <div className="space-y-5">
      <Alert tone="success" title={title}>
        <p>
          To keep it safe, this link does not sign you in to the account of {email}. Sign in with a link we email you, or
          with your password.
        </p>
      </Alert>
      <MagicLinkForm defaultEmail={email} />
      <div className="border-t border-slate-200 pt-4">
        <ButtonLink href={passwordSignIn} variant="secondary" block>
          Sign in with my password
        </ButtonLink>
      </div>
    </div>
  );
}
