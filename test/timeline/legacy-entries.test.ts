import { describe, expect, it } from "vitest";
import { planEvents } from "@/db/schema";
import { describeEvent } from "@/components/timeline/describe-event";
import { debriefSetUp } from "../next-steps/fixtures";

/**
 * Entries written before they had typed data carried formatted English
 * (a step as `"Text" (the recruiter)`, a new meeting time as a sentence).
 * They stay in the database; reading them must never fail: each is read as
 * its type's schema says, or with `data: null` and worded generically.
 */
describe("timeline entries stored before typed data", () => {
  it("read without an error: what still matches its schema keeps its data, the rest reads generically, unknown kinds are left out", async () => {
    const s = await debriefSetUp();
    const { planId } = s;
    const stepId = crypto.randomUUID();
    const old: { type: string; data: Record<string, string | number | boolean | null> }[] = [
      { type: "plan_shared", data: { resent: true } },
      { type: "plan_rescheduled", data: { when: "Thu, 3 Dec 2026, 10:00–11:00", timeZone: "Europe/London" } },
      { type: "goal_added", data: { kind: "doubt", visibility: "shared" } },
      { type: "goal_outcome_marked", data: { outcome: "partly" } },
      { type: "step_proposed", data: { stepId, description: "Reference check", owner: "recruiter", dueOn: "2026-12-12" } },
      { type: "step_confirmed", data: { stepId, description: "Reference check" } },
      {
        type: "step_edited",
        data: { stepId, before: '"Reference check" (the recruiter)', after: '"Two reference checks" (the recruiter, due 2026-12-12)', confirmationWithdrawn: true },
      },
      { type: "step_dropped", data: { stepId, description: "Reference check" } },
      { type: "plan_closed", data: { outcome: "offer" } },
      { type: "plan_closed", data: { outcome: "hired-at-last" } },
      { type: "note_added", data: { text: "a kind of entry this release no longer knows" } },
    ];
    const start = Date.now() + 60_000;
    await s.db.insert(planEvents).values(
      old.map((e, i) => ({
        planId,
        actorSide: "organisation" as const,
        actorId: s.admin.user.id,
        audience: "both" as const,
        ...e,
        createdAt: new Date(start + i * 1000),
      })),
    );

    const newestFirst = await s.candidate.caller.timeline.list({ planId, limit: 100 });
    const read = newestFirst.filter((e) => e.createdAt.getTime() >= start).reverse();
    expect(read.map((e) => [e.type, e.data])).toEqual([
      ["plan_shared", { resent: true }],
      ["plan_rescheduled", null],
      ["goal_added", null],
      ["goal_outcome_marked", null],
      ["step_proposed", null],
      ["step_confirmed", null],
      ["step_edited", null],
      ["step_dropped", null],
      ["plan_closed", { outcome: "offer" }],
      ["plan_closed", null],
    ]);

    const sentences = read.map((e) => describeEvent(e, { side: "candidate", timeZone: "Europe/London" }).sentence);
    expect(sentences).toEqual([
      "Alex Admin (interviewing team) sent the invitation again",
      "Alex Admin (interviewing team) moved the meeting to a new time",
      "Alex Admin (interviewing team) added a goal",
      "Alex Admin (interviewing team) marked a goal's outcome",
      "Alex Admin (interviewing team) proposed a step",
      "Alex Admin (interviewing team) confirmed a step",
      "Alex Admin (interviewing team) edited a step",
      "Alex Admin (interviewing team) dropped a step",
      "Alex Admin (interviewing team) closed the plan: Offer",
      "Alex Admin (interviewing team) closed the plan",
    ]);
  });
});
