ALTER TABLE "first_interview_items" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_interviewers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "candidate_notes" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;