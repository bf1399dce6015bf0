import { EN } from "./lexicon/en.ts";
import { anyOf } from "./lexicon/pattern.ts";
import { ZH } from "./lexicon/zh.ts";

/**
 * Words that narrow a figure to part of the population or to another kind of quantity (a market, accounts,
 * all mobile base stations, one company's users, one province's sales); a metric whose own words do not
 * include them is another metric. Each kind of word is one recogniser ("sub-population.en.rural").
 */
type Kinds = Readonly<Record<string, readonly string[]>>;

/** Each word's recogniser, by the kind its lexicon list names. */
function recognisersOf(lang: "en" | "zh", kinds: Kinds, places: readonly string[]): Map<string, string> {
  const byWord = new Map<string, string>();
  for (const [kind, words] of Object.entries(kinds))
    for (const word of words) byWord.set(word, `sub-population.${lang}.${kind}`);
  for (const place of places) byWord.set(place, `sub-population.${lang}.place`);
  return byWord;
}

/**
 * One-word markers are looked up word by word: as one long alternation tried at every position they cost
 * more than the rest of a claim's reading.
 */
const LATIN_WORDS = recognisersOf("en", EN.subPopulationWords, EN.placesInChina);
const LATIN_PHRASE_RECOGNISERS = recognisersOf("en", EN.subPopulationPhrases, []);
const HAN_WORDS = recognisersOf("zh", ZH.subPopulationWords, []);
/** Companies and places inside China: their figures are their own, unless the clause names China's. */
const PLACES = new Set<string>([...EN.placesInChina, ...ZH.placesInChina]);
const PLACES_HAN = new RegExp(anyOf(ZH.placesInChina), "g");

/** A marker's place in the text; `place` for a company or a place inside China. */
export interface Marker {
  readonly start: number;
  readonly end: number;
  readonly place?: boolean;
  readonly recogniser: string;
}
const SHAPE = EN.subPopulationShapes;
const CENTURY = anyOf(SHAPE.centuries);
/** Markers of more than one word, or of a shape. */
const LATIN_PHRASES = new RegExp(
  String.raw`\b(?:${anyOf(Object.values(EN.subPopulationPhrases).flat())}|${anyOf([SHAPE.overAge])}\d{2}s?|\d{2}${anyOf([SHAPE.agePlus])}|${anyOf([SHAPE.generation])}${CENTURY}?\d0s)\b|${anyOf(EN.domainSuffixes)}`,
  "g",
);
const LATIN_SHAPES: readonly (readonly [RegExp, string])[] = [
  [new RegExp(`^${anyOf(EN.domainSuffixes)}$`), "sub-population.en.domain"],
  [new RegExp(`^${anyOf([SHAPE.generation])}`), "sub-population.en.generation"],
  [/^/, "sub-population.en.age"],
];
/** "people over 60": an age band after the people it bounds. */
const AGE_BAND = new RegExp(String.raw`(?<=${anyOf(EN.ageBandPeople)} )${anyOf(EN.ageBandWords)} \d{2}\b`, "g");
const AGE_BAND_GATE = new RegExp(String.raw`${anyOf(EN.ageBandWords)} \d`);

/** The one-word markers among a text's words (runs of a–z and 0–9). */
function latinWords(text: string): Marker[] {
  const found: Marker[] = [];
  let start = -1;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 0;
    const wordChar = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    if (wordChar && start < 0) start = at;
    else if (!wordChar && start >= 0) {
      const recogniser = LATIN_WORDS.get(text.slice(start, at));
      if (recogniser) found.push({ start, end: at, recogniser });
      start = -1;
    }
  }
  return found;
}
const MARKER_HAN = new RegExp(
  `${anyOf(Object.values(ZH.subPopulationWords).flat())}|\\d${anyOf(ZH.generationAfterDigit)}`,
  "g",
);

function markersOf(matches: Iterable<RegExpMatchArray>, recogniserOf: (word: string) => string): Marker[] {
  return [...matches].map((match) => {
    const start = match.index ?? 0;
    return { start, end: start + match[0].length, recogniser: recogniserOf(match[0]) };
  });
}
const latinPhrase = (word: string) =>
  LATIN_PHRASE_RECOGNISERS.get(word) ?? LATIN_SHAPES.find(([shape]) => shape.test(word))?.[1] ?? "";
const hanWord = (word: string) => HAN_WORDS.get(word) ?? "sub-population.zh.generation";

/** Every sub-population word in a normalized claim. */
export function findSubPopulations(text: string): Marker[] {
  // Each scan only where its script occurs.
  const latin = /[a-z]/.test(text);
  const han = /[\u3400-\u9fff]/.test(text);
  const found = [
    ...(latin ? latinWords(text) : []),
    ...(latin ? markersOf(text.matchAll(LATIN_PHRASES), latinPhrase) : []),
    ...(latin && AGE_BAND_GATE.test(text)
      ? markersOf(text.matchAll(AGE_BAND), () => "sub-population.en.age-band")
      : []),
    ...(han ? markersOf(text.matchAll(MARKER_HAN), hanWord) : []),
    ...(han ? markersOf(text.matchAll(PLACES_HAN), () => "sub-population.zh.place") : []),
  ];
  return found
    .map((marker) => (PLACES.has(text.slice(marker.start, marker.end)) ? { ...marker, place: true } : marker))
    .sort((a, b) => a.start - b.start);
}
