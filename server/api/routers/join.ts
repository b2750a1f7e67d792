import { z } from "zod";
import { acceptPlanInvitation, describePlanInvitation, requestNewPlanLink } from "@/server/domain/plan-invitations";
import { throttle } from "@/server/domain/rate-limit";
import { linkTokenField } from "../fields";
import { linkSignInOutput } from "../link-sign-in";
import { createTRPCRouter, publicProcedure } from "../trpc";
import { planLinkStates } from "@/server/rules/invitations";

const tokenInput = z.object({ token: linkTokenField });

/**
 * Who may call: anyone holding a candidate's invitation link; the token is
 * the credential. A bad token tells nothing beyond "this link does not work".
 */
export const joinRouter = createTRPCRouter({
  describe: publicProcedure
    .input(tokenInput)
    .output(
      z.object({
        state: z.enum(planLinkStates),
        orgName: z.string().optional(),
        roleTitle: z.string().optional(),
        hiringCompany: z.string().optional(),
        candidateName: z.string().optional(),
      }),
    )
    .query(({ ctx, input }) => describePlanInvitation(ctx.db, input.token)),

  accept: publicProcedure
    .input(tokenInput)
    .output(z.object({ planId: z.uuid(), signIn: linkSignInOutput }))
    .mutation(async ({ ctx, input }) => {
      await throttle(ctx.db, "join", { ip: ctx.ip });
      return acceptPlanInvitation(ctx.db, input.token);
    }),

  requestNewLink: publicProcedure
    .input(tokenInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await requestNewPlanLink(ctx.db, input.token);
      return { ok: true as const };
    }),
});
