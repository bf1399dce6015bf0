import { type Fact, periodEnd } from "@factline/core";
import { dataset } from "@factline/core/dataset";
import type { metricToJsonLd } from "@factline/core/jsonld";
import { describe, expect, it } from "vitest";
import type { MetricList } from "../src/routes/metrics.ts";
import type { Series } from "../src/routes/series.ts";
import type { ClaimCheckAnswer, FactList } from "../src/schemas.ts";
import { call, json, present, problemOf } from "./helpers.ts";

describe("GET /v1/series/{metric}", () => {
  it("answers one metric of one entity, oldest period first", async () => {
    const response = await call("/v1/series/internet-users?entity=CN");
    expect(response.status).toBe(200);
    expect(response.headers.get("ETag")).toBe(`"${dataset.version}"`);
    const body = await json<Series>(response);
    const expected = dataset.facts
      .filter((fact) => fact.metric === "internet-users" && fact.entity.code === "CN")
      .map((fact) => fact.id);
    expect(body.data.map((fact) => fact.id).sort()).toEqual(expected.sort());
    const ends = body.data.map((fact) => periodEnd(fact));
    expect(ends).toEqual([...ends].sort());
    expect(ends.length).toBeGreaterThan(1);
  });

  it("answers an unknown metric with an empty series", async () => {
    const body = await json<Series>(await call("/v1/series/no-such-metric?entity=CN"));
    expect(body.data).toEqual([]);
  });

  it("reads China's series by default, and refuses a malformed entity with a 400 problem", async () => {
    const byDefault = await json<Series>(await call("/v1/series/internet-users"));
    expect(byDefault.entity).toBe("CN");
    expect(byDefault.data.length).toBeGreaterThan(5);
    for (const query of ["?entity=cn%27--", "?entity=CHN"]) {
      const response = await call(`/v1/series/internet-users${query}`);
      expect(response.status).toBe(400);
      expect((await problemOf(response)).code).toBe("invalid-request");
    }
  });
});

