import { desc } from "drizzle-orm";
import { z } from "zod";
import { outbox } from "@/db/schema";
import { outboxStatuses } from "@/server/rules/enums";
import { notFound } from "@/server/domain/errors";
import { env } from "@/server/env";
import { limitField } from "../fields";
import { createTRPCRouter, publicProcedure } from "../trpc";

/**
 * Who may call: anyone, but only where env().devOutboxEnabled (development bound to
 * loopback, or DEV_OUTBOX=true outside production; never in production); elsewhere it
 * answers NOT_FOUND, as if it did not exist.
 */
export const devOutboxRouter = createTRPCRouter({
  list: publicProcedure
    .input(z.object({ limit: limitField(200, 50) }).default({ limit: 50 }))
    .output(
      z.array(
        z.object({
          id: z.uuid(),
          toAddress: z.string(),
          subject: z.string(),
          textBody: z.string(),
          status: z.enum(outboxStatuses),
          createdAt: z.date(),
        }),
      ),
    )
    .query(({ ctx, input }) => {
      if (!env().devOutboxEnabled) throw notFound("Page");
      return ctx.db
        .select({
          id: outbox.id,
          toAddress: outbox.toAddress,
          subject: outbox.subject,
          textBody: outbox.textBody,
          status: outbox.status,
          createdAt: outbox.createdAt,
        })
        .from(outbox)
        .orderBy(desc(outbox.createdAt), desc(outbox.id))
        .limit(input.limit);
    }),
});
