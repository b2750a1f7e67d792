import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { decodeJsonRows, jsonRowOf, readOverPlan, rowsAsJson, type JsonRow } from "./json-rows";
import { planEvents, plans, users, type Audience, type PlanSide, type Visibility } from "@/db/schema";
import { EVENT_DATA, EVENT_TYPES, readStoredEvent, type StoredEvent, type TimelineEvent } from "@/server/rules/timeline-events";

export type { EventType } from "@/server/rules/timeline-events";

/**
 * The plan's append-only log. Each entry names who may read it and carries
 * the values of its type (server/rules/timeline-events.ts); entries about a
 * goal never carry its text, so a goal made private later leaves nothing
 * readable behind on the other side.
 */
export type NewEvent = { planId: string; actorSide: PlanSide | null; actorId: string | null; audience: Audience } & TimelineEvent;

export async function recordEvent(tx: Db, event: NewEvent): Promise<void> {
  const data = EVENT_DATA[event.type].parse(event.data);
  await tx.insert(planEvents).values({
    planId: event.planId,
    actorSide: event.actorSide,
    actorId: event.actorId,
    type: event.type,
    audience: event.audience,
    data,
    // now() is the transaction's start, the same for every entry of one action ("confirmed", then "agreed"):
    // the clock's time keeps them in the order they happened.
    createdAt: sql`clock_timestamp()`,
  });
}

/** Who may read an entry about something of this side with this visibility. */
export function audienceOf(side: PlanSide, visibility: Visibility): Audience {
  return visibility === "shared" ? "both" : side;
}

export type TimelineEntry = {
  id: string;
  actorSide: PlanSide | null;
  actorName: string | null;
  audience: Audience;
  createdAt: Date;
} & StoredEvent;

const entryFields = {
  id: planEvents.id,
  type: planEvents.type,
  actorSide: planEvents.actorSide,
  actorName: sql<string | null>`${users.name}`,
  audience: planEvents.audience,
  data: planEvents.data,
  createdAt: planEvents.createdAt,
};

type TimelinePage = { side: PlanSide; before?: Date; limit: number };

/**
 * The entries this side may read, newest first, as a JSON column over the
 * plan row (the one read of them: timeline.list and the plan pages). Decode
 * with timelineFromJson.
 */
export function timelineJson(db: Db, input: TimelinePage) {
  return rowsAsJson(
    db
      .select({ row: jsonRowOf(entryFields) })
      .from(planEvents)
      .leftJoin(users, eq(users.id, planEvents.actorId))
      .where(
        and(
          eq(planEvents.planId, plans.id),
          inArray(planEvents.audience, ["both", input.side]),
          inArray(planEvents.type, EVENT_TYPES),
          input.before ? lt(planEvents.createdAt, input.before) : undefined,
        ),
      )
      .orderBy(desc(planEvents.createdAt), desc(planEvents.id))
      .limit(input.limit),
  );
}

/**
 * Each entry read as its type's schema says; one stored before entries had
 * typed data reads with `data: null` and is worded generically.
 */
function typedEntries(rows: JsonRow<typeof entryFields>[]): TimelineEntry[] {
  return rows.flatMap(({ type, data, ...envelope }) => {
    const event = readStoredEvent(type, data);
    return event ? [{ ...envelope, ...event }] : [];
  });
}

export function timelineFromJson(value: unknown): TimelineEntry[] {
  return typedEntries(decodeJsonRows(entryFields, value));
}

export async function timelineFor(db: Db, input: { planId: string } & TimelinePage): Promise<TimelineEntry[]> {
  const { entries } = await readOverPlan(db, input.planId, { entries: timelineJson(db, input) });
  return timelineFromJson(entries);
}
