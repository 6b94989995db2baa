// Property tests of the extractor on arbitrary and news-like text, with the real knowledge base:
// it never throws, and every piece of evidence slices exactly to its quoted sentence.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/text/index.js";
import { extract } from "../../src/extract/index.js";
import { loadResources } from "../../src/resources/load.js";

const resources = loadResources();

/** Sentences made of real vocabulary, so that names, titles, triggers and cues do fire. */
const WORDS = [
  "Președintele", "Vladimir", "Putin", "s-a", "întâlnit", "cu", "Steve", "Witkoff", "la", "Moscova", "marți", "negocieri",
  "Kievului", "Ucrainei", "delegația", "rusă", "ar", "urma", "să", "garanțiile", "de", "securitate", "nu", "a", "confirmat",
  "Casa", "Albă", "summit", "the", "summit", "in", "Budapest", "was", "called", "off", "President", "Trump", "met", "Zelensky",
  "on", "Friday", ",", ".", "„", "”", "<script>", "&", "]]>", "Ion", "Popescu", "ministrul", "Comisiei", "Europene", "\u200b", "🙂",
];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 25 }).map((w) => w.join(" "));
const newsLike = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(". ") + ".");
const anyText = fc.oneof(newsLike, fc.string({ unit: "grapheme", maxLength: 400 }), fc.string({ unit: "binary", maxLength: 200 }));

describe("extract (property)", () => {
  it("never throws, and every evidence span slices to its sentence, every mention to its text", () => {
    let checked = 0;
    fc.assert(
      fc.property(anyText, fc.constantFrom("2025-12-18", undefined), (text, date) => {
        const doc = analyze({ id: "p", path: "p", text, ...(date ? { date } : {}) });
        const x = extract(doc, resources);
        const evidence = [...x.relations.map((r) => r.evidence), ...x.meetings.map((m) => m.evidence)];
        for (const e of evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
        checked += evidence.length;
        for (const e of x.entities) for (const m of e.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
        for (const r of x.relations) expect(r.source).not.toBe(r.target);
      }),
      { numRuns: 300 },
    );
    // The news-like texts do produce links, so the property was checked on real evidence.
    expect(checked).toBeGreaterThan(100);
  });
});
