const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/;

/**
 * The article's publication date (YYYY-MM-DD) as the page states it: article:published_time, else the
 * article's first <time datetime>, else JSON-LD datePublished. No date, no guess: undefined.
 */
export function pageDate(doc: Document): string | undefined {
  return (
    [
      doc.querySelector('meta[property="article:published_time"]')?.getAttribute("content"),
      doc.querySelector("article time[datetime]")?.getAttribute("datetime"),
      ...[...doc.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? "")?.[1],
      ),
    ]
      // The date as the publisher wrote it, in their time zone: the first ten characters of an ISO timestamp.
      .map((stated) => DATE.exec(stated?.trim() ?? "")?.[0])
      .find(Boolean)
  );
}
