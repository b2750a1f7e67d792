CREATE TYPE "public"."first_interview_status" AS ENUM('agreed', 'to_revisit');--> statement-breakpoint
CREATE TYPE "public"."first_interview_topic" AS ENUM('values', 'basic_skills', 'outlook', 'vision_and_fit', 'location', 'start_date_and_hours', 'package', 'other');--> statement-breakpoint
CREATE TYPE "public"."goal_kind" AS ENUM('establish', 'doubt', 'learn', 'must_know', 'team_goal', 'challenge', 'consistency_check');--> statement-breakpoint
CREATE TYPE "public"."goal_priority" AS ENUM('must', 'should', 'nice');--> statement-breakpoint
CREATE TYPE "public"."meeting_format" AS ENUM('on_site', 'video', 'phone');--> statement-breakpoint
CREATE TYPE "public"."plan_side" AS ENUM('candidate', 'organisation');--> statement-breakpoint
CREATE TYPE "public"."plan_stage" AS ENUM('draft', 'shared', 'preparing', 'debrief', 'next_steps_agreed', 'closed');--> statement-breakpoint
CREATE TYPE "public"."visibility" AS ENUM('shared', 'private');--> statement-breakpoint
CREATE TABLE "first_interview_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"topic" "first_interview_topic" NOT NULL,
	"summary" text NOT NULL,
	"status" "first_interview_status" DEFAULT 'agreed' NOT NULL,
	"flagged_by_side" "plan_side",
	"flagged_by_id" uuid,
	"flagged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plan_interviewers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"job_title" text DEFAULT '' NOT NULL,
	"background" text DEFAULT '' NOT NULL,
	"wants_to_establish" text DEFAULT '' NOT NULL,
	"profile_url" text
);
--> statement-breakpoint
CREATE TABLE "plan_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"invited_by_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"stage" "plan_stage" DEFAULT 'draft' NOT NULL,
	"role_title" text NOT NULL,
	"hiring_company" text NOT NULL,
	"candidate_name" text NOT NULL,
	"candidate_email" text NOT NULL,
	"candidate_user_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"format" "meeting_format" NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"joining_notes" text DEFAULT '' NOT NULL,
	"agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"internal_note" text DEFAULT '' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidate_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"interviewer_id" uuid,
	"text" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_notes_plan_interviewer_key" UNIQUE NULLS NOT DISTINCT("plan_id","interviewer_id")
);
--> statement-breakpoint
CREATE TABLE "goal_acknowledgements" (
	"goal_id" uuid PRIMARY KEY NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"acknowledged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"side" "plan_side" NOT NULL,
	"kind" "goal_kind" NOT NULL,
	"text" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"priority" "goal_priority" DEFAULT 'should' NOT NULL,
	"visibility" "visibility" DEFAULT 'shared' NOT NULL,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"last_edited_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"item_id" uuid NOT NULL,
	"side" "plan_side" NOT NULL,
	"author_id" uuid,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "preparation_steps" (
	"plan_id" uuid NOT NULL,
	"step" smallint NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "preparation_steps_plan_id_step_pk" PRIMARY KEY("plan_id","step"),
	CONSTRAINT "preparation_step_range" CHECK ("preparation_steps"."step" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "first_interview_items" ADD CONSTRAINT "first_interview_items_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "first_interview_items" ADD CONSTRAINT "first_interview_items_flagged_by_id_users_id_fk" FOREIGN KEY ("flagged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_interviewers" ADD CONSTRAINT "plan_interviewers_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_invitations" ADD CONSTRAINT "plan_invitations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_invitations" ADD CONSTRAINT "plan_invitations_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_candidate_user_id_users_id_fk" FOREIGN KEY ("candidate_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_notes" ADD CONSTRAINT "candidate_notes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_notes" ADD CONSTRAINT "candidate_notes_interviewer_id_plan_interviewers_id_fk" FOREIGN KEY ("interviewer_id") REFERENCES "public"."plan_interviewers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_acknowledgements" ADD CONSTRAINT "goal_acknowledgements_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_comments" ADD CONSTRAINT "item_comments_item_id_first_interview_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."first_interview_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_comments" ADD CONSTRAINT "item_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "preparation_steps" ADD CONSTRAINT "preparation_steps_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "first_interview_items_plan_idx" ON "first_interview_items" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_interviewers_plan_idx" ON "plan_interviewers" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_invitations_token_key" ON "plan_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "plan_invitations_plan_idx" ON "plan_invitations" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plans_org_starts_idx" ON "plans" USING btree ("org_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "plans_org_stage_starts_idx" ON "plans" USING btree ("org_id","stage","starts_at","id");--> statement-breakpoint
CREATE INDEX "plans_candidate_idx" ON "plans" USING btree ("candidate_user_id","starts_at");--> statement-breakpoint
CREATE INDEX "goals_plan_side_idx" ON "goals" USING btree ("plan_id","side","position");--> statement-breakpoint
CREATE INDEX "item_comments_item_idx" ON "item_comments" USING btree ("item_id","created_at");