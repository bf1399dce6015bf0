import { simplify } from "./traditional.ts";

/** Claims longer than this are cut: a sentence, not a book, and bounded time on any input. */
export const MAX_CLAIM_LENGTH = 2000;

/** A web address: its digits are paths and dates, never figures or periods. */
const SMALL_FORMS = new Map([
  ["\ufe50", ","],
  ["\ufe51", "、"],
  ["\ufe52", "."],
  ["\ufe54", ";"],
  ["\ufe55", ":"],
  ["\ufe56", "?"],
  ["\ufe57", "!"],
  ["\ufe59", "("],
  ["\ufe5a", ")"],
  ["\ufe10", ","],
  ["\ufe11", "、"],
  ["\ufe12", "。"],
  ["\ufe14", ";"],
]);

const URL = /(?:https?:\/\/|www\.)[\w\-.~:/?#@!$&*+=%]+/g;

/**
 * Folds what varies between writers but not in meaning: full-width digits and signs, odd spaces,
 * curly quotes, case, traditional characters; blanks web addresses. Keeps the string's length so
 * positions map back to the original.
 */
export function normalizeClaim(text: string): string {
  let out = "";
  for (const char of text.slice(0, MAX_CLAIM_LENGTH)) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0).toLowerCase();
    else if (char === "\u3000" || char === "\u00a0" || char === "\u2009" || char === "\u202f") out += " ";
    else if (char === "\u2019" || char === "\u2018") out += "'";
    else if (char === "\u201c" || char === "\u201d") out += '"';
    else if (char === "\u2013" || char === "\u2014") out += "-";
    // Small-form punctuation (Taiwan and Hong Kong pages print ﹔ and ﹐) is the ordinary mark.
    else if (SMALL_FORMS.has(char)) out += SMALL_FORMS.get(char);
    else if (char.length === 2) out += "\ufffd ";
    else {
      const lower = char.toLowerCase();
      // Only Han characters have a simplified form to fold to.
      out += lower.length !== 1 ? char : code < 0x3400 ? lower : simplify(lower);
    }
  }
  return out.includes("http") || out.includes("www.") ? out.replace(URL, (address) => " ".repeat(address.length)) : out;
}

const CJK = /[\u3400-\u9fff]/;

export function detectLanguage(text: string): "en" | "zh" {
  return CJK.test(text) ? "zh" : "en";
}
