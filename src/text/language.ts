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

/**
 * Guesses whether a text is Romanian or English. Counts stop words of each language and
 * Romanian letters (ă â î ș ț ş ţ); ties and empty text give `"ro"` (Romanian first).
 */
export function detectLanguage(text: string): Lang {
  let ro = 0;
  let en = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const w of sample.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)?/gu) ?? []) {
    if (RO.has(w)) ro++;
    else if (EN.has(w)) en++;
  }
  const letters = sample.match(/[ăâîșțşţĂÂÎȘȚŞŢ]/g)?.length ?? 0;
  ro += Math.min(letters / 4, ro + en + 5);
  return en > ro ? "en" : "ro";
}
