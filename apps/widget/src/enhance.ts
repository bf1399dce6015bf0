import { type ClaimRequest, checkClaims, type FactBatch, fetchFacts, MAX_CLAIM } from "./api.ts";
import { ClaimBadge } from "./components/ClaimBadge.tsx";
import { FactBadge } from "./components/FactBadge.tsx";
import { StatCard } from "./components/StatCard.tsx";
import { h } from "./dom.ts";
import { langOf } from "./i18n.ts";
import { claimReviewJsonLd } from "./jsonld.ts";
import { mountAfterContent, mountInside } from "./mount.ts";
import { pageDate } from "./page-date.ts";
import type { ClaimCheck, Fact } from "./types.ts";

export interface WidgetConfig {
  readonly apiOrigin: string;
  readonly theme: string | undefined;
  readonly jsonLd: boolean;
}

const FACT_ID = /^(?=.{1,80}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A card may name a fact, or `latest:<metric>` for the metric's newest observation. */
const CARD_ID = /^(?:latest:)?(?=.{1,80}$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

const inFlight = new WeakSet<Element>();
let warned = false;

function warnOnce(error: unknown): void {
  if (warned) return;
  warned = true;
  console.warn("factline:", error instanceof Error ? error.message : error);
}

function pending(root: ParentNode, selector: string, done: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) found.unshift(root);
  return found.filter(
    (element) => !element.hasAttribute(done) && !element.hasAttribute("data-fact-state") && !inFlight.has(element),
  );
}

function changeOf(fact: Fact, related: readonly Fact[]): Fact | undefined {
  return related.find((candidate) =>
    candidate.relations.some((relation) => relation.type === "change-from" && relation.of === fact.id),
  );
}

/** A figure the dataset has a later observation of names it, for the publisher's own styles and scripts. */
function markNewer(element: Element, fact: Fact): void {
  if (fact.newer) element.setAttribute("data-fact-newer", fact.newer.id);
}

// The steps hand each other tuples, not objects: property names survive minification, and widget.js
// has a byte budget (.size-limit.json).

/** An element and the check it asks for: its figure against its fact (data-fact), or its sentence (data-claim). */
type Asking = readonly [element: Element, request: ClaimRequest];

/** What one scan enhances: every element, then each kind's (cards ask for their data-fact-card id). */
type Pending = readonly [
  all: readonly Element[],
  facts: readonly Asking[],
  cards: readonly Element[],
  claims: readonly Asking[],
];

/** What the API answered; whatever failed, or was never sent, is absent. */
type Answers = readonly [batch: FactBatch, checkOf: ReadonlyMap<ClaimRequest, ClaimCheck>];

/** Step one: the marked elements under `root` neither enhanced nor in flight, and what each asks for. */
function collect(root: ParentNode): Pending {
  const facts = pending(root, "[data-fact]", "data-fact-state");
  const cards = pending(root, "[data-fact-card]", "data-fact-state");
  const claims = pending(root, "[data-claim]", "data-claim-verdict");
  const textOf = (element: Element) => (element.textContent ?? "").replace(/\s+/g, " ").trim();
  // Elements asking the same thing share one request: a figure repeated down a page is checked once.
  const asked = new Map<string, ClaimRequest>();
  const ask = (request: ClaimRequest): ClaimRequest => {
    const key = JSON.stringify(request);
    if (!asked.has(key)) asked.set(key, request);
    return asked.get(key) as ClaimRequest;
  };
  return [
    [...facts, ...cards, ...claims],
    // The author's figure in data-fact is checked against its fact by the same checker as any claim.
    facts.map((element) => [
      element,
      ask({ claim: textOf(element), fact: element.getAttribute("data-fact") ?? undefined }),
    ]),
    cards,
    claims.map((element) => [element, ask({ claim: textOf(element) })]),
  ];
}

/**
 * Step two: one GET per hundred facts and cards, and the checks in batches (api.ts), at once. What the API
 * would refuse (an over-long claim, a malformed id) is never sent, so it fails only its own element.
 */
function fetchAnswers(apiOrigin: string, [, facts, cards, claims]: Pending): Promise<Answers> {
  const ids = [
    ...facts.map(([, request]) => request.fact).filter((id) => FACT_ID.test(id ?? "")),
    ...cards.map((element) => element.getAttribute("data-fact-card")).filter((id) => CARD_ID.test(id ?? "")),
  ] as string[];
  const toCheck = [...new Set([...facts, ...claims].map(([, request]) => request))].filter(
    (request) => request.claim && request.claim.length <= MAX_CLAIM && (!request.fact || FACT_ID.test(request.fact)),
  );
  return Promise.all([
    fetchFacts(apiOrigin, ids, warnOnce),
    checkClaims(apiOrigin, toCheck, pageDate(document), warnOnce),
  ]);
}

function applyFact([element, request]: Asking, [batch, checkOf]: Answers, theme: string | undefined): void {
  const fact = batch.facts.get(element.getAttribute("data-fact") ?? "");
  const check = checkOf.get(request);
  // No figure in the element ("internet users") is nothing to contradict; any verdict short of accurate is flagged.
  const state =
    request.claim === "" || check?.verdict === "accurate" || check?.reason === "no-figure"
      ? "verified"
      : check
        ? "mismatch"
        : undefined;
  if (!fact || !state) {
    if (!fact) warnOnce(`no fact "${element.getAttribute("data-fact")}"`);
    element.setAttribute("data-fact-state", "error");
    return;
  }
  markNewer(element, fact);
  mountAfterContent(element, h(FactBadge, { fact, state, written: request.claim, lang: langOf(element) }), theme);
  element.setAttribute("data-fact-state", state);
}

function applyCard(element: Element, [batch]: Answers, theme: string | undefined): void {
  const fact = batch.facts.get(element.getAttribute("data-fact-card") ?? "");
  if (!fact) {
    element.setAttribute("data-fact-state", "error");
    return;
  }
  markNewer(element, fact);
  mountInside(
    element,
    h(StatCard, {
      fact,
      change: changeOf(fact, batch.related),
      series: batch.series.get(`${fact.metric}:${fact.entity.code}`),
      lang: langOf(element),
    }),
    theme,
  );
  element.setAttribute("data-fact-state", "verified");
}

function applyClaim([element, request]: Asking, [, checkOf]: Answers, theme: string | undefined): void {
  const check = checkOf.get(request);
  if (!check) {
    element.setAttribute("data-fact-state", "error");
    return;
  }
  mountAfterContent(element, h(ClaimBadge, { check, lang: langOf(element) }), theme);
  element.setAttribute("data-claim-verdict", check.verdict);
}

/**
 * Step three: each element shows its answer, or is marked `data-fact-state="error"` with its text as
 * written. With data-jsonld, the page gets a ClaimReview of every claim checked.
 */
function apply([, facts, cards, claims]: Pending, answers: Answers, config: WidgetConfig): void {
  // Each element on its own: one that cannot be drawn is marked error, and the rest still are.
  const each = <T>(items: readonly T[], elementOf: (item: T) => Element, draw: (item: T) => void) => {
    for (const item of items) {
      try {
        draw(item);
      } catch (error) {
        warnOnce(error);
        elementOf(item).setAttribute("data-fact-state", "error");
      }
    }
  };
  each(
    facts,
    ([element]) => element,
    (fact) => applyFact(fact, answers, config.theme),
  );
  each(
    cards,
    (card) => card,
    (card) => applyCard(card, answers, config.theme),
  );
  each(
    claims,
    ([element]) => element,
    (claim) => applyClaim(claim, answers, config.theme),
  );
  const [, checkOf] = answers;
  // The page's own words are what was reviewed, never the API's echo of them.
  const reviewed = claims.flatMap(([, request]) => {
    const check = checkOf.get(request);
    return check ? [{ claim: request.claim, verdict: check.verdict }] : [];
  });
  if (config.jsonLd && reviewed.length > 0) {
    const script = document.createElement("script");
    script.type = "application/ld+json";
    script.textContent = claimReviewJsonLd(reviewed, location.href, config.apiOrigin);
    document.head.append(script);
  }
}

/**
 * Enhances every marked element under `root` not yet enhanced, in at most two requests per hundred
 * distinct questions: one GET for facts and cards, one for claims; elements asking the same share an answer. What the API would refuse (an over-long claim, a
 * malformed id) is never sent, and a failure marks only the elements it concerns; their text stays.
 */
export async function enhance(root: ParentNode, config: WidgetConfig): Promise<void> {
  const found = collect(root);
  const [all] = found;
  if (all.length === 0) return;
  for (const element of all) inFlight.add(element);
  try {
    apply(found, await fetchAnswers(config.apiOrigin, found), config);
  } finally {
    for (const element of all) inFlight.delete(element);
  }
}
