// findDates skips the rules on sentences where no date phrase can match (a digit or a needed word
// is missing), and the rules that need a digit (or a word) on sentences without one. Those quick
// tests must never lose a date: on whole corpora, in both languages and with both tenses, the
// results are the same with and without them.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateArticle } from "../../src/bench/corpus.js";
import { findDates, findDatesWithoutHint } from "../../src/text/dates.js";
import { normalize } from "../../src/text/normalize.js";
import type { Lang } from "../../src/types.js";

function texts(dir: string): { text: string; lang: Lang; date: string }[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".txt"));
  } catch {
    return [];
  }
  return files.map((f) => {
    const raw = readFileSync(path.join(dir, f), "utf8");
    const date = /^ date (\d{4}-\d{2}-\d{2})/.exec(raw)?.[1] ?? "2025-12-18";
    return { text: normalize(raw.replace(/^ date \S+ /, "")), lang: /-en-/.test(f) ? "en" : "ro", date };
  });
}

describe("findDates' quick test", () => {
  const corpus = [
    ...texts("data/articles"),
    ...texts("test/fixtures/heldout"),
    ...texts("../shared/articles"),
    ...Array.from({ length: 200 }, (_, i) => generateArticle(7, i)),
  ];
  it("finds the same dates as the full rules on every sentence", () => {
    let sentences = 0;
    let withDates = 0;
    for (const { text, lang, date } of corpus) {
      for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
        for (const tense of [undefined, "future"] as const) {
          const full = findDatesWithoutHint(sentence, lang, date, tense);
          expect(findDates(sentence, lang, date, tense), sentence).toEqual(full);
          if (full.length) withDates++;
        }
        sentences++;
      }
    }
    // The corpus is large and holds many dates (or the comparison would prove little).
    expect(sentences).toBeGreaterThan(3000);
    expect(withDates).toBeGreaterThan(500);
  });
});
