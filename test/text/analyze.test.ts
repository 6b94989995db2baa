// analyze: paragraphs, sentences and tokens with exact offsets, on the seed article and on hard cases.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Document } from "../../src/types.js";
import { analyze, detectLanguage, stem } from "../../src/text/index.js";

const SEED = readFileSync("data/articles/2025-12-18-ro-miami-meeting-us-russia-ukraine-talks.txt", "utf8").replace(/^ date \S+ /, "");

/** Every span slices exactly, tokens are ordered, and each lies in its sentence. */
function checkSpans(doc: Document): void {
  for (const s of doc.sentences) {
    expect(doc.text.slice(s.start, s.end)).toBe(s.text);
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const token = doc.tokens[t]!;
      expect(token.sentence).toBe(s.index);
      expect(token.start >= s.start && token.end <= s.end).toBe(true);
    }
  }
  for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
}

const sentences = (text: string, lang?: "ro" | "en"): string[] =>
  analyze({ id: "t", path: "t", text }, lang ? { lang } : {}).sentences.map((s) => s.text);

describe("analyze on the seed article", () => {
  const doc = analyze({ id: "seed", path: "seed.txt", date: "2025-12-18", text: SEED });

  it("detects Romanian, finds 6 paragraphs and 13 sentences", () => {
    expect(doc.lang).toBe("ro");
    expect(doc.paragraphs).toHaveLength(6);
    expect(doc.sentences).toHaveLength(13);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 0, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5]);
  });

  it("cuts sentences where a reader would", () => {
    expect(doc.sentences[4]!.text).toBe("Casa Albă nu a confirmat deocamdată informația.");
    expect(doc.sentences[9]!.text.endsWith("calificând drept „porci europeni” pe cei care sprijină Kievul, conform Politico.")).toBe(true);
    expect(doc.sentences[12]!.text.startsWith("Consilierul ucrainean pentru securitate națională, Rustem Umerov")).toBe(true);
  });

  it("keeps every span exact and covers every token", () => {
    checkSpans(doc);
    expect(doc.sentences[doc.sentences.length - 1]!.tokenEnd).toBe(doc.tokens.length);
  });

  it("gives tokens fold, stem, type and upper", () => {
    const t = doc.tokens.find((x) => x.text === "președintelui")!;
    expect(t).toMatchObject({ fold: "presedintelui", type: "word", upper: false });
    expect(t.stem).toBe(stem("presedintelui", "ro"));
    const m = doc.tokens.find((x) => x.text === "negocieri-maraton")!;
    expect(m.type).toBe("word");
    expect(doc.tokens.find((x) => x.text === "Witkoff")!.upper).toBe(true);
    expect(doc.tokens.find((x) => x.text === "„")!.type).toBe("punct");
    expect(doc.article).toEqual({ id: "seed", path: "seed.txt", date: "2025-12-18" });
  });
});

describe("sentence splitting", () => {
  it("does not split after Romanian and English abbreviations, initials and numbers", () => {
    expect(sentences("L-am văzut pe dl. Popescu ieri. Dr. Ionescu a venit. Au fost 800.000 de oameni și 1.5 procente.", "ro")).toEqual([
      "L-am văzut pe dl. Popescu ieri.",
      "Dr. Ionescu a venit.",
      "Au fost 800.000 de oameni și 1.5 procente.",
    ]);
    expect(sentences("U.S. President Donald Trump met J. D. Vance in St. Petersburg on Jan. 5 with Mr. Smith. They left.", "en")).toEqual([
      "U.S. President Donald Trump met J. D. Vance in St. Petersburg on Jan. 5 with Mr. Smith.",
      "They left.",
    ]);
  });
  it("splits after an acronym when a sentence plainly starts", () => {
    expect(sentences("They flew to the U.S. The talks ended.", "en")).toEqual(["They flew to the U.S.", "The talks ended."]);
  });
  it("keeps closing quotes with the sentence they end", () => {
    expect(sentences("Putin vrea să „elibereze teritoriile”. Apoi a plecat. El a întrebat: „Cine?” Nimeni!", "ro")).toEqual([
      "Putin vrea să „elibereze teritoriile”.",
      "Apoi a plecat.",
      "El a întrebat: „Cine?”",
      "Nimeni!",
    ]);
    expect(sentences('He said "we are done." Then he left.', "en")).toEqual(['He said "we are done."', "Then he left."]);
  });
  it("does not split before a lower-case word or inside a quote that goes on", () => {
    expect(sentences('"It didn\'t feel right," he said. Then?', "en")).toEqual(['"It didn\'t feel right," he said.', "Then?"]);
  });
  it("always ends a sentence at a paragraph break", () => {
    const doc = analyze({ id: "t", path: "t", text: "Titlu fără punct\n\nText aici." });
    expect(doc.sentences.map((s) => [s.text, s.paragraph])).toEqual([["Titlu fără punct", 0], ["Text aici.", 1]]);
  });
});

