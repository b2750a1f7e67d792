import { z } from "zod";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { membershipRoles } from "@/server/rules/enums";
import { changePassword } from "@/server/domain/accounts";
import { notFound } from "@/server/domain/errors";
import { activeMembershipOf } from "@/server/auth/sessions";
import { env } from "@/server/env";
import { ACTIVE_ORG_COOKIE } from "../active-org";
import { currentPasswordField, idField } from "../fields";
import { newPasswordServerField } from "../new-password-field";
import { createTRPCRouter, protectedProcedure } from "../trpc";

const membershipOutput = z.object({ orgId: z.uuid(), orgName: z.string(), role: z.enum(membershipRoles) });

/** Who may call: any signed-in user, about their own account only. */
export const accountRouter = createTRPCRouter({
  me: protectedProcedure
    .output(
      z.object({
        id: z.uuid(),
        name: z.string(),
        email: z.string(),
        memberships: z.array(membershipOutput),
        activeOrgId: z.uuid().nullable(),
        notificationEmails: z.boolean(),
      }),
    )
    // All of it from this request's session check: no statement of its own.
    .query(({ ctx }) => ({
      ...ctx.session.user,
      memberships: ctx.session.memberships,
      activeOrgId: activeMembershipOf(ctx.session, ctx.preferredOrgId)?.orgId ?? null,
      notificationEmails: ctx.session.notificationEmails,
    })),

  changePassword: protectedProcedure
    .input(z.object({ currentPassword: currentPasswordField, newPassword: newPasswordServerField }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await changePassword(ctx.db, {
        userId: ctx.session.user.id,
        sessionToken: ctx.session.sessionToken,
        ...input,
      });
      return { ok: true as const };
    }),

  /** Invitations, sign-in links and password resets are always sent; everything else can be turned off. */
  setNotificationEmails: protectedProcedure
    .input(z.object({ enabled: z.boolean() }))
    .output(z.object({ enabled: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.db.update(users).set({ notificationEmails: input.enabled }).where(eq(users.id, ctx.session.user.id));
      return { enabled: input.enabled };
    }),

  /** Remembers the chosen organisation in a cookie; every later call re-checks the membership. */
  switchOrganisation: protectedProcedure
    .input(z.object({ orgId: idField }))
    .output(z.object({ orgId: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      if (!ctx.session.memberships.some((m) => m.orgId === input.orgId)) throw notFound("Organisation");
      ctx.resHeaders?.append(
        "Set-Cookie",
        `${ACTIVE_ORG_COOKIE}=${input.orgId}; Path=/; HttpOnly; SameSite=Lax; Max-Age=31536000${env().APP_URL.startsWith("https:") ? "; Secure" : ""}`,
      );
      return { orgId: input.orgId };
    }),
});
