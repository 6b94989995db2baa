// Tokenizer: cuts normalised text into words, numbers and punctuation with exact offsets.
//
// What a token is (documented decision):
// - a word is a run of letters, marks and digits; an ASCII hyphen (or U+2010) joins two runs when
//   both sides are letters or digits but not both digits, so "Elmendorf-Richardson",
//   "negocieri-maraton", "s-a", "într-o", "Bruxelles-ul", "F-16", "COVID-19" are ONE token each
//   (the extractor reads clitics and the enclitic article from the token text); "18-19" is three;
// - an apostrophe between letters joins ("O'Brien", "didn't"), but the English possessive
//   "'s" / "’s" is split off as its own word token ("Russia's" → "Russia" + "'s");
// - dotted acronyms are one token with their dots: "U.S.", "S.U.A.", "U.S.A", "e.g.";
// - a site's name keeps a common top-level domain: "HotNews.ro", "ziare.com";
// - a number is a run of digits with inner "." or "," between digits: "800.000", "1.5", "3,5";
// - everything else that is not white space is punctuation, one character (one code point) per
//   token, except that runs of "." and runs of "!"/"?" make one token ("...", "?!").
// En and em dashes (– —) are punctuation, so "Trump–Putin" gives "Trump", "–", "Putin".

import type { Lang, Token } from "../types.js";
import { fold } from "./normalize.js";
import { stem } from "./stem.js";

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/uy;
const SPACE_RUN = /\s+/uy;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/u;
const ACRONYM = /\p{L}\.(?:\p{L}\.)*\p{L}(?![\p{L}\p{M}\p{N}.])|\p{L}\.(?:\p{L}\.)+/uy;
/** A common top-level domain after a name's full stop, ending the word ("HotNews.ro"). */
const DOMAIN = /(?:ro|md|com|net|org|eu|info|io|uk|de|fr|it|es|ru|ua|tv)(?![\p{L}\p{M}\p{N}]|\.\p{L})/uy;
const NUMBER = /^\p{Nd}+(?:[.,]\p{Nd}+)*$/u;
const UPPER = /^[\p{Lu}\p{Lt}]/u;
/** Words longer than this are neither folded fully nor stemmed (robustness on junk). */
const MAX_FOLD = 200;

const foldCache = new Map<string, string>();

/** The code point starting at `i` (one or two code units). */
function charAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2);
  }
  return text[i] ?? "";
}

function isWordChar(ch: string): boolean {
  return ch !== "" && WORD_CHAR.test(ch);
}

/** The folded form of a token's text (`Token.fold`). */
function foldToken(surface: string): string {
  let folded = foldCache.get(surface);
  if (folded === undefined) {
    folded = surface.length > MAX_FOLD ? surface.toLowerCase() : fold(surface);
    if (foldCache.size > 100_000) foldCache.clear();
    if (surface.length <= MAX_FOLD) foldCache.set(surface, folded);
  }
  return folded;
}

/** Builds a token with its derived fields; `sentence` is filled in later by the splitter. */
export function makeToken(text: string, start: number, end: number, type: Token["type"], lang: Lang): Token {
  const surface = text.slice(start, end);
  const folded = foldToken(surface);
  return {
    start,
    end,
    text: surface,
    fold: folded,
    stem: type === "word" ? stem(folded, lang) : folded,
    type,
    upper: UPPER.test(surface),
    sentence: -1,
  };
}

/** End of the word starting at `i` (see the header for the joining rules). */
function wordEnd(text: string, i: number): number {
  ACRONYM.lastIndex = i;
  const acronym = ACRONYM.exec(text);
  if (acronym) {
    const end = i + acronym[0].length;
    if (!isWordChar(charAt(text, end))) return end;
  }
  let j = i;
  for (;;) {
    WORD_RUN.lastIndex = j;
    if (WORD_RUN.exec(text)) j = WORD_RUN.lastIndex;
    const joiner = text[j];
    const prev = text[j - 1] ?? "";
    const next = charAt(text, j + 1);
    if (joiner === "-" || joiner === "\u2010") {
      if (isWordChar(next) && !(DIGIT.test(prev) && DIGIT.test(next)) && !/\p{M}/u.test(next)) {
        j += 1;
        continue;
      }
    } else if (joiner === "'" || joiner === "\u2019") {
      if (LETTER.test(prev) && LETTER.test(next)) {
        j += 1;
        continue;
      }
    } else if (joiner === "." || joiner === ",") {
      if (DIGIT.test(prev) && DIGIT.test(next)) {
        j += 1;
        continue;
      }
      // "HotNews.ro", "News.ro", "ziare.com": a site's name keeps its domain
      if (joiner === "." && LETTER.test(prev)) {
        DOMAIN.lastIndex = j + 1;
        if (DOMAIN.test(text)) return DOMAIN.lastIndex;
      }
    }
    return j;
  }
}

/**
 * Cuts `text` into tokens. Every token satisfies `text.slice(t.start, t.end) === t.text`;
 * white space is the only thing between tokens. Linear time, never throws.
 */
export function tokenize(text: string, lang: Lang): Token[] {
  const tokens: Token[] = [];
  scan(text, (start, end, type) => tokens.push(makeToken(text, start, end, type, lang)));
  return tokens;
}

/**
 * The folded words and numbers of `text`: the `fold` of its non-punctuation tokens, without the
 * cost of stemming them (the knowledge base's thousands of aliases need only these).
 */
export function foldedWords(text: string): string[] {
  const words: string[] = [];
  scan(text, (start, end, type) => {
    if (type !== "punct") words.push(foldToken(text.slice(start, end)));
  });
  return words;
}

/** Finds the tokens of `text` (see the header), calling `visit` on each in text order. */
function scan(text: string, visit: (start: number, end: number, type: Token["type"]) => void): void {
  let i = 0;
  while (i < text.length) {
    const ch = charAt(text, i);
    if (SPACE.test(ch)) {
      SPACE_RUN.lastIndex = i;
      i = SPACE_RUN.exec(text) ? SPACE_RUN.lastIndex : i + ch.length;
      continue;
    }
    if (isWordChar(ch)) {
      const end = wordEnd(text, i);
      const surface = text.slice(i, end);
      const possessive = /^(.*\p{L})['\u2019]s$/su.exec(surface);
      if (possessive && surface.length <= MAX_FOLD) {
        const cut = i + possessive[1]!.length;
        visit(i, cut, "word");
        visit(cut, end, "word");
      } else {
        visit(i, end, NUMBER.test(surface) ? "number" : "word");
      }
      i = end;
      continue;
    }
    // Punctuation or symbol: one code point plus its combining marks; "..." and "?!" runs whole.
    let end = i + ch.length;
    if (ch === "." || ch === "!" || ch === "?") {
      const run = ch === "." ? /\.+/y : /[!?]+/y;
      run.lastIndex = i;
      end = i + (run.exec(text)?.[0].length ?? 1);
    }
    while (end < text.length && /\p{M}/u.test(charAt(text, end))) end += charAt(text, end).length;
    visit(i, end, "punct");
    i = end;
  }
}
