import { z } from "zod";
import { flagItem, markItemAgreed, replyToItem } from "@/server/domain/consistency-checks";
import { idField } from "../fields";
import { createTRPCRouter, planMemberProcedure } from "../trpc";

export const COMMENT_LIMIT = 1000;
const comment = z
  .string({ error: "Write a comment." })
  .trim()
  .max(COMMENT_LIMIT, `Keep the comment under ${COMMENT_LIMIT} characters.`);
const ok = z.object({ ok: z.literal(true) });

/** Who may call: either side of the plan; flags and their discussion are visible to both. */
export const consistencyRouter = createTRPCRouter({
  flag: planMemberProcedure
    .input(z.object({ itemId: idField, comment: comment.min(1, "Say what needs revisiting.") }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await flagItem(ctx.db, ctx.actor, input);
      return { ok: true as const };
    }),

  reply: planMemberProcedure
    .input(z.object({ itemId: idField, text: comment.min(1, "Write a reply.") }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await replyToItem(ctx.db, ctx.actor, input);
      return { ok: true as const };
    }),

  markAgreed: planMemberProcedure
    .input(z.object({ itemId: idField, comment: comment.default("") }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await markItemAgreed(ctx.db, ctx.actor, input);
      return { ok: true as const };
    }),
});
