import net from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { DatabaseUnreachable, isConnectionFailure, reachabilityGate, type ReachabilityGate } from "@/db/reachability";

const refusedConnect = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
const uniqueViolation = Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" });

/** A gate whose probes the test answers one by one. */
function gateWithProbes() {
  const probes: { answer: () => void; fail: () => void }[] = [];
  const gate = reachabilityGate({
    probePauseMs: 0,
    probe: () => new Promise<void>((resolve, reject) => probes.push({ answer: resolve, fail: () => reject(refusedConnect) })),
  });
  return { gate, probes };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 5));
const admitsAll = (gate: ReachabilityGate, count: number) => Array.from({ length: count }, () => gate.admit()).every((a) => a !== null);

describe("the reachability gate", () => {
  it("admits every statement while the database answers, however many wait at once", () => {
    const { gate, probes } = gateWithProbes();
    expect(admitsAll(gate, 50)).toBe(true);
    expect(probes).toHaveLength(0);
  });

  it("after a statement fails for want of the database, fails the others at once and probes by itself until it answers", async () => {
    const { gate, probes } = gateWithProbes();
    gate.admit()!(refusedConnect);

    expect([gate.admit(), gate.admit(), gate.admit()]).toEqual([null, null, null]);
    expect(probes).toHaveLength(1);

    probes[0]!.fail();
    await settled();
    expect(gate.admit()).toBeNull();
    expect(probes).toHaveLength(2);

    probes[1]!.answer();
    await settled();
    expect(admitsAll(gate, 3)).toBe(true);
    expect(probes).toHaveLength(2);
  });

  it("takes an error of the statement's own for an answer: the database is there", () => {
    const { gate } = gateWithProbes();
    const before = gate.admit()!;
    const other = gate.admit()!;
    before(refusedConnect);
    other(uniqueViolation);
    expect(admitsAll(gate, 2)).toBe(true);
  });

  it("counts a report once, so a statement awaited twice cannot tell the gate twice", () => {
    const { gate } = gateWithProbes();
    const admission = gate.admit()!;
    admission();
    admission(refusedConnect);
    expect(gate.admit()).not.toBeNull();
  });

  it("stops probing once stopped", async () => {
    const { gate, probes } = gateWithProbes();
    gate.admit()!(refusedConnect);
    gate.admit();
    gate.stop();
    probes[0]!.fail();
    await settled();
    expect(probes).toHaveLength(1);
  });
});

describe("a lost database, as the driver meets it", () => {
  it("knows the failures of a lost connection from those of a statement", () => {
    for (const code of ["ECONNREFUSED", "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "57P01", "08006", "DATABASE_UNREACHABLE"])
      expect(isConnectionFailure(Object.assign(new Error(code), { code }))).toBe(true);
    expect(isConnectionFailure(new Error("Failed query", { cause: refusedConnect }))).toBe(true);
    for (const error of [uniqueViolation, new Error("no code"), "ECONNREFUSED", null, { code: 57 }])
      expect(isConnectionFailure(error)).toBe(false);
  });

  // Accepts connections and never says a word: a database host that stopped answering.
  const held = new Set<net.Socket>();
  const silent = net.createServer((socket) => held.add(socket));
  const listening = new Promise<number>((resolve) => silent.listen(0, "127.0.0.1", () => resolve((silent.address() as net.AddressInfo).port)));
  afterAll(async () => {
    for (const socket of held) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });

  it("while connects go unanswered, statements after the first failures fail at once instead of queueing behind them", async () => {
    const port = await listening;
    const handle = await createDb({ databaseUrl: `postgres://app@127.0.0.1:${port}/app`, poolSize: 2, connectTimeoutSeconds: 0.3 });
    const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);
    try {
      const firstWave = await Promise.all(Array.from({ length: 4 }, () => failure(handle.db.execute(sql`select 1`))));
      expect(firstWave.every(isConnectionFailure)).toBe(true);

      const nextWave = await Promise.all(Array.from({ length: 20 }, () => failure(handle.db.execute(sql`select 1`))));
      expect(nextWave.every(isConnectionFailure)).toBe(true);
      const refused = nextWave.filter((error) => (error as Error).cause instanceof DatabaseUnreachable);
      expect(refused).toHaveLength(20);

      const transaction = await failure(handle.db.transaction(async (tx) => tx.execute(sql`select 1`)));
      expect(isConnectionFailure(transaction)).toBe(true);
    } finally {
      await handle.close();
    }
  });
});
