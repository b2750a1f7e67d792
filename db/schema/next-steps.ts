import { sql } from "drizzle-orm";
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { audience, jobStatus, planSide, stepOwner, stepStatus } from "./enums";
import { plans } from "./plans";

/**
 * A next step is agreed only when both sides have confirmed it: one
 * timestamp per side. Editing an agreed step clears the other side's.
 */
export const nextSteps = pgTable(
  "next_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    owner: stepOwner("owner").notNull(),
    dueOn: date("due_on", { mode: "string" }),
    status: stepStatus("status").notNull().default("open"),
    proposedBySide: planSide("proposed_by_side").notNull(),
    proposedById: uuid("proposed_by_id").references(() => users.id, { onDelete: "set null" }),
    candidateConfirmedAt: timestamp("candidate_confirmed_at", { withTimezone: true }),
    organisationConfirmedAt: timestamp("organisation_confirmed_at", { withTimezone: true }),
    /** First time both sides had confirmed a version: from then on, dropping needs both sides. */
    agreedOnceAt: timestamp("agreed_once_at", { withTimezone: true }),
    /** A side asked to drop the step; it is dropped when the other side confirms. */
    dropRequestedBySide: planSide("drop_requested_by_side"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [index("next_steps_plan_idx").on(t.planId, t.createdAt)],
);
export type NextStep = typeof nextSteps.$inferSelect;

/** Append-only: who did what, when, and which side may read it. */
export const planEvents = pgTable(
  "plan_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    actorSide: planSide("actor_side"),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    type: text("type").notNull(),
    audience: audience("audience").notNull(),
    /** Typed per event by server/rules/timeline-events.ts: written through recordEvent, read through timelineFor. */
    data: jsonb("data").$type<unknown>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("plan_events_plan_idx").on(t.planId, t.createdAt)],
);
export type PlanEvent = typeof planEvents.$inferSelect;

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    planId: uuid("plan_id").references(() => plans.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    message: text("message").notNull(),
    /** Waiting to go out in the recipient's next batched email. */
    emailPending: boolean("email_pending").notNull().default(false),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("notifications_user_idx").on(t.userId, t.createdAt),
    index("notifications_email_pending_idx").on(t.userId).where(sql`${t.emailPending}`),
  ],
);

/**
 * Durable scheduled work (reminders). The dedupe key makes scheduling
 * idempotent; workers claim due rows with FOR UPDATE SKIP LOCKED.
 */
export const jobs = pgTable(
  "jobs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    payload: jsonb("payload").$type<Record<string, string>>().notNull(),
    runAt: timestamp("run_at", { withTimezone: true }).notNull(),
    status: jobStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("jobs_dedupe_key").on(t.dedupeKey), index("jobs_due_idx").on(t.status, t.runAt)],
);
