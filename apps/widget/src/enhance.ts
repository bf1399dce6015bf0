import { h } from "preact";
import { type ClaimRequest, checkClaims, fetchFacts, MAX_CLAIM } from "./api.ts";
import { ClaimBadge } from "./components/ClaimBadge.tsx";
import { FactBadge } from "./components/FactBadge.tsx";
import { StatCard } from "./components/StatCard.tsx";
import { langOf } from "./i18n.ts";
import { claimReviewJsonLd } from "./jsonld.ts";
import { mountAfterContent, mountInside } from "./mount.ts";
import { pageDate } from "./page-date.ts";
import type { Fact } from "./types.ts";

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

/**
 * Enhances every marked element under `root` not yet enhanced, in at most two requests per hundred
 * elements: one GET for facts and cards, one for claims. What the API would refuse (an over-long claim, a
 * malformed id) is never sent, and a failure marks only the elements it concerns; their text stays.
 */
export async function enhance(root: ParentNode, config: WidgetConfig): Promise<void> {
  const factElements = pending(root, "[data-fact]", "data-fact-state");
  const cardElements = pending(root, "[data-fact-card]", "data-fact-state");
  const claimElements = pending(root, "[data-claim]", "data-claim-verdict");
  const all = [...factElements, ...cardElements, ...claimElements];
  if (all.length === 0) return;
  for (const element of all) inFlight.add(element);

  const ids = [
    ...factElements.map((e) => e.getAttribute("data-fact")).filter((id) => FACT_ID.test(id ?? "")),
    ...cardElements.map((e) => e.getAttribute("data-fact-card")).filter((id) => CARD_ID.test(id ?? "")),
  ] as string[];
  const textOf = (element: Element) => (element.textContent ?? "").replace(/\s+/g, " ").trim();
  // The author's figure in data-fact is checked against its fact by the same checker as any claim.
  const factRequests: ClaimRequest[] = factElements.map((element) => ({
    claim: textOf(element),
    fact: element.getAttribute("data-fact") ?? undefined,
  }));
  const claimRequests: ClaimRequest[] = claimElements.map((element) => ({ claim: textOf(element) }));
  const toCheck = [...factRequests, ...claimRequests].filter(
    (request) => request.claim && request.claim.length <= MAX_CLAIM && (!request.fact || FACT_ID.test(request.fact)),
  );
  const [batch, checkOf] = await Promise.all([
    fetchFacts(config.apiOrigin, ids, warnOnce),
    checkClaims(config.apiOrigin, toCheck, pageDate(document), warnOnce),
  ]);

  factElements.forEach((element, index) => {
    const fact = batch.facts.get(element.getAttribute("data-fact") ?? "");
    const request = factRequests[index];
    const check = request ? checkOf.get(request) : undefined;
    // No figure in the element ("internet users") is nothing to contradict; any verdict short of accurate is flagged.
    const state =
      request?.claim === "" || check?.verdict === "accurate" || check?.reason === "no-figure"
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
    mountAfterContent(
      element,
      h(FactBadge, { fact, state, written: request?.claim ?? "", lang: langOf(element) }),
      config.theme,
    );
    element.setAttribute("data-fact-state", state);
  });
  for (const element of cardElements) {
    const fact = batch.facts.get(element.getAttribute("data-fact-card") ?? "");
    if (fact) {
      markNewer(element, fact);
      mountInside(
        element,
        h(StatCard, {
          fact,
          change: changeOf(fact, batch.related),
          series: batch.series.get(`${fact.metric}:${fact.entity.code}`),
          lang: langOf(element),
        }),
        config.theme,
      );
      element.setAttribute("data-fact-state", "verified");
    } else element.setAttribute("data-fact-state", "error");
  }

  claimElements.forEach((element, index) => {
    const request = claimRequests[index];
    const check = request ? checkOf.get(request) : undefined;
    if (!check) {
      element.setAttribute("data-fact-state", "error");
      return;
    }
    mountAfterContent(element, h(ClaimBadge, { check, lang: langOf(element) }), config.theme);
    element.setAttribute("data-claim-verdict", check.verdict);
  });
  const claimChecks = claimRequests.map((request) => checkOf.get(request)).filter((check) => check !== undefined);
  if (config.jsonLd && claimChecks.length > 0) {
    const script = document.createElement("script");
    script.type = "application/ld+json";
    script.textContent = claimReviewJsonLd(claimChecks, location.href, config.apiOrigin);
    document.head.append(script);
  }
  for (const element of all) inFlight.delete(element);
}
