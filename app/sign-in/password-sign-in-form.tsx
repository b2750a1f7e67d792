"use client";

import { useMutation } from "@tanstack/react-query";
import type { Route } from "next";
import { useState } from "react";
import { signInOrThrow } from "@/components/auth/sign-in-result";
import { useGoSignedIn } from "@/components/auth/use-go-signed-in";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";

type Missing = { email?: string; password?: string };

export function PasswordSignInForm({ callbackUrl }: { callbackUrl: Route }) {
  const { go, navigating } = useGoSignedIn();
  const [missing, setMissing] = useState<Missing>({});
  const signIn = useMutation({
    mutationFn: (credentials: { email: string; password: string }) => signInOrThrow("password", credentials),
    onSuccess: () => go(callbackUrl),
  });

  return (
    <Form
      failure={signIn.error ?? missing}
      formError={signIn.error?.message}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const email = String(data.get("email") ?? "").trim();
        const password = String(data.get("password") ?? "");
        // Empty fields are caught here: sending them would count as a failed attempt.
        const next: Missing = {
          email: email ? undefined : "Enter your email address.",
          password: password ? undefined : "Enter your password.",
        };
        setMissing(next);
        if (!next.email && !next.password) signIn.mutate({ email, password });
      }}
    >
      <TextField label="Email" name="email" type="email" autoComplete="email" required error={missing.email} />
      <TextField
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={missing.password}
      />
      <Button type="submit" block pending={signIn.isPending || navigating} pendingLabel="Signing in…">
        Sign in
      </Button>
    </Form>
  );
}
