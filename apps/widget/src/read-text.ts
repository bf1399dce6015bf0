/**
 * A block's text as one string, white space collapsed as a reader sees it, with each character's place in
 * the page's text nodes, so a figure the API finds in the string can be marked where it stands.
 */
export interface Reading {
  readonly text: string;
  /** For each character of `text`: the text node it was read from, or undefined for a space the reading added. */
  readonly owners: readonly (Text | undefined)[];
  /** For each character of `text`: its offset in its text node. */
  readonly offsets: readonly number[];
}

/** Reads `root`'s text, leaving out the subtrees `skip` names (a space stands for each, so words stay apart). */
export function readText(root: Element, skip: (element: Element) => boolean): Reading {
  let text = "";
  const owners: (Text | undefined)[] = [];
  const offsets: number[] = [];
  const add = (char: string, owner: Text | undefined, offset: number) => {
    if (/\s/.test(char)) {
      if (text === "" || text.endsWith(" ")) return;
      char = " ";
    }
    text += char;
    owners.push(owner);
    offsets.push(offset);
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        for (let index = 0; index < data.length; index++) add(data[index] as string, child as Text, index);
      } else if (child instanceof Element) {
        if (skip(child) || child.tagName === "BR") add(" ", undefined, 0);
        else walk(child);
      }
    }
  };
  walk(root);
  if (text.endsWith(" ")) {
    text = text.slice(0, -1);
    owners.pop();
    offsets.pop();
  }
  return { text, owners, offsets };
}

/**
 * Puts `mark` right after the character at `end - 1` of the reading. A figure that runs over a space the
 * reading added (across a skipped element) is not the page's own run of text: it is left unmarked. Marks go
 * in from a reading's last figure to its first, so each split leaves the characters before it in place.
 */
export function placeAfter(reading: Reading, start: number, end: number, mark: Node): boolean {
  if (start < 0 || end > reading.text.length || start >= end) return false;
  for (let index = start; index < end; index++) if (!reading.owners[index]) return false;
  const node = reading.owners[end - 1] as Text;
  const offset = (reading.offsets[end - 1] as number) + 1;
  // A node split since it was read no longer holds that character where the reading says: mark last figures first.
  if (offset > node.length || !node.isConnected) return false;
  // Splitting a text node changes no character of the page's text.
  if (offset < node.length) node.splitText(offset);
  node.after(mark);
  return true;
}
