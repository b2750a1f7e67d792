import { describe, expect, it } from "vitest";
import { PAGE_SIZE } from "@/server/api/routers/plan";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { plans } from "@/db/schema";
import { zonedLocalToUtc } from "@/server/rules/time-zones";
import { testDb } from "../db";
import { joinedPlan, newOrg, planInput, sharedPlan, acceptAsCandidate } from "../plan-api";

describe("the organisation's plan list", () => {
  it("sorts by meeting time and pages by 20: 25 plans give a second page of 5", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    // Created in a scrambled order: day d of March, 7·i mod 25 spreads them.
    const days = Array.from({ length: 25 }, (_, i) => ((i * 7) % 25) + 1);
    for (const day of days)
      await admin.caller.plan.create(
        planInput({ candidateName: `Candidate ${day}`, startsAtLocal: `2027-03-${String(day).padStart(2, "0")}T10:00` }),
      );

    const first = await admin.caller.plan.list({});
    expect(PAGE_SIZE).toBe(20);
    expect(first).toMatchObject({ total: 25, totalCapped: false, offset: 0, pageSize: 20, previousCursor: null });
    expect(first.items).toHaveLength(20);
    const second = await admin.caller.plan.list({ cursor: first.nextCursor! });
    expect(second).toMatchObject({ total: 25, offset: 20, nextCursor: null });
    expect(second.items).toHaveLength(5);
    const names = [...first.items, ...second.items].map((p) => p.candidateName);
    expect(names).toEqual(Array.from({ length: 25 }, (_, i) => `Candidate ${i + 1}`));
  });

  it("filters by stage as readers see it: a shared or preparing plan whose meeting has ended is in debrief", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const future = (day: number) => `2027-05-${String(day).padStart(2, "0")}T10:00`;
    const past = (day: number) => `2025-05-${String(day).padStart(2, "0")}T10:00`;

    const draft = (await admin.caller.plan.create(planInput({ candidateName: "Draft", startsAtLocal: future(1) }))).id;
    const pastDraft = (await admin.caller.plan.create(planInput({ candidateName: "Past draft", startsAtLocal: past(1) }))).id;
    const shared = (await sharedPlan(db, admin, planInput({ candidateName: "Shared", startsAtLocal: future(2) }))).planId;
    const preparing = (await joinedPlan(db, admin, planInput({ candidateName: "Preparing", startsAtLocal: future(3) }))).planId;
    // Shared while the meeting was ahead; then time passes (the clock is moved in the database).
    const endedShared = (await sharedPlan(db, admin, planInput({ candidateName: "Ended shared", startsAtLocal: future(5) }))).planId;
    const endedPreparing = (await joinedPlan(db, admin, planInput({ candidateName: "Ended preparing", startsAtLocal: future(6) })))
      .planId;
    await meetingHeldAt(db, endedShared, past(2));
    await meetingHeldAt(db, endedPreparing, past(3));
    // An eight-hour meeting (the longest there is) that started seven hours ago is still under way.
    const underWay = (await sharedPlan(db, admin, planInput({ candidateName: "Under way", startsAtLocal: future(7) }))).planId;
    const sevenHoursAgo = new Date(Date.now() - 7 * 3_600_000);
    await db
      .update(plans)
      .set({ startsAt: sevenHoursAgo, durationMinutes: 480, endsAt: new Date(sevenHoursAgo.getTime() + 480 * 60_000) })
      .where(eq(plans.id, underWay));
    const closed = (await admin.caller.plan.create(planInput({ candidateName: "Closed", startsAtLocal: future(4) }))).id;
    await admin.caller.plan.cancel({ planId: closed, expectedVersion: 1 });

    const ids = async (stages?: ("draft" | "shared" | "preparing" | "debrief" | "next_steps_agreed" | "closed")[]) => {
      const { items, total } = await admin.caller.plan.list({ stages });
      expect(total).toBe(items.length);
      return items.map((p) => p.id);
    };
    expect(await ids(["draft"])).toEqual([pastDraft, draft]);
    expect(await ids(["shared"])).toEqual([underWay, shared]);
    expect(await ids(["preparing"])).toEqual([preparing]);
    expect(await ids(["debrief"])).toEqual([endedShared, endedPreparing]);
    expect(await ids(["closed"])).toEqual([closed]);
    expect(await ids(["next_steps_agreed"])).toEqual([]);
    expect(await ids(["shared", "preparing"])).toEqual([underWay, shared, preparing]);
    expect(await ids()).toHaveLength(8);
    expect(await ids([])).toHaveLength(8);

    const { items } = await admin.caller.plan.list({ stages: ["debrief"] });
    expect(items.map((p) => p.stage)).toEqual(["debrief", "debrief"]);
    // The plan page agrees with the list.
    expect((await admin.caller.plan.get({ planId: endedShared })).stage).toBe("debrief");
  });

  it("searches candidate name, role and company, ignoring case, with % and _ taken literally, and one or two letters at the start of a word", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const make = async (fields: { candidateName: string; roleTitle: string; hiringCompany: string }) =>
      (await admin.caller.plan.create(planInput(fields))).id;
    const ada = await make({ candidateName: "Ada Lovelace", roleTitle: "Analytical Engineer", hiringCompany: "Babbage & Co" });
    const grace = await make({ candidateName: "Grace Hopper", roleTitle: "Compiler Lead", hiringCompany: "100% Navy" });
    const linus = await make({ candidateName: "Linus T", roleTitle: "Kernel_Maintainer", hiringCompany: "Open Source Ltd" });
    const margaret = await make({ candidateName: "Margaret Hamilton", roleTitle: "Flight Software Lead", hiringCompany: "Apollo" });

    const search = async (text: string) => (await admin.caller.plan.list({ search: text })).items.map((p) => p.id).sort();
    expect(await search("lovelace")).toEqual([ada]);
    expect(await search("GRACE")).toEqual([grace]);
    expect(await search("engineer")).toEqual([ada]);
    expect(await search("lead")).toEqual([grace, margaret].sort());
    expect(await search("apollo")).toEqual([margaret]);
    expect(await search("%")).toEqual([grace]);
    expect(await search("100%")).toEqual([grace]);
    expect(await search("_")).toEqual([linus]);
    expect(await search("l_nus")).toEqual([]);
    expect(await search("\\")).toEqual([]);
    expect(await search("nobody")).toEqual([]);
    // One or two letters match the start of a word: "Lovelace", not the "lo" inside "Apollo".
    expect(await search("lo")).toEqual([ada]);
    expect(await search("H")).toEqual([grace, margaret].sort());
    // ...including the first word of the role or the company.
    expect(await search("ke")).toEqual([linus]);
    expect(await search("Ap")).toEqual([margaret]);
    // A term never spans two fields.
    expect(await search("Hopper Compiler")).toEqual([]);
    expect(await search("T Kernel")).toEqual([]);
    // Blank search lists everything.
    expect(await search("   ")).toHaveLength(4);
  });

  it("never lists another organisation's plans, even when searching for them", async () => {
    const db = await testDb();
    const mine = await newOrg(db);
    const theirs = await newOrg(db);
    const own = (await mine.admin.caller.plan.create(planInput({ candidateName: "Shared Name" }))).id;
    await theirs.admin.caller.plan.create(planInput({ candidateName: "Shared Name" }));
    await sharedPlan(db, theirs.admin, planInput({ candidateName: "Shared Name" }));

    const listed = await mine.admin.caller.plan.list({ search: "Shared Name" });
    expect(listed.items.map((p) => p.id)).toEqual([own]);
    expect(listed.total).toBe(1);
    expect((await mine.admin.caller.plan.list({})).total).toBe(1);
    expect((await theirs.admin.caller.plan.list({})).total).toBe(2);
  });

  it("shows each plan's preparation as counts: steps done, shared candidate goals, items to revisit", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { planId, candidate } = await joinedPlan(db, admin, planInput({ startsAtLocal: "2027-06-01T10:00" }));
    const untouched = (await sharedPlan(db, admin, planInput({ startsAtLocal: "2027-06-02T10:00" }))).planId;
    const c = candidate.caller;
    await c.preparation.setStep({ planId, step: 1, done: true });
    await c.preparation.setStep({ planId, step: 4, done: true });
    await c.preparation.setStep({ planId, step: 2, done: true });
    await c.preparation.setStep({ planId, step: 2, done: false });
    for (const text of ["Team size", "Remote policy", "Career path"])
      await c.goal.add({ planId, kind: "learn", text, visibility: "shared" });
    await c.goal.add({ planId, kind: "doubt", text: "Not counted: private", visibility: "private" });
    await admin.caller.goal.add({ planId, kind: "team_goal", text: "Not counted: the organisation's own goal" });
    const plan = await admin.caller.plan.get({ planId });
    await c.consistency.flag({ planId, itemId: plan.firstInterview[0]!.id, comment: "Values need another look.", expectedVersion: 1 });

    const { items } = await admin.caller.plan.list({});
    expect(items.map((p) => [p.id, p.preparation])).toEqual([
      [planId, { stepsDone: 2, sharedGoals: 3, itemsToRevisit: 1 }],
      [untouched, { stepsDone: 0, sharedGoals: 0, itemsToRevisit: 0 }],
    ]);
  });

  it("reads a candidate who joined and the plan they see as the same stage", async () => {
    const db = await testDb();
    const { admin } = await newOrg(db);
    const { token, planId } = await sharedPlan(db, admin);
    expect((await admin.caller.plan.list({ stages: ["shared"] })).items.map((p) => p.id)).toEqual([planId]);
    const candidate = await acceptAsCandidate(db, token);
    expect((await admin.caller.plan.list({ stages: ["preparing"] })).items.map((p) => p.id)).toEqual([planId]);
    expect((await candidate.caller.interview.get({ planId })).stage).toBe("preparing");
  });
});

/** Moves a plan's meeting to a past time, as if it had been held then. */
async function meetingHeldAt(db: Db, planId: string, startsAtLocal: string) {
  const startsAt = zonedLocalToUtc(startsAtLocal, "Europe/London");
  await db
    .update(plans)
    .set({ startsAt, endsAt: new Date(startsAt.getTime() + 60 * 60_000) })
    .where(eq(plans.id, planId));
}
