import { z } from "zod";
import { planOutcomes } from "@/server/rules/enums";
import { planMeetingFile } from "@/server/calendar/plan-calendar";
import { closePlan } from "@/server/domain/plan-closing";
import { revokePlanInvitation, sharePlan } from "@/server/domain/plan-invitations";
import { readRecruiterPlanPage } from "@/server/domain/plan-pages";
import { getPlanForOrg, getRecruiterPlan } from "@/server/domain/plan-reads";
import { invitationStatuses } from "@/server/rules/invitations";
import { effectiveStage } from "@/server/rules/stages";
import { isTimeToBePicked, NO_CALENDAR_YET_MESSAGE } from "@/server/rules/scheduling";
import { AppError } from "@/server/domain/errors";
import { recruiterPlanView } from "@/server/domain/plan-views";
import { cancelPlan, createPlan, duplicatePlan, updatePlan } from "@/server/domain/plans";
import { listPlansForOrg } from "@/server/domain/plan-list";
import { emailField, idField, optionalText, requiredText, versionField } from "../fields";
import { createTRPCRouter, recruiterProcedureWith } from "../trpc";
import { openQuestionsOutput } from "./debrief";
import { goalListOutput } from "./goal";
import { stepListOutput } from "./next-step";
import { timelineOutput } from "./timeline";
import { PLAN_LIMITS } from "@/server/rules/limits";
import {
  planContentInput,
  planListInput,
  planListOutput,
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
/** plan.get's answer: the recruiter's view, the candidate's preparation counts and the newest invitation. */
const planViewOutput = recruiterPlanOutput.extend({
  preparation: preparationSummaryOutput,
  invitation: z
    .object({
      status: z.enum(invitationStatuses),
      sentAt: z.date(),
      expiresAt: z.date(),
      email: z.string(),
    })
    .nullable(),
});

export const planRouter = createTRPCRouter({
  list: viewer
    .input(planListInput)
    .output(planListOutput)
    .query(async ({ ctx, input }) => {
      const page = await listPlansForOrg(ctx.db, {
        orgId: ctx.membership.orgId,
        stages: input.stages,
        search: input.search || undefined,
        cursor: input.cursor,
        pageSize: PAGE_SIZE,
      });
      const now = new Date();
      return {
        items: page.rows.map(({ plan: p, preparation }) => ({
          id: p.id,
          stage: effectiveStage(p, now),
          roleTitle: p.roleTitle,
          hiringCompany: p.hiringCompany,
          candidateName: p.candidateName,
          startsAt: p.startsAt,
          timeToBePicked: isTimeToBePicked(p),
          timeZone: p.timeZone,
          format: p.format,
          preparation,
        })),
        pageSize: PAGE_SIZE,
        total: page.total,
        totalCapped: page.totalCapped,
        offset: page.offset,
        nextCursor: page.nextCursor,
        previousCursor: page.previousCursor,
      };
    }),

  get: viewer
    .input(planRef)
    .output(planViewOutput)
    .query(async ({ ctx, input }) => {
      const now = new Date();
      const { detail, invitation, preparation, team } = await getRecruiterPlan(ctx.db, ctx.membership.orgId, input.planId, now);
      return { ...recruiterPlanView(detail, now, invitation?.status ?? null, team), preparation, invitation };
    }),

  /**
   * Everything the recruiter's plan page shows, in one statement, for the
   * page to seed plan.get and each panel's own query (server/api/plan-pages.ts).
   */
  page: viewer
    .input(planRef)
    .output(
      z.object({
        /** What the page was rendered from, for its live stream (live.plan's renderedFrom). */
        renderedFrom: z.string(),
        plan: planViewOutput,
        goals: goalListOutput,
        timeline: timelineOutput,
        steps: stepListOutput.nullable(),
        openQuestions: openQuestionsOutput.nullable(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const now = new Date();
      const page = await readRecruiterPlanPage(
        ctx.db,
        { orgId: ctx.membership.orgId, userId: ctx.session.user.id, planId: input.planId },
        now,
      );
      return {
        renderedFrom: page.renderedFrom,
        plan: {
          ...recruiterPlanView(page.detail, now, page.invitation?.status ?? null, page.team),
          preparation: page.preparation,
          invitation: page.invitation,
        },
        ...page.panels,
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
      if (isTimeToBePicked(plan)) throw new AppError("PRECONDITION_FAILED", NO_CALENDAR_YET_MESSAGE);
      return planMeetingFile(ctx.db, plan, interviewers, "organisation");
    }),
});
