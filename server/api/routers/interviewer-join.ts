import { z } from "zod";
import { acceptInterviewerInvitation, describeInterviewerInvitation, requestNewInterviewerLink } from "@/server/domain/interviewer-joining";
import { throttle } from "@/server/domain/rate-limit";
import { planLinkStates } from "@/server/rules/invitations";
import { linkTokenField } from "../fields";
import { linkSignInOutput } from "../link-sign-in";
import { createTRPCRouter, publicProcedure } from "../trpc";

const tokenInput = z.object({ token: linkTokenField });

/**
 * Who may call: anyone holding an interviewer's invitation link; the token is
 * the credential, as for the candidate's (join.*). A bad token tells nothing
 * beyond "this link does not work".
 */
export const interviewerJoinRouter = createTRPCRouter({
  describe: publicProcedure
    .input(tokenInput)
    .output(
      z.object({
        state: z.enum(planLinkStates),
        orgName: z.string().optional(),
        roleTitle: z.string().optional(),
        hiringCompany: z.string().optional(),
        candidateName: z.string().optional(),
        /** The interviewer of the plan this link lets its reader speak for. */
        interviewerName: z.string().optional(),
      }),
    )
    .query(({ ctx, input }) => describeInterviewerInvitation(ctx.db, input.token)),

  accept: publicProcedure
    .input(tokenInput)
    .output(z.object({ planId: z.uuid(), signIn: linkSignInOutput }))
    .mutation(async ({ ctx, input }) => {
      // A token is a credential guess like the candidate's: the same per-address counter.
      await throttle(ctx.db, "join", { ip: ctx.ip });
      return acceptInterviewerInvitation(ctx.db, input.token);
    }),

  requestNewLink: publicProcedure
    .input(tokenInput)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await requestNewInterviewerLink(ctx.db, input.token);
      return { ok: true as const };
    }),
});
