import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTIVE_ORG_COOKIE, readCookie } from "@/server/api/active-org";
import { appRouter } from "@/server/api/root";
import { actorNames } from "../actors";
import { testDb } from "../db";
import type { ProcedurePath } from "../matrix-types";
import { outcomeOf } from "../trpc-errors";
import { callerFor, type Caller } from "../users";
import { worldDigest } from "./digest";
import { generators, HASHING_PROCEDURES } from "./generators";
import { callOverHttp, cookieHeader, httpShape } from "./http";
import { regressions } from "./regressions";
import { buildWorld } from "./world";

/**
 * Every procedure, called by every kind of caller with generated and hostile
 * input, in process and over the fetch adapter. A user's input may be refused,
 * never turned into a server error, and a refusal leaves the database as it was.
 * CI runs a fixed seed and a few runs per procedure; FUZZ_RUNS=500 (and
 * FUZZ_SEED=…) search harder locally.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 14);
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_608);

function seedFor(path: string): number {
  let hash = SEED;
  for (const c of path) hash = (Math.imul(hash, 31) + c.charCodeAt(0)) | 0;
  return hash;
}

function procedureAt(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  let node: unknown = caller;
  for (const key of path.split(".")) node = (node as Record<string, unknown>)[key];
  return node as (input: unknown) => Promise<unknown>;
}

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" | "subscription" } }>;

/** How a failing run reads in the report: the input is cut, since some are 100,000 characters long. */
function describeRun(path: string, actor: string, input: unknown): string {
  let shown: string;
  try {
    shown = fc.stringify(input).slice(0, 400);
  } catch {
    shown = "(an input too deep to print)";
  }
  return `${path} as ${actor} with ${shown}`;
}

describe("fuzzing every procedure", () => {
  it("has a generator for exactly the procedures of the router", () => {
    const paths = Object.keys(procedures);
    const generated = Object.keys(generators);
    expect({
      proceduresWithoutGenerator: paths.filter((p) => !generated.includes(p)),
      generatorsWithoutProcedure: generated.filter((g) => !paths.includes(g)),
    }).toEqual({ proceduresWithoutGenerator: [], generatorsWithoutProcedure: [] });
  });

  it("reads any cookie header without throwing; a malformed one counts as absent", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), cookieHeader(["id"])), (header) => {
        const value = readCookie(header, ACTIVE_ORG_COOKIE);
        expect(value === null || typeof value === "string").toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
    expect(readCookie(`${ACTIVE_ORG_COOKIE}=%`, ACTIVE_ORG_COOKIE)).toBeNull();
    expect(readCookie(`a=%; ${ACTIVE_ORG_COOKIE}=%E0%A4%A`, ACTIVE_ORG_COOKIE)).toBeNull();
    expect(readCookie(`a=%; ${ACTIVE_ORG_COOKIE}=abc%20d`, ACTIVE_ORG_COOKIE)).toBe("abc d");
  });

  it("the database digest sees a change to any part of the world, so an unchanged one means something", async () => {
    const db = await testDb();
    const world = await buildWorld(db);
    const digests = [await worldDigest(world)];
    const { caller } = world.actors.candidate;
    await caller.goal.add({ planId: world.plans.preparing, kind: "establish", text: "Meet the team" });
    digests.push(await worldDigest(world));
    await caller.account.setNotificationEmails({ enabled: false });
    digests.push(await worldDigest(world));
    await world.actors.admin.caller.organisation.changeRole({ membershipId: world.recruiterMembership.id, role: "admin" });
    digests.push(await worldDigest(world));
    expect(new Set(digests).size).toBe(digests.length);
  });

  for (const path of Object.keys(generators) as ProcedurePath[]) {
    it(`${path}: no input becomes a server error, and a refusal changes nothing`, { timeout: 180_000 }, async () => {
      const db = await testDb();
      const world = await buildWorld(db);
      const orgIds = [world.org.id, world.otherOrg.id];
      const type = procedures[path]!._def.type === "query" ? "query" : "mutation";
      const numRuns = HASHING_PROCEDURES.has(path) ? Math.ceil(RUNS / 3) : RUNS;

      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...actorNames),
          generators[path](world),
          cookieHeader(orgIds),
          fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: httpShape(orgIds) }),
          async (actorName, input, cookie, http) => {
            const { session } = world.actors[actorName];
            const fail = (what: string) => new Error(`${describeRun(path, actorName, input)}: ${what}`);
            const before = await worldDigest(world);
            let refused: boolean;
            if (http) {
              const response = await callOverHttp(db, { path, type, session, input, forge: http.forge, cookie: http.cookie });
              if (!response) return;
              if (response.status >= 500 || response.code === "INTERNAL_SERVER_ERROR")
                throw fail(`answered ${response.status} ${response.code} over HTTP`);
              refused = response.status >= 400;
            } else {
              const caller = callerFor(db, session, { preferredOrgId: readCookie(cookie, ACTIVE_ORG_COOKIE) });
              // outcomeOf rethrows anything that is not a TRPCError, which fails the property.
              const outcome = await outcomeOf(procedureAt(caller, path)(input));
              if (outcome === "INTERNAL_SERVER_ERROR") throw fail("INTERNAL_SERVER_ERROR");
              refused = outcome !== "ok";
            }
            if (refused && (await worldDigest(world)) !== before) throw fail("refused, but the database changed");
            if (({} as Record<string, unknown>).polluted !== undefined) throw fail("polluted Object.prototype");
          },
        ),
        {
          seed: seedFor(path),
          numRuns,
          endOnFailure: true,
          examples: (regressions[path]?.(world) ?? []).map(([actor, input]) => [actor, input, `${ACTIVE_ORG_COOKIE}=%`, null]),
        },
      );
    });
  }
});
