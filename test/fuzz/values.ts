import { randomUUID } from "node:crypto";
import fc from "fast-check";

/**
 * Building blocks of generated input. Each field knows values a form would
 * send (`good`) and values only a broken client or an attacker would (`bad`).
 * Most inputs are valid except for one field, so the hostile value reaches
 * the code behind validation and authorization instead of bouncing off the
 * first check.
 */
export interface Field {
  good: fc.Arbitrary<unknown>;
  bad: fc.Arbitrary<unknown>;
}

const huge = (length: number) => "x".repeat(length);

/** Nesting beyond what any schema walks: built, not generated, so it is exactly this deep. */
function deeplyNested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Objects with keys that pollute prototypes when code copies them naively (JSON.parse makes them own keys). */
const pollutingObjects = [
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"__proto__": null, "toString": "not a function", "valueOf": 1}'),
];

export const edgeNumbers = [
  0, -0, -1, 1.5, 2 ** 31 - 1, 2 ** 31, 2 ** 32, -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), Number.MAX_VALUE,
  Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY,
];

export const hostileStrings = [
  "", " ", "\u0000", "a\u0000b", "\ud83d", "x\udc00y", "\udc00\ud83d", "😀".repeat(50), "\u202e\u200b\ufeff",
  "%", "%E0%A4%A", "\\", "%_\\", "' or 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "__proto__",
  "constructor", "NaN", "2147483648", "9".repeat(400), huge(300), huge(5_001), huge(100_000), "\n\r\t\v\f",
];

const hostileDates = [new Date(Number.NaN), new Date(-8.64e15), new Date(8.64e15), new Date(0), new Date("0001-01-01")];

/** Anything at all: the wrong type for whatever field it lands in. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, [], {}, ...edgeNumbers, ...hostileStrings, ...hostileDates),
  fc.constantFrom(...pollutingObjects),
  fc.constant(null).map(() => deeplyNested(1_500)),
  fc.bigInt().map((n) => n as unknown),
  fc.anything({ maxDepth: 3, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withBigInt: true }),
  fc.array(fc.string(), { minLength: 101, maxLength: 300 }),
);

/** A field from its good and its type-specific bad values; any other value is bad too. */
export function field(good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>): Field {
  return { good, bad: fc.oneof({ weight: 3, arbitrary: bad }, { weight: 1, arbitrary: hostileValue }) };
}

const fresh = <T>(make: () => T) => fc.constant(null).map(make);

/**
 * An id: `target` (the row this input is about) when good; when bad, another
 * real row of the world, an id that exists nowhere, or not an id at all.
 */
export function idOf(target: string, others: string[]): Field {
  return field(
    fc.constant(target),
    fc.oneof(
      fc.constantFrom(...others, target.toUpperCase(), "not-a-uuid", "00000000-0000-0000-0000-000000000000"),
      fresh(() => randomUUID()),
    ),
  );
}

/** Text: ordinary when good; past the limit, or carrying characters a database refuses, when bad. */
export function text(max: number): Field {
  return field(
    fc.oneof(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && s.isWellFormed() && !s.includes("\u0000")), fc.constant(huge(max))),
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...hostileStrings, huge(max + 1)) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
      { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom("\ud83d", "\ude00", "a", "\u0000"), minLength: 1, maxLength: 8 }) },
    ),
  );
}

/** An integer: inside the range when good; at and past what a column holds, or not an integer, when bad. */
export function int(min: number, max: number): Field {
  return field(fc.integer({ min, max }), fc.oneof(fc.constantFrom(min - 1, max + 1, ...edgeNumbers), fc.double()));
}

/** One of a few literal values: those are good, the rest (including lookalikes) bad. */
export function oneOf(values: readonly unknown[]): Field {
  return field(fc.constantFrom(...values), fc.constantFrom("", "ADMIN", "__proto__", "constructor", 1));
}

export const bool = field(fc.boolean(), fc.constantFrom("true", 0, 1, "yes"));

/** A list of up to `max` items: short lists of good items, or too long, or holding a bad item. */
export function list(item: Field, max: number): Field {
  return field(
    fc.array(item.good, { maxLength: Math.min(max, 4) }),
    fc.oneof(fc.array(item.good, { minLength: max + 1, maxLength: max + 2 }), fc.tuple(fc.array(item.good, { maxLength: 2 }), item.bad).map(([items, bad]) => [...items, bad])),
  );
}

/** Good when absent too, as an optional field. */
export function optional(f: Field): Field {
  return { good: fc.option(f.good, { nil: undefined, freq: 3 }), bad: f.bad };
}

export function fixed(value: unknown, bad: fc.Arbitrary<unknown>): Field {
  return field(fc.constant(value), bad);
}

type Shape = Record<string, Field>;

function goodRecord(shape: Shape) {
  return fc.record(Object.fromEntries(Object.entries(shape).map(([k, f]) => [k, f.good]))).map((value) => {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
    return record;
  });
}

/**
 * An input object. Good: every field good. Bad: one field bad (most often),
 * several bad, one left out, prototype-polluting extra keys, or no object at all.
 */
export function input(shape: Shape): Field {
  const keys = Object.keys(shape);
  const good = goodRecord(shape);
  if (!keys.length) return { good, bad: hostileValue };
  const oneBad = fc
    .tuple(good, fc.constantFrom(...keys))
    .chain(([record, key]) => shape[key]!.bad.map((bad) => ({ ...record, [key]: bad })));
  const severalBad = fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(shape[k]!.good, shape[k]!.bad)])));
  const missing = fc.tuple(good, fc.constantFrom(...keys)).map(([record, key]) => {
    const { [key]: _gone, ...rest } = record;
    return rest;
  });
  const withExtraKeys = fc
    .tuple(good, fc.constantFrom(...pollutingObjects, { extra: "field" }))
    .map(([record, extra]) => Object.assign(Object.create(null), extra, record) as unknown);
  return {
    good,
    bad: fc.oneof(
      { weight: 8, arbitrary: oneBad },
      { weight: 2, arbitrary: severalBad },
      { weight: 1, arbitrary: missing },
      { weight: 1, arbitrary: withExtraKeys },
      { weight: 1, arbitrary: hostileValue },
    ),
  };
}

/** What a procedure is called with: a valid input now and then, a subtly or wildly broken one mostly. */
export function calls(f: Field): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 1, arbitrary: f.good }, { weight: 3, arbitrary: f.bad });
}

/** For procedures without input: they must ignore whatever is sent. */
export const noInput: fc.Arbitrary<unknown> = fc.oneof(fc.constant(undefined), hostileValue);
