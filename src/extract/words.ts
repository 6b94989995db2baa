// Small pieces shared by the finders of mentions (mentions.ts), groups (groups.ts) and committees (committees.ts):
// a new mention, the Romanian feminine nominative of an adjective, the function words they read, day words, and
// the end of a list closed by "and" / "și" inside a name.

import { fold } from "../text/index.js";
import { DATE_WORDS } from "../text/date-words.js";
import type { Document, Lang, Token } from "../types.js";
import type { RawMention } from "./mentions.js";

/** English function words: they end a venue's description (a noun phrase) and a committee's name. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(["and", "or", "but", "of", "with", "for", "to", "by", "from", "that", "which", "who", "whose", "was", "were", "is", "are", "has", "had", "have", "be", "been", "on", "at", "in", "into", "as", "than", "this", "these", "those", "there", "where", "when", "not", "no", "after", "before", "during", "while"]);

/** Romanian genitive articles ("a Consiliului", "al Ministerului"). */
export const GENITIVE_ARTICLES: ReadonlySet<string> = new Set(["a", "al", "ai", "ale"]);

/** The English possessive ending, as a token of its own. */
export const POSSESSIVE_S: ReadonlySet<string> = new Set(["'s", "’s"]);

/** A discovered mention of tokens `[tokStart, tokEnd)`, an organisation until classified. */
export function makeMention(doc: Document, tokStart: number, tokEnd: number, sentence: number): RawMention {
  const start = doc.tokens[tokStart]!.start;
  const end = doc.tokens[tokEnd - 1]!.end;
  return {
    tokStart,
    tokEnd,
    sentence,
    start,
    end,
    text: doc.text.slice(start, end),
    kind: "organization",
    via: "discovered",
    afterPlaceCue: false,
  };
}

/** A Romanian feminine adjective in the genitive, in the nominative ("Naționale" → "Națională"); other words as they are. */
export function feminineNominative(word: string): string {
  if (/ene$/.test(word)) return word.replace(/ene$/, "eană");
  // only adjectives' endings ("Naționale", "Economice", "Române"); "Asociației Fructe Moldova" keeps its noun
  if (/(al|ic|ar|in|or|an|ân|it|at|iv|st|im|xt)e$/.test(fold(word).replace(/ă/g, "a"))) return word.replace(/e$/, "ă");
  return word;
}

/** A weekday or a day told relative to today ("marți", "Monday", "ieri", "yesterday"). */
export function isDayWord(t: Token, lang: Lang): boolean {
  const words = DATE_WORDS[lang];
  return t.fold in words.weekdays || t.fold in words.relativeDays;
}

/** Lower-case words that end the description before an owner's name. */
export const NOT_OWNER_WORDS: ReadonlySet<string> = new Set(["de", "din", "la", "si", "cu", "pentru", "in", "pe", "and", "with", "for", "at", "on", "to", "from", "that", "who", "which", "care"]);

/** Number words that count people or meetings ("doi", "două", "two" …). */
// (a Map: looked up for every word of a range; an object indexed by a token's string was slower, and took "constructor"
// for a number)
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({ doi: 2, doua: 2, trei: 3, patru: 4, cinci: 5, two: 2, three: 3, four: 4, five: 5 }));

/** The words that close a list: "Industrie și Agricultură", "Local Government and Heritage". */
export const AND: ReadonlySet<string> = new Set(["and"]);
export const SI: ReadonlySet<string> = new Set(["si"]);

/**
 * The end of a list that goes on from `k` (a comma, or the closing word itself): items joined by commas and closed by one
 * of `closers` (maybe after a comma) before a last item; `item(j)` is the end of an item starting at `j`, or -1 for none.
 * -1 when no closed list stands there ("Industrie și Agricultură", ", Local Government and Heritage").
 */
export function closedListEnd(tokens: Token[], k: number, item: (j: number) => number, closers: ReadonlySet<string>): number {
  let j = k;
  for (let items = 0; items < 5; items++) {
    const closing = closers.has(tokens[j]?.fold ?? "") || (tokens[j]?.text === "," && closers.has(tokens[j + 1]?.fold ?? ""));
    if (!closing && tokens[j]?.text !== ",") return -1;
    const e = item(closing && tokens[j]!.text === "," ? j + 2 : j + 1);
    if (e < 0 || closing) return e;
    j = e;
  }
  return -1;
}

/** The capitalised words a text writes alone somewhere, no capitalised word next to them ("Pellegatti said"). */
export function writtenAlone(tokens: Token[], t: Token): boolean {
  let alone = aloneWords.get(tokens);
  if (!alone) {
    alone = new Set();
    const capital = (x: Token | undefined): boolean => !!x && x.type === "word" && x.upper;
    tokens.forEach((x, k) => {
      if (capital(x) && !capital(tokens[k - 1]) && !capital(tokens[k + 1])) alone!.add(x.fold);
    });
    aloneWords.set(tokens, alone);
  }
  return alone.has(t.fold);
}
const aloneWords = new WeakMap<Token[], Set<string>>();
