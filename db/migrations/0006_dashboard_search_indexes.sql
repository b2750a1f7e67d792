-- pg_trgm ships with PostgreSQL (trusted since 13: the database owner may create it) and with PGlite (loaded in db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "plans_candidate_name_trgm_idx" ON "plans" USING gin ("candidate_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "plans_role_title_trgm_idx" ON "plans" USING gin ("role_title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "plans_hiring_company_trgm_idx" ON "plans" USING gin ("hiring_company" gin_trgm_ops);