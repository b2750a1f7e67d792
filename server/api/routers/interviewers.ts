import { z } from "zod";
import { remindInterviewer } from "@/server/domain/interviewer-reminders";
import { shareInternalNoteWithInterviewers } from "@/server/domain/team-note-sharing";
import { idField } from "../fields";
import { createTRPCRouter, recruiterProcedureWith } from "../trpc";

/**
 * The recruiter's management of a plan's interviewing team. Who may call:
 * recruiters of the plan's organisation with plans.edit; another
 * organisation's plan, or an interviewer of another plan, is NOT_FOUND.
 * What may be done now is in plan.get's `team[].canRemind` / `nextReminderAt`.
 */
export const interviewersRouter = createTRPCRouter({
  /** Emails a reminder: prepare before the meeting, debrief after it; at most one per interviewer per 12 hours. */
  remind: recruiterProcedureWith("plans.edit")
    .input(z.object({ planId: idField, interviewerId: idField }))
    .output(z.object({ remindedAt: z.date(), nextReminderAt: z.date() }))
    .mutation(({ ctx, input }) =>
      remindInterviewer(ctx.db, { orgId: ctx.membership.orgId, senderId: ctx.session.user.id, ...input }),
    ),

  /** Lets the plan's invited interviewers read its internal note, or stops them. */
  shareInternalNote: recruiterProcedureWith("plans.edit")
    .input(z.object({ planId: idField, allowed: z.boolean({ error: "Choose whether interviewers may read the note." }) }))
    .output(z.object({ allowed: z.boolean() }))
    .mutation(({ ctx, input }) => shareInternalNoteWithInterviewers(ctx.db, { orgId: ctx.membership.orgId, ...input })),
});
