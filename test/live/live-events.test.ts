import { randomBytes, randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { removeMember } from "@/server/domain/organisations";
import { LIVE_CHANNEL, planParts } from "@/server/rules/live";
import { buildActors, type Actors } from "../actors";
import { testDb } from "../db";
import { createJoinedPlan, holdMeeting } from "../plan-fixtures";
import { outcomeOf } from "../trpc-errors";
import { createTestUser, signIn } from "../users";
import { openStream, settle, type Stream } from "./streams";

/**
 * The event stream is a second way out of the server, so it gets the same
 * guarantees as the queries: only the plan's two sides may open it, an event
 * names what changed and never carries content, and each event reaches
 * exactly the subscribers it concerns.
 */

type PlanEvent = { catchUp: boolean; parts: string[] };
type MeEvent = { kind: string; planId?: string; parts?: string[] };

async function world() {
  const db = await testDb();
  const actors = await buildActors(db);
  const { planId } = await createJoinedPlan(db, { orgId: actors.org.id, createdById: actors.adminUser.id, candidate: actors.actors.candidate.user! });
  // Next steps open once the meeting is over; the tests propose some.
  await holdMeeting(db, planId);
  const outsiderUser = await createTestUser(db, { name: "Outsider" });
  const outsider = await signIn(db, outsiderUser.id);
  return { db, planId, outsider, ...actors };
}

const planStream = (db: Db, session: Parameters<typeof openStream>[1], planId: string, lastEventId?: string) =>
  openStream<PlanEvent>(db, session, (c) => c.live.plan({ planId, lastEventId }));
const meStream = (db: Db, session: Parameters<typeof openStream>[1], lastEventId?: string) =>
  openStream<MeEvent>(db, session, (c) => c.live.me({ lastEventId }));

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const words = new Set<string>([...planParts, "ready", "catchUp", "notifications", "plan"]);

/** Every string anywhere in the events: each must be an id or a word of the protocol, never text someone wrote. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

describe("who may open a live stream", () => {
  it("live.plan: the plan's two sides only; anyone else cannot tell the plan exists", async () => {
    const w = await world();
    const { actors } = w;
    const outcome = (session: Parameters<typeof openStream>[1]) =>
      outcomeOf(planStream(w.db, session, w.planId).then((s) => s.stop()));
    expect({
      candidate: await outcome(actors.candidate.session),
      recruiter: await outcome(actors.recruiter.session),
      admin: await outcome(actors.admin.session),
      otherOrgRecruiter: await outcome(actors.otherOrgRecruiter.session),
      removedMember: await outcome(actors.removedMember.session),
      outsider: await outcome(w.outsider),
      signedOut: await outcome(null),
      missingPlan: await outcomeOf(openStream(w.db, actors.admin.session, (c) => c.live.plan({ planId: randomUUID() }))),
    }).toEqual({
      candidate: "ok",
      recruiter: "ok",
      admin: "ok",
      otherOrgRecruiter: "NOT_FOUND",
      removedMember: "NOT_FOUND",
      outsider: "NOT_FOUND",
      signedOut: "UNAUTHORIZED",
      missingPlan: "NOT_FOUND",
    });
  });

  it("live.me: anyone signed in, about themself", async () => {
    const w = await world();
    expect(await outcomeOf(meStream(w.db, null))).toBe("UNAUTHORIZED");
    const mine = await meStream(w.db, w.outsider);
    await mine.waitFor((e) => e.kind === "ready");
    await mine.stop();
  });
});

describe("what the live streams carry, and to whom", () => {
  it("private changes on either side reach both sides as part names only, and nobody outside the plan", async () => {
    const w = await world();
    const { actors, db, planId } = w;
    const secret = (side: string) => `${side}-SECRET-${randomBytes(6).toString("hex")}`;
    const candidateSecret = secret("CAND");
    const orgSecret = secret("ORG");

    const streams: Record<string, Stream<PlanEvent | MeEvent>> = {
      candidatePlan: await planStream(db, actors.candidate.session, planId),
      recruiterPlan: await planStream(db, actors.recruiter.session, planId),
      candidateMe: await meStream(db, actors.candidate.session),
      adminMe: await meStream(db, actors.admin.session),
      otherOrgMe: await meStream(db, actors.otherOrgRecruiter.session),
      outsiderMe: await meStream(db, w.outsider),
    };
    for (const s of Object.values(streams)) await s.waitFor(() => true);

    await actors.candidate.caller.goal.add({ planId, kind: "doubt", text: candidateSecret, detail: candidateSecret, visibility: "private" });
    await actors.recruiter.caller.goal.add({ planId, kind: "challenge", text: orgSecret, detail: orgSecret, visibility: "private" });
    // Proposing a step notifies the other side: the candidate's bell hears of it.
    await actors.recruiter.caller.nextStep.propose({ planId, description: orgSecret, owner: "recruiter" });

    const candidatePlan = streams.candidatePlan as Stream<PlanEvent>;
    const recruiterPlan = streams.recruiterPlan as Stream<PlanEvent>;
    for (const s of [candidatePlan, recruiterPlan]) {
      await s.waitFor((e) => e.parts.includes("goals"));
      await s.waitFor((e) => e.parts.includes("steps"));
    }
    const candidateMe = streams.candidateMe as Stream<MeEvent>;
    await candidateMe.waitFor((e) => e.kind === "notifications");
    await candidateMe.waitFor((e) => e.kind === "plan" && e.planId === planId);
    await (streams.adminMe as Stream<MeEvent>).waitFor((e) => e.kind === "plan" && e.planId === planId);
    await settle();
    for (const s of Object.values(streams)) await s.stop();

    expect(candidatePlan.events[0]).toEqual({ catchUp: false, parts: [] });
    expect(streams.otherOrgMe!.events).toEqual([{ kind: "ready" }]);
    expect(streams.outsiderMe!.events).toEqual([{ kind: "ready" }]);
    const everything = Object.values(streams).flatMap((s) => s.events);
    const json = JSON.stringify(everything);
    expect(json).not.toContain(candidateSecret);
    expect(json).not.toContain(orgSecret);
    expect(stringsIn(everything).filter((s) => !uuid.test(s) && !words.has(s))).toEqual([]);
  });

  it("a resumed stream opens with a catch-up that names every part", async () => {
    const w = await world();
    const plan = await planStream(w.db, w.actors.candidate.session, w.planId, "an-earlier-event-id");
    const me = await meStream(w.db, w.actors.admin.session, "an-earlier-event-id");
    expect(await plan.waitFor(() => true)).toEqual({ catchUp: true, parts: [...planParts] });
    expect(await me.waitFor(() => true)).toEqual({ kind: "catchUp" });
    await Promise.all([plan.stop(), me.stop()]);
  });

  it("ignores a malformed or content-carrying payload on the channel, and goes on", async () => {
    const w = await world();
    const stream = await planStream(w.db, w.actors.admin.session, w.planId);
    await stream.waitFor(() => true);
    const send = (payload: string) => w.db.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${payload})`);
    await send("not json");
    await send(JSON.stringify({ scope: "plan", planId: w.planId, orgId: w.org.id, parts: ["goals"], text: "SMUGGLED" }));
    await send(JSON.stringify({ scope: "plan", planId: w.planId, orgId: w.org.id, parts: ["nonsense"] }));
    await send(JSON.stringify({ scope: "plan", planId: w.planId, orgId: w.org.id, parts: ["timeline"] }));
    await stream.waitFor((e) => e.parts.includes("timeline"));
    await stream.stop();
    expect(stream.events).toEqual([
      { catchUp: false, parts: [] },
      { catchUp: false, parts: ["timeline"] },
    ]);
    expect(stream.ending()).toBe("ended");
  });

  it("a member removed while subscribed hears nothing more: the stream ends as not found", async () => {
    const w: Actors & { db: Db; planId: string } = await world();
    const stream = await planStream(w.db, w.actors.recruiter.session, w.planId);
    await stream.waitFor(() => true);
    await removeMember(w.db, { orgId: w.org.id, membershipId: w.recruiterMembership.id });
    await w.actors.admin.caller.nextStep.propose({ planId: w.planId, description: "After the removal", owner: "recruiter" });
    await expect(stream.waitFor((e) => e.parts.length > 0, 1500)).rejects.toThrow(/ended/);
    // A TRPCError, so the browser's link takes it as final instead of reconnecting.
    expect(stream.ending()).toBeInstanceOf(TRPCError);
    expect(stream.ending()).toMatchObject({ code: "NOT_FOUND" });
    expect(stream.events).toEqual([{ catchUp: false, parts: [] }]);
    await stream.stop();
  });
});
