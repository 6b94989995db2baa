// Text folding for search: lower case, no diacritics (ș ş → s, ă â → a, î → i …), single spaces.

/** Folds a string for comparison: NFD, strip combining marks, lower case, collapse blanks. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
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
