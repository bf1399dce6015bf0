import { describedFactId } from "@factline/core";
import { checkArticleWith, createClaimChecker } from "@factline/core/claims";
import { dataset } from "@factline/core/dataset";
import type { Dataset } from "@factline/core/schema";
import { closestIds, searchFacts } from "@factline/core/search";
import { inPeriodOrder, type MetricSummary, summarizeMetrics } from "@factline/core/series";
import type { FactFilter, FactStore } from "./fact-store.ts";

function matches(filter: FactFilter) {
  return (fact: Dataset["facts"][number]) =>
    (filter.status === undefined || fact.status === filter.status) &&
    (filter.unit === undefined || fact.unit === filter.unit) &&
    (filter.metric === undefined || fact.metric === filter.metric) &&
    (filter.entity === undefined || fact.entity.code === filter.entity) &&
    (filter.source === undefined || fact.source.id === filter.source);
}

/** The compiled dataset, bundled into the Worker: no I/O, built once per isolate. */
export function createEmbeddedStore(data: Dataset = dataset): FactStore {
  const checker = createClaimChecker(data);
  const { index } = checker;
  const describing = new Map<string, Dataset["facts"]>();
  for (const fact of data.facts) {
    for (const relation of fact.relations) {
      const subject = describedFactId(relation);
      if (subject) describing.set(subject, [...(describing.get(subject) ?? []), fact]);
    }
  }
  const seriesOf = (metric: string, entity: string) =>
    inPeriodOrder(data.facts.filter((fact) => fact.metric === metric && fact.entity.code === entity));
  const summaries_ = new Map<string, MetricSummary[]>();
  return {
    kind: "embedded",
    version: data.version,
    size: data.facts.length,
    get: async (id) => index.factsById.get(id),
    getMany: async (ids) => {
      const found = [];
      const missing = [];
      for (const id of ids) {
        const fact = index.factsById.get(id);
        if (fact) found.push(fact);
        else missing.push(id);
      }
      return { found, missing };
    },
    list: async (filter) => data.facts.filter(matches(filter)),
    related: async (ids) => [...new Set(ids.flatMap((id) => describing.get(id) ?? []))],
    metrics: async (entity) => {
      let summaries = summaries_.get(entity);
      if (!summaries) {
        summaries = summarizeMetrics(data.metrics, data.facts, entity);
        summaries_.set(entity, summaries);
      }
      return summaries;
    },
    series: async (metric, entity) => seriesOf(metric, entity),
    seriesMany: async (keys) => keys.map(({ metric, entity }) => seriesOf(metric, entity)),
    search: async (query, limit, lang) => searchFacts(index, query, limit, lang),
    closestIds: async (id) => closestIds(index.factsById.keys(), id),
    checkClaim: async (claim, options) => checker.checkClaim(claim, options),
    checkClaims: async (claims) => claims.map(({ claim, options }) => checker.checkClaim(claim, options)),
    checkArticle: async (text, options) => checkArticleWith(checker, text, options),
  };
}
