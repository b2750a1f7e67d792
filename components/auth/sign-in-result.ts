import { signIn } from "next-auth/react";

/** Messages for the codes server/auth/config.ts gives a refused sign-in. */
const messages: Record<string, string> = {
  bad_credentials: "Email or password is incorrect.",
  rate_limited: "Too many failed sign-in attempts. Try again in a few minutes.",
  invalid_link: "This sign-in link has expired or was already used.",
  email_unverified: "Confirm your email address first: we sent you a new confirmation link. Follow it, then sign in.",
};

export class SignInError extends Error {
  constructor(readonly code: string | undefined) {
    super((code && messages[code]) ?? "We could not sign you in. Please try again.");
  }
}

/** Auth.js reports a refusal as a value; throwing it lets react-query's error state carry it. */
export async function signInOrThrow(provider: "password" | "link", credentials: Record<string, string>): Promise<void> {
  const result = await signIn(provider, { ...credentials, redirect: false });
  if (!result || result.error) throw new SignInError(result?.code);
}
