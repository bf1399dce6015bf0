import type { ArticleCheck, ArticleOptions, CheckOptions } from "@factline/core/claims";
import type { ClaimCheck, Fact, Status, Unit } from "@factline/core/schema";
import type { SearchHit } from "@factline/core/search";
import type { MetricSummary } from "@factline/core/series";

export interface FactFilter {
  readonly status?: Status | undefined;
  readonly unit?: Unit | undefined;
  readonly metric?: string | undefined;
  readonly entity?: string | undefined;
  readonly source?: string | undefined;
}

export interface SeriesKey {
  readonly metric: string;
  readonly entity: string;
}

export interface ClaimToCheck {
  readonly claim: string;
  readonly options?: CheckOptions;
}

/**
 * Where the API reads facts from. The embedded store (the dataset compiled into the Worker) is the
 * default; a larger dataset can live behind the same interface in a storage binding.
 */
export interface FactStore {
  /** Where the facts are read from, as /healthz reports it. */
  readonly kind: "embedded" | "d1";
  /** Content hash of the dataset: the ETag and the cache-key salt. */
  readonly version: string;
  /** How many facts the version holds. */
  readonly size: number;
  get(id: string): Promise<Fact | undefined>;
  getMany(ids: readonly string[]): Promise<{ found: Fact[]; missing: string[] }>;
  list(filter: FactFilter): Promise<Fact[]>;
  /** Facts that describe the given ones: their changes (change-from) and shares (share-of part). */
  related(ids: readonly string[]): Promise<Fact[]>;
  /** Every metric, each with the newest current observation of `entity`. */
  metrics(entity: string): Promise<MetricSummary[]>;
  /** Facts of one metric for one entity, oldest period first (dataset order within a period). */
  series(metric: string, entity: string): Promise<Fact[]>;
  /** The series of several (metric, entity) pairs at once, in the order asked: one read, however many. */
  seriesMany(keys: readonly SeriesKey[]): Promise<Fact[][]>;
  /** Ranked facts for a query; with `lang`, only that language's terms and labels are read. */
  search(query: string, limit: number, lang?: "en" | "zh"): Promise<SearchHit[]>;
  closestIds(id: string): Promise<string[]>;
  checkClaim(claim: string, options?: CheckOptions): Promise<ClaimCheck>;
  /** Several claims at once, each exactly as checkClaim would answer it: one read for the whole batch. */
  checkClaims(claims: readonly ClaimToCheck[]): Promise<ClaimCheck[]>;
  checkArticle(text: string, options?: ArticleOptions): Promise<ArticleCheck>;
}
