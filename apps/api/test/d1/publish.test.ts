import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { compileDataset, type DatasetInput, formatProblem } from "@factline/core/compile";
import { beforeAll, describe, expect, it } from "vitest";
import { newApp } from "../../src/app.ts";
import type { Health } from "../../src/routes/health.ts";
import type { Series } from "../../src/routes/series.ts";
import type { ClaimCheckAnswer } from "../../src/schemas.ts";
import { PublishError, publishDataset, readVersions, rollbackDataset } from "../../src/store/d1-publish.ts";
import { publishValidated, type VersionOf, validateDataset } from "../../src/store/validated-dataset.ts";
import { json, present } from "../helpers.ts";

/** A content name for tests (Node's hash is not in workerd): FNV-1a of the JSON, twice over. */
const versionOf: VersionOf = (content) => {
  const text = JSON.stringify(content);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ text.charCodeAt(i), 0x811c9dc5) >>> 0;
  }
  return (a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0")).slice(0, 16);
};

/** A small dataset in the data files' shape: one widget-users fact per month given, in 亿 (1e8). */
function smallInput(valuesInYi: readonly number[], { source = "acme-report" } = {}): DatasetInput {
  return {
    sources: {
      file: "data/sources.yaml",
      data: {
        sources: [
          {
            id: "acme-report",
            publisher: { en: "Acme Statistics", zh: "阿克米统计" },
            title: { en: "Widget report", zh: "小部件报告" },
            url: "https://example.org/widgets",
            releaseDate: "2025-01-17",
          },
        ],
        articles: [],
        entities: [{ code: "CN", name: { en: "China", zh: "中国" }, terms: ["china", "中国"] }],
      },
    },
    metrics: {
      file: "data/metrics.yaml",
      data: {
        metrics: [
          {
            id: "widget-users",
            label: { en: "Widget users", zh: "小部件用户" },
            unit: "person",
            kind: "level",
            definition: "People who use widgets.",
            publisherName: { zh: "小部件用户规模" },
            terms: { en: [["widget user"]], zh: [["小部件用户"]] },
          },
        ],
      },
    },
    factFiles: [
      {
        file: "data/facts/acme.yaml",
        data: {
          source,
          entity: "CN",
          facts: valuesInYi.map((yi, index) => ({
            id: `cn-widget-users-2024-${String(index + 1).padStart(2, "0")}`,
            label: { en: "Widget users", zh: "小部件用户" },
            metric: "widget-users",
            value: Math.round(yi * 1e8),
            unit: "person",
            precision: 1e6,
            asPublished: { text: `${yi}亿`, qualifier: "exact" },
            period: { kind: "instant", date: `2024-${String(index + 1).padStart(2, "0")}` },
            status: "verified",
            evidence: {
              url: "https://widgets.acme-statistics.test/report",
              figure: `${yi}亿`,
              name: "小部件用户规模",
              period: `截至2024年${index + 1}月`,
            },
          })),
        },
      },
    ],
    articleTexts: {},
  };
}

const app = newApp();

