import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { planEvents, users, type Audience, type PlanSide, type Visibility } from "@/db/schema";

/**
 * The plan's append-only log. Each entry names who may read it; entries about
 * a goal never carry its text, so a goal made private later leaves nothing
 * readable behind on the other side.
 */
export type EventType =
  | "plan_created"
  | "plan_shared"
  | "invitation_accepted"
  | "plan_rescheduled"
  | "plan_cancelled"
  | "plan_closed"
  | "goal_added"
  | "goal_outcome_marked"
  | "item_flagged"
  | "item_agreed"
  | "step_proposed"
  | "step_confirmed"
  | "step_edited"
  | "step_done"
  | "step_drop_requested"
  | "step_drop_declined"
  | "step_dropped"
  | "steps_agreed";

export interface NewEvent {
  planId: string;
  actorSide: PlanSide | null;
  actorId: string | null;
  type: EventType;
  audience: Audience;
  data?: Record<string, string | number | boolean | null>;
}

export async function recordEvent(tx: Db, event: NewEvent): Promise<void> {
  // now() is the transaction's start, the same for every entry of one action ("confirmed", then "agreed"):
  // the clock's time keeps them in the order they happened.
  await tx.insert(planEvents).values({ ...event, data: event.data ?? {}, createdAt: sql`clock_timestamp()` });
}

/** Who may read an entry about something of this side with this visibility. */
export function audienceOf(side: PlanSide, visibility: Visibility): Audience {
  return visibility === "shared" ? "both" : side;
}

export async function timelineFor(db: Db, input: { planId: string; side: PlanSide; before?: Date; limit: number }) {
  return db
    .select({
      id: planEvents.id,
      type: planEvents.type,
      actorSide: planEvents.actorSide,
      actorName: users.name,
      audience: planEvents.audience,
      data: planEvents.data,
      createdAt: planEvents.createdAt,
    })
    .from(planEvents)
    .leftJoin(users, eq(users.id, planEvents.actorId))
    .where(
      and(
        eq(planEvents.planId, input.planId),
        inArray(planEvents.audience, ["both", input.side]),
        input.before ? lt(planEvents.createdAt, input.before) : undefined,
      ),
    )
    .orderBy(desc(planEvents.createdAt), desc(planEvents.id))
    .limit(input.limit);
}

