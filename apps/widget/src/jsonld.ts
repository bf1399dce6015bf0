import type { Verdict } from "./types.ts";

const RATING = { accurate: 5, imprecise: 3, inaccurate: 1, unverifiable: 0 } as const;

/** A claim as the page states it, and its verdict. */
export interface Reviewed {
  readonly claim: string;
  readonly verdict: Verdict;
}

/**
 * schema.org ClaimReview for each checked claim, so search engines see the verdicts, as the text of a
 * script element: <, > and & escaped, so no claim can close the element.
 */
export function claimReviewJsonLd(checks: readonly Reviewed[], pageUrl: string, apiOrigin: string): string {
  const reviews = checks
    .filter((check) => check.verdict !== "unverifiable")
    .map((check) => ({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: pageUrl,
      claimReviewed: check.claim,
      author: { "@type": "Organization", name: "factline", url: apiOrigin },
      reviewRating: {
        "@type": "Rating",
        ratingValue: RATING[check.verdict],
        bestRating: 5,
        worstRating: 1,
        alternateName: check.verdict,
      },
    }));
  return JSON.stringify(reviews).replace(/[<>&]/g, (char) => `\\u00${char.charCodeAt(0).toString(16)}`);
}
