import { describe, expect, it } from "vitest";
import { dataset } from "../../dataset.ts";
import type { EntityRecord, Fact } from "../../schema/fact.ts";
import { FactIndex, type TermHit } from "./fact-index.ts";

const template = dataset.facts[0] as Fact;
const fact = (id: string, terms: Fact["terms"]): Fact => ({ ...template, id, metric: id, kind: "level", terms });
const entities: EntityRecord[] = [
  { code: "CN", name: { en: "China", zh: "中国" }, terms: ["china", "中国"], scope: "country" },
  { code: "US", name: { en: "United States", zh: "美国" }, terms: ["the us"], scope: "country" },
];
const index = new FactIndex(
  [
    fact("online-shoppers", { en: [["shop"], ["online"]], zh: [["网购"]] }),
    fact("internet-users", { en: [["internet user"]], zh: [["网民"]] }),
  ],
  entities,
);
const found = (text: string) => index.findTerms(text).map((hit) => text.slice(hit.start, hit.end));
const named = (text: string) => [...index.namedInFull(index.findTerms(text))].map((at) => index.metrics[at]?.metric);

describe("finding a dataset's terms in a claim", () => {
  it("finds metric stems inside longer words, in text order", () => {
    expect(found("online shoppers and internet users in china")).toEqual(["online", "shop", "internet user", "china"]);
    expect(found("中国网民和网购")).toEqual(["中国", "网民", "网购"]);
  });

  it("finds a latin term only at a word's start, and a name only as a whole word", () => {
    expect(found("reshop")).toEqual([]);
    expect(found("the usage of the us")).toEqual(["the us"]);
    expect(found("the us-based firm")).toEqual(["the us"]);
  });

  it("stops at the limit", () => {
    expect(index.findTerms("china china china", 2)).toHaveLength(2);
  });

  it("gives each hit its meaning and place", () => {
    const [hit] = index.findTerms("1 网民");
    expect(hit).toEqual({ kind: "metric", metric: 1, lang: "zh", group: 0, start: 2, end: 4 } satisfies TermHit);
  });
});

describe("metrics a sentence names in full", () => {
  it("holds a metric only when every word group of one language is named", () => {
    expect(named("500 million people shop")).toEqual([]);
    expect(named("500 million people shop online")).toEqual(["online-shoppers"]);
    expect(named("online sales reached 5 trillion")).toEqual([]);
  });

  it("takes one language's groups alone, and never mixes them", () => {
    expect(named("网购用户达9亿")).toEqual(["online-shoppers"]);
    expect(named("online 网民 10亿")).toEqual(["internet-users"]);
  });

  it("answers each sentence afresh", () => {
    expect(named("internet users")).toEqual(["internet-users"]);
    expect(named("shop online")).toEqual(["online-shoppers"]);
    expect(named("no figure here")).toEqual([]);
  });
});
