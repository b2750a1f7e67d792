export * from "./enums";
export type * from "../../server/rules/enums";
export * from "./auth";
export * from "./organisations";
export * from "./outbox";
export * from "./plans";
export * from "./goals";
export * from "./next-steps";
export * from "./scheduling";
