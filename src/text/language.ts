// Language detection, Romanian vs English, from a stop-word profile and Romanian letters.

import type { Lang } from "../types.js";

/** Frequent Romanian function words (written with and without diacritics). */
const RO = new Set(
  ("și si în să sa că ca pe la cu din de un o al ale ai unei unui care este sunt au fost fi nu mai " +
    "pentru către catre după dupa despre iar sau dar ar cele cei acest această aceasta lui ei el ea " +
    "acum încă inca va vor își isi s-a într-o într-un dintre între intre fără fara asupra potrivit").split(" "),
);
/** Frequent English function words. */
const EN = new Set(
  ("the and of to is was were that for on with as by at from it its be has have had will would " +
    "this which who their they he she his her an are not but been after about said than also or").split(" "),
);

/** The longest stop word: a longer word is not looked up. */
const LONGEST = Math.max(...[...RO, ...EN].map((w) => w.length));

const LETTER = /\p{L}/u;
/** Non-ASCII code points seen, and whether they are letters (\p{L}). */
const letterCache = new Map<number, boolean>();

function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  let yes = letterCache.get(cp);
  if (yes === undefined) {
    yes = LETTER.test(String.fromCodePoint(cp));
    if (letterCache.size < 10_000) letterCache.set(cp, yes);
  }
  return yes;
}

/** End of the run of letters starting at `i` (code point by code point, as a `u` pattern reads). */
function lettersEnd(text: string, i: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isLetter(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/**
 * Guesses whether a text is Romanian or English. Counts stop words of each language and
 * Romanian letters (ă â î ș ț ş ţ); ties and empty text give `"ro"` (Romanian first).
 */
export function detectLanguage(text: string): Lang {
  let ro = 0;
  let en = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  // The words of /[\p{L}]+(?:-[\p{L}]+)?/gu in the lower-case text, read without building them all
  // (only the short ones can be stop words).
  const lower = sample.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    const cp = lower.codePointAt(i)!;
    if (!isLetter(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    let end = lettersEnd(lower, i);
    if (lower[end] === "-" && end + 1 < lower.length && isLetter(lower.codePointAt(end + 1)!)) end = lettersEnd(lower, end + 1);
    if (end - i <= LONGEST) {
      const w = lower.slice(i, end);
      if (RO.has(w)) ro++;
      else if (EN.has(w)) en++;
    }
    i = end;
  }
  const letters = sample.match(/[ăâîșțşţĂÂÎȘȚŞŢ]/g)?.length ?? 0;
  ro += Math.min(letters / 4, ro + en + 5);
  return en > ro ? "en" : "ro";
}
