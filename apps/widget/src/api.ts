import type { ClaimCheck, Fact, FigureVerdict, Verdict } from "./types.ts";

/** Past this the page keeps its own text: a slow API must not hold the reader up. */
export const REQUEST_TIMEOUT_MS = 4000;

/** The API's input limits (its /docs): requests stay within them, so no element can fail the others. */
export const MAX_CLAIM = 2000;
export const MAX_BATCH = 100;
export const MAX_TEXT = 100_000;
/** The numbers the API reads of one text (its figuresPerAnswer); the sentences past them go unchecked. */
export const MAX_FIGURES = 500;
/** Under the API's 256 KiB body limit, with room to spare. */
const MAX_BODY = 250_000;

/** One point of a metric's series: what a sparkline draws. */
export interface SeriesPoint {
  readonly period: Fact["period"];
  readonly value: number;
}

export interface FactBatch {
  /** By the id asked for: a fact id, or `latest:<metric>` for that metric's newest observation. */
  readonly facts: ReadonlyMap<string, Fact>;
  /** Facts describing the requested ones: their changes and shares, for stat cards. */
  readonly related: readonly Fact[];
  /** Each requested fact's metric over time, keyed `<metric>:<entity code>`, oldest first. */
  readonly series: ReadonlyMap<string, readonly SeriesPoint[]>;
}

const VERDICTS = ["accurate", "imprecise", "inaccurate", "unverifiable"];
const isText = (value: unknown): value is string => typeof value === "string";
const bothLangs = (value: unknown) => isText((value as Fact["label"])?.en) && isText((value as Fact["label"]).zh);

/** One of the four verdict names, and nothing else ("constructor" is no verdict). */
export const isVerdict = (value: unknown): value is Verdict => VERDICTS.includes(value as string);

// What the views read, checked at the boundary: anything short of it is left out, as if the API had failed.
const isFact = (value: unknown): value is Fact => {
  const fact = value as Fact;
  return (
    typeof fact?.value === "number" &&
    isText(fact.id) &&
    bothLangs(fact.label) &&
    isText(fact.period?.kind) &&
    bothLangs(fact.source?.publisher) &&
    bothLangs(fact.source.title) &&
    isText(fact.source.url) &&
    Array.isArray(fact.relations) &&
    Array.isArray(fact.citedBy)
  );
};

/** A figure's verdict with where it stands in its sentence. */
export const isFigure = (value: unknown): value is FigureVerdict => {
  const figure = value as FigureVerdict;
  const [start, end] = Array.isArray(figure?.span) ? figure.span : [];
  return (
    isVerdict(figure?.verdict) &&
    isText(figure.explanation) &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) < (end as number)
  );
};

const isCheck = (value: unknown): value is ClaimCheck => {
  const check = value as ClaimCheck;
  if (!isVerdict(check?.verdict) || !isText(check.explanation)) return false;
  // A malformed figure costs its own mark only.
  (check as { figures: unknown[] }).figures = Array.isArray(check.figures) ? check.figures.filter(isFigure) : [];
  return true;
};

async function getJson(url: string, init?: RequestInit): Promise<unknown> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), credentials: "omit" });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

/**
 * Splits items, in order, into groups of contiguous items within every limit, each as [index of its first
 * item, its items]: `sizes` says what an item adds to each measure `limits` bounds. An item over a limit on
 * its own is left out, and the next starts a new group.
 */
function groups<T>(items: readonly T[], limits: readonly number[], sizes: (item: T) => number[]): [number, T[]][] {
  const found: [number, T[]][] = [];
  let last: [number, T[]] | undefined;
  let used: number[] = [];
  items.forEach((item, index) => {
    const size = sizes(item);
    const fits = (base: readonly number[]) => size.every((value, at) => (base[at] ?? 0) + value <= (limits[at] ?? 0));
    if (!fits([])) last = undefined;
    else if (last && fits(used)) {
      last[1].push(item);
      used = used.map((value, at) => value + (size[at] ?? 0));
    } else {
      last = [index, [item]];
      found.push(last);
      used = size;
    }
  });
  return found;
}

/** Groups of at most MAX_BATCH items whose JSON stays under the body limit (three UTF-8 bytes a code unit). */
const batches = <T>(items: readonly T[]) =>
  groups(items, [MAX_BATCH, MAX_BODY], (item) => [1, JSON.stringify(item).length * 3]);

const isSeries = (value: unknown): value is SeriesPoint[] =>
  Array.isArray(value) && value.every((point) => typeof point?.value === "number" && point.period);

/** One cacheable GET per 100 facts on the page, with what describes them. A failed batch is left out. */
export async function fetchFacts(
  apiOrigin: string,
  ids: readonly string[],
  onError: (error: unknown) => void,
): Promise<FactBatch> {
  const facts = new Map<string, Fact>();
  const related: Fact[] = [];
  const series = new Map<string, SeriesPoint[]>();
  await Promise.all(
    batches([...new Set(ids)].sort()).map(async ([, group]) => {
      try {
        const body = (await getJson(`${apiOrigin}/v1/facts?ids=${group.join(",")}&include=related,series`)) as {
          data?: unknown;
          related?: unknown;
          latest?: Record<string, unknown>;
          series?: Record<string, unknown>;
        };
        if (!Array.isArray(body?.data)) throw new Error("malformed answer");
        for (const fact of body.data.filter(isFact)) facts.set(fact.id, fact);
        for (const [alias, id] of Object.entries(body.latest ?? {})) {
          const fact = facts.get(id as string);
          if (fact) facts.set(alias, fact);
        }
        if (Array.isArray(body.related)) related.push(...body.related.filter(isFact));
        for (const [key, points] of Object.entries(body.series ?? {})) if (isSeries(points)) series.set(key, points);
      } catch (error) {
        onError(error);
      }
    }),
  );
  return { facts, related, series };
}

