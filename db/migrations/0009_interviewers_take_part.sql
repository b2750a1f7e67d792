CREATE TABLE "interviewer_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"interviewer_id" uuid NOT NULL,
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
ALTER TABLE "plan_interviewers" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "plan_interviewers" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "plan_interviewers" ADD COLUMN "debrief_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "plan_interviewers" ADD COLUMN "debriefed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plan_interviewers" ADD COLUMN "reminded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "interviewers_see_internal_note" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "interviewer_id" uuid;--> statement-breakpoint
ALTER TABLE "interviewer_invitations" ADD CONSTRAINT "interviewer_invitations_interviewer_id_plan_interviewers_id_fk" FOREIGN KEY ("interviewer_id") REFERENCES "public"."plan_interviewers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviewer_invitations" ADD CONSTRAINT "interviewer_invitations_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviewer_invitations" ADD CONSTRAINT "interviewer_invitations_invited_by_id_users_id_fk" FOREIGN KEY ("invited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "interviewer_invitations_token_key" ON "interviewer_invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "interviewer_invitations_interviewer_idx" ON "interviewer_invitations" USING btree ("interviewer_id","created_at");--> statement-breakpoint
ALTER TABLE "plan_interviewers" ADD CONSTRAINT "plan_interviewers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_interviewer_id_plan_interviewers_id_fk" FOREIGN KEY ("interviewer_id") REFERENCES "public"."plan_interviewers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plan_interviewers_user_key" ON "plan_interviewers" USING btree ("user_id","plan_id");