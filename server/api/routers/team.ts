import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { saveInterviewerDebrief } from "@/server/domain/interviewer-debrief";
import { getInterviewerPlan, listPlansForInterviewer } from "@/server/domain/interviewer-reads";
import { readInterviewerPlanPage } from "@/server/domain/plan-pages";
import { interviewerPlanView } from "@/server/domain/plan-views";
import { meetingFormats } from "@/server/rules/enums";
import { PLAN_LIMITS } from "@/server/rules/limits";
import { isTimeToBePicked } from "@/server/rules/scheduling";
import { effectiveStage, isAfterMeeting } from "@/server/rules/stages";
import { optionalText, versionField } from "../fields";
import { createTRPCRouter, planMemberProcedure, planMemberProcedureFor, protectedProcedure } from "../trpc";
import { openQuestionsOutput } from "./debrief";
import { goalListOutput } from "./goal";
import { stepListOutput } from "./next-step";
import { candidatePlanOutput, preparationSummaryOutput, stageEnum } from "./plan-schemas";
import { timelineOutput } from "./timeline";

/**
 * An interviewer's view of a plan: what both sides see, what the organisation
 * may know of the candidate's preparation (counts), their own interviewer row,
 * and the internal note only when the recruiter let interviewers read it.
 * Strict, as the other views: a field added by mistake fails loudly.
 */
export const interviewerPlanOutput = candidatePlanOutput.omit({ timeChange: true, feedbackOpen: true }).extend({
  preparation: preparationSummaryOutput,
  me: z.strictObject({
    interviewerId: z.uuid(),
    name: z.string(),
    version: z.number().int(),
    debriefNote: z.string(),
    debriefedAt: z.date().nullable(),
    /** The debrief is open: the meeting took place and the plan is not closed (server/rules/goal-rules.ts debriefRefusal). */
    canSaveDebrief: z.boolean(),
  }),
  internalNote: z.string().nullable(),
});

/** Only the plan's interviewers read these: a member or the candidate of the plan is told it does not exist, as anyone else is. */
const interviewerOnly = planMemberProcedure.use(({ ctx, next }) => {
  if (ctx.actor.role !== "interviewer") throw new TRPCError({ code: "NOT_FOUND", message: "Plan not found." });
  return next();
});

/**
 * Who may call: list — any signed-in user (the plans they interview for, none
 * otherwise); get and page — an invited interviewer of that plan (members and
 * the candidate get NOT_FOUND: they have their own pages); saveDebrief — an
 * invited interviewer, for their own row (FORBIDDEN for other roles).
 */
export const teamRouter = createTRPCRouter({
  list: protectedProcedure
    .output(
      z.array(
        z.object({
          id: z.uuid(),
          stage: stageEnum,
          meetingHeld: z.boolean(),
          roleTitle: z.string(),
          hiringCompany: z.string(),
          candidateName: z.string(),
          organisationName: z.string(),
          /** The interviewer of the plan the caller speaks for. */
          interviewerName: z.string(),
          startsAt: z.date(),
          timeToBePicked: z.boolean(),
          timeZone: z.string(),
          format: z.enum(meetingFormats),
        }),
      ),
    )
    .query(async ({ ctx }) => {
      const rows = await listPlansForInterviewer(ctx.db, ctx.session.user.id);
      const now = new Date();
      return rows.map(({ plan, organisationName, interviewerName }) => {
        const stage = effectiveStage(plan, now);
        return {
          id: plan.id,
          stage,
          meetingHeld: isAfterMeeting(stage),
          roleTitle: plan.roleTitle,
          hiringCompany: plan.hiringCompany,
          candidateName: plan.candidateName,
          organisationName,
          interviewerName,
          startsAt: plan.startsAt,
          timeToBePicked: isTimeToBePicked(plan),
          timeZone: plan.timeZone,
          format: plan.format,
        };
      });
    }),

  get: interviewerOnly
    .output(interviewerPlanOutput)
    .query(async ({ ctx }) =>
      interviewerPlanView(await getInterviewerPlan(ctx.db, ctx.actor.userId, ctx.actor.plan.id), new Date()),
    ),

  /**
   * Everything the interviewer's plan page shows, in one statement, for the
   * page to seed team.get and each panel's own query (server/api/plan-pages.ts).
   */
  page: interviewerOnly
    .output(
      z.object({
        /** What the page was rendered from, for its live stream (live.plan's renderedFrom). */
        renderedFrom: z.string(),
        plan: interviewerPlanOutput,
        goals: goalListOutput,
        timeline: timelineOutput,
        steps: stepListOutput.nullable(),
        openQuestions: openQuestionsOutput.nullable(),
      }),
    )
    .query(async ({ ctx }) => {
      const now = new Date();
      const page = await readInterviewerPlanPage(ctx.db, ctx.actor, now);
      return { renderedFrom: page.renderedFrom, plan: interviewerPlanView(page.detail, now), ...page.panels };
    }),

  saveDebrief: planMemberProcedureFor("debrief.note")
    .input(
      z.object({
        note: optionalText("your debrief note", PLAN_LIMITS.longText),
        /** The `me.version` the form was given: a note saved meanwhile from elsewhere is refused (CONFLICT). */
        expectedVersion: versionField,
      }),
    )
    .output(z.object({ version: z.number().int(), debriefNote: z.string(), debriefedAt: z.date().nullable() }))
    .mutation(({ ctx, input }) => saveInterviewerDebrief(ctx.db, ctx.actor, input)),
});
