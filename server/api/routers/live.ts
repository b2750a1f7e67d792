import { z } from "zod";
import { resolvePlanActor } from "@/server/domain/plan-access";
import { currentRenderedFrom } from "@/server/domain/plan-pages";
import { planWatcher } from "@/server/live/me-watch";
import { subscriberEvents } from "@/server/live/subscriber-events";
import { trackedEvents } from "@/server/live/tracked-output";
import { planParts } from "@/server/rules/live";
import { createTRPCRouter, planMemberProcedure, protectedProcedure } from "../trpc";

/** Set by the client link on a reconnect: the id of the last event it received. */
const lastEventIdField = z.string().max(100).nullish();

const partsField = z.array(z.enum(planParts));

/** What the page was rendered from (plan.page / interview.page renderedFrom). */
const renderedFromField = z.string().max(100).optional();

/**
 * catchUp: re-read everything (a reconnect may have missed changes, or the
 * plan changed since the page was rendered); otherwise re-read `parts`
 * (none on opening: nothing changed since `renderedFrom`).
 */
export const planEvent = z.strictObject({ catchUp: z.boolean(), parts: partsField });

export const meEvent = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.enum(["ready", "catchUp", "notifications"]) }),
  z.strictObject({ kind: z.literal("plan"), planId: z.uuid(), parts: partsField }),
]);

/**
 * Who may subscribe: live.plan, either side of the plan (checked on subscribe
 * and again on every change, so a removed member stops hearing); live.me,
 * any signed-in user about their own notifications and the plans they
 * follow. Events carry ids and part names only, never content: the client
 * re-reads through the ordinary queries, which apply visibility.
 */
export const liveRouter = createTRPCRouter({
  plan: planMemberProcedure
    .input(z.object({ lastEventId: lastEventIdField, renderedFrom: renderedFromField }))
    .output(trackedEvents(planEvent))
    .subscription(({ ctx, input, signal }) => {
      const { planId } = input;
      const userId = ctx.session.user.id;
      return subscriberEvents<z.input<typeof planEvent>>({
        db: ctx.db,
        signal,
        resumed: Boolean(input.lastEventId),
        // A page that says what it was rendered from re-reads only if the plan changed before the stream listened.
        opening: async () =>
          input.renderedFrom === undefined || input.renderedFrom === (await currentRenderedFrom(ctx.db, ctx.actor))
            ? { catchUp: false, parts: [] }
            : { catchUp: true, parts: [...planParts] },
        catchUp: { catchUp: true, parts: [...planParts] },
        map: async (event) => {
          if (event.scope !== "plan" || event.planId !== planId) return null;
          await resolvePlanActor(ctx.db, userId, planId);
          return { catchUp: false, parts: event.parts };
        },
      });
    }),

  me: protectedProcedure
    .input(z.object({ lastEventId: lastEventIdField }).default({}))
    .output(trackedEvents(meEvent))
    .subscription(({ ctx, input, signal }) => {
      const userId = ctx.session.user.id;
      const follows = planWatcher(ctx.db, userId);
      return subscriberEvents<z.input<typeof meEvent>>({
        db: ctx.db,
        signal,
        resumed: Boolean(input.lastEventId),
        opening: { kind: "ready" },
        catchUp: { kind: "catchUp" },
        map: async (event) => {
          if (event.scope === "user") return event.userId === userId ? { kind: "notifications" } : null;
          return (await follows(event.planId, event.orgId)) ? { kind: "plan", planId: event.planId, parts: event.parts } : null;
        },
      });
    }),
});
