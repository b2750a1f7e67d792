"use client";

import { useMutation } from "@tanstack/react-query";
import { NewPasswordField } from "@/components/auth/password-fields";
import { signInOrThrow } from "@/components/auth/sign-in-result";
import { useGoSignedIn } from "@/components/auth/use-go-signed-in";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";

const fields = ["name", "email", "password", "organisationName"] as const;

export function SignUpForm() {
  const trpc = useTRPC();
  const { go, navigating } = useGoSignedIn();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  const signIn = useMutation({
    mutationFn: (credentials: { email: string; password: string }) => signInOrThrow("password", credentials),
    onSuccess: () => go("/dashboard"),
  });
  const errors = formErrors(signUp.error, fields);

  if (signIn.error)
    return (
      <p className="text-slate-700">
        Your organisation is ready, but we could not sign you in automatically.{" "}
        <TextLink href="/sign-in">Sign in to continue</TextLink>.
      </p>
    );

  return (
    <Form
      failure={signUp.error}
      formError={errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const input = Object.fromEntries(fields.map((f) => [f, String(data.get(f) ?? "")])) as Record<(typeof fields)[number], string>;
        signUp.mutate(input, { onSuccess: () => signIn.mutate({ email: input.email.trim(), password: input.password }) });
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
      <Button type="submit" block pending={signUp.isPending || signIn.isPending || navigating} pendingLabel="Creating your organisation…">
        Create organisation
      </Button>
    </Form>
  );
}
