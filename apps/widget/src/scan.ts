import { type Reading, readText } from "./read-text.ts";

/** The text blocks a scan reads: paragraphs, list items, headings, table cells, blockquotes, captions. */
const BLOCK = "p,li,h1,h2,h3,h4,h5,h6,td,th,blockquote,figcaption";

/** Never read: code, navigation and asides, what the publisher excludes, form fields, stat cards and our own UI. */
export const SKIP =
  "script,style,template,noscript,nav,aside,[data-scan-skip],[hidden],input,textarea,select,option,button,[data-fact-card],[data-factline-ui]";

/** Whether a scan never reads `element`: a string the minifier would copy into each caller otherwise. */
export const skipped = (element: Element): boolean => element.matches(SKIP);

export interface Block {
  readonly element: Element;
  readonly reading: Reading;
}

const read = new WeakSet<Element>();

// The API checks only sentences with one of these (core's HAS_DIGIT, more loosely): the rest need not be sent.
const MAY_STATE_A_FIGURE =
  /[0-9０-９一二三四五六七八九十半]|half|quarter|third|fifth|\b(?:in|out of) (?:ten|five|four|three)\b/i;

/**
 * The region `data-scan` names (a CSS selector), else the page's <article>, else its <main>; none, no scan.
 * A selector the page cannot parse is no region either.
 */
export function scanRegion(doc: Document, selector: string): Element | null {
  try {
    return selector ? doc.querySelector(selector) : (doc.querySelector("article") ?? doc.querySelector("main"));
  } catch {
    return null;
  }
}

/**
 * The region's blocks not read before, each with its own text (a block inside a block is read on its own).
 * Content added later is read once it appears; a block already read is never sent again.
 */
export function unreadBlocks(region: Element): Block[] {
  const blocks: Block[] = [];
  for (const element of region.querySelectorAll(BLOCK)) {
    if (read.has(element) || element.closest(SKIP)) continue;
    read.add(element);
    const reading = readText(element, (inner) => inner.matches(BLOCK) || skipped(inner));
    if (MAY_STATE_A_FIGURE.test(reading.text)) blocks.push({ element, reading });
  }
  return blocks;
}
