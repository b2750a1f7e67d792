import { describe, expect, it } from "vitest";

import { COMMENT_LIMIT } from "@/server/rules/limits";
import { STALE_VERSION_MESSAGE } from "@/server/domain/plans";
import { testDb } from "../db";
import { editableContent, joinedPlan, newOrg } from "../plan-api";
import { failureOf } from "../trpc-errors";

async function setUp() {
  const db = await testDb();
  const { admin } = await newOrg(db);
  const { planId, candidate } = await joinedPlan(db, admin);
  const plan = await admin.caller.plan.get({ planId });
  return { db, admin, planId, candidate, plan, item: plan.firstInterview[1]! };
}

describe("consistency checks", () => {
  it("a flag with its comment shows on both sides' plan, and the other side replies", async () => {
    const { admin, planId, candidate, item } = await setUp();
    await candidate.caller.consistency.flag({ planId, itemId: item.id, comment: "I can only do one office day now.", expectedVersion: 1 });
    await admin.caller.consistency.reply({ planId, itemId: item.id, text: "One day could work; let's discuss." });

    const recruiterItem = (await admin.caller.plan.get({ planId })).firstInterview[1]!;
    const candidateItem = (await candidate.caller.interview.get({ planId })).firstInterview[1]!;
    for (const seen of [recruiterItem, candidateItem]) {
      expect(seen).toMatchObject({ id: item.id, status: "to_revisit", flaggedBySide: "candidate" });
      expect(seen.flaggedAt).toBeInstanceOf(Date);
      expect(seen.comments.map((c) => [c.side, c.authorName, c.text])).toEqual([
        ["candidate", "Jordan Blake", "I can only do one office day now."],
        ["organisation", "Alex Admin", "One day could work; let's discuss."],
      ]);
    }
    // Other items are untouched.
    expect((await admin.caller.plan.get({ planId })).firstInterview.map((i) => i.status)).toEqual(["agreed", "to_revisit", "agreed"]);
  });

  it("the organisation can flag too, and either side settles it as agreed", async () => {
    const { admin, planId, candidate, item } = await setUp();
    await admin.caller.consistency.flag({ planId, itemId: item.id, comment: "The client now needs three days.", expectedVersion: 1 });
    expect((await candidate.caller.interview.get({ planId })).firstInterview[1]).toMatchObject({ status: "to_revisit", flaggedBySide: "organisation" });
    await candidate.caller.consistency.markAgreed({ planId, itemId: item.id, comment: "Three days is fine.", expectedVersion: 2 });

    const settled = (await admin.caller.plan.get({ planId })).firstInterview[1]!;
    expect(settled).toMatchObject({ status: "agreed", flaggedBySide: null, flaggedAt: null });
    expect(settled.comments.map((c) => c.text)).toEqual(["The client now needs three days.", "Three days is fine."]);
    expect((await admin.caller.plan.get({ planId })).preparation.itemsToRevisit).toBe(0);

    // An agreed item takes no replies until flagged again.
    expect(await failureOf(admin.caller.consistency.reply({ planId, itemId: item.id, text: "One more thing" }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "This item is agreed; flag it to revisit before discussing it.",
    });
    // Settling without a comment adds none.
    await admin.caller.consistency.flag({ planId, itemId: item.id, comment: "Reopened.", expectedVersion: 3 });
    await admin.caller.consistency.markAgreed({ planId, itemId: item.id, expectedVersion: 4 });
    expect((await admin.caller.plan.get({ planId })).firstInterview[1]!.version).toBe(5);
    expect((await admin.caller.plan.get({ planId })).firstInterview[1]!.comments).toHaveLength(3);
  });

  it("a flag bumps the plan's version: a recruiter saving the form from before it gets CONFLICT and the flag stays", async () => {
    const { admin, planId, candidate, item } = await setUp();
    const form = await editableContent(admin, planId);
    await candidate.caller.consistency.flag({ planId, itemId: item.id, comment: "Start date may move.", expectedVersion: 1 });

    form.content.meeting.roleTitle = "Saved over the flag?";
    const failure = await failureOf(admin.caller.plan.update({ planId, expectedVersion: form.version, ...form.content }));
    expect(failure).toMatchObject({ code: "CONFLICT", message: STALE_VERSION_MESSAGE });
    const plan = await admin.caller.plan.get({ planId });
    expect(plan.version).toBe(form.version + 1);
    expect(plan.roleTitle).not.toBe("Saved over the flag?");
    expect(plan.firstInterview[1]!.status).toBe("to_revisit");
    // markAgreed bumps it too; a reply does not (it changes no field of the form).
    await admin.caller.consistency.reply({ planId, itemId: item.id, text: "Noted." });
    expect((await admin.caller.plan.get({ planId })).version).toBe(form.version + 1);
    await candidate.caller.consistency.markAgreed({ planId, itemId: item.id, expectedVersion: 2 });
    expect((await admin.caller.plan.get({ planId })).version).toBe(form.version + 2);
  });

  it("refuses an item of another plan, and empty or over-long comments", async () => {
    const { db, admin, planId, candidate, item } = await setUp();
    const other = await joinedPlan(db, admin);
    const foreignItem = (await admin.caller.plan.get({ planId: other.planId })).firstInterview[0]!;
    expect(await failureOf(candidate.caller.consistency.flag({ planId, itemId: foreignItem.id, comment: "x", expectedVersion: 1 }))).toMatchObject({
      code: "NOT_FOUND",
      message: "Item not found.",
    });
    expect((await failureOf(candidate.caller.consistency.flag({ planId, itemId: item.id, comment: " ", expectedVersion: 1 }))).fieldErrors).toEqual({
      comment: ["Enter what needs revisiting."],
    });
    expect(
      (await failureOf(candidate.caller.consistency.flag({ planId, itemId: item.id, comment: "c".repeat(COMMENT_LIMIT + 1), expectedVersion: 1 }))).fieldErrors,
    ).toEqual({ comment: [`Keep what needs revisiting under ${COMMENT_LIMIT} characters.`] });
    const plan = await admin.caller.plan.get({ planId });
    expect(plan.firstInterview.every((i) => i.status === "agreed" && i.comments.length === 0)).toBe(true);
    expect((await admin.caller.plan.get({ planId: other.planId })).firstInterview[0]!.status).toBe("agreed");
  });
});
