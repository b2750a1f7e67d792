import { TextField } from "@/components/ui/text-field";
import { LIMITS } from "@/server/rules/limits";

/** A password being chosen: the browser may suggest a strong one; the rule is the server's. */
export function NewPasswordField({ label, name, error }: { label: string; name: string; error?: string }) {
  return <TextField label={label} name={name} type="password" autoComplete="new-password" hint={`At least ${LIMITS.passwordMin} characters.`} maxLength={LIMITS.passwordMax} required error={error} />;
}

/** The new password typed again; `mismatch` comes from comparing the two before anything is sent. */
export function ConfirmPasswordField({ mismatch }: { mismatch: boolean }) {
  return (
    <TextField
      label="Confirm new password"
      name="confirm"
      type="password"
      autoComplete="new-password"
      required
      error={mismatch ? "The two passwords do not match." : undefined}
    />
  );
}
