import { z } from "zod";
import { membershipRoles } from "@/server/rules/enums";
import { linkStates } from "@/server/rules/invitations";
import { acceptInvitation, describeInvitation } from "@/server/domain/organisations";
import { throttle } from "@/server/domain/rate-limit";
import { linkTokenField, personNameField } from "../fields";
import { linkSignInOutput } from "../link-sign-in";
import { newPasswordServerField } from "../new-password-field";
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
        state: z.enum(linkStates),
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
        password: newPasswordServerField.optional(),
      }),
    )
    .output(z.object({ orgId: z.uuid(), signIn: linkSignInOutput }))
    .mutation(async ({ ctx, input }) => {
      await throttle(ctx.db, "invitation", { ip: ctx.ip });
      return acceptInvitation(ctx.db, input);
    }),
});
