/** A word or phrase with every regular-expression character escaped; spaces stay literal. */
export function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  end: boolean;
}

function depth(node: TrieNode): number {
  let deepest = 0;
  for (const child of node.children.values()) deepest = Math.max(deepest, 1 + depth(child));
  return deepest;
}

function emit(node: TrieNode): string {
  // A longer continuation is tried before the word ends here: "topped" before "top", "万亿" before "万".
  const branches = [...node.children]
    .sort(([, a], [, b]) => depth(b) - depth(a))
    .map(([char, child]) => ({ text: escapeWord(char) + emit(child), atom: child.children.size === 0 }));
  if (branches.length === 0) return "";
  const [only] = branches;
  if (branches.length === 1 && only) return node.end ? (only.atom ? `${only.text}?` : `(?:${only.text})?`) : only.text;
  return `(?:${branches.map((branch) => branch.text).join("|")})${node.end ? "?" : ""}`;
}

/**
 * One non-capturing alternation of `words`, each escaped, a longer word always tried before a word it
 * begins with. Built as a trie ("top(?:ped|s)?"): the engine then tests a shared start once, not per word.
 */
export function anyOf(...lists: readonly (readonly string[])[]): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const list of lists)
    for (const word of list) {
      let node = root;
      for (const char of word) {
        let child = node.children.get(char);
        if (!child) {
          child = { children: new Map(), end: false };
          node.children.set(char, child);
        }
        node = child;
      }
      node.end = true;
    }
  if (root.end) throw new Error("anyOf: an empty word matches everywhere");
  return `(?:${emit(root)})`;
}

/** Every combination of a first and a second part: phrases("yet to", ["reach", "hit"]) → "yet to reach", … */
export function phrases(firsts: readonly string[], seconds: readonly string[], joint = " "): string[] {
  return firsts.flatMap((first) => seconds.map((second) => `${first}${joint}${second}`));
}

/** The meaning of each word of a table of words by meaning: the inverse of { about: ["about", "约"] }. */
export function meaningOf<Meaning extends string>(
  table: Readonly<Partial<Record<Meaning, readonly string[]>>>,
): ReadonlyMap<string, Meaning> {
  const map = new Map<string, Meaning>();
  for (const [meaning, words] of Object.entries(table) as [Meaning, readonly string[]][])
    for (const word of words) {
      // A word with two meanings would read as whichever came last: a lexicon error, caught at load.
      if (map.has(word) && map.get(word) !== meaning) throw new Error(`lexicon: "${word}" means two things`);
      map.set(word, meaning);
    }
  return map;
}

/** A character class of single-character words: charClass(["底", "末"]) → "[底末]". */
export function charClass(...lists: readonly (readonly string[])[]): string {
  const chars = lists.flat();
  if (chars.some((char) => char.length !== 1)) throw new Error(`charClass: not single characters: ${chars.join(" ")}`);
  return `[${chars.map((char) => char.replace(/[\]\\^-]/g, "\\$&")).join("")}]`;
}
