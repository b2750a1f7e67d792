import { z } from "zod";
import { meetingFormats } from "@/server/rules/enums";
import { planMeetingFile } from "@/server/calendar/plan-calendar";
import { effectiveStage, isAfterMeeting } from "@/server/rules/stages";
import { isTimeToBePicked, NO_CALENDAR_YET_MESSAGE } from "@/server/rules/scheduling";
import { AppError } from "@/server/domain/errors";
import { candidatePlanView } from "@/server/domain/plan-views";
import { readCandidatePlanPage } from "@/server/domain/plan-pages";
import { getCandidatePlanWithOrg } from "@/server/domain/plan-reads";
import { listPlansForCandidateWithOrg } from "@/server/domain/plans";
import { idField } from "../fields";
import { candidateProcedure, createTRPCRouter } from "../trpc";
import { openQuestionsOutput } from "./debrief";
import { goalListOutput } from "./goal";
import { stepListOutput } from "./next-step";
import { candidatePlanOutput, stageEnum } from "./plan-schemas";
import { preparationOutput } from "./preparation";
import { timelineOutput } from "./timeline";

const planRef = z.object({ planId: idField });

/**
 * Who may call: any signed-in user, as a candidate — they only ever see plans
 * they joined through their invitation, and never drafts.
 */
export const interviewRouter = createTRPCRouter({
  list: candidateProcedure
    .output(
      z.array(
        z.object({
          id: z.uuid(),
          stage: stageEnum,
          /** The meeting is over (server/rules/stages.ts isAfterMeeting): the dashboard lists it after the upcoming ones. */
          meetingHeld: z.boolean(),
          roleTitle: z.string(),
          hiringCompany: z.string(),
          organisationName: z.string(),
          startsAt: z.date(),
          /** No time yet: the candidate is to pick one (server/rules/scheduling.ts). */
          timeToBePicked: z.boolean(),
          timeZone: z.string(),
          format: z.enum(meetingFormats),
        }),
      ),
    )
    .query(async ({ ctx }) => {
      const rows = await listPlansForCandidateWithOrg(ctx.db, ctx.session.user.id);
      const now = new Date();
      return rows.map(({ plan, organisationName }) => {
        const stage = effectiveStage(plan, now);
        return {
          id: plan.id,
          stage,
          meetingHeld: isAfterMeeting(stage),
          roleTitle: plan.roleTitle,
          hiringCompany: plan.hiringCompany,
          organisationName,
          startsAt: plan.startsAt,
          timeToBePicked: isTimeToBePicked(plan),
          timeZone: plan.timeZone,
          format: plan.format,
        };
      });
    }),

  get: candidateProcedure
    .input(planRef)
    .output(candidatePlanOutput)
    .query(async ({ ctx, input }) =>
      candidatePlanView(await getCandidatePlanWithOrg(ctx.db, ctx.session.user.id, input.planId), new Date()),
    ),

  /**
   * Everything the candidate's plan page shows, in one statement, for the
   * page to seed interview.get and each panel's own query (server/api/plan-pages.ts);
   * `panels` is null when those procedures would answer for another side.
   */
  page: candidateProcedure
    .input(planRef)
    .output(
      z.object({
        /** What the page was rendered from, for its live stream (live.plan's renderedFrom). */
        renderedFrom: z.string(),
        plan: candidatePlanOutput,
        panels: z
          .object({
            goals: goalListOutput,
            preparation: preparationOutput,
            timeline: timelineOutput,
            steps: stepListOutput.nullable(),
            openQuestions: openQuestionsOutput.nullable(),
          })
          .nullable(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const now = new Date();
      const page = await readCandidatePlanPage(ctx.db, ctx.session.user.id, input.planId, now);
      return { renderedFrom: page.renderedFrom, plan: candidatePlanView(page.detail, now), panels: page.panels };
    }),

  calendar: candidateProcedure
    .input(planRef)
    .output(z.object({ filename: z.string(), ics: z.string() }))
    .query(async ({ ctx, input }) => {
      const { plan, interviewers } = await getCandidatePlanWithOrg(ctx.db, ctx.session.user.id, input.planId);
      if (isTimeToBePicked(plan)) throw new AppError("PRECONDITION_FAILED", NO_CALENDAR_YET_MESSAGE);
      return planMeetingFile(ctx.db, plan, interviewers, "candidate");
    }),
});
