import { AuthShell } from "@/components/auth/auth-shell";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { TextLink } from "@/components/ui/text-link";

export function ExpiredLink() {
  return (
    <AuthShell
      title="This sign-in link has expired or was already used"
      description="Each sign-in link works once and only for a short time. Enter your email and we'll send you a fresh one."
      footer={
        <p>
          Know your password? <TextLink href="/sign-in">Sign in with it</TextLink>
        </p>
      }
    >
      <MagicLinkForm submitLabel="Email me a new link" />
    </AuthShell>
  );
}
