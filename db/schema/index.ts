export * from "./enums";
export * from "./auth";
export * from "./organisations";
export * from "./outbox";
export * from "./plans";
export * from "./goals";
export * from "./next-steps";
