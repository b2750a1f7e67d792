"use client";

import { useState, type ReactNode } from "react";
import { formErrors, type FailureLike } from "@/components/form-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";

interface EmailLinkFormProps {
  /** The mutation that emails the link. */
  request: {
    mutate(input: { email: string }, options: { onSuccess: () => void }): void;
    isPending: boolean;
    error: FailureLike | null;
  };
  intro?: ReactNode;
  submitLabel: string;
  /** What the email brings, e.g. "a sign-in link". */
  sends: string;
  /** Once sent, offers to start again with another address. */
  allowAnother?: boolean;
  /** The address to start with, when the page already knows it. */
  defaultEmail?: string;
}

/**
 * Asks for an email address and sends a link to it. The answer is the same
 * whether or not an account exists, so the form never reveals who has one.
 */
export function EmailLinkForm({ request, intro, submitLabel, sends, allowAnother = false, defaultEmail }: EmailLinkFormProps) {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const errors = formErrors(request.error, ["email"]);

  if (sentTo) {
    const notice = (
      <Alert tone="success" title="Check your inbox">
        <p>
          If an account exists for {sentTo}, {sends} is on its way.
        </p>
        <p>The link works once and only for a short time.</p>
      </Alert>
    );
    if (!allowAnother) return notice;
    return (
      <div className="space-y-4">
        {notice}
        <Button variant="secondary" onClick={() => setSentTo(null)}>
          Use a different email
        </Button>
      </div>
    );
  }

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
      {intro}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={defaultEmail}
        error={errors.fields.email}
      />
      <Button type="submit" block pending={request.isPending} pendingLabel="Sending…">
        {submitLabel}
      </Button>
    </Form>
  );
}