describe("tokens", () => {
  const tokens = (text: string): string[] => analyze({ id: "t", path: "t", text }, { lang: "ro" }).tokens.map((t) => `${t.text}:${t.type}`);
  it("keeps hyphenated names and Romanian clitics whole", () => {
    expect(tokens("Elmendorf-Richardson s-a într-o Bruxelles-ul")).toEqual([
      "Elmendorf-Richardson:word", "s-a:word", "într-o:word", "Bruxelles-ul:word",
    ]);
  });
  it("splits ranges of numbers, dashes and the English possessive", () => {
    expect(tokens("18-19 Trump–Putin Russia's")).toEqual([
      "18:number", "-:punct", "19:number", "Trump:word", "–:punct", "Putin:word", "Russia:word", "'s:word",
    ]);
  });
  it("reads numbers with separators and dotted acronyms", () => {
    expect(tokens("800.000 3,5% U.S. S.U.A. F-16")).toEqual([
      "800.000:number", "3,5:number", "%:punct", "U.S.:word", "S.U.A.:word", "F-16:word",
    ]);
  });
  it("keeps a site's common top-level domain on its name, and a sentence's full stop after it", () => {
    expect(tokens("Potrivit HotNews.ro, ziare.com. The end.It co.uk")).toEqual([
      "Potrivit:word", "HotNews.ro:word", ",:punct", "ziare.com:word", ".:punct", "The:word", "end:word", ".:punct", "It:word", "co.uk:word",
    ]);
  });
  it("treats an emoji as one punctuation token (no broken surrogate pair)", () => {
    expect(tokens("da😀nu")).toEqual(["da:word", "😀:punct", "nu:word"]);
  });
  it("normalises cedilla text so both families give the same folds", () => {
    const a = analyze({ id: "a", path: "a", text: "Preşedintele ţării" }, { lang: "ro" });
    const b = analyze({ id: "b", path: "b", text: "Președintele țării" }, { lang: "ro" });
    expect(a.text).toBe(b.text);
    expect(a.tokens.map((t) => t.stem)).toEqual(b.tokens.map((t) => t.stem));
  });
});

describe("language", () => {
  it("detects Romanian and English, with and without diacritics", () => {
    expect(detectLanguage(SEED)).toBe("ro");
    expect(detectLanguage("Presedintele a spus ca delegatia va pleca la Moscova si ca nu este de acord cu planul.")).toBe("ro");
    expect(detectLanguage("The president said that the delegation will fly to Moscow and that he was not happy with the plan.")).toBe("en");
    expect(detectLanguage("")).toBe("ro");
  });
  it("lets options.lang and article.lang override detection", () => {
    const english = "The president said that the talks were over.";
    expect(analyze({ id: "a", path: "a", text: english }).lang).toBe("en");
    expect(analyze({ id: "a", path: "a", text: english, lang: "ro" }).lang).toBe("ro");
    expect(analyze({ id: "a", path: "a", text: english, lang: "ro" }, { lang: "auto" }).lang).toBe("en");
    expect(analyze({ id: "a", path: "a", text: english }, { lang: "ro" }).lang).toBe("ro");
  });
  it("reads all eight development articles with the right language and exact spans", () => {
    for (const name of ["01-ro-geneva-plan-pace", "03-ro-kremlin-witkoff-kushner", "06-en-alaska-summit-trump-putin", "08-en-eu-summit-ukraine-loan"]) {
      const text = readFileSync(`../shared/articles/${name}.txt`, "utf8").replace(/^ date \S+ /, "");
      const doc = analyze({ id: name, path: name, text });
      expect(doc.lang).toBe(name.includes("-en-") ? "en" : "ro");
      checkSpans(doc);
      if (name.startsWith("03")) expect(doc.text).not.toMatch(/[şţŞŢ]/);
    }
  });
  it("does not split the English article 06 after U.S. President", () => {
    const text = readFileSync("../shared/articles/06-en-alaska-summit-trump-putin.txt", "utf8").replace(/^ date \S+ /, "");
    const doc = analyze({ id: "06", path: "06", text });
    expect(doc.sentences[0]!.text.startsWith("U.S. President Donald Trump and Russia's Vladimir Putin left their summit")).toBe(true);
    expect(doc.sentences[0]!.text.endsWith("productive.")).toBe(true);
  });
});
