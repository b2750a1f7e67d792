import { z } from "zod";
import {
  acknowledgeGoal,
  preparationOf,
  saveCandidateNote,
  setStepDone,
} from "@/server/domain/preparation";
import { idField, optionalText, versionField } from "../fields";
import { createTRPCRouter, planMemberProcedure } from "../trpc";
import { NOTE_LIMIT } from "@/server/rules/limits";
import { PREPARATION_STEP_NUMBERS } from "@/server/rules/preparation";

const note = optionalText("the note", NOTE_LIMIT);
const ok = z.object({ ok: z.literal(true) });

/** preparation.get's answer; the candidate's plan page seeds it from its one read (server/api/plan-pages.ts). */
export const preparationOutput = z.object({
  stepsDone: z.array(z.number().int()),
  interviewerNotes: z.array(z.object({ interviewerId: z.uuid(), text: z.string(), version: z.number().int() })),
  heldBackNote: z.string(),
  heldBackNoteVersion: z.number().int().nullable(),
  acknowledgements: z.array(
    z.object({ goalId: z.uuid(), note: z.string(), version: z.number().int(), acknowledgedAt: z.date() }),
  ),
});

/**
 * Who may call: the plan's candidate only. To the organisation's members the
 * candidate's preparation does not exist (NOT_FOUND); they see counts on the plan.
 */
export const preparationRouter = createTRPCRouter({
  get: planMemberProcedure
    .output(preparationOutput)
    .query(({ ctx }) => preparationOf(ctx.db, ctx.actor)),

  setStep: planMemberProcedure
    .input(z.object({ step: z.union(PREPARATION_STEP_NUMBERS.map((s) => z.literal(s))), done: z.boolean() }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await setStepDone(ctx.db, ctx.actor, input.step, input.done);
      return { ok: true as const };
    }),

  saveNote: planMemberProcedure
    // expectedVersion: the note's version as shown, or null for a note not written yet; a stale save is refused (CONFLICT).
    .input(z.object({ interviewerId: idField.nullable(), text: note, expectedVersion: versionField.nullable() }))
    .output(z.object({ version: z.number().int() }))
    .mutation(({ ctx, input }) => saveCandidateNote(ctx.db, ctx.actor, input)),

  acknowledgeGoal: planMemberProcedure
    // expectedVersion: the acknowledgement's version as shown, or null while not ticked; a stale save or untick is refused (CONFLICT).
    .input(z.object({ goalId: idField, acknowledged: z.boolean(), note, expectedVersion: versionField.nullable() }))
    // The new version, null once unticked.
    .output(z.object({ version: z.number().int().nullable() }))
    .mutation(({ ctx, input }) => acknowledgeGoal(ctx.db, ctx.actor, input)),
});
