CREATE TABLE "meeting_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"taken_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "time_to_be_picked" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "other_times_message" text;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "other_times_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meeting_slots" ADD CONSTRAINT "meeting_slots_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_slots" ADD CONSTRAINT "meeting_slots_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_slots_plan_start_key" ON "meeting_slots" USING btree ("plan_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_slots_one_taken_per_plan_key" ON "meeting_slots" USING btree ("plan_id") WHERE "meeting_slots"."taken_at" is not null;--> statement-breakpoint
CREATE INDEX "meeting_slots_org_idx" ON "meeting_slots" USING btree ("org_id");