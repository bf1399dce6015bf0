import { afterEach, describe, expect, it } from "vitest";
import { pageDate } from "./page-date.ts";

const page = (head: string, body = "") => {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return pageDate(document);
};

afterEach(() => {
  document.head.innerHTML = "";
  document.body.innerHTML = "";
});

describe("pageDate", () => {
  it("reads article:published_time first, as the publisher's own calendar date", () => {
    expect(
      page(
        '<meta property="article:published_time" content="2025-01-17T23:30:00+08:00">',
        '<article><time datetime="2024-06-01">June</time></article>',
      ),
    ).toBe("2025-01-17");
  });

  it("falls back to the article's first <time datetime>, not one outside the article", () => {
    expect(
      page(
        "",
        '<time datetime="2020-01-01">nav</time><article><p><time datetime="2024-06-01T10:00">June 1</time></p><time datetime="2024-07-01">x</time></article>',
      ),
    ).toBe("2024-06-01");
  });

  it("falls back to JSON-LD datePublished", () => {
    expect(
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x","datePublished": "2025-02-03T08:00:00Z"}</script>',
      ),
    ).toBe("2025-02-03");
  });

  it("skips a malformed date for the next source", () => {
    expect(
      page(
        '<meta property="article:published_time" content="yesterday">',
        '<article><time datetime="2024-06-01"></time></article>',
      ),
    ).toBe("2024-06-01");
  });

  it("guesses nothing when the page states no date", () => {
    expect(page('<meta name="date" content="2025-01-01">', "<article><time>June 1</time></article>")).toBeUndefined();
  });
});
