import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.ts";
import { LIMITS } from "../limits.ts";
import { PROBLEMS } from "../problem-codes.ts";

export const HTML_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const DOCS_CSS = `:root{color-scheme:light dark;font:16px/1.5 system-ui,sans-serif}body{max-width:56rem;margin:2rem auto;padding:0 1rem}
code,pre{font:0.9em ui-monospace,monospace}pre{background:#8881;padding:.75rem;overflow:auto;border-radius:6px}
h2{margin-top:2.5rem;border-top:1px solid #8884;padding-top:1rem}h3 code{font-size:1em}.method{font-weight:700;text-transform:uppercase}
table{border-collapse:collapse}td,th{border:1px solid #8884;padding:.25rem .5rem;text-align:left;vertical-align:top}`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The limits table: every number from LIMITS, nothing restated. */
function limitRows(): string {
  const n = (value: number) => value.toLocaleString("en");
  const rows: [string, string][] = [
    ["claim", `${n(LIMITS.claimLength)} characters`],
    ["claims per batch", n(LIMITS.claimsPerBatch)],
    ["article text", `${n(LIMITS.textLength)} characters`],
    ["ids per batch", n(LIMITS.idsPerBatch)],
    ["search query", `${n(LIMITS.queryLength)} characters; at most ${n(LIMITS.searchResults)} results`],
    ["request body", `${n(LIMITS.bodyBytes / 1024)} KiB`],
    [
      "figures listed",
      `${n(LIMITS.figuresPerClaim)} per claim (the rest counted in figuresOmitted); ${n(LIMITS.figuresPerAnswer)} per text (later sentences counted in sentencesOmitted)`,
    ],
    ...Object.entries(LIMITS.rates).map(([name, rate]): [string, string] => [
      `${name} per client`,
      `${n(rate.limit)} per ${rate.periodSeconds} s; one unit is one ${rate.unit}. Cached answers are free. A client is an IPv4 address or an IPv6 /64.${
        rate.block > 1
          ? ` Units are bought from the limiter in blocks of ${rate.block}, each server keeping what a request leaves over: a client can meet 429 up to ${rate.block - 1} units early, never late.`
          : ""
      }`,
    ]),
  ];
  return rows.map(([what, limit]) => `<tr><td>${what}</td><td>${escapeHtml(limit)}</td></tr>`).join("");
}

interface OperationDoc {
  summary?: string;
  description?: string;
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema?: { description?: string };
  }[];
  responses?: Record<string, { description?: string }>;
}

/** The API reference, rendered by the Worker from its own OpenAPI document: no CDN, no script. */
export function registerDocs(
  app: OpenAPIHono<AppEnv>,
  openApi: (version: string) => { paths?: Record<string, Record<string, OperationDoc>> },
): void {
  app.get("/docs.css", (c) =>
    c.body(DOCS_CSS, 200, { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "public, max-age=3600" }),
  );

  app.get("/docs", (c) => {
    const { store } = c.var;
    const origin = new URL(c.req.url).origin;
    const sections = Object.entries(openApi(store.version).paths ?? {}).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => {
        const params = (operation.parameters ?? [])
          .map(
            (p) =>
              `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}${p.required ? ", required" : ""}</td><td>${escapeHtml(p.description ?? p.schema?.description ?? "")}</td></tr>`,
          )
          .join("");
        const responses = Object.entries(operation.responses ?? {})
          .map(([status, response]) => `<li><code>${status}</code> ${escapeHtml(response.description ?? "")}</li>`)
          .join("");
        return `<h3><span class="method">${method}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary ?? "")}</p>${operation.description ? `<p>${escapeHtml(operation.description)}</p>` : ""}
${params ? `<table><tr><th>parameter</th><th>in</th><th>meaning</th></tr>${params}</table>` : ""}<ul>${responses}</ul>`;
      }),
    );
    const problems = Object.entries(PROBLEMS)
      .map(
        ([code, p]) =>
          `<tr id="problem-${code}"><td><code>${code}</code></td><td>${p.status}</td><td>${escapeHtml(p.title)}</td><td>${escapeHtml(p.meaning)}</td></tr>`,
      )
      .join("");
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>factline API reference</title><link rel="stylesheet" href="/docs.css"></head><body>
<h1>factline API</h1>
<p>Verified statistics with provenance, and a claim checker for English and Chinese. Dataset version <code>${store.version}</code>.
Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Try it</h2>
<pre>curl '${origin}/v1/facts/cn-internet-users-2024-12'
curl '${origin}/v1/check?claim=China%27s%20internet%20users%20topped%201.1%20billion'
curl -X POST '${origin}/v1/check' -H 'content-type: application/json' -d '{"text":"我国网民规模达11.08亿人。网购用户为8亿。"}'</pre>
<h2>Caching</h2>
<p>Every answer carries the dataset version as a strong <code>ETag</code>, one per representation (JSON, JSON-LD, CSV), and honours <code>If-None-Match</code> with 304; where <code>Accept</code> chooses the representation the answer says <code>Vary: Accept</code>.
Add <code>?v=${store.version}</code> to pin a URL to this dataset: it is then served <code>immutable</code>.
Checks and searches are cached at the edge by input and dataset version; <code>X-Factline-Cache</code> says <code>hit</code> or <code>miss</code>.</p>
<h2>Limits</h2>
<table>${limitRows()}</table>
<h2>Routes</h2>${sections.join("\n")}
<h2>Problems</h2><p>Errors are <code>application/problem+json</code> (RFC 9457) with <code>code</code>, <code>detail</code> (what and why), <code>hint</code> (how to fix) and <code>requestId</code>.</p>
<table><tr><th>code</th><th>status</th><th>title</th><th>meaning</th></tr>${problems}</table>
</body></html>`;
    return c.html(html, 200, { "Content-Security-Policy": HTML_CSP, "Cache-Control": "public, max-age=300" });
  });
}
