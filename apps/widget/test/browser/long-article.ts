// The long read of the scan tests and the bench: about 5,400 words, one true figure per paragraph.
const SENTENCES = [
  "China's internet user base has exceeded 1.1 billion.",
  "By the end of 2024, 974 million people in China engaged in online shopping.",
  "China's online retail sales in 2024 reached 15.52 trillion yuan.",
  "By November 2024, China had established a total of 4.19 million 5G base stations.",
];
const FILLER =
  "The report covers many topics across the country and its regions, with more detail to follow in later chapters. Analysts said the pattern was broadly what they had expected when the survey began. Readers can find the full tables on the publisher's website. Officials said they would publish a revised edition of the survey next spring.";

/** A long read: `figures` paragraphs, each one true figure among sentences that state none. */
export function longArticle(figures: number): string {
  const paragraphs = Array.from({ length: figures }, (_, i) => `<p>${SENTENCES[i % SENTENCES.length]} ${FILLER}</p>`);
  return `<article><h1>A long read</h1>${paragraphs.join("\n")}</article>`;
}

/** A page of `figures` short paragraphs, one figure each: past what one answer of the API reads (500). */
export function denseArticle(figures: number): string {
  return `<article>${Array.from({ length: figures }, () => `<p>${SENTENCES[0]}</p>`).join("\n")}</article>`;
}
