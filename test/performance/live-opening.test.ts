import { describe, expect, it } from "vitest";
import { planParts } from "@/server/rules/live";
import { buildActors } from "@/test/actors";
import { testDb } from "@/test/db";
import { openStream } from "@/test/live/streams";
import { createJoinedPlan } from "@/test/plan-fixtures";

type PlanEvent = { catchUp: boolean; parts: string[] };

/**
 * A plan page says what it was rendered from, so opening its live stream
 * costs no refetch when nothing changed since the render, and misses
 * nothing when something changed before the stream was listening.
 */
describe("live.plan's first event, given what the page was rendered from", () => {
  async function world() {
    const db = await testDb();
    const w = await buildActors(db);
    const { planId } = await createJoinedPlan(db, { orgId: w.org.id, createdById: w.adminUser.id, candidate: w.actors.candidate.user! });
    return { db, planId, candidate: w.actors.candidate, recruiter: w.actors.recruiter };
  }

  it("names nothing to re-read when the plan is unchanged since the render, on either side", async () => {
    const { db, planId, candidate, recruiter } = await world();
    const { renderedFrom: candidatePage } = await candidate.caller.interview.page({ planId });
    const { renderedFrom: recruiterPage } = await recruiter.caller.plan.page({ planId });
    for (const [session, renderedFrom] of [
      [candidate.session, candidatePage],
      [recruiter.session, recruiterPage],
    ] as const) {
      const stream = await openStream<PlanEvent>(db, session, (c) => c.live.plan({ planId, renderedFrom }));
      expect(await stream.waitFor(() => true)).toEqual({ catchUp: false, parts: [] });
      await stream.stop();
    }
  });

  it("names every part when the plan changed between the render and the stream", async () => {
    const { db, planId, candidate, recruiter } = await world();
    const { renderedFrom } = await candidate.caller.interview.page({ planId });
    await recruiter.caller.goal.add({ planId, kind: "team_goal", text: "Added meanwhile", detail: "", priority: "should", visibility: "shared" });
    const stream = await openStream<PlanEvent>(db, candidate.session, (c) => c.live.plan({ planId, renderedFrom }));
    expect(await stream.waitFor(() => true)).toEqual({ catchUp: true, parts: [...planParts] });
    await stream.stop();
  });
});
