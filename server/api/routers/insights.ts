import { z } from "zod";
import { insightsFor } from "@/server/domain/insights";
import { OUTCOME_KEYS } from "@/server/rules/insights-labels";
import { planStages } from "@/server/rules/enums";
import { FEEDBACK_QUESTIONS } from "@/server/rules/feedback";
import { PERIOD_ORDER_MESSAGE, PERIOD_SPAN_MESSAGE, periodDays } from "@/server/rules/insights-period";
import { INSIGHTS_MAX_SPAN_DAYS } from "@/server/rules/limits";
import { createTRPCRouter, recruiterProcedureWith } from "../trpc";

const day = (which: string) => z.iso.date({ error: `Enter the ${which} of the period as a date, like 2026-09-01.` });

const bothDates = (payload: { issues: readonly unknown[] }) => payload.issues.length === 0;

/** Two calendar days, both included (server/rules/insights-period.ts); refused next to the field at fault. */
export const insightsPeriodInput = z
  .object({ from: day("first day"), to: day("last day") })
  // Compared only once both are dates: "yesterday" is not before anything.
  .refine((p) => p.from <= p.to, { message: PERIOD_ORDER_MESSAGE, path: ["to"], when: bothDates })
  .refine((p) => p.from > p.to || periodDays(p) <= INSIGHTS_MAX_SPAN_DAYS, { message: PERIOD_SPAN_MESSAGE, path: ["from"], when: bothDates });

const count = z.number().int();
const share = z.number().nullable();
const byKey = <K extends string, V extends z.ZodType>(keys: readonly K[], value: V) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, V>);

export const insightsOutput = z.strictObject({
  period: z.strictObject({ from: z.string(), to: z.string() }),
  plans: count,
  byStage: byKey(planStages, count),
  byOutcome: byKey(OUTCOME_KEYS, count),
  preparation: z.strictObject({ held: count, prepared: count, share }),
  agreement: z.strictObject({ agreed: count, medianSeconds: z.number().nullable(), decided: count, within48Hours: count, share48Hours: share }),
  interviewers: z.strictObject({ joined: count, prepared: count, share }),
  ratings: z.strictObject({
    count,
    averages: byKey(FEEDBACK_QUESTIONS, z.number().nullable()),
    distribution: byKey(FEEDBACK_QUESTIONS, z.array(count)),
  }),
  comments: z.array(
    z.strictObject({ comment: z.string(), ratings: byKey(FEEDBACK_QUESTIONS, count), givenOn: z.string(), name: z.string() }),
  ),
});

/** Who may call: members with insights.view, for their active organisation only. */
export const insightsRouter = createTRPCRouter({
  get: recruiterProcedureWith("insights.view")
    .input(insightsPeriodInput)
    .output(insightsOutput)
    .query(({ ctx, input }) => insightsFor(ctx.db, { orgId: ctx.membership.orgId, period: input, now: new Date() })),
});
