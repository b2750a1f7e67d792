import { z } from "zod";
import { revokeInterviewerInvitation, sendInterviewerInvitation } from "@/server/domain/interviewer-invitations";
import { emailField, idField } from "../fields";
import { createTRPCRouter, recruiterProcedureWith } from "../trpc";

const interviewerRef = z.object({ planId: idField, interviewerId: idField });

/**
 * Inviting a described interviewer to take part in one plan (the link leads
 * to the join flow, interviewerJoin.*). Who may call: recruiters of the plan's
 * organisation with plans.edit; another organisation's plan, or an
 * interviewer of another plan, is NOT_FOUND. What may be done now is in
 * plan.get's `team[].canInvite` / `canRevoke`.
 */
export const interviewerInvitationRouter = createTRPCRouter({
  /** Sends the link, or a new one (the older unaccepted links stop working). */
  send: recruiterProcedureWith("plans.edit")
    .input(interviewerRef.extend({ email: emailField }))
    .output(z.object({ expiresAt: z.date() }))
    .mutation(({ ctx, input }) =>
      sendInterviewerInvitation(ctx.db, { orgId: ctx.membership.orgId, invitedById: ctx.session.user.id, ...input }),
    ),

  /** Withdraws the interviewer's unaccepted link. */
  revoke: recruiterProcedureWith("plans.edit")
    .input(interviewerRef)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await revokeInterviewerInvitation(ctx.db, { orgId: ctx.membership.orgId, ...input });
      return { ok: true as const };
    }),
});
