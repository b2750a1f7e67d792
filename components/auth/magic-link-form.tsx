"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";

export function MagicLinkForm({ submitLabel = "Email me a sign-in link" }: { submitLabel?: string }) {
  const trpc = useTRPC();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = useMutation(trpc.auth.requestMagicLink.mutationOptions());
  const errors = formErrors(request.error, ["email"]);

  if (sentTo)
    return (
      <div className="space-y-4">
        <Alert tone="success" title="Check your inbox">
          <p>If an account exists for {sentTo}, a sign-in link is on its way.</p>
          <p>The link works once and only for a short time.</p>
        </Alert>
        <Button variant="secondary" onClick={() => setSentTo(null)}>
          Use a different email
        </Button>
      </div>
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
      <p className="text-sm text-slate-600">We&apos;ll email you a link that signs you in without a password.</p>
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={errors.fields.email} />
      <Button type="submit" block pending={request.isPending} pendingLabel="Sending…">
        {submitLabel}
      </Button>
    </Form>
  );
}
