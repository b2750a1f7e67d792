import { z } from "zod";
import {
  acknowledgeGoal,
  PREPARATION_STEPS,
  preparationOf,
  saveCandidateNote,
  setStepDone,
} from "@/server/domain/preparation";
import { idField, optionalText } from "../fields";
import { createTRPCRouter, planMemberProcedure } from "../trpc";
import { NOTE_LIMIT } from "@/server/rules/limits";

const note = optionalText("the note", NOTE_LIMIT);
const ok = z.object({ ok: z.literal(true) });

/**
 * Who may call: the plan's candidate only. To the organisation's members the
 * candidate's preparation does not exist (NOT_FOUND); they see counts on the plan.
 */
export const preparationRouter = createTRPCRouter({
  get: planMemberProcedure
    .output(
      z.object({
        stepsDone: z.array(z.number().int()),
        interviewerNotes: z.array(z.object({ interviewerId: z.uuid(), text: z.string() })),
        heldBackNote: z.string(),
        acknowledgements: z.array(z.object({ goalId: z.uuid(), note: z.string(), acknowledgedAt: z.date() })),
      }),
    )
    .query(({ ctx }) => preparationOf(ctx.db, ctx.actor)),

  setStep: planMemberProcedure
    .input(z.object({ step: z.union(PREPARATION_STEPS.map((s) => z.literal(s))), done: z.boolean() }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await setStepDone(ctx.db, ctx.actor, input.step, input.done);
      return { ok: true as const };
    }),

  saveNote: planMemberProcedure
    .input(z.object({ interviewerId: idField.nullable(), text: note }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await saveCandidateNote(ctx.db, ctx.actor, input);
      return { ok: true as const };
    }),

  acknowledgeGoal: planMemberProcedure
    .input(z.object({ goalId: idField, acknowledged: z.boolean(), note }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await acknowledgeGoal(ctx.db, ctx.actor, input);
      return { ok: true as const };
    }),
});
