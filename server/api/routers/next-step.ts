import { z } from "zod";
import { planSides, stepOwners, stepStatuses } from "@/server/rules/enums";
import { stepDueIcs } from "@/server/calendar/step-ics";
import { env } from "@/server/env";
import { notFound } from "@/server/domain/errors";
import {
  confirmStep,
  declineStepDrop,
  dropStep,
  editStep,
  listSteps,
  markStepDone,
  proposeStep,
  stepList,
} from "@/server/domain/next-steps";
import { planPathFor, absoluteUrl } from "@/server/rules/plan-urls";
import { stepDropModes } from "@/server/rules/step-rules";
import { idField, requiredText, versionField } from "../fields";
import { createTRPCRouter, planMemberProcedure, planMemberProcedureFor } from "../trpc";
import { STEP_DESCRIPTION_LIMIT } from "@/server/rules/limits";


const dueOn = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Choose a due date.", abort: true })
  // "2026-13-01" does not parse at all and "2026-02-30" rolls over to 2 March: the date must read back unchanged.
  .refine(
    (v) => {
      const instant = Date.parse(`${v}T00:00:00Z`);
      return !Number.isNaN(instant) && new Date(instant).toISOString().startsWith(v);
    },
    { error: "That date does not exist.", abort: true },
  )
  .refine((v) => v >= new Date(Date.now() - 86_400_000).toISOString().slice(0, 10), "Choose a due date from today on.")
  .nullable()
  .default(null);

const stepFields = z.object({
  description: requiredText("what the step is", STEP_DESCRIPTION_LIMIT),
  owner: z.enum(stepOwners, { error: "Choose who does it." }),
  dueOn,
});

const stepOutput = z.object({
  id: z.uuid(),
  description: z.string(),
  owner: z.enum(stepOwners),
  dueOn: z.string().nullable(),
  status: z.enum(stepStatuses),
  proposedBySide: z.enum(planSides),
  candidateConfirmedAt: z.date().nullable(),
  organisationConfirmedAt: z.date().nullable(),
  dropRequestedBySide: z.enum(planSides).nullable(),
  agreed: z.boolean(),
  /** What the viewer's side may do with the step (step-rules.ts stepFlagsFor): the page renders from these. */
  canConfirm: z.boolean(),
  canEdit: z.boolean(),
  /** Saving a changed wording withdraws the other side's confirmation (step-rules.ts editWithdrawsConfirmation). */
  editWithdraws: z.boolean(),
  canMarkDone: z.boolean(),
  /** How dropping would go for the viewer's side ("none" while steps cannot change). */
  drop: z.enum(stepDropModes),
  version: z.number().int(),
  createdAt: z.date(),
  closedAt: z.date().nullable(),
});

/** nextStep.list's answer; the plan pages seed it from their one read (server/api/plan-pages.ts). */
export const stepListOutput = z.object({
  mySide: z.enum(planSides),
  stepsAgreedAt: z.date().nullable(),
  /** Steps are open (after the meeting, before the plan closes) and the plan has room for another. */
  canPropose: z.boolean(),
  steps: z.array(stepOutput),
});

const stepRef = z.object({ stepId: idField });

/** Who may call: either side of the plan. Both see every step; each side confirms for itself; an invited interviewer only reads them. */
export const nextStepRouter = createTRPCRouter({
  list: planMemberProcedure
    .output(stepListOutput)
    .query(async ({ ctx }) => stepList(ctx.actor, await listSteps(ctx.db, ctx.actor.plan.id))),

  propose: planMemberProcedureFor("steps.agree")
    .input(stepFields)
    .output(z.object({ id: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      const { planId: _planId, ...fields } = input;
      const step = await proposeStep(ctx.db, ctx.actor, fields);
      return { id: step.id };
    }),

  confirm: planMemberProcedureFor("steps.agree")
    // expectedVersion: the version on the person's screen, so an edit made meanwhile is not confirmed unseen.
    .input(stepRef.extend({ expectedVersion: versionField }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await confirmStep(ctx.db, ctx.actor, input.stepId, input.expectedVersion);
      return { ok: true as const };
    }),

  edit: planMemberProcedureFor("steps.agree")
    .input(stepFields.extend({ stepId: idField, expectedVersion: versionField }))
    // confirmationWithdrawn: the other side had confirmed what changed, and is asked to confirm again.
    .output(z.object({ version: z.number().int(), confirmationWithdrawn: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const { stepId, expectedVersion, description, owner, dueOn: due } = input;
      const { step, confirmationWithdrawn } = await editStep(ctx.db, ctx.actor, { stepId, expectedVersion, fields: { description, owner, dueOn: due } });
      return { version: step.version, confirmationWithdrawn };
    }),

  markDone: planMemberProcedureFor("steps.agree")
    .input(stepRef)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await markStepDone(ctx.db, ctx.actor, input.stepId);
      return { ok: true as const };
    }),

  drop: planMemberProcedureFor("steps.agree")
    .input(stepRef)
    .output(z.object({ status: z.enum(["dropped", "drop_requested"]) }))
    .mutation(({ ctx, input }) => dropStep(ctx.db, ctx.actor, input.stepId)),

  /** The side asked to drop a step keeps it. */
  declineDrop: planMemberProcedureFor("steps.agree")
    .input(stepRef)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await declineStepDrop(ctx.db, ctx.actor, input.stepId);
      return { ok: true as const };
    }),

  calendar: planMemberProcedure
    .input(stepRef)
    .output(z.object({ filename: z.string(), ics: z.string() }))
    .query(async ({ ctx, input }) => {
      const step = (await listSteps(ctx.db, ctx.actor.plan.id)).find((s) => s.id === input.stepId);
      if (!step || !step.dueOn) throw notFound("Step");
      const { plan } = ctx.actor;
      return {
        filename: "next-step.ics",
        ics: stepDueIcs({
          id: step.id,
          version: step.version,
          description: step.description,
          dueOn: step.dueOn,
          roleTitle: plan.roleTitle,
          hiringCompany: plan.hiringCompany,
          planUrl: absoluteUrl(env().APP_URL, planPathFor(ctx.actor.side, plan.id)),
        }),
      };
    }),
});
