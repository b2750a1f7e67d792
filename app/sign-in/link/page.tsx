import type { Metadata } from "next";
import type { SearchParamsProps } from "@/components/page-props";
import { ExpiredLink } from "./expired-link";
import { LinkSignIn } from "./link-sign-in";

export const metadata: Metadata = { title: "Sign in with your link" };

/**
 * Opening the link only shows a button: mail scanners fetch links ahead of
 * the reader, and a one-time token used up by such a fetch would be lost.
 */
export default async function SignInLinkPage({ searchParams }: SearchParamsProps) {
  const { token } = await searchParams;
  if (typeof token !== "string" || !token) return <ExpiredLink />;
  return <LinkSignIn token={token} />;
}
