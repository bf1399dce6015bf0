import { checkArticleWith } from "../claims/article.ts";
import { createClaimChecker } from "../claims/check.ts";
import { dataset } from "../dataset.ts";

const checker = createClaimChecker(dataset);
for (const t of process.argv.slice(2)) {
  const a = checkArticleWith(checker, t, {});
  for (const s of a.sentences)
    for (const f of s.figures as any[])
      console.log(`${t}\n  ${f.claimed?.text} ${f.verdict} ${f.factId} :: ${f.explanation}`);
}
