import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { deserialize, serialize } from "@/server/rules/wire-codec";

/** Values of the kinds our API carries, in the places they turn up: nested, in arrays, under awkward keys. */
const samples: Record<string, unknown> = {
  "a bare date": new Date("2026-12-03T09:30:00.000Z"),
  "nothing at all": undefined,
  "null": null,
  "a plain string that looks like a date": "2026-12-03T09:30:00.000Z",
  "a plan view": {
    plan: { id: "p1", startsAt: new Date("2026-12-10T14:00:00.000Z"), note: null, closedAt: undefined },
    goals: [
      { id: "g1", text: "Meet the team", createdAt: new Date("2026-11-30T08:00:00.000Z"), outcome: undefined },
      { id: "g2", text: "Ask about \"on-call\"", createdAt: new Date("2026-12-01T08:00:00.000Z"), outcome: "met" },
    ],
    counts: { goals: 2, ratio: Number.NaN, ceiling: Infinity, floor: -Infinity, zero: -0 },
    empty: {},
    list: [],
  },
  "keys holding dots and backslashes": { "a.b": new Date(0), "c\\d": { "e.\\f": new Date(1) }, "": new Date(2) },
  "an array with holes of undefined": [undefined, 1, new Date(3), [undefined, new Date(4)]],
};

describe("the browser's wire codec against superjson", () => {
  it.each(Object.entries(samples))("writes %s exactly as superjson does", (_, value) => {
    expect(serialize(value)).toEqual(superjson.serialize(value));
  });

  it.each(Object.entries(samples))("reads what superjson wrote for %s", (_, value) => {
    const wire = JSON.parse(JSON.stringify(superjson.serialize(value)));
    expect(deserialize(wire)).toEqual(value);
  });

  it.each(Object.entries(samples))("writes %s so that superjson reads it back unchanged", (_, value) => {
    const wire = JSON.parse(JSON.stringify(serialize(value)));
    expect(superjson.deserialize(wire)).toEqual(value);
  });

  it("reads a payload in which the same object appears twice, as the server may send it", () => {
    const at = new Date("2026-12-03T10:00:00.000Z");
    const step = { id: "s1", confirmedAt: at };
    const value = { steps: [step, step], updatedAt: at };
    const wire = JSON.parse(JSON.stringify(superjson.serialize(value)));
    expect(wire.meta.referentialEqualities).toBeDefined();
    expect(deserialize(wire)).toEqual(value);
  });
});

describe("what the codec refuses, naming it", () => {
  it.each([
    ["a Map", new Map([["a", 1]]), /Map cannot be sent/],
    ["a Set", { tags: new Set(["a"]) }, /Set cannot be sent/],
    ["a bigint", { n: BigInt(1) }, /bigint cannot be sent/],
    ["an invalid date", { at: new Date("nope") }, /invalid date/],
    ["a class instance", { at: new URL("https://example.com") }, /URL cannot be sent/],
    ["a prototype key", JSON.parse('{"__proto__": {"polluted": true}}'), /"__proto__" cannot be sent/],
  ])("will not write %s", (_, value, message) => {
    expect(() => serialize(value)).toThrow(message);
  });

  it.each([
    ["a Map", superjson.serialize({ m: new Map([["a", 1]]) }), /cannot read a "map" value \(at "m"\)/],
    ["a bigint", superjson.serialize({ n: BigInt(7) }), /cannot read a "bigint" value/],
    ["a path outside the payload", { json: { a: 1 }, meta: { values: { "b.c": ["Date"] }, v: 1 } }, /"b.c" is not in the payload/],
    ["a path through the prototype", { json: {}, meta: { values: { "__proto__.x": ["Date"] }, v: 1 } }, /not in the payload/],
    ["a malformed path", { json: { a: 1 }, meta: { values: { "a\\x": ["Date"] }, v: 1 } }, /Invalid annotation path/],
    ["an older format", { json: "x", meta: { values: ["Date"] } }, /Unsupported payload version/],
    ["something that is not a payload", "hello", /Not a tRPC payload/],
  ])("will not read %s", (_, payload, message) => {
    expect(() => deserialize(JSON.parse(JSON.stringify(payload, (_k, v) => (typeof v === "bigint" ? String(v) : v))))).toThrow(message);
  });

  it("leaves the prototype of every object alone", () => {
    const payload = { json: { a: "2026-12-03T10:00:00.000Z" }, meta: { values: { "constructor.prototype.polluted": ["Date"] }, v: 1 } };
    expect(() => deserialize(payload)).toThrow(/not in the payload/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
