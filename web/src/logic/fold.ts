// Text folding for search: the extractor's fold (lower case, no diacritics: ș ş → s, ă â → a,
// ß → ss …), with every run of non-letters made one space.

import { fold as foldLetters } from "../../../src/text/normalize.js";

/** Folds a string for comparison: the extractor's fold, then blanks and punctuation collapsed. */
export function fold(text: string): string {
  return foldLetters(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Romanian case endings and enclitic articles, longest first, stripped from a folded query word. */
const RO_ENDINGS = ["ului", "lui", "ilor", "elor", "ul", "ei", "ii", "le", "a", "i"] as const;

/**
 * Base forms of a folded word: the word itself, then the word without a Romanian case ending
 * ("kievului" → "kiev", "ucrainei" → "ucrain"), never shorter than 3 letters.
 */
export function baseForms(word: string): string[] {
  const forms = [word];
  for (const ending of RO_ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) {
      forms.push(word.slice(0, -ending.length));
    }
  }
  return forms;
}
