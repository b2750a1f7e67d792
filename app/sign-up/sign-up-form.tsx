"use client";

import { useMutation } from "@tanstack/react-query";
import { CheckYourEmail } from "@/components/auth/check-your-email";
import { NewPasswordField } from "@/components/auth/password-fields";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";

const fields = ["name", "email", "password", "organisationName"] as const;

export function SignUpForm() {
  const trpc = useTRPC();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const errors = formErrors(signUp.error, fields);

  // The same page whether the address was new or already registered: only the email that follows differs.
  if (signUp.data) return <CheckYourEmail email={signUp.data.email} />;

  return (
    <Form
      failure={signUp.error}
      formError={errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const input = Object.fromEntries(fields.map((f) => [f, String(data.get(f) ?? "")])) as Record<(typeof fields)[number], string>;
        signUp.mutate(input);
      }}
    >
      <TextField label="Your name" name="name" autoComplete="name" required error={errors.fields.name} />
      <TextField label="Work email" name="email" type="email" autoComplete="email" required error={errors.fields.email} />
      <NewPasswordField label="Password" name="password" error={errors.fields.password} />
      <TextField
        label="Organisation name"
        name="organisationName"
        autoComplete="organization"
        hint="Your agency or hiring team, as candidates will see it."
        required
        error={errors.fields.organisationName}
      />
      <Button type="submit" block pending={signUp.isPending} pendingLabel="Creating your organisation…">
        Create organisation
      </Button>
    </Form>
  );
}
