import { describe, expect, it } from "vitest";
import { claimReviewJsonLd } from "./jsonld.ts";

describe("claimReviewJsonLd", () => {
  it("escapes <, > and & so the JSON cannot close its script element, and still parses to the claim", () => {
    const claim = `1.1 billion </script><img src=x onerror="alert(1)"> & <!-- more`;
    const text = claimReviewJsonLd([{ claim, verdict: "accurate" }], "https://a.example/", "https://f.example");
    expect(text).not.toMatch(/[<>&]/);
    expect(text).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(text)[0].claimReviewed).toBe(claim);
  });
});
