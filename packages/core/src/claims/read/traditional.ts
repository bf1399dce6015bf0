/// <reference path="./opencc-dictionaries.d.ts" />
import TS_CHARACTERS from "opencc-js/dict/TSCharacters";

/**
 * Traditional characters folded to simplified by OpenCC's character table, one for one so positions stay
 * put (its phrase tables can change a text's length, and the characters alone are enough to match terms).
 */
const FOLD = new Map<string, string>();
for (const entry of TS_CHARACTERS.split("|")) {
  const [from, to] = entry.split(" ");
  if (from?.length === 1 && to?.length === 1) FOLD.set(from, to);
}

/** The simplified form of one character, or the character itself. */
export function simplify(char: string): string {
  return FOLD.get(char) ?? char;
}
