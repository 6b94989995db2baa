// Property tests (fast-check): the text stage never throws on arbitrary Unicode and its spans
// always slice exactly; normalize is idempotent; dates and base forms never throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, baseForms, findDates, fold, foldedWords, normalize, tokenize } from "../../src/text/index.js";

/** Strings mixing every kind of code unit with the characters the stages care about. */
const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.array(
    fc.constantFrom(
      "a", "Ș", "ş", "ţ", "ă", " ", "\n", "\n\n", "\r\n", "\t", ".", "...", "!", "?", "„", "”", "\"", "'", "’", "-", "–", "—",
      "U.S.", "Dr.", "dl.", "J.", "800.000", "1.5", "s-a", "Kievului", "marți", "luni", "mai", "9 decembrie", "2025-12-09",
      "săptămâna viitoare", "\u200B", "\u00A0", "\uFEFF", "\u0000", "\uD800", "\uDC00", "😀", "e\u0301", "\u2028", "\u2029",
    ),
    { maxLength: 80 },
  ).map((parts) => parts.join("")),
);

describe("text stage properties", () => {
  it("foldedWords gives the folds of tokenize's word and number tokens", () => {
    expect(foldedWords("Russia's U.S.-backed plan, 800.000 s-a în 18-19 Ștefan")).toEqual(["russia", "'s", "u.s.", "backed", "plan", "800.000", "s-a", "in", "18", "19", "stefan"]);
    fc.assert(
      fc.property(nasty, fc.constantFrom<"ro" | "en">("ro", "en"), (text, lang) => {
        const want = tokenize(text, lang).filter((t) => t.type !== "punct").map((t) => t.fold);
        expect(foldedWords(text)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it("analyze never throws and every span slices exactly", () => {
    fc.assert(
      fc.property(nasty, fc.constantFrom<"ro" | "en" | "auto">("ro", "en", "auto"), (text, lang) => {
        const doc = analyze({ id: "p", path: "p", text }, { lang });
        for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
        let covered = 0;
        for (const s of doc.sentences) {
          expect(s.tokenEnd).toBeGreaterThan(s.tokenStart);
          covered += s.tokenEnd - s.tokenStart;
        }
        expect(covered).toBe(doc.tokens.length);
        for (const t of doc.tokens) {
          expect(doc.text.slice(t.start, t.end)).toBe(t.text);
          expect(t.sentence).toBeGreaterThanOrEqual(0);
          expect(t.text.trim()).toBe(t.text);
        }
        for (const p of doc.paragraphs) expect(p.end).toBeGreaterThan(p.start);
      }),
      { numRuns: 400 },
    );
  });

  it("normalize is idempotent and leaves no lone surrogate, control or zero-width character", () => {
    fc.assert(
      fc.property(nasty, (text) => {
        const n = normalize(text);
        expect(normalize(n)).toBe(n);
        expect(n).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u200B\uFEFF\r]/);
        expect(n.isWellFormed()).toBe(true);
        fold(n);
      }),
      { numRuns: 400 },
    );
  });

  it("findDates never throws and its mentions slice exactly, in order", () => {
    fc.assert(
      fc.property(nasty, fc.constantFrom<"ro" | "en">("ro", "en"), fc.constantFrom(undefined, "2025-12-18", "2025-02-29", "junk"), fc.constantFrom<"past" | "future" | undefined>("past", "future", undefined), (text, lang, article, tense) => {
        const found = findDates(text, lang, article, tense);
        let last = 0;
        for (const m of found) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.value).toMatch(/^\d{4}-\d{2}-\d{2}(\/\d{4}-\d{2}-\d{2})?$/);
          last = m.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("baseForms never throws and always includes the word", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (word) => {
        const forms = baseForms(word);
        expect(forms).toContain(word.normalize("NFC"));
      }),
      { numRuns: 400 },
    );
  });
});
