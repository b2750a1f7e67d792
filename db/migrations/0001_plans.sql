CREATE TYPE "public"."first_interview_status" AS ENUM('agreed', 'to_revisit');--> statement-breakpoint
CREATE TYPE "public"."first_interview_topic" AS ENUM('values', 'basic_skills', 'outlook', 'vision_and_fit', 'location', 'start_date_and_hours', 'package', 'other');--> statement-breakpoint
CREATE TYPE "public"."meeting_format" AS ENUM('on_site', 'video', 'phone');--> statement-breakpoint
CREATE TYPE "public"."plan_stage" AS ENUM('draft', 'shared', 'preparing', 'debrief', 'next_steps_agreed', 'closed');--> statement-breakpoint
CREATE TABLE "first_interview_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"topic" "first_interview_topic" NOT NULL,
	"summary" text NOT NULL,
	"status" "first_interview_status" DEFAULT 'agreed' NOT NULL
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
ALTER TABLE "first_interview_items" ADD CONSTRAINT "first_interview_items_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_interviewers" ADD CONSTRAINT "plan_interviewers_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_invitations" ADD CONSTRAINT "plan_invitations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_invitations" ADD CONSTRAINT "plan_invitations_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_candidate_user_id_users_id_fk" FOREIGN KEY ("candidate_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "first_interview_items_plan_idx" ON "first_interview_items" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_interviewers_plan_idx" ON "plan_interviewers" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_invitations_token_key" ON "plan_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "plan_invitations_plan_idx" ON "plan_invitations" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plans_org_starts_idx" ON "plans" USING btree ("org_id","starts_at","id");--> statement-breakpoint
CREATE INDEX "plans_org_stage_starts_idx" ON "plans" USING btree ("org_id","stage","starts_at","id");--> statement-breakpoint
CREATE INDEX "plans_candidate_idx" ON "plans" USING btree ("candidate_user_id","starts_at");