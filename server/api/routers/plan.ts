import { z } from "zod";
import { planOutcomes, planStages } from "@/server/rules/enums";
import { planMeetingFile } from "@/server/calendar/meeting-ics";
import { closePlan } from "@/server/domain/plan-closing";
import { latestPlanInvitation, revokePlanInvitation, sharePlan } from "@/server/domain/plan-invitations";
import { invitationStatuses } from "@/server/rules/invitations";
import { effectiveStage } from "@/server/rules/stages";
import { recruiterPlanView } from "@/server/domain/plan-views";
import { preparationSummaries } from "@/server/domain/preparation";
import { cancelPlan, createPlan, duplicatePlan, getPlanForOrg, listPlansForOrg, updatePlan } from "@/server/domain/plans";
import { emailField, idField, optionalText, pageField, requiredText, searchField, versionField } from "../fields";
import { createTRPCRouter, recruiterProcedureWith } from "../trpc";
import { PLAN_LIMITS } from "@/server/rules/limits";
import {
  planContentInput,
  planSummaryOutput,
  preparationSummaryOutput,
  recruiterPlanOutput,
} from "./plan-schemas";

const viewer = recruiterProcedureWith("plans.view");
const editor = recruiterProcedureWith("plans.edit");
const planRef = z.object({ planId: idField });
const versioned = planRef.extend({ expectedVersion: versionField });
export const PAGE_SIZE = 20;

/**
 * Who may call: recruiters (any role) of the organisation in context, and
 * only on that organisation's plans; any other plan id is NOT_FOUND.
 */
export const planRouter = createTRPCRouter({
  list: viewer
    .input(
      z.object({
        stages: z.array(z.enum(planStages)).max(planStages.length).optional(),
        search: searchField(100).optional(),
        page: pageField(10_000),
      }),
    )
    .output(
      z.object({
        items: z.array(planSummaryOutput),
        total: z.number().int(),
        page: z.number().int(),
        pageSize: z.number().int(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { plans, total } = await listPlansForOrg(ctx.db, {
        orgId: ctx.membership.orgId,
        stages: input.stages,
        search: input.search || undefined,
        page: input.page,
        pageSize: PAGE_SIZE,
      });
      const now = new Date();
      const summaries = await preparationSummaries(
        ctx.db,
        plans.map((p) => p.id),
      );
      return {
        items: plans.map((p) => ({
          id: p.id,
          stage: effectiveStage(p, now),
          roleTitle: p.roleTitle,
          hiringCompany: p.hiringCompany,
          candidateName: p.candidateName,
          startsAt: p.startsAt,
          timeZone: p.timeZone,
          format: p.format,
          preparation: summaries.get(p.id)!,
        })),
        total,
        page: input.page,
        pageSize: PAGE_SIZE,
      };
    }),

  get: viewer
    .input(planRef)
    .output(
      recruiterPlanOutput.extend({
        preparation: preparationSummaryOutput,
        invitation: z
          .object({
            status: z.enum(invitationStatuses),
            sentAt: z.date(),
            expiresAt: z.date(),
            email: z.string(),
          })
          .nullable(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const detail = await getPlanForOrg(ctx.db, ctx.membership.orgId, input.planId);
      const now = new Date();
      const invitation = await latestPlanInvitation(ctx.db, detail.plan.id, now);
      return {
        ...recruiterPlanView(detail, now, invitation?.status ?? null),
        preparation: (await preparationSummaries(ctx.db, [detail.plan.id])).get(detail.plan.id)!,
        invitation,
      };
    }),

  create: editor
    .input(planContentInput)
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) =>
      createPlan(ctx.db, { orgId: ctx.membership.orgId, createdById: ctx.session.user.id, content: input }),
    ),

  update: editor
    // The same shape as create, so a field's error path is the same in both forms.
    .input(planContentInput.extend(versioned.shape))
    .output(z.object({ id: z.uuid(), version: z.number().int(), rescheduled: z.boolean() }))
    .mutation(({ ctx, input }) => {
      const { planId, expectedVersion, ...content } = input;
      return updatePlan(ctx.db, {
        orgId: ctx.membership.orgId,
        planId,
        expectedVersion,
        content,
        actorId: ctx.session.user.id,
      });
    }),

  share: editor
    .input(planRef)
    .output(z.object({ expiresAt: z.date() }))
    .mutation(({ ctx, input }) =>
      sharePlan(ctx.db, { orgId: ctx.membership.orgId, planId: input.planId, invitedById: ctx.session.user.id }),
    ),

  revokeInvitation: editor
    .input(planRef)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await revokePlanInvitation(ctx.db, { orgId: ctx.membership.orgId, planId: input.planId });
      return { ok: true as const };
    }),

  cancel: editor
    .input(versioned)
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await cancelPlan(ctx.db, { orgId: ctx.membership.orgId, actorId: ctx.session.user.id, ...input });
      return { ok: true as const };
    }),

  close: editor
    .input(
      versioned.extend({
        outcome: z.enum(planOutcomes, { error: "Choose the outcome." }),
        message: optionalText("the message", 2000),
      }),
    )
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await closePlan(ctx.db, { orgId: ctx.membership.orgId, actorId: ctx.session.user.id, ...input });
      return { ok: true as const };
    }),

  duplicate: editor
    .input(
      planRef.extend({
        candidateName: requiredText("the candidate's name", PLAN_LIMITS.candidateName),
        candidateEmail: emailField,
      }),
    )
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) =>
      duplicatePlan(ctx.db, { orgId: ctx.membership.orgId, createdById: ctx.session.user.id, ...input }),
    ),

  calendar: viewer
    .input(planRef)
    .output(z.object({ filename: z.string(), ics: z.string() }))
    .query(async ({ ctx, input }) => {
      const { plan, interviewers } = await getPlanForOrg(ctx.db, ctx.membership.orgId, input.planId);
      return planMeetingFile(plan, interviewers, "organisation");
    }),
});
