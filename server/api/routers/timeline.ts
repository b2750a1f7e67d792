import { z } from "zod";
import { audiences, planSides } from "@/server/rules/enums";
import { EVENT_DATA, type EventType } from "@/server/rules/timeline-events";
import { timelineFor } from "@/server/domain/timeline";
import { instantField, limitField } from "../fields";
import { createTRPCRouter, planMemberProcedure } from "../trpc";

/** One entry of a type: who, when, for whom, and that type's data (null for an entry stored before typed data). */
const entryOf = <T extends EventType>(type: T) =>
  z.strictObject({
    id: z.uuid(),
    type: z.literal(type),
    actorSide: z.enum(planSides).nullable(),
    actorName: z.string().nullable(),
    audience: z.enum(audiences),
    data: z.nullable(EVENT_DATA[type]),
    createdAt: z.date(),
  });

// Listed one by one so each entry's data stays tied to its type; the query's return type fails the build when one is missing.
const timelineEntry = z.discriminatedUnion("type", [
  entryOf("plan_created"),
  entryOf("plan_shared"),
  entryOf("invitation_accepted"),
  entryOf("plan_rescheduled"),
  entryOf("plan_cancelled"),
  entryOf("meeting_place_changed"),
  entryOf("slots_offered"),
  entryOf("slot_picked"),
  entryOf("other_times_requested"),
  entryOf("time_change_requested"),
  entryOf("plan_closed"),
  entryOf("goal_added"),
  entryOf("goal_outcome_marked"),
  entryOf("item_flagged"),
  entryOf("item_agreed"),
  entryOf("step_proposed"),
  entryOf("step_confirmed"),
  entryOf("step_edited"),
  entryOf("step_done"),
  entryOf("step_drop_requested"),
  entryOf("step_drop_declined"),
  entryOf("step_dropped"),
  entryOf("steps_agreed"),
  entryOf("feedback_given"),
  entryOf("candidate_data_erased"),
]);

/** timeline.list's answer; the plan pages seed its first page from their one read (server/api/plan-pages.ts). */
export const timelineOutput = z.array(timelineEntry);

/** Who may call: either side of the plan; each reads the entries addressed to both sides or to itself. */
export const timelineRouter = createTRPCRouter({
  list: planMemberProcedure
    .input(z.object({ before: instantField.optional(), limit: limitField(100, 50) }))
    .output(timelineOutput)
    .query(({ ctx, input }) =>
      timelineFor(ctx.db, { planId: ctx.actor.plan.id, side: ctx.actor.side, before: input.before, limit: input.limit }),
    ),
});
