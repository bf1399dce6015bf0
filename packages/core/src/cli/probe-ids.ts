import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { checkArticleWith } from "../claims/article.ts";
import { createClaimChecker } from "../claims/check.ts";
import { dataset } from "../dataset.ts";

const checker = createClaimChecker(dataset);
const ids = process.argv.slice(2);
for (const lang of ["en", "zh"]) {
  const entries = parse(readFileSync(`corpus/real-text.${lang}.yaml`, "utf8")) as any[];
  for (const e of entries.filter((x) => ids.includes(x.id))) {
    console.log(`== ${e.id} [${e.verdict}] pub=${e.published} ${e.text}`);
    for (const f of e.figures) console.log(`   want ${f.figure}: ${f.expect} ${f.fact ?? ""}`);
    const a = checkArticleWith(checker, e.text, { published: e.published });
    for (const s of a.sentences) {
      for (const f of s.figures as any[])
        console.log(`   got  ${f.claimed?.text}: ${f.verdict} ${f.factId} :: ${f.explanation}`);
      for (const i of (s as any).ignored ?? []) console.log(`   ign  ${i.text}: ${i.why}`);
    }
  }
}
