"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmPasswordField, NewPasswordField } from "@/components/auth/password-fields";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextLink } from "@/components/ui/text-link";

export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [mismatch, setMismatch] = useState<object | null>(null);
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({ onSuccess: () => router.push("/sign-in?reset=1") }),
  );
  const errors = formErrors(reset.error, ["password", "token"]);

  return (
    <Form
      failure={mismatch ?? reset.error}
      formError={errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const password = String(data.get("password") ?? "");
        const isMismatch = password !== String(data.get("confirm") ?? "");
        setMismatch(isMismatch ? {} : null);
        if (isMismatch) reset.reset();
        else reset.mutate({ token, password });
      }}
    >
      {errors.fields.token && (
        <Alert title="This link no longer works">
          <p>{errors.fields.token}</p>
          <p>
            <TextLink href="/forgot-password">Ask for a new reset link</TextLink>
          </p>
        </Alert>
      )}
      <NewPasswordField label="New password" name="password" error={errors.fields.password} />
      <ConfirmPasswordField mismatch={mismatch !== null} />
      <Button type="submit" block pending={reset.isPending || reset.isSuccess} pendingLabel="Saving…">
        Save new password
      </Button>
    </Form>
  );
}
