import { z } from "zod";
import { goalKinds, goalOutcomes, goalPriorities, membershipRoles, planSides, stepOwners, stepStatuses, visibilities } from "@/server/rules/enums";
import { LIMITS } from "@/server/rules/limits";
import { RETENTION_LIMITS } from "@/server/rules/retention";
import { accountDeletionPreview, deleteAccount } from "@/server/domain/account-deletion";
import { exportAccountData } from "@/server/domain/account-export";
import { eraseCandidateData, previewCandidateErasure } from "@/server/domain/candidate-erasure";
import { retentionSetting, updateRetentionSetting } from "@/server/domain/retention";
import { emailField } from "../fields";
import { createTRPCRouter, protectedProcedure, recruiterProcedureWith } from "../trpc";
import { openQuestionsOutput } from "./debrief";
import { goalListOutput } from "./goal";
import { stepListOutput } from "./next-step";
import { candidatePlanOutput } from "./plan-schemas";
import { preparationOutput } from "./preparation";
import { timelineOutput } from "./timeline";

/** A goal the user wrote on the organisation's side, as their export lists it. */
const writtenGoal = z.object({
  planId: z.uuid(),
  kind: z.enum(goalKinds),
  text: z.string(),
  detail: z.string(),
  priority: z.enum(goalPriorities),
  visibility: z.enum(visibilities),
  outcome: z.enum(goalOutcomes).nullable(),
  outcomeNote: z.string(),
  createdAt: z.date(),
  updatedAt: z.date(),
});

/** Everything held about the user (server/domain/account-export.ts); every object strips what it does not list. */
const exportOutput = z.object({
  exportedAt: z.date(),
  account: z.object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    emailVerifiedAt: z.date().nullable(),
    createdAt: z.date(),
    notificationEmails: z.boolean(),
  }),
  sessions: z.array(z.object({ createdAt: z.date(), lastSeenAt: z.date(), expiresAt: z.date() })),
  memberships: z.array(z.object({ organisation: z.string(), role: z.enum(membershipRoles), joinedAt: z.date() })),
  notifications: z.array(
    z.object({ planId: z.uuid().nullable(), type: z.string(), message: z.string(), createdAt: z.date(), readAt: z.date().nullable() }),
  ),
  asCandidate: z.array(
    z.object({
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
      feedback: z
        .object({
          preparationRating: z.number().int(),
          clarityRating: z.number().int(),
          overallRating: z.number().int(),
          comment: z.string(),
          showName: z.boolean(),
          createdAt: z.date(),
        })
        .nullable(),
      summaryPath: z.string(),
    }),
  ),
  asInterviewer: z.array(
    z.object({
      planId: z.uuid(),
      organisation: z.string(),
      roleTitle: z.string(),
      hiringCompany: z.string(),
      interviewerName: z.string(),
      jobTitle: z.string(),
      debriefNote: z.string(),
      debriefedAt: z.date().nullable(),
      goals: z.array(writtenGoal),
    }),
  ),
  asMember: z.object({
    plansCreated: z.array(z.object({ planId: z.uuid(), roleTitle: z.string(), hiringCompany: z.string(), createdAt: z.date() })),
    goals: z.array(writtenGoal),
    comments: z.array(z.object({ planId: z.uuid(), side: z.enum(planSides), text: z.string(), createdAt: z.date() })),
    proposedSteps: z.array(
      z.object({
        planId: z.uuid(),
        description: z.string(),
        owner: z.enum(stepOwners),
        dueOn: z.string().nullable(),
        status: z.enum(stepStatuses),
        createdAt: z.date(),
      }),
    ),
  }),
});

const retentionOutput = z.object({ retentionMonths: z.number().int() });
const candidateEmail = z.object({ email: emailField });

/**
 * Who may call: any signed-in user about their own data (export, deletion);
 * the organisation's members read its retention period, its admins change it
 * and erase one candidate's data from the organisation's plans.
 */
export const dataRightsRouter = createTRPCRouter({
  /** Served as a file by app/api/account/export/route.ts. */
  export: protectedProcedure.output(exportOutput).query(({ ctx }) => exportAccountData(ctx.db, ctx.session.user.id)),

  deletionPreview: protectedProcedure
    .output(
      z.object({
        blockedBy: z.array(z.string()),
        organisationsDeleted: z.array(z.object({ name: z.string(), plans: z.number().int() })),
        membershipsEnding: z.array(z.string()),
        plansAsCandidate: z.number().int(),
      }),
    )
    .query(({ ctx }) => accountDeletionPreview(ctx.db, ctx.session.user.id)),

  deleteAccount: protectedProcedure
    .input(
      z.object({
        confirmEmail: z
          .string({ error: "Type your email address to confirm." })
          .trim()
          .min(1, "Type your email address to confirm.")
          .max(LIMITS.email, "Type your email address to confirm."),
      }),
    )
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await deleteAccount(ctx.db, { userId: ctx.session.user.id, confirmEmail: input.confirmEmail });
      return { ok: true as const };
    }),

  retention: recruiterProcedureWith("members.view")
    .output(retentionOutput)
    .query(({ ctx }) => retentionSetting(ctx.db, ctx.membership.orgId)),

  setRetention: recruiterProcedureWith("organisation.configure")
    .input(
      z.object({
        retentionMonths: z
          .number({ error: "Enter the retention period in months." })
          .int("Enter the retention period in whole months.")
          .min(RETENTION_LIMITS.minMonths, `Keep candidate data at least ${RETENTION_LIMITS.minMonths} month.`)
          .max(RETENTION_LIMITS.maxMonths, `Keep candidate data at most ${RETENTION_LIMITS.maxMonths} months (ten years).`),
      }),
    )
    .output(retentionOutput)
    .mutation(({ ctx, input }) => updateRetentionSetting(ctx.db, ctx.membership.orgId, input.retentionMonths)),

  previewErasure: recruiterProcedureWith("candidateData.erase")
    .input(candidateEmail)
    .output(z.object({ plans: z.number().int() }))
    .query(({ ctx, input }) => previewCandidateErasure(ctx.db, ctx.membership.orgId, input.email)),

  erase: recruiterProcedureWith("candidateData.erase")
    // expectedPlans: the count the admin was shown and confirmed.
    .input(candidateEmail.extend({ expectedPlans: z.number({ error: "Check the candidate's plans first." }).int().min(0).max(1_000_000) }))
    .output(z.object({ erased: z.number().int() }))
    .mutation(({ ctx, input }) => eraseCandidateData(ctx.db, { orgId: ctx.membership.orgId, ...input })),
});
