export * from "./fact.ts";
export * from "./verdict.ts";
