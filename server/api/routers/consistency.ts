import { z } from "zod";
import { flagItem, markItemAgreed, replyToItem } from "@/server/domain/consistency-checks";
import { idField, optionalText, requiredText } from "../fields";
import { createTRPCRouter, planMemberProcedure } from "../trpc";
import { COMMENT_LIMIT } from "@/server/rules/limits";

const comment = optionalText("the comment", COMMENT_LIMIT);
const ok = z.object({ ok: z.literal(true) });

/** Who may call: either side of the plan; flags and their discussion are visible to both. */
export const consistencyRouter = createTRPCRouter({
  flag: planMemberProcedure
    .input(z.object({ itemId: idField, comment: requiredText("what needs revisiting", COMMENT_LIMIT) }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await flagItem(ctx.db, ctx.actor, input);
      return { ok: true as const };
    }),

  reply: planMemberProcedure
    .input(z.object({ itemId: idField, text: requiredText("a reply", COMMENT_LIMIT) }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await replyToItem(ctx.db, ctx.actor, input);
      return { ok: true as const };
    }),

  markAgreed: planMemberProcedure
    .input(z.object({ itemId: idField, comment }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await markItemAgreed(ctx.db, ctx.actor, input);
      return { ok: true as const };
    }),
});
