import { env } from "cloudflare:workers";
import { dataset } from "@factline/core/dataset";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import realTextEn from "../../../../packages/core/corpus/real-text.en.yaml?raw";
import realTextZh from "../../../../packages/core/corpus/real-text.zh.yaml?raw";
import { CLAIM_CORPUS } from "../../../../packages/core/src/claims/corpus.fixture.ts";
import { LIMITS } from "../../src/limits.ts";
import { createD1Store } from "../../src/store/d1-store.ts";
import { createEmbeddedStore } from "../../src/store/embedded-store.ts";
import { present } from "../helpers.ts";

const realText = [realTextEn, realTextZh].flatMap((raw) => (parse(raw) as { text: string }[]).map(({ text }) => text));
const QUERIES = [
  "internet users",
  "网民",
  "网民规模",
  "5G基站",
  "online retail sales 2024",
  "internet users 1997",
  "users-2024",
  "users users 2023 12",
  "e-commerce",
  "zzqx flibber",
  "60-plus internet",
  // More distinct words than one 60-bit mask column holds.
  Array.from({ length: 66 }, (_, n) => `${"abcdefghijklmnopqrstuvwxyz"[n % 26]}${Math.floor(n / 26)}`).join(" "),
  "网民 网民 用户 cn cn-internet-users-2024-12 internet-users-2024 s-2024",
  ...CLAIM_CORPUS.map(([, claim]) => claim),
  ...realText,
].map((query) => query.slice(0, LIMITS.queryLength));

const embedded = createEmbeddedStore();
const d1 = createD1Store(present(env.FACTS_DB, "FACTS_DB"), {
  version: dataset.version,
  facts: dataset.facts.length,
  search: 1,
});
const ranked = (hits: { fact: { id: string }; score: number }[]) => hits.map((hit) => `${hit.fact.id} ${hit.score}`);

describe("search from the D1 search tables", () => {
  it.each([
    [undefined, LIMITS.searchResults],
    ["en", LIMITS.searchResults],
    ["zh", LIMITS.searchResults],
    // A small limit lets the query skip the most groups: the skipping must not change the answer.
    [undefined, 3],
  ] as const)(
    "ranks every corpus query exactly as the embedded store (lang %s, limit %i)",
    { timeout: 120_000 },
    async (lang, limit) => {
      const differ: string[] = [];
      for (const query of QUERIES) {
        const want = ranked(await embedded.search(query, limit, lang));
        const got = ranked(await d1.search(query, limit, lang));
        if (JSON.stringify(want) !== JSON.stringify(got)) differ.push(query);
      }
      expect(differ).toEqual([]);
      expect(QUERIES.length).toBeGreaterThan(800);
    },
  );
});
