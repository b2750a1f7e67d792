import type { inferRouterInputs } from "@trpc/server";
import type { Db } from "@/db/client";
import type { AppRouter } from "@/server/api/root";
import type { ActorName, Actors } from "./actors";
import type { Outcome } from "./trpc-errors";

type Inputs = inferRouterInputs<AppRouter>;
export type ProcedurePath = { [R in keyof Inputs & string]: `${R}.${keyof Inputs[R] & string}` }[keyof Inputs & string];
export type InputOf<P extends ProcedurePath> = P extends `${infer R extends keyof Inputs}.${infer Q}`
  ? Q extends keyof Inputs[R]
    ? Inputs[R][Q]
    : never
  : never;

export interface Row<I> {
  /** A valid input, built fresh for every call so that one actor's success cannot change the next one's outcome. */
  input: (fixture: Actors & { db: Db; actor: ActorName }) => Promise<I> | I;
  expect: Record<ActorName, Outcome>;
}

