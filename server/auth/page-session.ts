import "server-only";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { cache } from "react";
import { serverApi } from "@/server/api/server-caller";

type Answers<F> = Partial<Record<TRPCError["code"], () => F>>;

/**
 * What a page does instead when the API refuses a call with one of these
 * codes (a missing plan becomes the 404 page, say). Any other failure still
 * reaches the error page.
 */
export async function whenRefused<T, F>(call: Promise<T>, answers: Answers<F>): Promise<T | F> {
  try {
    return await call;
  } catch (error) {
    const answer = error instanceof TRPCError ? answers[error.code] : undefined;
    if (answer) return answer();
    throw error;
  }
}

/** The signed-in user with their memberships, or null; shared by the header and the page of one request. */
export const getMe = cache(async () => whenRefused((await serverApi()).account.me(), { UNAUTHORIZED: () => null }));

export type Me = NonNullable<Awaited<ReturnType<typeof getMe>>>;
export type Membership = Me["memberships"][number];

/** For pages that need a session: sends visitors to sign in and brings them back afterwards. */
export async function requireMe(returnTo: string): Promise<Me> {
  const me = await getMe();
  if (!me) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return me;
}

export function activeMembership(me: Me): Membership | null {
  return me.memberships.find((m) => m.orgId === me.activeOrgId) ?? null;
}
