import { z } from "zod";
import { meetingFormats } from "@/server/rules/enums";
import { planMeetingFile } from "@/server/calendar/meeting-ics";
import { effectiveStage, isAfterMeeting } from "@/server/rules/stages";
import { candidatePlanView } from "@/server/domain/plan-views";
import { getCandidatePlanWithOrg, listPlansForCandidateWithOrg } from "@/server/domain/plans";
import { idField } from "../fields";
import { candidateProcedure, createTRPCRouter } from "../trpc";
import { candidatePlanOutput, stageEnum } from "./plan-schemas";

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

  calendar: candidateProcedure
    .input(planRef)
    .output(z.object({ filename: z.string(), ics: z.string() }))
    .query(async ({ ctx, input }) => {
      const { plan, interviewers } = await getCandidatePlanWithOrg(ctx.db, ctx.session.user.id, input.planId);
      return planMeetingFile(plan, interviewers, "candidate");
    }),
});
