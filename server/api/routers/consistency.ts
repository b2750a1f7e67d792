import { z } from "zod";
import { flagItem, markItemAgreed, replyToItem } from "@/server/domain/consistency-checks";
import { idField, optionalText, requiredText, versionField } from "../fields";
import { createTRPCRouter, planMemberProcedure, planMemberProcedureFor } from "../trpc";
import { COMMENT_LIMIT } from "@/server/rules/limits";

const comment = optionalText("the comment", COMMENT_LIMIT);
const ok = z.object({ ok: z.literal(true) });
/** The item's version as the person saw it: a flag or agreement made meanwhile is refused (CONFLICT), not overwritten. */
const itemAt = z.object({ itemId: idField, expectedVersion: versionField });
const itemVersion = z.object({ version: z.number().int() });

/** Who may call: either side of the plan; flags and their discussion are visible to both; an invited interviewer flags and replies but does not settle. */
export const consistencyRouter = createTRPCRouter({
  flag: planMemberProcedure
    .input(itemAt.extend({ comment: requiredText("what needs revisiting", COMMENT_LIMIT) }))
    .output(itemVersion)
    .mutation(({ ctx, input }) => flagItem(ctx.db, ctx.actor, input)),

  reply: planMemberProcedure
    .input(z.object({ itemId: idField, text: requiredText("a reply", COMMENT_LIMIT) }))
    .output(ok)
    .mutation(async ({ ctx, input }) => {
      await replyToItem(ctx.db, ctx.actor, input);
      return { ok: true as const };
    }),

  markAgreed: planMemberProcedureFor("items.settle")
    .input(itemAt.extend({ comment }))
    .output(itemVersion)
    .mutation(({ ctx, input }) => markItemAgreed(ctx.db, ctx.actor, input)),
});
