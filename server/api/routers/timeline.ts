import { z } from "zod";
import { audiences, planSides } from "@/server/rules/enums";
import { timelineFor } from "@/server/domain/timeline";
import { instantField, limitField } from "../fields";
import { createTRPCRouter, planMemberProcedure } from "../trpc";

/** Who may call: either side of the plan; each reads the entries addressed to both sides or to itself. */
export const timelineRouter = createTRPCRouter({
  list: planMemberProcedure
    .input(z.object({ before: instantField.optional(), limit: limitField(100, 50) }))
    .output(
      z.array(
        z.object({
          id: z.uuid(),
          type: z.string(),
          actorSide: z.enum(planSides).nullable(),
          actorName: z.string().nullable(),
          audience: z.enum(audiences),
          data: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
          createdAt: z.date(),
        }),
      ),
    )
    .query(({ ctx, input }) =>
      timelineFor(ctx.db, { planId: ctx.actor.plan.id, side: ctx.actor.side, before: input.before, limit: input.limit }),
    ),
});
