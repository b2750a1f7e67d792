import "server-only";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { cache } from "react";
import { serverApi } from "@/server/api/server-caller";

/** The signed-in user with their memberships, or null; shared by the header and the page of one request. */
export const getMe = cache(async () => {
  const api = await serverApi();
  try {
    return await api.account.me();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return null;
    throw error;
  }
});

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
