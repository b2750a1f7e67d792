"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmPasswordField, NewPasswordField } from "@/components/auth/password-fields";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";

export function ChangePasswordForm() {
  const trpc = useTRPC();
  const [mismatch, setMismatch] = useState<object | null>(null);
  const change = useMutation(trpc.account.changePassword.mutationOptions());
  const errors = formErrors(change.error, ["currentPassword", "newPassword"]);

  return (
    <Form
      failure={mismatch ?? change.error}
      formError={errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const newPassword = String(data.get("newPassword") ?? "");
        const isMismatch = newPassword !== String(data.get("confirm") ?? "");
        setMismatch(isMismatch ? {} : null);
        if (isMismatch) return change.reset();
        change.mutate(
          { currentPassword: String(data.get("currentPassword") ?? ""), newPassword },
          { onSuccess: () => form.reset() },
        );
      }}
    >
      {change.isSuccess && (
        <Alert tone="success">Password changed. Other devices have been signed out.</Alert>
      )}
      <TextField
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.fields.currentPassword}
      />
      <NewPasswordField label="New password" name="newPassword" error={errors.fields.newPassword} />
      <ConfirmPasswordField mismatch={mismatch !== null} />
      <Button type="submit" pending={change.isPending} pendingLabel="Saving…">
        Change password
      </Button>
    </Form>
  );
}
