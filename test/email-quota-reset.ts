import { like, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { rateLimits } from "@/db/schema";

/**
 * For fixtures that share dozens of plans with one candidate, far past a real
 * day's quota (the leak test calls every procedure as every caller): forget the
 * email quotas of that sender and that address. The quotas themselves are
 * tested in email-quotas.test.ts with their real numbers.
 */
export async function forgetEmailQuotas(db: Db, who: { senderId: string; to: string }): Promise<void> {
  await db
    .delete(rateLimits)
    .where(or(like(rateLimits.key, `email:%:sender:${who.senderId}`), like(rateLimits.key, `email:%to:${who.to.toLowerCase()}`)));
}
