import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { memberships, plans } from "@/db/schema";

/** How long a subscription trusts what it read about whose plans it follows. */
const WATCH_TTL_MS = 10_000;

interface Watched {
  orgIds: Set<string>;
  candidatePlanIds: Set<string>;
}

/**
 * Whose plan changes reach a user's own stream (the dashboard's stage and
 * preparation counts): their organisations' plans, and the plans they are
 * the invited candidate of. Re-read at most every few seconds per
 * subscription, so a busy channel does not cost a query per event.
 */
export function planWatcher(db: Db, userId: string): (planId: string, orgId: string) => Promise<boolean> {
  let watched: Watched | null = null;
  let readAt = 0;
  return async (planId, orgId) => {
    if (!watched || Date.now() - readAt > WATCH_TTL_MS) {
      watched = await readWatched(db, userId);
      readAt = Date.now();
    }
    return watched.orgIds.has(orgId) || watched.candidatePlanIds.has(planId);
  };
}

async function readWatched(db: Db, userId: string): Promise<Watched> {
  const [orgs, candidacies] = await Promise.all([
    db.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.userId, userId)),
    db
      .select({ id: plans.id })
      .from(plans)
      .where(and(eq(plans.candidateUserId, userId), ne(plans.stage, "draft"))),
  ]);
  return { orgIds: new Set(orgs.map((o) => o.orgId)), candidatePlanIds: new Set(candidacies.map((p) => p.id)) };
}
