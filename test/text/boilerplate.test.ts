// Page furniture around news text: datelines, "Citește și", credits, follow-us lines. Texts
// written for these tests.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze, stripBoilerplate } from "../../src/text/index.js";
import { extract } from "../../src/extract/index.js";
import { loadResources } from "../../src/resources/load.js";

describe("stripBoilerplate", () => {
  it.each([
    ["KYIV/MOSCOW, Dec 18 (Reuters) - Ukraine said on Thursday", "Ukraine said on Thursday\n\n(Reuters)"],
    ["WASHINGTON (AP) — The president said", "The president said\n\n(AP)"],
    ["WASHINGTON — The president said", "The president said"],
    ["Bucureşti, 18 dec /AGERPRES/ - Premierul a declarat", "Premierul a declarat\n\n(AGERPRES)"],
    ["(Reuters) - Talks resumed", "Talks resumed\n\n(Reuters)"],
    ["SUWAŁKI, Poland, March 7 (Reuters) - Poland and Lithuania agreed", "Poland and Lithuania agreed\n\n(Reuters)"],
    ["PERTH, Oct 26 - Western Australian Premier Roger Cook said", "Western Australian Premier Roger Cook said"],
    ["THUNDER BAY, Ont. — Talks between the First Nation and the miner", "Talks between the First Nation and the miner"],
    ["CUIABÁ, Brazil — The state government agreed", "The state government agreed"],
    ["Santa Cruz de La Palma (EFE).- The institute asked", "The institute asked\n\n(EFE)"],
    // an agency in no list, after a city in capitals and a date
    ["TALLINN, April 13 (Eesti Uudised) - Growers of the apple said", "Growers of the apple said\n\n(Eesti Uudised)"],
    ["CHIȘINĂU, 5 mai (Moldpres) - Premierul a declarat", "Premierul a declarat\n\n(Moldpres)"],
  ])("drops the dateline of %j (its agency, the source, moves after the story)", (text, rest) => {
    expect(stripBoilerplate(text)).toBe(rest);
  });

  it("drops furniture lines and keeps the story's lines where they were", () => {
    const text = "Rutte met Dan.\n\nCitește și: Rutte, despre garanții\n\nFoto: Administrația Prezidențială\n\nThe talks went well.\n\nReporting by Ana Pop; Editing by Ion Rus\n\nUrmărește știrile Digi24.ro și pe Google News\n\n© 2025 Agenția X";
    expect(stripBoilerplate(text)).toBe("Rutte met Dan.\n\n\n\n\n\nThe talks went well.\n\n\n\n\n\n");
  });

  it("keeps story lines that only look like furniture (no colon, too long, not at the start)", () => {
    const text = "Video conference calls were held on Monday.\nThe editor of the paper, Ana Pop, said: no.\nAUR – partidul a anunțat";
    expect(stripBoilerplate("Bucharest, Oct 3 - the city said.")).toBe("Bucharest, Oct 3 - the city said.");
    expect(stripBoilerplate(text)).toBe(text);
  });

  it("finds every furniture line with its quick whole-text test (property)", () => {
    // the lines filtered one by one, whether the quick test says there is furniture or not
    const lineByLine = (text: string): string =>
      text
        .split("\n")
        .map((line) => (line.length <= 300 && stripBoilerplate(line) === "" && line.trim() !== "" ? "" : line))
        .join("\n");
    const piece = fc.constantFrom(
      "Citește și: Rutte", "  foto: AP", "VIDEO:", "Reporting by Ana", "editing BY Ion", "Urmărește-ne pe Google News",
      "Follow us on Facebook", "© 2025 X", "Copyright 2025", "Toate drepturile rezervate.", "all rights reserved",
      "The talks went well.", "Rutte met Dan: Foto: no", "Video conference calls were held.", "Premierul a declarat", "", " ", "\t",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (lines) => {
        // a first line that is no dateline, so that only the furniture is stripped
        const text = ["Story.", ...lines].join("\n");
        expect(stripBoilerplate(text)).toBe(lineByLine(text));
      }),
      { numRuns: 500 },
    );
  });

  it("returns a text with nothing to strip unchanged", () => {
    const text = "Președintele Nicușor Dan s-a întâlnit joi cu Mark Rutte.";
    expect(stripBoilerplate(text)).toBe(text);
  });

  it("keeps reporters and photo credits out of the graph's actors, and the dateline's agency in as the source", () => {
    const text = "LONDON, Dec 18 (Reuters) - Keir Starmer met Mark Rutte in London on Thursday.\n\nReporting by Ana Pop and Ion Rus; Editing by Mara Lungu";
    const x = extract(analyze({ id: "t", path: "t.txt", text, date: "2025-12-18", lang: "en" }), loadResources());
    const labels = x.entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(["Keir Starmer", "Mark Rutte", "Reuters"]));
    expect(labels.filter((l) => /Ana Pop|Ion Rus|Mara Lungu/.test(l))).toEqual([]);
    // (the lead stays the first sentence: the meeting's evidence is the story's)
    expect(x.meetings.map((m) => m.evidence.sentence)).toEqual([0]);
  });
});
