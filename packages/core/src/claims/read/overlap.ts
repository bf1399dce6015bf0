import type { Tagged } from "./recogniser.ts";

/** Where a token stands: the part of a Tagged token the overlap rule reads. */
export type Span = Pick<Tagged, "start" | "end">;

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const lengthOf = (token: Span) => token.end - token.start;

/**
 * The one overlap rule of the Read stage: where tokens of different families overlap, the longer wins
 * ("the first 3 quarters of 2024" is a period, not the number 3). On a tie the family listed first wins,
 * as numbers did over periods before the rule. Tokens of one family never displace each other.
 */
export function longerWins<Token extends Span>(families: readonly (readonly Token[])[]): Token[][] {
  const beats = (rival: Span, rivalAt: number, token: Span, at: number) =>
    overlaps(rival, token) &&
    (lengthOf(rival) > lengthOf(token) || (lengthOf(rival) === lengthOf(token) && rivalAt < at));
  const displaced = (token: Span, at: number) =>
    families.some((rivals, rivalAt) => rivalAt !== at && rivals.some((rival) => beats(rival, rivalAt, token, at)));
  return families.map((family, at) => family.filter((token) => !displaced(token, at)));
}
