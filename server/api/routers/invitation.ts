import { z } from "zod";
import { membershipRoles } from "@/db/schema";
import { acceptInvitation, describeInvitation } from "@/server/domain/organisations";
import { linkTokenField, newPasswordField, personNameField } from "../fields";
import { createTRPCRouter, publicProcedure } from "../trpc";

/**
 * Who may call: anyone holding the link. The token is the credential; an
 * invalid one reveals nothing but the fact that it does not work.
 */
export const invitationRouter = createTRPCRouter({
  describe: publicProcedure
    .input(z.object({ token: linkTokenField }))
    .output(
      z.object({
        state: z.enum(["valid", "expired", "used", "revoked", "unknown"]),
        orgName: z.string().optional(),
        email: z.string().optional(),
        role: z.enum(membershipRoles).optional(),
        hasAccount: z.boolean().optional(),
      }),
    )
    .query(({ ctx, input }) => describeInvitation(ctx.db, input.token)),

  accept: publicProcedure
    .input(
      z.object({
        token: linkTokenField,
        name: personNameField.optional(),
        password: newPasswordField.optional(),
      }),
    )
    .output(z.object({ orgId: z.uuid(), signInToken: z.string() }))
    .mutation(({ ctx, input }) => acceptInvitation(ctx.db, input)),
});
