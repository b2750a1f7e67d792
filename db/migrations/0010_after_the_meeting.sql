CREATE TABLE "plan_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"candidate_user_id" uuid,
	"preparation_rating" smallint NOT NULL,
	"clarity_rating" smallint NOT NULL,
	"overall_rating" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"show_name" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_feedback_preparation_range" CHECK ("plan_feedback"."preparation_rating" between 1 and 5),
	CONSTRAINT "plan_feedback_clarity_range" CHECK ("plan_feedback"."clarity_rating" between 1 and 5),
	CONSTRAINT "plan_feedback_overall_range" CHECK ("plan_feedback"."overall_rating" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "retention_months" integer DEFAULT 12 NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "retention_notice_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plan_feedback" ADD CONSTRAINT "plan_feedback_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_feedback" ADD CONSTRAINT "plan_feedback_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_feedback" ADD CONSTRAINT "plan_feedback_candidate_user_id_users_id_fk" FOREIGN KEY ("candidate_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_feedback_plan_key" ON "plan_feedback" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "plan_feedback_org_created_idx" ON "plan_feedback" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "plans_org_closed_idx" ON "plans" USING btree ("org_id","closed_at") WHERE "plans"."closed_at" is not null;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_retention_months_range" CHECK ("organisations"."retention_months" between 1 and 120);