import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, smallint, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { goalKind, goalOutcome, goalPriority, planSide, visibility } from "./enums";
import { firstInterviewItems, planInterviewers, plans } from "./plans";

/**
 * What each side wants out of the meeting. A private goal is only ever read
 * by its own side (server/domain/visibility.ts decides every read).
 */
export const goals = pgTable(
  "goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    side: planSide("side").notNull(),
    kind: goalKind("kind").notNull(),
    text: text("text").notNull(),
    detail: text("detail").notNull().default(""),
    priority: goalPriority("priority").notNull().default("should"),
    visibility: visibility("visibility").notNull().default("shared"),
    position: integer("position").notNull(),
    version: integer("version").notNull().default(1),
    /** The debrief: how far the goal was met, marked by its own side after the meeting. */
    outcome: goalOutcome("outcome"),
    outcomeNote: text("outcome_note").notNull().default(""),
    lastEditedById: uuid("last_edited_by_id").references(() => users.id, { onDelete: "set null" }),
    /** The invited interviewer whose goal this is (organisation side); the candidate reads it with their name. */
    interviewerId: uuid("interviewer_id").references(() => planInterviewers.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("goals_plan_side_idx").on(t.planId, t.side, t.position),
    // The insights ask which interviewers wrote a goal before their meeting: few goals have an interviewer.
    index("goals_interviewer_created_idx").on(t.interviewerId, t.createdAt).where(sql`${t.interviewerId} is not null`),
  ],
);
export type Goal = typeof goals.$inferSelect;

/** The candidate's preparation: which of the article's five steps they have marked done. */
export const preparationSteps = pgTable(
  "preparation_steps",
  {
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    step: smallint("step").notNull(),
    completedAt: timestamp("completed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.planId, t.step] }), check("preparation_step_range", sql`${t.step} between 1 and 5`)],
);

/** The candidate's private notes: per interviewer (step 1) and "what has held me back" (step 3). */
export const candidateNotes = pgTable(
  "candidate_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    /** Null for the plan-level note. */
    interviewerId: uuid("interviewer_id").references(() => planInterviewers.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    /** Grows on every save, so a note saved from another tab is not silently overwritten. */
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("candidate_notes_plan_interviewer_key").on(t.planId, t.interviewerId).nullsNotDistinct()],
);

/** Step 5: the candidate acknowledges each shared goal of the organisation, privately noting how to address it. */
export const goalAcknowledgements = pgTable(
  "goal_acknowledgements",
  {
    goalId: uuid("goal_id")
      .primaryKey()
      .references(() => goals.id, { onDelete: "cascade" }),
    note: text("note").notNull().default(""),
    /** Grows on every save, so a note saved from another tab is not silently overwritten. */
    version: integer("version").notNull().default(1),
    acknowledgedAt: timestamp("acknowledged_at", { withTimezone: true }).notNull().defaultNow(),
  },
);

/** A first-interview item flagged "to revisit": a consistency check both sides see and can discuss. */
export const itemComments = pgTable(
  "item_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => firstInterviewItems.id, { onDelete: "cascade" }),
    side: planSide("side").notNull(),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    text: text("text").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("item_comments_item_idx").on(t.itemId, t.createdAt)],
);
