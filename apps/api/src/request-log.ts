import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import { CACHE_STATUS_HEADER } from "./cache.ts";
import type { AppEnv } from "./env.ts";

/** One request as the log records it: where, what came of it and how long it took; never what was sent. */
export interface RequestLogLine {
  readonly msg: "request";
  readonly method: string;
  /** The route pattern (/v1/facts/:id), so no claim, query or id a client typed is logged. */
  readonly route: string;
  readonly status: number;
  /** hit or miss for computed answers (X-Factline-Cache), revalidated for a 304. */
  readonly cache?: string;
  readonly ms: number;
  readonly requestId: string;
  /** The client's own X-Request-Id, when it sent a well-formed one: ours is always fresh. */
  readonly clientRequestId?: string;
  /** The problem code of a 4xx or 5xx answer. */
  readonly problem?: string;
  /** For a 429: the budget that ran out. */
  readonly rateLimit?: string;
}

export interface RequestLogOptions {
  /** Where lines go: console.log, which Workers Logs and `wrangler tail` collect, unless told otherwise. */
  readonly write?: (line: string) => void;
  /** How long a client's own request id may be to be kept beside ours. */
  readonly clientIdLength?: number;
}

/** One JSON line per request, after it is answered (errors included: onError has run by then). */
export function requestLog({
  write = (line) => console.log(line),
  clientIdLength = 64,
}: RequestLogOptions = {}): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = Date.now();
    await next();
    const clientId = c.req.header("X-Request-Id");
    const cache = c.res.headers.get(CACHE_STATUS_HEADER) ?? (c.res.status === 304 ? "revalidated" : undefined);
    const line: RequestLogLine = {
      msg: "request",
      method: c.req.method,
      route: routePath(c) || "(none)",
      status: c.res.status,
      ...(cache ? { cache } : {}),
      ms: Date.now() - started,
      requestId: c.var.requestId,
      ...(clientId && clientId.length <= clientIdLength && /^[\w.=-]+$/.test(clientId)
        ? { clientRequestId: clientId }
        : {}),
      ...(c.var.problem ? { problem: c.var.problem.code } : {}),
      ...(c.var.problem?.rateLimit ? { rateLimit: c.var.problem.rateLimit } : {}),
    };
    write(JSON.stringify(line));
  };
}
