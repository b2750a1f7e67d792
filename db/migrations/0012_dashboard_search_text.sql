DROP INDEX "plans_candidate_name_trgm_idx";--> statement-breakpoint
DROP INDEX "plans_role_title_trgm_idx";--> statement-breakpoint
DROP INDEX "plans_hiring_company_trgm_idx";--> statement-breakpoint
CREATE INDEX "plans_search_trgm_idx" ON "plans" USING gin (lower("candidate_name" || chr(10) || "role_title" || chr(10) || "hiring_company") gin_trgm_ops);--> statement-breakpoint
-- The planner knows an expression's statistics only after an ANALYZE: without them it takes a common term for a rare one and sorts thousands of matches.
ANALYZE "plans";