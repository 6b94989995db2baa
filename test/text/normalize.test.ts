// normalize / fold / foldSameLength: the canonical text every span points into.
import { describe, expect, it } from "vitest";
import { fold, foldSameLength, normalize } from "../../src/text/index.js";

describe("normalize", () => {
  it("turns the legacy cedilla letters into comma-below", () => {
    expect(normalize("Preşedintele ţării, ŞEFUL ŢĂRII")).toBe("Președintele țării, ȘEFUL ȚĂRII");
  });
  it("composes to NFC (a + combining breve → ă) and s + combining comma → ș", () => {
    expect(normalize("a\u0306 s\u0326")).toBe("ă ș");
  });
  it("CRLF and CR → LF; non-breaking spaces → space; zero-width, soft hyphen and controls removed", () => {
    expect(normalize("a\r\nb\rc")).toBe("a\nb\nc");
    expect(normalize("800\u00A0000\u202Fde")).toBe("800 000 de");
    expect(normalize("Wit\u200Bkoff\u00AD\u200D\uFEFF\u0007\u0000x")).toBe("Witkoffx");
    expect(normalize("a\tb\nc")).toBe("a\tb\nc");
  });
  it("keeps typographic quotes and dashes as they are", () => {
    const s = "„porci europeni” «non» “x” Trump–Putin — da";
    expect(normalize(s)).toBe(s);
  });
  it("replaces lone surrogates and is idempotent", () => {
    expect(normalize("a\uD800b")).toBe("a\uFFFDb");
    const s = "Preşedintele\u00A0„x”\r\n\u200B";
    expect(normalize(normalize(s))).toBe(normalize(s));
  });
});

describe("fold", () => {
  it("lower-cases and strips diacritics of both Romanian families and others", () => {
    expect(fold("Ștefan Şerban ȚARA ţară Ăâî")).toBe("stefan serban tara tara aai");
    expect(fold("Élysée Orbán Łódź Straße")).toBe("elysee orban lodz strasse");
  });
  it("folds the same when asked again (it remembers), for long strings and after forgetting", () => {
    const words = ["Ștefan", "ŞERBAN", "Élysée", "Straße", "Łódź", "Talks", "x".repeat(150) + "Ș"];
    const first = words.map(fold);
    expect(first).toEqual(["stefan", "serban", "elysee", "strasse", "lodz", "talks", "x".repeat(150) + "s"]);
    expect(words.map(fold)).toEqual(first);
    for (let n = 0; n < 100_001; n++) fold(`w${n}`);
    expect(words.map(fold)).toEqual(first);
  });
  it("foldSameLength keeps the length, character by character", () => {
    const s = "Președintele Élysée ß 😀 İ";
    const f = foldSameLength(s);
    expect(f.length).toBe(s.length);
    expect(f.startsWith("presedintele elysee")).toBe(true);
  });
});
