// Snowball stemming (snowball-stemmers) of folded words, per language, with a cache.
// Lexicons match on these stems, so "negocieri", "negocierile", "negocierilor" meet on one key.

import { createRequire } from "node:module";
import type { Lang } from "../types.js";

interface Stemmer {
  stem(word: string): string;
}

const require = createRequire(import.meta.url);
const snowball = require("snowball-stemmers") as { newStemmer(name: string): Stemmer };

const ALGORITHM: Record<Lang, string> = { ro: "romanian", en: "english" };
/** Words longer than this are not stemmed (a 1 MB "word" must not cost anything). */
const MAX_STEM_LENGTH = 40;
/** The cache is cleared when it grows past this many entries per language. */
const MAX_CACHE = 200_000;

const stemmers = new Map<Lang, Stemmer>();
const caches = new Map<Lang, Map<string, string>>();

/**
 * The Snowball stem of a folded word (`fold(word)`), e.g. `stem("negocierile", "ro")` → `negocier`.
 * Empty, very long or non-letter input comes back unchanged. Never throws.
 */
export function stem(foldedWord: string, lang: Lang): string {
  if (foldedWord.length < 3 || foldedWord.length > MAX_STEM_LENGTH) return foldedWord;
  let cache = caches.get(lang);
  if (!cache) {
    cache = new Map();
    caches.set(lang, cache);
  }
  const hit = cache.get(foldedWord);
  if (hit !== undefined) return hit;
  let stemmer = stemmers.get(lang);
  if (!stemmer) {
    stemmer = snowball.newStemmer(ALGORITHM[lang]);
    stemmers.set(lang, stemmer);
  }
  let result: string;
  try {
    result = stemmer.stem(foldedWord) || foldedWord;
  } catch {
    result = foldedWord;
  }
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(foldedWord, result);
  return result;
}
