"use client";

import { useMutation } from "@tanstack/react-query";
import { NewPasswordField } from "@/components/auth/password-fields";
import { signInOrThrow } from "@/components/auth/sign-in-result";
import { SignInToContinue } from "@/components/auth/sign-in-to-continue";
import { useGoSignedIn } from "@/components/auth/use-go-signed-in";
import { formErrors } from "@/components/form-errors";
import { useTRPC } from "@/components/trpc";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";
import { TextLink } from "@/components/ui/text-link";

interface Props {
  token: string;
  needsAccount: boolean;
  orgName: string;
}

export function AcceptInvitationForm({ token, needsAccount, orgName }: Props) {
  const trpc = useTRPC();
  const { go, navigating } = useGoSignedIn();
  const accept = useMutation(trpc.invitation.accept.mutationOptions());
  const signIn = useMutation({
    mutationFn: (signInToken: string) => signInOrThrow("link", { token: signInToken }),
    onSuccess: () => go("/dashboard"),
  });
  const errors = formErrors(accept.error, ["name", "password"]);

  if (accept.data && "required" in accept.data.signIn)
    return <SignInToContinue title={`You joined ${orgName}: sign in to continue`} email={accept.data.signIn.email} next="/dashboard" />;

  if (signIn.error)
    return (
      <Alert tone="info" title={`You joined ${orgName}`}>
        <p>
          We could not sign you in automatically. <TextLink href="/sign-in">Sign in to continue</TextLink>.
        </p>
      </Alert>
    );

  return (
    <Form
      failure={accept.error}
      formError={errors.form}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const input = needsAccount
          ? { token, name: String(data.get("name") ?? ""), password: String(data.get("password") ?? "") }
          : { token };
        accept.mutate(input, { onSuccess: ({ signIn: next }) => "token" in next && signIn.mutate(next.token) });
      }}
    >
      {needsAccount && (
        <>
          <TextField label="Your name" name="name" autoComplete="name" required error={errors.fields.name} />
          <NewPasswordField label="Password" name="password" error={errors.fields.password} />
        </>
      )}
      <Button type="submit" block pending={accept.isPending || signIn.isPending || navigating} pendingLabel="Joining…">
        {needsAccount ? "Create account and join" : "Accept invitation"}
      </Button>
    </Form>
  );
}