/** A sentence to check, or an author's figure to check against one fact (data-fact). */
export interface ClaimRequest {
  readonly claim: string;
  readonly fact?: string | undefined;
}

/**
 * Verdicts for every claim and figure on the page: a cacheable GET for one, a POST per batch of
 * several; a failed batch leaves only its own claims without a verdict. Fact ids must be valid ids.
 * `published` (YYYY-MM-DD, the article's date) resolves "last year" and dates a figure with no period.
 */
export async function checkClaims(
  apiOrigin: string,
  claims: readonly ClaimRequest[],
  published: string | undefined,
  onError: (error: unknown) => void,
): Promise<Map<ClaimRequest, ClaimCheck>> {
  const verdicts = new Map<ClaimRequest, ClaimCheck>();
  await Promise.all(
    batches(claims).map(async ([, group]) => {
      try {
        const [only] = group;
        const get = `${apiOrigin}/v1/check?claim=${encodeURIComponent(only?.claim ?? "")}${only?.fact ? `&fact=${only.fact}` : ""}${published ? `&published=${published}` : ""}`;
        // A long claim would make too long a URL.
        const results =
          group.length === 1 && get.length < 8000
            ? [await getJson(get)]
            : ((
                (await getJson(`${apiOrigin}/v1/check`, {
                  method: "POST",
                  headers: { "Content-Type": "application/json" },
                  body: JSON.stringify({
                    claims: group.map(({ claim, fact }) => (fact ? { claim, fact } : claim)),
                    published,
                  }),
                })) as { results?: unknown }
              ).results as unknown[]);
        if (!Array.isArray(results) || results.length !== group.length) throw new Error("malformed answer");
        // One malformed verdict costs its own element only.
        group.forEach((request, index) => {
          if (isCheck(results[index])) verdicts.set(request, results[index]);
        });
      } catch (error) {
        onError(error);
      }
    }),
  );
  return verdicts;
}

/** A sentence the API checked in one of the texts sent, where it stands in that text. */
export interface FoundSentence {
  readonly text: number;
  readonly start: number;
  readonly end: number;
  readonly check: ClaimCheck;
}

const utf8Length = (text: string) => new TextEncoder().encode(JSON.stringify(text)).length;
// What the API counts against MAX_FIGURES: each run of digits, as its own text cost counts them.
const numbersIn = (text: string) => text.match(/[0-9０-９]+(?:[.,，．][0-9０-９]+)*/g)?.length ?? 0;

/**
 * The texts as articles within the API's text, body and figure limits: contiguous texts (joined by line
 * breaks), so a request reads as one article. A text too long for any request is left out.
 */
const articles = (texts: readonly string[]) =>
  groups(texts, [MAX_TEXT, MAX_BODY, MAX_FIGURES], (text) => [
    text.length + 1,
    utf8Length(text) + 2,
    // A text with more numbers than an answer reads is sent alone, read as far as the API reads.
    Math.min(numbersIn(text), MAX_FIGURES),
  ]);

/** The sentences of one article's answer, each placed in the text it lies in; one lying over two is no text's. */
function sentencesIn(body: { sentences?: unknown }, first: number, group: readonly string[]): FoundSentence[] {
  if (!Array.isArray(body?.sentences)) throw new Error("malformed answer");
  const found: FoundSentence[] = [];
  for (const sentence of body.sentences as (ClaimCheck & { start: number; end: number })[]) {
    if (!isCheck(sentence) || !Number.isInteger(sentence.start)) continue;
    // The texts are joined by line breaks: find the one the sentence starts in.
    let index = 0;
    let offset = 0;
    while (index < group.length - 1 && offset + (group[index] as string).length < sentence.start)
      offset += (group[index++] as string).length + 1;
    if (sentence.end - offset <= (group[index] as string).length)
      found.push({ text: first + index, start: sentence.start - offset, end: sentence.end - offset, check: sentence });
  }
  return found;
}

/**
 * Every sentence with a figure the API checked in `texts`, each text read as a paragraph of one article:
 * POST /v1/check { text } with the texts joined by line breaks, in as few requests as the API's text and
 * body limits allow. A text too long for any request is not sent; a failed request costs its own texts.
 */
export async function checkText(
  apiOrigin: string,
  texts: readonly string[],
  published: string | undefined,
  onError: (error: unknown) => void,
): Promise<FoundSentence[]> {
  const found = await Promise.all(
    articles(texts).map(([first, group]) =>
      getJson(`${apiOrigin}/v1/check`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: group.join("\n"), published }),
      })
        .then((body) => sentencesIn(body as { sentences?: unknown }, first, group))
        .catch((error) => {
          onError(error);
          return [];
        }),
    ),
  );
  return found.flat();
}
