import { z } from "zod";
import { goalKinds, goalOutcomes, goalPriorities, planSides, visibilities } from "@/server/rules/enums";
import { addGoal, deleteGoal, goalList, reorderGoals, updateGoal, visibleGoals } from "@/server/domain/goals";
import { MAX_GOALS_PER_SIDE } from "@/server/rules/limits";
import { idField, optionalText, requiredText, versionField } from "../fields";
import { createTRPCRouter, planMemberProcedure } from "../trpc";
import { GOAL_LIMITS } from "@/server/rules/limits";


const goalFields = z.object({
  kind: z.enum(goalKinds, { error: "Choose what kind of goal this is." }),
  text: requiredText("the goal", GOAL_LIMITS.text),
  detail: optionalText("the detail", GOAL_LIMITS.detail),
  priority: z.enum(goalPriorities, { error: "Choose must, should or nice to have." }).default("should"),
  visibility: z.enum(visibilities, { error: "Choose shared or private." }).default("shared"),
});

const goalOutput = z.object({
  id: z.uuid(),
  side: z.enum(planSides),
  kind: z.enum(goalKinds),
  text: z.string(),
  detail: z.string(),
  priority: z.enum(goalPriorities),
  visibility: z.enum(visibilities),
  position: z.number().int(),
  version: z.number().int(),
  outcome: z.enum(goalOutcomes).nullable(),
  outcomeNote: z.string(),
  updatedAt: z.date(),
  lastEditedByName: z.string().nullable(),
  /** The invited interviewer whose goal it is, by the name the plan gives them (null: the side's own). */
  interviewerName: z.string().nullable(),
  /** The reader's own goal on a plan that may still change (server/rules/goal-rules.ts). */
  canEdit: z.boolean(),
  /** The reader's own goal while the debrief is open, after the meeting. */
  canMarkOutcome: z.boolean(),
});

/** goal.list's answer; the plan pages seed it from their one read (server/api/plan-pages.ts). */
export const goalListOutput = z.object({
  mySide: z.enum(planSides),
  /** The plan may still change and the reader's side has room for another goal. */
  canAdd: z.boolean(),
  goals: z.array(goalOutput),
});

const versionOutput = z.object({ id: z.uuid(), version: z.number().int() });

/**
 * Who may call: either side of the plan. Each side reads its own goals and
 * the other side's shared ones, and changes only its own; an invited
 * interviewer changes only the goals they wrote (server/rules/goal-rules.ts ownsGoal).
 */
export const goalRouter = createTRPCRouter({
  list: planMemberProcedure
    .output(goalListOutput)
    .query(async ({ ctx }) => goalList(ctx.actor, await visibleGoals(ctx.db, ctx.actor))),

  add: planMemberProcedure
    .input(goalFields)
    .output(versionOutput)
    .mutation(({ ctx, input }) => addGoal(ctx.db, ctx.actor, input)),

  update: planMemberProcedure
    .input(goalFields.extend({ goalId: idField, expectedVersion: versionField }))
    .output(versionOutput)
    .mutation(({ ctx, input }) => {
      const { goalId, expectedVersion, planId: _planId, ...fields } = input;
      return updateGoal(ctx.db, ctx.actor, { goalId, expectedVersion, fields });
    }),

  remove: planMemberProcedure
    .input(z.object({ goalId: idField }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await deleteGoal(ctx.db, ctx.actor, input.goalId);
      return { ok: true as const };
    }),

  reorder: planMemberProcedure
    .input(z.object({ orderedIds: z.array(idField).max(MAX_GOALS_PER_SIDE) }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await reorderGoals(ctx.db, ctx.actor, input.orderedIds);
      return { ok: true as const };
    }),
});
