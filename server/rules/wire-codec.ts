/**
 * tRPC's wire format, superjson's `{ json, meta }`, for the values our API
 * carries (dates, undefined, NaN, ±Infinity and -0), in a fraction of
 * superjson's code, which a plan page would otherwise load in full (~3 kB of
 * its JavaScript budget). Browser-safe: the browser reads answers and writes
 * inputs with it, the server writes its answers with it (server/api/trpc.ts;
 * it reads inputs, which anyone can forge, with superjson). Anything else
 * superjson could annotate (maps, sets, bigints, classes) is refused with an
 * error naming it; no output schema admits such a type
 * (test/ui/wire-codec-outputs.test.ts).
 *
 * Referential equalities need no work here: superjson writes every copy of a
 * repeated value in full and names the copies only to restore identity, which
 * nothing of ours relies on.
 */

type Leaf = "Date" | "undefined" | "number";
type ValueAnnotations = [Leaf] | Record<string, [Leaf]>;
export type WirePayload = { json: unknown; meta?: { values?: ValueAnnotations; v?: number; referentialEqualities?: unknown } };

/** Keys an annotation path may not walk through: the prototype chain is not data. */
const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

const escapeKey = (key: string) => key.replace(/\\/g, "\\\\").replace(/\./g, "\\.");

function parsePath(path: string): string[] {
  const segments: string[] = [];
  let segment = "";
  for (let i = 0; i < path.length; i++) {
    const char = path[i];
    if (char === "\\") {
      const next = path[i + 1];
      if (next !== "\\" && next !== ".") throw new TypeError(`Invalid annotation path "${path}"`);
      segment += next;
      i++;
    } else if (char === ".") {
      segments.push(segment);
      segment = "";
    } else segment += char;
  }
  segments.push(segment);
  return segments;
}

function special(value: number): string | null {
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "Infinity";
  if (value === -Infinity) return "-Infinity";
  if (Object.is(value, -0)) return "-0";
  return null;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export function serialize(value: unknown): WirePayload {
  const annotations: Record<string, [Leaf]> = {};
  let root: [Leaf] | undefined;
  // The path of the value being written, pushed and popped as the walk goes: the server writes every answer
  // through here, and a fresh path per value would be most of the work.
  const path: string[] = [];
  const where = () => path.join(".");
  const annotate = (leaf: Leaf) => {
    if (path.length === 0) root = [leaf];
    else annotations[path.map(escapeKey).join(".")] = [leaf];
  };
  const walk = (v: unknown): unknown => {
    if (v === undefined) {
      annotate("undefined");
      return null;
    }
    if (typeof v === "number") {
      const text = special(v);
      if (text === null) return v;
      annotate("number");
      return text;
    }
    if (v === null || typeof v === "string" || typeof v === "boolean") return v;
    if (v instanceof Date) {
      if (Number.isNaN(v.getTime())) throw new TypeError(`An invalid date cannot be sent (at "${where()}")`);
      annotate("Date");
      return v.toISOString();
    }
    if (Array.isArray(v)) {
      const out = new Array<unknown>(v.length);
      for (let i = 0; i < v.length; i++) {
        path.push(String(i));
        out[i] = walk(v[i]);
        path.pop();
      }
      return out;
    }
    if (typeof v === "object" && isPlainObject(v)) {
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(v)) {
        if (forbiddenKeys.has(key)) throw new TypeError(`A property named "${key}" cannot be sent`);
        path.push(key);
        out[key] = walk(v[key]);
        path.pop();
      }
      return out;
    }
    throw new TypeError(`A ${typeof v === "object" ? (v.constructor?.name ?? "object") : typeof v} cannot be sent (at "${where()}")`);
  };
  const json = walk(value);
  const values = root ?? (Object.keys(annotations).length > 0 ? annotations : undefined);
  return values ? { json, meta: { values, v: 1 } } : { json };
}

function revive(leaf: unknown, raw: unknown, path: string): unknown {
  if (leaf === "undefined") return undefined;
  if (leaf === "Date" && typeof raw === "string") return new Date(raw);
  if (leaf === "number" && typeof raw === "string") return Number(raw);
  throw new TypeError(`This app cannot read a ${JSON.stringify(leaf)} value (at "${path}")`);
}

function leafOf(annotation: unknown, path: string): unknown {
  if (!Array.isArray(annotation) || annotation.length !== 1) throw new TypeError(`Unsupported annotation at "${path}"`);
  return annotation[0];
}

export function deserialize(payload: unknown): unknown {
  if (typeof payload !== "object" || payload === null) throw new TypeError("Not a tRPC payload");
  const { json, meta } = payload as WirePayload;
  const values = meta?.values;
  if (values === undefined) return json;
  if (meta?.v !== 1) throw new TypeError(`Unsupported payload version ${String(meta?.v)}`);
  if (Array.isArray(values)) return revive(leafOf(values, ""), json, "");
  for (const [path, annotation] of Object.entries(values)) {
    const leaf = leafOf(annotation, path);
    const segments = parsePath(path);
    const last = segments.pop()!;
    let parent: unknown = json;
    for (const key of segments) parent = childOf(parent, key, path);
    (parent as Record<string, unknown>)[last] = revive(leaf, childOf(parent, last, path), path);
  }
  return json;
}

function childOf(parent: unknown, key: string, path: string): unknown {
  if (forbiddenKeys.has(key) || typeof parent !== "object" || parent === null || !Object.hasOwn(parent, key))
    throw new TypeError(`Annotation path "${path}" is not in the payload`);
  return (parent as Record<string, unknown>)[key];
}

export const wireCodec = { serialize, deserialize };
