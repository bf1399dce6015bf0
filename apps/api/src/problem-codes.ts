import type { ContentfulStatusCode } from "hono/utils/http-status";
import { LIMITS } from "./limits.ts";

interface ProblemKind {
  readonly status: ContentfulStatusCode;
  readonly title: string;
  readonly meaning: string;
}

/**
 * Every problem the API can answer: its status and title come from here, and so do the OpenAPI error
 * schema, each route's error responses and the table on /docs.
 */
export const PROBLEMS = {
  "invalid-request": {
    status: 400,
    title: "Invalid request",
    meaning: "A parameter or body field is missing, of the wrong type or out of bounds; errors lists each one.",
  },
  "invalid-ids": {
    status: 400,
    title: "Invalid id batch",
    meaning: `An id batch is empty, names more than ${LIMITS.idsPerBatch} ids, or names something that is not a fact id.`,
  },
  "invalid-json": { status: 400, title: "Malformed JSON", meaning: "The body is not valid JSON." },
  "fact-not-found": {
    status: 404,
    title: "No such fact",
    meaning: "No fact has that id; suggestions lists close ids (while the client's lookup budget lasts).",
  },
  "not-found": { status: 404, title: "Not found", meaning: "No route or page at that path." },
  "method-not-allowed": {
    status: 405,
    title: "Method not allowed",
    meaning: "The path exists but not for that method; Allow lists the methods.",
  },
  "body-too-large": {
    status: 413,
    title: "Body too large",
    meaning: `The body is over ${LIMITS.bodyBytes / 1024} KiB.`,
  },
  "unsupported-media-type": {
    status: 415,
    title: "Body is not JSON",
    meaning: "A POST body that is not application/json.",
  },
  "rate-limited": {
    status: 429,
    title: "Too many requests",
    meaning:
      "The client used up a per-minute budget (new checks, or new searches and suggestions); limit says which, Retry-After when to retry.",
  },
  "no-dataset": {
    status: 503,
    title: "No dataset published",
    meaning: "The D1 store has no published dataset version yet; run dataset:publish.",
  },
  "internal-error": {
    status: 500,
    title: "Internal error",
    meaning: "A bug in factline, not in the request; report the requestId.",
  },
} as const satisfies Record<string, ProblemKind>;

export type ProblemCode = keyof typeof PROBLEMS;

export const PROBLEM_CODES = Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]];
