ALTER TYPE "public"."auth_token_purpose" ADD VALUE 'email_verification';--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "next_steps" ADD COLUMN "agreed_once_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "auth_tokens_expires_idx" ON "auth_tokens" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "rate_limits_window_idx" ON "rate_limits" USING btree ("window_started_at");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires");--> statement-breakpoint
CREATE INDEX "notifications_email_pending_idx" ON "notifications" USING btree ("user_id") WHERE "notifications"."email_pending";--> statement-breakpoint
UPDATE "next_steps" SET "agreed_once_at" = GREATEST("candidate_confirmed_at", "organisation_confirmed_at") WHERE "candidate_confirmed_at" IS NOT NULL AND "organisation_confirmed_at" IS NOT NULL;
--> statement-breakpoint
-- Accounts made before addresses had to be proven were trusted under the old rules; keeping them usable means a password reset does not take their organisation away. Only accounts made from now on start unverified.
UPDATE "users" SET "email_verified" = "created_at" WHERE "email_verified" IS NULL;