async function call(path: string, init?: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await app.fetch(
    new Request(`https://facts.example.org${path}`, init),
    { ...env, FACTS_DB: env.PUBLISH_DB, FACTS_VERSION_TTL_MS: "0" },
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return response;
}

async function served(): Promise<string> {
  return (await json<Health>(await call("/healthz"))).version;
}

function datasetOf(input: DatasetInput) {
  const validated = validateDataset(input, versionOf);
  if (!validated.ok) throw new Error(validated.problems.join("\n"));
  return validated.dataset;
}

const first = datasetOf(smallInput([1.5, 1.52, 1.54]));
const second = datasetOf(smallInput([1.5, 1.52, 1.54, 1.56, 1.58]));

describe("publishing to D1", () => {
  beforeAll(async () => {
    await publishDataset(env.PUBLISH_DB, first);
  });

  it("refuses a dataset that fails core's validators, with their messages, and writes nothing", async () => {
    const bad = smallInput([1.6], { source: "no-such-source" });
    const expected = compileDataset(bad).problems.map(formatProblem);
    expect(expected.length).toBeGreaterThan(0);
    const tablesBefore = await env.PUBLISH_DB.prepare("SELECT count(*) AS n FROM versions").first<{ n: number }>();

    const refused = publishValidated(env.PUBLISH_DB, bad, versionOf);
    await expect(refused).rejects.toBeInstanceOf(PublishError);
    await expect(refused).rejects.toThrow(expected[0]);

    const tablesAfter = await env.PUBLISH_DB.prepare("SELECT count(*) AS n FROM versions").first<{ n: number }>();
    expect(tablesAfter).toEqual(tablesBefore);
    expect(await served()).toBe(first.version);
  });

  it("keeps serving the current version when a publish is interrupted midway, and the next publish completes", async () => {
    const controller = new AbortController();
    const interrupted = publishDataset(env.PUBLISH_DB, second, {
      batchBytes: 2_000,
      signal: controller.signal,
      onProgress: (loaded) => {
        if (loaded > 0) controller.abort(new Error("interrupted"));
      },
    });
    await expect(interrupted).rejects.toThrow("interrupted");
    const partial = await env.PUBLISH_DB.prepare("SELECT count(*) AS n FROM observations WHERE version = ?1")
      .bind(second.version)
      .first<{ n: number }>();
    expect(partial?.n).toBeGreaterThan(0);
    expect(partial?.n).toBeLessThan(second.facts.length);

    expect(await served()).toBe(first.version);
    expect((await call("/v1/facts/cn-widget-users-2024-05")).status).toBe(404);
    expect((await call("/v1/facts/cn-widget-users-2024-03")).status).toBe(200);

    const result = await publishDataset(env.PUBLISH_DB, second, { batchBytes: 2_000 });
    expect(result).toMatchObject({ version: second.version, previous: first.version, unchanged: false });
    expect(await served()).toBe(second.version);
    const body = await json<Series>(await call("/v1/series/widget-users?entity=CN"));
    expect(body.data).toHaveLength(5);
  });

  it("rolls back to the previous version, and never serves the new version's cached answers as the old one's", async () => {
    expect(await served()).toBe(second.version);
    const claim = encodeURIComponent("China had 158 million widget users in May 2024.");
    const before = await call(`/v1/check?claim=${claim}`);
    expect(before.headers.get("ETag")).toBe(`"${second.version}"`);
    expect((await json<ClaimCheckAnswer>(before)).verdict).toBe("accurate");
    expect((await call(`/v1/check?claim=${claim}`)).headers.get("X-Factline-Cache")).toBe("hit");

    expect(await rollbackDataset(env.PUBLISH_DB)).toEqual({ version: first.version, previous: second.version });
    expect(await served()).toBe(first.version);

    const after = await call(`/v1/check?claim=${claim}`);
    expect(after.headers.get("X-Factline-Cache")).toBe("miss");
    expect(after.headers.get("ETag")).toBe(`"${first.version}"`);
    // The old version has no May figure: the claim cannot be verified there.
    expect((await json<ClaimCheckAnswer>(after)).verdict).toBe("unverifiable");
    const revalidated = await call("/v1/facts/cn-widget-users-2024-01", {
      headers: { "If-None-Match": `"${second.version}"` },
    });
    expect(revalidated.status).toBe(200);
    expect(revalidated.headers.get("ETag")).toBe(`"${first.version}"`);

    // Rolling back again undoes the rollback.
    await rollbackDataset(env.PUBLISH_DB);
    expect(await served()).toBe(second.version);
  });

  it("refuses a rollback with nothing to return to", async () => {
    const fresh = env.PUBLISH_DB;
    const { previous } = await readVersions(fresh);
    expect(previous).not.toBeNull();
    await fresh.prepare("UPDATE current_version SET previous = NULL WHERE id = 1").run();
    await expect(rollbackDataset(fresh)).rejects.toThrow("no previous version");
    expect(await served()).toBe(second.version);
  });
});

describe("one isolate serving two databases", () => {
  it("answers each request from the database its own env binds, not the first request's", async () => {
    const app = newApp();
    const healthFrom = async (db: D1Database) => {
      const ctx = createExecutionContext();
      // The default version TTL: a version read from one database must not stand for another's.
      const response = await app.fetch(
        new Request("https://facts.example.org/healthz"),
        { ...env, FACTS_DB: db, FACTS_VERSION_TTL_MS: undefined },
        ctx,
      );
      await waitOnExecutionContext(ctx);
      return (await json<Health>(response)).version;
    };
    const factsDb = present(env.FACTS_DB, "FACTS_DB");
    const [facts, published] = await Promise.all([readVersions(factsDb), readVersions(env.PUBLISH_DB)]);
    expect(facts.version).not.toBe(published.version);
    expect(await healthFrom(factsDb)).toBe(facts.version);
    expect(await healthFrom(env.PUBLISH_DB)).toBe(published.version);
  });
});
