import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { itemComments } from "@/db/schema";
import { COMMENTS_FULL_MESSAGE } from "@/server/domain/consistency-checks";
import { MAX_COMMENTS_PER_ITEM } from "@/server/rules/limits";
import { testDb } from "../db";
import { joinedPlan, newOrg } from "../plan-api";
import { failureOf, outcomeOf } from "../trpc-errors";

/** A joined plan whose second first-interview item already holds `comments` comments. */
async function itemWithComments(comments: number) {
  const db = await testDb();
  const { admin } = await newOrg(db);
  const { planId, candidate } = await joinedPlan(db, admin);
  const item = (await admin.caller.plan.get({ planId })).firstInterview[1]!;
  await candidate.caller.consistency.flag({ planId, itemId: item.id, comment: "Comment 1", expectedVersion: 1 });
  if (comments > 1)
    await db.insert(itemComments).values(
      Array.from({ length: comments - 1 }, (_, i) => ({ itemId: item.id, side: "organisation" as const, text: `Comment ${i + 2}` })),
    );
  const commentCount = async () =>
    (await db.select({ n: count() }).from(itemComments).where(eq(itemComments.itemId, item.id)))[0]!.n;
  // Flagged once: the item is at version 2.
  return { db, admin, candidate, planId, itemId: item.id, version: 2, commentCount };
}

describe("comments per first-interview item", () => {
  it("a full discussion refuses a flag, a reply and an agreement with a comment, and keeps the item as it was", async () => {
    const { admin, candidate, planId, itemId, version, commentCount } = await itemWithComments(MAX_COMMENTS_PER_ITEM);
    const before = await admin.caller.plan.get({ planId });

    // One after another: each refusal must leave the item as it was for the next attempt.
    for (const attempt of [
      () => admin.caller.consistency.flag({ planId, itemId, comment: "One more thing", expectedVersion: version }),
      () => admin.caller.consistency.reply({ planId, itemId, text: "One more thing" }),
      () => candidate.caller.consistency.markAgreed({ planId, itemId, comment: "Settled", expectedVersion: version }),
    ]) {
      const failure = await failureOf(attempt());
      expect(failure.code).toBe("BAD_REQUEST");
      expect(failure.message).toBe(COMMENTS_FULL_MESSAGE);
    }

    expect(await commentCount()).toBe(MAX_COMMENTS_PER_ITEM);
    const after = await admin.caller.plan.get({ planId });
    expect(after.version).toBe(before.version);
    expect(after.firstInterview[1]).toEqual(before.firstInterview[1]);
  });

  it("a full discussion can still be settled without a comment", async () => {
    const { candidate, planId, itemId, version, commentCount } = await itemWithComments(MAX_COMMENTS_PER_ITEM);
    await candidate.caller.consistency.markAgreed({ planId, itemId, expectedVersion: version });
    const item = (await candidate.caller.interview.get({ planId })).firstInterview[1]!;
    expect(item.status).toBe("agreed");
    expect(await commentCount()).toBe(MAX_COMMENTS_PER_ITEM);
  });

  it("20 concurrent flags, replies and agreements at the edge add exactly the one comment that fits", async () => {
    const { admin, candidate, planId, itemId, version, commentCount } = await itemWithComments(MAX_COMMENTS_PER_ITEM - 1);
    const attempts = Array.from({ length: 20 }, (_, i) => {
      const caller = i % 2 ? admin.caller : candidate.caller;
      if (i % 3 === 0) return caller.consistency.flag({ planId, itemId, expectedVersion: version, comment: `Flag ${i}` });
      if (i % 3 === 1) return caller.consistency.reply({ planId, itemId, text: `Reply ${i}` });
      return caller.consistency.markAgreed({ planId, itemId, expectedVersion: version, comment: `Agreed ${i}` });
    });
    const outcomes = await Promise.all(attempts.map(outcomeOf));

    expect(await commentCount()).toBe(MAX_COMMENTS_PER_ITEM);
    // Replies refused because an agreement got in first are PRECONDITION_FAILED, flags and agreements made
    // from the version another one already changed are CONFLICT; everything else is the cap.
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => !["ok", "BAD_REQUEST", "PRECONDITION_FAILED", "CONFLICT"].includes(o))).toEqual([]);
  });
});
