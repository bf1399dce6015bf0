import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { newApp } from "../../src/app.ts";
import { call } from "../helpers.ts";

const embeddedApp = newApp();

async function embedded(path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await embeddedApp.fetch(
    new Request(`https://facts.example.org${path}`, init),
    { ...env, FACTS_DB: undefined },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return response;
}

/** What a client sees, minus the per-request id. */
async function answer(response: Response) {
  const text = (await response.text()).replace(/"requestId":"[^"]*"/, "");
  return {
    status: response.status,
    etag: response.headers.get("ETag"),
    type: response.headers.get("Content-Type"),
    text,
  };
}

const post = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

const REQUESTS: [string, RequestInit?][] = [
  ["/v1/facts"],
  ["/v1/facts?status=verified&unit=percent"],
  ["/v1/facts?entity=CN&metric=internet-users"],
  ["/v1/facts?ids=cn-internet-users-2024-12,cn-made-up-2024,cn-online-shoppers-2024-12&include=related"],
  ["/v1/facts/cn-internet-users-2024-12"],
  ["/v1/facts/cn-internet-users-2024-12", { headers: { Accept: "application/ld+json" } }],
  ["/v1/facts/cn-internet-user-2024-12"],
  ["/v1/search?q=internet%20users%202024"],
  ["/v1/search?q=%E7%BD%91%E6%B0%91"],
  ["/v1/series/internet-users?entity=CN"],
  ["/v1/check?claim=China%20has%20974%20million%20internet%20users"],
  ["/v1/check?claim=1.1%20billion&fact=cn-internet-users-2024-12"],
  ["/v1/check", post({ claims: ["Online retail sales grew 7.2 percent in 2024.", "网民规模达11.08亿人"] })],
  ["/v1/check", post({ text: "我国网民规模达11.08亿人。网上零售额同比下降7.2%。" })],
  ["/openapi.json"],
];

describe("the D1 store answers every route exactly as the embedded one", () => {
  it.each(REQUESTS)("%s", async (path, init) => {
    expect(await answer(await call(path, init))).toEqual(await answer(await embedded(path, init)));
  });
});
