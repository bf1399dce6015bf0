import type { Context } from "hono";
import type { z } from "zod";
import type { AppEnv } from "./env.ts";
import { PROBLEMS, type ProblemCode } from "./problem-codes.ts";

/** One field-level complaint, from a zod issue. */
export interface ProblemIssue {
  readonly path: string;
  readonly message: string;
  readonly code: string;
}

/** The budget a 429 ran out of, as stated in LIMITS. */
export interface ProblemLimit {
  readonly name: string;
  readonly limit: number;
  readonly periodSeconds: number;
  readonly unit: string;
  /** Units this request would have used. */
  readonly cost: number;
}

/** What a route says of an error: the rest of the problem (type, title, status) follows from its code. */
export interface ProblemInit {
  readonly code: ProblemCode;
  readonly detail: string;
  readonly hint: string;
  readonly errors?: readonly ProblemIssue[];
  readonly suggestions?: readonly string[];
  readonly limit?: ProblemLimit;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Every error the API answers, as RFC 9457 problem details: what went wrong, why, and how to fix it. */
export interface ProblemBody extends Omit<ProblemInit, "headers"> {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly instance: string;
  readonly requestId: string;
}

/** Thrown anywhere in a handler; `onError` turns it into a problem response. */
export class ProblemError extends Error {
  readonly init: ProblemInit;
  constructor(init: ProblemInit) {
    super(init.detail);
    this.init = init;
  }
}

type Issue = z.core.$ZodIssue;

/**
 * A union's failure as the failure of the one shape the input came closest to (fewest issues), so
 * `{ claims: [101 claims] }` reads "claims: at most 100", not "(root): Invalid input"; a tie keeps the
 * union's own message, which names the shapes.
 */
function closestIssues(issue: Issue, prefix: readonly PropertyKey[] = []): { path: PropertyKey[]; issue: Issue }[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const branches = issue.errors.map((branch) => branch.flatMap((inner) => closestIssues(inner, path)));
    const fewest = Math.min(...branches.map((branch) => branch.length));
    const closest = branches.filter((branch) => branch.length === fewest);
    if (closest.length === 1 && closest[0]) return closest[0];
  }
  return [{ path, issue }];
}

export function issuesFrom(error: z.ZodError): ProblemIssue[] {
  return error.issues
    .flatMap((issue) => closestIssues(issue))
    .map(({ path, issue }) => ({
      path: path.map(String).join(".") || "(root)",
      message: issue.message,
      code: issue.code,
    }));
}

export function problemResponse(c: Context<AppEnv>, init: ProblemInit): Response {
  const { status, title } = PROBLEMS[init.code];
  c.set("problem", { code: init.code, ...(init.limit ? { rateLimit: init.limit.name } : {}) });
  const body: ProblemBody = {
    type: `/docs#problem-${init.code}`,
    title,
    status,
    code: init.code,
    detail: init.detail,
    hint: init.hint,
    instance: new URL(c.req.url).pathname,
    requestId: c.get("requestId") ?? "unknown",
    ...(init.errors ? { errors: init.errors } : {}),
    ...(init.suggestions ? { suggestions: init.suggestions } : {}),
    ...(init.limit ? { limit: init.limit } : {}),
  };
  return c.body(JSON.stringify(body), status, {
    "Content-Type": "application/problem+json; charset=utf-8",
    "Cache-Control": "no-store",
    ...init.headers,
  });
}

/** Nothing at this path: one answer for unknown routes and missing pages alike. */
export function notFoundProblem(path: string): ProblemError {
  return new ProblemError({
    code: "not-found",
    detail: `Nothing is served at ${path}.`,
    hint: "The API lives under /v1 and /docs lists every route; the demo is at /.",
  });
}

/** No fact with this id; the hint names the close ids a typo was probably aiming at. */
export function factNotFoundProblem(detail: string, suggestions: readonly string[], otherwise: string): ProblemError {
  return new ProblemError({
    code: "fact-not-found",
    detail,
    hint:
      suggestions.length > 0
        ? `Did you mean ${suggestions.map((id) => `"${id}"`).join(" or ")}? ${otherwise}`
        : otherwise,
    suggestions,
  });
}
