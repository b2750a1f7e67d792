import { z } from "zod";
import { feedbackOf, submitFeedback } from "@/server/domain/feedback";
import { FEEDBACK_COMMENT_LIMIT } from "@/server/rules/limits";
import { FEEDBACK_QUESTION_SHORT_LABEL, RATING_MAX, RATING_MIN, type FeedbackQuestion } from "@/server/rules/feedback";
import { optionalText } from "../fields";
import { createTRPCRouter, planMemberProcedure } from "../trpc";

/** One answer: a whole number from 1 to 5, refused next to its question otherwise. */
const rating = (question: FeedbackQuestion) => {
  const message = `Rate “${FEEDBACK_QUESTION_SHORT_LABEL[question]}” with a whole number from ${RATING_MIN} to ${RATING_MAX}.`;
  return z.number({ error: message }).int(message).min(RATING_MIN, message).max(RATING_MAX, message);
};

const givenOutput = z.object({
  preparation: z.number().int(),
  clarity: z.number().int(),
  overall: z.number().int(),
  comment: z.string(),
  showName: z.boolean(),
  createdAt: z.date(),
});

/**
 * Who may call: the plan's candidate only. To the organisation's members and
 * interviewers a plan's feedback does not exist here (NOT_FOUND): they read
 * it through the insights, anonymised unless the candidate allowed their name.
 */
export const feedbackRouter = createTRPCRouter({
  /** What the candidate gave, and whether the form is open to them now (with why not). */
  mine: planMemberProcedure
    .output(z.object({ given: givenOutput.nullable(), canSubmit: z.boolean(), refusal: z.string().nullable() }))
    .query(({ ctx }) => feedbackOf(ctx.db, ctx.actor, new Date())),

  submit: planMemberProcedure
    .input(
      z.object({
        preparation: rating("preparation"),
        clarity: rating("clarity"),
        overall: rating("overall"),
        comment: optionalText("your comment", FEEDBACK_COMMENT_LIMIT),
        showName: z.boolean({ error: "Choose whether the organisation may see your name." }).default(false),
      }),
    )
    .output(givenOutput)
    .mutation(({ ctx, input }) => submitFeedback(ctx.db, ctx.actor, input, new Date())),
});
