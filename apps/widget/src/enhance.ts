import { h } from "preact";
import {
  type ClaimRequest,
  checkClaims,
  checkText,
  type FactBatch,
  type FoundSentence,
  fetchFacts,
  MAX_CLAIM,
} from "./api.ts";
import { ClaimBadge } from "./components/ClaimBadge.tsx";
import { FactBadge } from "./components/FactBadge.tsx";
import { StatCard } from "./components/StatCard.tsx";
import { langOf } from "./i18n.ts";
import { claimReviewJsonLd } from "./jsonld.ts";
import { mountAfterContent, mountInside, newHost } from "./mount.ts";
import { pageDate } from "./page-date.ts";
import { placeAfter, type Reading, readText } from "./read-text.ts";
import { type Block, scanRegion, skipped, unreadBlocks } from "./scan.ts";
import type { ClaimCheck, Fact, FigureVerdict } from "./types.ts";

export interface WidgetConfig {
  readonly apiOrigin: string;
  readonly theme: string | undefined;
  readonly jsonLd: boolean;
  /** data-scan's value: a CSS selector, or "" for the page's <article> or <main>; undefined, no scan. */
  readonly scan?: string | undefined;
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

/** Runs one element's step on its own: a failure warns once and stops nothing else. */
function alone(step: () => void, onError?: () => void): void {
  try {
    step();
  } catch (error) {
    warnOnce(error);
    onError?.();
  }
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

/** A figure the API judged in a scanned block, where it stands in the block's text (`text` is its index). */
interface FoundFigure {
  readonly text: number;
  readonly start: number;
  readonly end: number;
  readonly figure: FigureVerdict;
}

/** What the API answered; whatever failed, or was never sent, is absent. */
type Answers = readonly [
  batch: FactBatch,
  checkOf: ReadonlyMap<ClaimRequest, ClaimCheck>,
  /** The figures judged in the scanned blocks; `text` is the block's index. */
  scanned: readonly FoundFigure[],
];

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
 * A data-fact figure the article judged against the element's own fact is answered: the same checker
 * compared them, in the figure's sentence. Any other (another fact, not judged, not read) is asked alone.
 */
function answerPinned(facts: readonly Asking[], blocks: readonly Block[], scanned: readonly FoundFigure[]) {
  const answered = new Map<ClaimRequest, ClaimCheck>();
  for (const [element, request] of facts) {
    const inside = scanned.filter(({ text, start, end }) => {
      const { owners } = (blocks[text] as Block).reading;
      return element.contains(owners[start] ?? null) && element.contains(owners[end - 1] ?? null);
    });
    const figures = inside.map(({ figure }) => figure);
    if (figures.length > 0 && figures.every((figure) => figure.factId === request.fact && markable(figure)))
      answered.set(request, {
        ...(figures.find((figure) => figure.verdict !== "accurate") ?? figures[0]),
        figures: [],
      } as unknown as ClaimCheck);
  }
  return answered;
}

/**
 * Step two, with a scan: the scanned blocks and the page's data-claim sentences go as one article (api.ts),
 * each sentence a paragraph of its own, so it is read alone as a claim is. Then, at once: one GET per hundred
 * facts, for the elements and every judged figure; and a batch of whatever the article did not answer.
 * Without a scan, the checks and the facts at once. What the API would refuse (an over-long claim, a
 * malformed id) is never sent, so it fails only its own element.
 */
async function fetchAnswers(
  apiOrigin: string,
  [, facts, cards, claims]: Pending,
  blocks: readonly Block[],
): Promise<Answers> {
  const ids = [
    ...facts.map(([, request]) => request.fact).filter((id) => FACT_ID.test(id ?? "")),
    ...cards.map((element) => element.getAttribute("data-fact-card")).filter((id) => CARD_ID.test(id ?? "")),
  ] as string[];
  const toCheck = [...new Set([...facts, ...claims].map(([, request]) => request))].filter(
    (request) => request.claim && request.claim.length <= MAX_CLAIM && (!request.fact || FACT_ID.test(request.fact)),
  );
  const published = pageDate(document);
  const sentences = toCheck.filter((request) => !request.fact);
  const found: FoundSentence[] = blocks.length
    ? await checkText(
        apiOrigin,
        [...sentences.map((request) => request.claim), ...blocks.map((block) => block.reading.text)],
        published,
        warnOnce,
      )
    : [];
  const scanned: FoundFigure[] = [];
  const checkOf = new Map<ClaimRequest, ClaimCheck>();
  for (const { text, start, end, check } of found) {
    const asked = sentences[text];
    // A data-claim is answered by its paragraph when the article read it as one sentence.
    if (asked && start === 0 && end === asked.claim.length) checkOf.set(asked, check);
    else if (!asked)
      for (const figure of check.figures)
        scanned.push({
          text: text - sentences.length,
          start: start + figure.span[0],
          end: start + figure.span[1],
          figure,
        });
  }
  if (blocks.length) for (const [request, check] of answerPinned(facts, blocks, scanned)) checkOf.set(request, check);
  // The facts of judged figures, for the marks' source cards; a claim asked alone then has none for its marks.
  const judged = found.flatMap(({ check }) => check.figures.filter(markable).map((figure) => figure.factId as string));
  const [batch, rest] = await Promise.all([
    fetchFacts(apiOrigin, [...ids, ...judged], warnOnce),
    checkClaims(
      apiOrigin,
      toCheck.filter((request) => !checkOf.has(request)),
      published,
      warnOnce,
    ),
  ]);
  for (const [request, check] of rest) checkOf.set(request, check);
  return [batch, checkOf, scanned];
}

/** A figure worth a mark: judged (not unverifiable) against a fact. */
const markable = (figure: FigureVerdict) => figure.verdict !== "unverifiable" && FACT_ID.test(figure.factId ?? "");

// Figures print digits the same wherever the API's reading normalised width or script: 11.08億 is 11.08亿.
const digitsOf = (text: string) => text.normalize("NFKC").replace(/\D/g, "");

/**
 * Marks one judged figure right after its last character in `reading`, opening its fact's source card.
 * Only where the page's text there is the figure the API read; never inside a link, a button, or an element
 * with its own badge (data-fact), nor twice. Returns whether it marked.
 */
function markFigure(
  reading: Reading,
  start: number,
  end: number,
  figure: FigureVerdict,
  [batch]: Answers,
  lang: ReturnType<typeof langOf>,
  theme: string | undefined,
  inside: string,
): void {
  const fact = batch.facts.get(figure.factId ?? "");
  const claimed = digitsOf(figure.claimed?.text?.replace(/…$/, "") ?? "x");
  const owner = reading.owners[end - 1]?.parentElement;
  if (!markable(figure) || !digitsOf(reading.text.slice(start, end)).startsWith(claimed)) return;
  if (!owner || owner.closest(`a,button,label,[data-factline-ui],${inside}`)) return;
  const host = newHost(document, h(ClaimBadge, { check: figure, fact, lang }), theme);
  host.setAttribute("data-factline-mark", "");
  host.setAttribute("data-figure-verdict", figure.verdict);
  placeAfter(reading, start, end, host);
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

function applyClaim([element, request]: Asking, answers: Answers, theme: string | undefined): void {
  const check = answers[1].get(request);
  if (!check) {
    element.setAttribute("data-fact-state", "error");
    return;
  }
  mountAfterContent(element, h(ClaimBadge, { check, lang: langOf(element) }), theme);
  element.setAttribute("data-claim-verdict", check.verdict);
  // Which figure of the sentence was judged: the spans are in the claim as sent, the element's text.
  const reading = readText(element, skipped);
  if (reading.text !== request.claim) return;
  for (const figure of [...check.figures].sort((a, b) => b.span[0] - a.span[0])) {
    alone(() =>
      markFigure(reading, figure.span[0], figure.span[1], figure, answers, langOf(element), theme, "[data-fact]"),
    );
  }
}

/**
 * Step three: each element shows its answer, or is marked `data-fact-state="error"` with its text as
 * written. With data-jsonld, the page gets a ClaimReview of every claim checked.
 */
function apply(
  [, facts, cards, claims]: Pending,
  blocks: readonly Block[],
  answers: Answers,
  config: WidgetConfig,
): void {
  // Each element on its own: one that cannot be drawn is marked error, and the rest still are.
  const failed = (element: Element) => () => element.setAttribute("data-fact-state", "error");
  for (const fact of facts) alone(() => applyFact(fact, answers, config.theme), failed(fact[0]));
  for (const card of cards) alone(() => applyCard(card, answers, config.theme), failed(card));
  for (const claim of claims) alone(() => applyClaim(claim, answers, config.theme), failed(claim[0]));
  // From each block's last figure to its first: a mark's split leaves the text before it where it was read.
  const scanned = [...answers[2]].sort((a, b) => a.text - b.text || b.start - a.start);
  for (const { text, start, end, figure } of scanned) {
    const block = blocks[text] as Block;
    // data-fact and data-claim elements have their own checks and marks.
    alone(() =>
      markFigure(
        block.reading,
        start,
        end,
        figure,
        answers,
        langOf(block.element),
        config.theme,
        "[data-fact],[data-claim]",
      ),
    );
  }
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
 * Enhances every marked element under `root` not yet enhanced, and with a scan the region's new blocks, in
 * at most two requests per hundred distinct questions (fetchAnswers); elements asking the same share an
 * answer. A failure marks only the elements it concerns; their text stays.
 */
export async function enhance(root: ParentNode, config: WidgetConfig): Promise<void> {
  const found = collect(root);
  const [all] = found;
  const region = root === document && config.scan !== undefined ? scanRegion(document, config.scan) : null;
  const blocks = region ? unreadBlocks(region) : [];
  if (all.length === 0 && blocks.length === 0) return;
  for (const element of all) inFlight.add(element);
  try {
    apply(found, blocks, await fetchAnswers(config.apiOrigin, found, blocks), config);
  } finally {
    for (const element of all) inFlight.delete(element);
  }
}
