import { z } from "zod";
import { markNotificationsRead, notificationsOf } from "@/server/domain/notifications";
import { idField, limitField } from "../fields";
import { createTRPCRouter, protectedProcedure } from "../trpc";

/** Who may call: any signed-in user, about their own notifications only. */
export const notificationRouter = createTRPCRouter({
  list: protectedProcedure
    .input(z.object({ limit: limitField(100, 20) }).default({ limit: 20 }))
    .output(
      z.object({
        unread: z.number().int(),
        items: z.array(
          z.object({
            id: z.uuid(),
            planId: z.uuid().nullable(),
            path: z.string().nullable(),
            type: z.string(),
            message: z.string(),
            readAt: z.date().nullable(),
            createdAt: z.date(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => notificationsOf(ctx.db, ctx.session.user.id, input.limit)),

  markRead: protectedProcedure
    .input(z.object({ ids: z.union([z.array(idField).max(100), z.literal("all")]) }))
    .output(z.object({ ok: z.literal(true) }))
    .mutation(async ({ ctx, input }) => {
      await markNotificationsRead(ctx.db, ctx.session.user.id, input.ids);
      return { ok: true as const };
    }),
});
