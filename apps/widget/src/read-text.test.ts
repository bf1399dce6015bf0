import { describe, expect, it } from "vitest";
import { placeAfter, readText } from "./read-text.ts";

const noSkip = () => false;

function block(html: string): HTMLElement {
  document.body.innerHTML = `<p>${html}</p>`;
  return document.querySelector("p") as HTMLElement;
}

describe("readText", () => {
  it("reads a block as a reader sees it: white space collapsed and trimmed, across inline elements", () => {
    const p = block("\n  Users  topped <b>1.1\n billion</b> in <i>2024</i>.  ");
    expect(readText(p, noSkip).text).toBe("Users topped 1.1 billion in 2024.");
  });

  it("leaves out skipped elements, with a space for each so words stay apart", () => {
    const p = block('Sales<button>Buy</button>grew <span class="x">7.2%</span>');
    expect(readText(p, (element) => element.tagName === "BUTTON").text).toBe("Sales grew 7.2%");
  });
});

describe("placeAfter", () => {
  const mark = () => {
    const element = document.createElement("span");
    element.setAttribute("data-mark", "");
    return element;
  };

  it("puts the mark right after the figure's last character, without changing the text", () => {
    const p = block("Users topped 1.1 billion in 2024.");
    const before = p.textContent;
    const reading = readText(p, noSkip);
    const start = reading.text.indexOf("1.1 billion");
    expect(placeAfter(reading, start, start + "1.1 billion".length, mark())).toBe(true);
    expect(p.innerHTML).toBe('Users topped 1.1 billion<span data-mark=""></span> in 2024.');
    expect(p.textContent).toBe(before);
  });

  it("places a figure that ends in another text node after that node's character", () => {
    const p = block("topped 1.1 <b>billion</b> users");
    const reading = readText(p, noSkip);
    const start = reading.text.indexOf("1.1");
    expect(placeAfter(reading, start, start + "1.1 billion".length, mark())).toBe(true);
    expect(p.innerHTML).toBe('topped 1.1 <b>billion<span data-mark=""></span></b> users');
  });

  it("marks two figures of one text node, the last first, each after its own last character", () => {
    const p = block("Users: 1.1 billion; shoppers: 974 million.");
    const reading = readText(p, noSkip);
    const second = reading.text.indexOf("974 million");
    const first = reading.text.indexOf("1.1 billion");
    expect(placeAfter(reading, second, second + 11, mark())).toBe(true);
    expect(placeAfter(reading, first, first + 11, mark())).toBe(true);
    expect(p.innerHTML).toBe(
      'Users: 1.1 billion<span data-mark=""></span>; shoppers: 974 million<span data-mark=""></span>.',
    );
  });

  it("refuses, rather than misplaces, a figure whose text node was split after its character was read", () => {
    const p = block("Users: 1.1 billion; shoppers: 974 million.");
    const reading = readText(p, noSkip);
    const first = reading.text.indexOf("1.1 billion");
    const second = reading.text.indexOf("974 million");
    expect(placeAfter(reading, first, first + 11, mark())).toBe(true);
    expect(placeAfter(reading, second, second + 11, mark())).toBe(false);
    expect(p.querySelectorAll("[data-mark]")).toHaveLength(1);
  });

  it("leaves a figure unmarked when it runs across a skipped element", () => {
    const p = block("topped 1.1<button>x</button>billion");
    const reading = readText(p, (element) => element.tagName === "BUTTON");
    expect(reading.text).toBe("topped 1.1 billion");
    expect(placeAfter(reading, 7, 18, mark())).toBe(false);
    expect(p.innerHTML).toBe("topped 1.1<button>x</button>billion");
  });
});
