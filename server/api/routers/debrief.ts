import { z } from "zod";
import { firstInterviewTopics, goalOutcomes, visibilities } from "@/server/rules/enums";
import { markGoalOutcome, openQuestions } from "@/server/domain/debrief";
import { idField, optionalText, versionField } from "../fields";
import { createTRPCRouter, planMemberProcedure } from "../trpc";

/** debrief.openQuestions' answer; the plan pages seed it from their one read (server/api/plan-pages.ts). */
export const openQuestionsOutput = z.object({
  mustKnow: z.array(
    z.object({
      id: z.uuid(),
      text: z.string(),
      detail: z.string(),
      outcome: z.enum(goalOutcomes).nullable(),
      visibility: z.enum(visibilities),
    }),
  ),
  consistencyChecks: z.array(z.object({ id: z.uuid(), topic: z.enum(firstInterviewTopics), summary: z.string() })),
});

/** Who may call: either side of the plan; each marks only its own goals. */
export const debriefRouter = createTRPCRouter({
  markOutcome: planMemberProcedure
    .input(
      z.object({
        goalId: idField,
        outcome: z.enum(goalOutcomes, { error: "Choose achieved, partly or not achieved." }).nullable(),
        note: optionalText("the note", 2000),
        /** The goal's version as the reader saw it; a colleague's change since is refused, not overwritten. */
        expectedVersion: versionField,
      }),
    )
    .output(z.object({ version: z.number().int() }))
    .mutation(({ ctx, input }) => markGoalOutcome(ctx.db, ctx.actor, input)),

  openQuestions: planMemberProcedure
    .output(openQuestionsOutput)
    .query(({ ctx }) => openQuestions(ctx.db, ctx.actor)),
});
