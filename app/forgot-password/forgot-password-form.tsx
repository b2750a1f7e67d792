"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";

export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const errors = formErrors(request.error, ["email"]);

  // Deliberately the same answer whether or not the account exists.
  if (sentTo)
    return (
      <Alert tone="success" title="Check your inbox">
        <p>If an account exists for {sentTo}, a link to reset your password is on its way.</p>
        <p>The link works once and only for a short time.</p>
      </Alert>
    );

  return (
    <Form
      failure={request.error}
      formError={errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
        request.mutate({ email }, { onSuccess: () => setSentTo(email) });
      }}
    >
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={errors.fields.email} />
      <Button type="submit" block pending={request.isPending} pendingLabel="Sending…">
        Email me a reset link
      </Button>
    </Form>
  );
}
