// Why the checker said what it said: every sentence's tokens, the readings weighed and the rule behind each verdict.
//   explain "<text>" [--published YYYY-MM-DD]
import { checkArticleWith, splitSentences } from "../claims/article.ts";
import { createClaimChecker } from "../claims/check.ts";
import { detectLanguage } from "../claims/read/normalize.ts";
import { describeTrace } from "../claims/trace.ts";
import { dataset } from "../dataset.ts";

const args = process.argv.slice(2);
const at = args.indexOf("--published");
const published = at >= 0 ? args[at + 1] : undefined;
const text = args.filter((_, index) => at < 0 || (index !== at && index !== at + 1)).join(" ");
if (!text.trim()) {
  console.error('usage: explain "<claim or article text>" [--published YYYY-MM-DD]');
  process.exit(2);
}
const checker = createClaimChecker(dataset);
const article = checkArticleWith(checker, text, { published });
console.log(`article: ${article.verdict}`);
// Each sentence again with a trace, with the period and subject its article carried into it.
for (const sentence of splitSentences(text, detectLanguage(text))) {
  const checked = article.sentences.find((candidate) => candidate.start === sentence.start);
  if (!checked) continue;
  const traced = checker.checkClaim(sentence.text, { published, trace: true });
  console.log(`\n» ${sentence.text}\n${checked.verdict}: ${checked.explanation}`);
  if (traced.trace) console.log(describeTrace(traced.trace));
}
