import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import { meEvent, planEvent } from "@/server/api/routers/live";

/**
 * Every answer is written, and read in the browser, by server/rules/wire-codec.ts,
 * which knows dates, undefined and the special numbers and refuses the rest. Every
 * procedure's output passes its zod schema before it is sent, so the schemas
 * bound what can arrive: none may admit a type the codec would refuse (a map,
 * a set, a bigint, or a transform's value of any type at all). A
 * subscription's output is such a transform: it parses each event with the
 * event's own schema, which is checked instead.
 */
const subscriptionEvents: Record<string, z.core.$ZodType> = { "live.plan": planEvent, "live.me": meEvent };
const leaves = new Set(["string", "number", "boolean", "null", "undefined", "date", "literal", "enum"]);

function unreadableParts(schema: z.core.$ZodType, path: string, seen = new Set<z.core.$ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  const inner = (child: unknown, at = path) => unreadableParts(child as z.core.$ZodType, at, seen);
  switch (def.type) {
    case "object":
      return Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([key, child]) => inner(child, `${path}.${key}`));
    case "array":
      return inner(def.element, `${path}[]`);
    case "union":
      return (def.options as z.core.$ZodType[]).flatMap((option) => inner(option));
    case "intersection":
      return [...inner(def.left), ...inner(def.right)];
    case "tuple":
      return [...(def.items as z.core.$ZodType[]).flatMap((item, i) => inner(item, `${path}[${i}]`)), ...(def.rest ? inner(def.rest) : [])];
    case "record":
      return inner(def.valueType, `${path}{}`);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "nonoptional":
    case "catch":
      return inner(def.innerType);
    case "pipe":
      // What is sent is what the pipe's last schema produces.
      return inner(def.out);
    case "lazy":
      return inner((def.getter as () => z.core.$ZodType)());
    default:
      return leaves.has(def.type) ? [] : [`${path}: ${def.type}`];
  }
}

describe("what the server may send the browser", () => {
  const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { output?: unknown } }>);

  it("covers every procedure, each with an output schema", () => {
    expect(procedures.length).toBeGreaterThan(50);
    expect(procedures.filter(([, p]) => !p._def.output).map(([path]) => path)).toEqual([]);
  });

  it("knows the event schema of every subscription", () => {
    const subscriptions = procedures.filter(([, p]) => (p._def as { type?: string }).type === "subscription").map(([path]) => path);
    expect(subscriptions.sort()).toEqual(Object.keys(subscriptionEvents).sort());
  });

  it.each(procedures.map(([path, p]) => [path, subscriptionEvents[path] ?? (p._def.output as z.core.$ZodType)]))(
    "%s answers only with values the browser's codec reads",
    (path, output) => {
      expect(unreadableParts(output, path)).toEqual([]);
    },
  );
});