describe("GET /v1/series/{metric} as CSV", () => {
  it("answers Accept: text/csv with one row per observation, its own ETag, and Vary: Accept", async () => {
    const response = await call("/v1/series/internet-users?entity=CN", { headers: { Accept: "text/csv" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/csv/);
    expect(response.headers.get("ETag")).toBe(`"${dataset.version}-csv"`);
    expect(response.headers.get("Vary")).toContain("Accept");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    const count = dataset.facts.filter((fact) => fact.metric === "internet-users" && fact.entity.code === "CN").length;
    expect(lines[0]).toMatch(/^id,period_start,period_end,value,unit,as_published/);
    expect(lines).toHaveLength(count + 1);
    expect(lines.some((line) => line.startsWith("cn-internet-users-2024-12,") && line.includes(",1108000000,"))).toBe(
      true,
    );
    const json = await call("/v1/series/internet-users?entity=CN", {
      headers: { "If-None-Match": `"${dataset.version}-csv"`, Accept: "application/json" },
    });
    expect(json.status).toBe(200);
  });
});

describe("GET /v1/metrics", () => {
  it("lists every metric once, with its definition and the latest current observation", async () => {
    const response = await call("/v1/metrics");
    expect(response.status).toBe(200);
    expect(response.headers.get("ETag")).toBe(`"${dataset.version}"`);
    const body = await json<MetricList>(response);
    expect(body.entity).toBe("CN");
    expect(body.data.map((metric) => metric.id)).toEqual(dataset.metrics.map((metric) => metric.id));
    const users = present(
      body.data.find((metric) => metric.id === "internet-users"),
      "the internet-users metric",
    );
    expect(users.definition.length).toBeGreaterThan(0);
    expect(users.publisherName.zh).toBe("网民规模");
    const newest = dataset.facts
      .filter((fact) => fact.metric === "internet-users" && fact.current)
      .reduce((a, b) => (periodEnd(a) > periodEnd(b) ? a : b));
    const latest = present(users.latest, "its latest observation");
    expect(latest.id).toBe(newest.id);
    expect(latest.newer).toBeNull();
  });
});

describe("GET /v1/metrics as JSON-LD", () => {
  it("answers Accept: application/ld+json with schema.org StatisticalVariables and their own ETag", async () => {
    const response = await call("/v1/metrics", { headers: { Accept: "application/ld+json" } });
    expect(response.headers.get("ETag")).toBe(`"${dataset.version}-ld"`);
    expect(response.headers.get("Vary")).toContain("Accept");
    const variables = await json<ReturnType<typeof metricToJsonLd>[]>(response);
    expect(variables).toHaveLength(dataset.metrics.length);
    const users = variables.find((variable) => variable.measuredProperty === "internet-users");
    expect(users).toMatchObject({ "@type": "StatisticalVariable", name: "Internet users" });
    expect(users?.observation).toMatchObject({ "@type": "Observation" });
  });
});

describe("newer", () => {
  it("points an older observation at the latest one of its metric, and the latest at nothing", async () => {
    const old = await json<Fact>(await call("/v1/facts/cn-internet-users-2024-12"));
    const latest = dataset.facts
      .filter((fact) => fact.metric === "internet-users" && fact.current)
      .reduce((a, b) => (periodEnd(a) > periodEnd(b) ? a : b));
    expect(old.newer).toEqual({ id: latest.id, value: latest.value, period: latest.period });
    const current = await json<Fact>(await call(`/v1/facts/${latest.id}`));
    expect(current.newer).toBeNull();
  });

  it("every fact records where it was read: the page and the figure as printed", async () => {
    const body = await json<FactList>(await call("/v1/facts"));
    for (const fact of body.data) {
      expect(fact.evidence.url).toMatch(/^https?:\/\//);
      expect(fact.evidence.figure.length).toBeGreaterThan(0);
    }
  });
});

describe("published", () => {
  it("reads 'last year' against the article's date, and never guesses it without one", async () => {
    const claim = "China's online retail sales reached 15.52 trillion yuan last year.";
    const dated = await json<ClaimCheckAnswer>(
      await call(`/v1/check?claim=${encodeURIComponent(claim)}&published=2025-01-20`),
    );
    expect(dated.verdict).toBe("accurate");
    expect(present(dated.figures[0], "a figure").factId).toBe("cn-online-retail-sales-2024");
    const undated = await json<ClaimCheckAnswer>(await call(`/v1/check?claim=${encodeURIComponent(claim)}`));
    expect(present(undated.figures[0], "a figure").factId).not.toBe("cn-online-retail-sales-2025");
  });

  it("refuses a date that is not one, with a 400 problem", async () => {
    const response = await call("/v1/check?claim=x%201&published=last%20week");
    expect(response.status).toBe(400);
    expect((await problemOf(response)).code).toBe("invalid-request");
  });
});

describe("GET /v1/facts for cards", () => {
  it("resolves latest:<metric> to the newest observation and adds each metric's series, in one request", async () => {
    const body = await json<FactList>(
      await call("/v1/facts?ids=latest:internet-users,cn-online-retail-sales-2024&include=series"),
    );
    const newest = dataset.facts
      .filter((fact) => fact.metric === "internet-users" && fact.current)
      .reduce((a, b) => (periodEnd(a) > periodEnd(b) ? a : b));
    expect(body.latest).toEqual({ "latest:internet-users": newest.id });
    expect(body.data.map((fact) => fact.id)).toEqual([newest.id, "cn-online-retail-sales-2024"]);
    const series = present(body.series, "series");
    const users = present(series["internet-users:CN"], "the internet-users:CN series");
    expect(users.length).toBeGreaterThan(5);
    expect(users.at(-1)).toEqual({ period: newest.period, value: newest.value });
    // A year's total is drawn against other years, never against January–October.
    const sales = present(series["online-retail-sales:CN"], "the online-retail-sales:CN series");
    expect(sales.length).toBeGreaterThan(3);
    expect(
      sales.every(({ period }) => period.kind === "span" && period.start.endsWith("-01") && period.end.endsWith("-12")),
    ).toBe(true);
  });

  it("lists an unknown metric's latest as missing, not an error", async () => {
    const body = await json<FactList>(await call("/v1/facts?ids=latest:no-such-metric"));
    expect(body.missing).toEqual(["latest:no-such-metric"]);
  });
});
