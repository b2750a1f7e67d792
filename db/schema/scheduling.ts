import { sql } from "drizzle-orm";
import { index, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organisations } from "./organisations";
import { plans } from "./plans";

/**
 * Times a recruiter offers the candidate of one plan instead of a fixed time.
 *
 * Slots are rows of their own, each belonging to the one plan that offers it,
 * rather than organisation-wide times shared by several plans: nothing in the
 * app knows which plans share an interviewing team, so a shared time would let
 * one candidate's pick silently take a time from an unrelated plan. Per plan,
 * "taken once" is two constraints: a time appears once in a plan's offer, and
 * a plan holds at most one taken slot (the partial unique index), so however
 * many picks race, one slot is taken and the plan's time is set once.
 * `org_id` is kept on the row so organisation-scoped reads need no join.
 */
export const meetingSlots = pgTable(
  "meeting_slots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    /** When the candidate picked it; the plan's meeting is then this slot's time. */
    takenAt: timestamp("taken_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("meeting_slots_plan_start_key").on(t.planId, t.startsAt),
    uniqueIndex("meeting_slots_one_taken_per_plan_key").on(t.planId).where(sql`${t.takenAt} is not null`),
    index("meeting_slots_org_idx").on(t.orgId),
  ],
);
export type MeetingSlot = typeof meetingSlots.$inferSelect;
