// findDates remembers the pattern matches of the last texts it read, since they do not depend on
// the tense or the article date. Asking again — in another tense, with another article date — must
// give what a first reading gives.
import { describe, expect, it } from "vitest";
import { findDates, type Tense } from "../../src/text/dates.js";
import type { Lang } from "../../src/types.js";

/** Reads enough other texts that `findDates` has forgotten the ones before. */
function forget(): void {
  for (let n = 0; n < 600; n++) findDates(`marți ${"a".repeat(n + 1)}`, "ro", "2025-12-18");
}

const SENTENCES: { text: string; lang: Lang }[] = [
  { text: "Summitul de marți, 9 decembrie, a fost amânat pentru luni.", lang: "ro" },
  { text: "Întâlnirea va avea loc pe 18 decembrie sau în ianuarie 2026, săptămâna viitoare.", lang: "ro" },
  { text: "Luni de zile, negocierile din mai au stagnat; vineri seara s-au reluat.", lang: "ro" },
  { text: "The talks on Friday, December 12 were postponed to next Tuesday.", lang: "en" },
  { text: "Leaders will meet in May, between 9 and 12 June, or later this year.", lang: "en" },
];
const TENSES: (Tense | undefined)[] = [undefined, "past", "future"];
const DATES = ["2025-12-18", "2026-03-02", undefined];

describe("findDates' memory of recent texts", () => {
  it("gives the same dates in any tense and with any article date, asked first or again", () => {
    for (const { text, lang } of SENTENCES) {
      for (const tense of TENSES) {
        for (const date of DATES) {
          forget();
          const first = findDates(text, lang, date, tense);
          // ask in every other tense and date, then again
          for (const t of TENSES) for (const d of DATES) findDates(text, lang, d, t);
          expect(findDates(text, lang, date, tense), `${text} ${tense} ${date}`).toEqual(first);
        }
      }
    }
  });

  it("finds dates at all in these sentences (the test above compares something)", () => {
    for (const { text, lang } of SENTENCES) expect(findDates(text, lang, "2025-12-18", "past").length).toBeGreaterThan(0);
  });
});
