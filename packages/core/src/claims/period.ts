/** A time a claim names: a year, or a month of a year. `base` marks the start of a change ("from the end of 2023"). */
export interface ClaimedPeriod {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly month: number | undefined;
  readonly base: boolean;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

const PERIOD = new RegExp(
  [
    String.raw`(?:the )?end(?:-| of )(?:(?:the )?year )?((?:19|20)\d\d)`,
    String.raw`((?:19|20)\d\d) year-end`,
    String.raw`${MONTH_WORD},? ((?:19|20)\d\d)`,
    String.raw`((?:19|20)\d\d)年(\d{1,2})月`,
    String.raw`((?:19|20)\d\d)年(?:底|末)`,
    String.raw`((?:19|20)\d\d)年?`,
  ].join("|"),
  "g",
);

const BASE_BEFORE =
  /(?:^|[^a-z])(?:from|since|than|compared with|compared to|versus|vs\.?|over|on|against|较|比|相比|与|同)\s*(?:the\s+)?(?:level (?:of|in)\s+|figure (?:of|in)\s+|in\s+)?$/;

/** Years and months a normalized claim names, outside numbers already read as quantities. */
export function extractPeriods(text: string): ClaimedPeriod[] {
  const periods: ClaimedPeriod[] = [];
  for (const match of text.matchAll(PERIOD)) {
    const start = match.index;
    const end = start + match[0].length;
    if (/[\d.,]/.test(text[start - 1] ?? "") || /[\d%]/.test(text[end] ?? "")) continue;
    let year: number;
    let month: number | undefined;
    if (match[1] ?? match[2]) {
      year = Number(match[1] ?? match[2]);
      month = 12;
    } else if (match[3]) {
      year = Number(match[4]);
      month = MONTHS.indexOf(match[3].slice(0, 3)) + 1;
    } else if (match[5]) {
      year = Number(match[5]);
      month = Number(match[6]);
    } else if (match[7]) {
      year = Number(match[7]);
      month = 12;
    } else {
      year = Number(match[8]);
      month = undefined;
    }
    if (month !== undefined && (month < 1 || month > 12)) continue;
    periods.push({ start, end, year, month, base: BASE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) });
  }
  return periods;
}
