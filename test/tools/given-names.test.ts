// The list of given names (data/lexicon/given-names.txt) is what src/tools/given-names.ts makes of
// @faker-js/faker's locales, and the loader rejects a line that is no folded word.
import { mkdtempSync, cpSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { allLocales } from "@faker-js/faker";
import { describe, expect, it } from "vitest";
import { GIVEN_NAMES_FILE, givenNamesText, type LocaleNames } from "../../src/tools/given-names.js";
import { loadResources, ResourceError } from "../../src/resources/load.js";

const DATA = join(import.meta.dirname, "..", "..", "data");

describe("the list of given names", () => {
  it("is the file the script writes from @faker-js/faker (npm run given-names)", () => {
    expect(readFileSync(GIVEN_NAMES_FILE, "utf8") === givenNamesText(Object.values(allLocales) as LocaleNames[])).toBe(true);
  });

  it("keeps one-word Latin names of every locale, folded, once; not names of several words or in other scripts", () => {
    const text = givenNamesText([
      { person: { first_name: { female: ["Mădălina", "Mary Ann", "Ольга"], male: ["Ousmane"] } } },
      { person: { first_name: ["Madalina", "Zuzana", "O'Neil"] } },
    ]);
    expect(text.split("\n").filter((l) => l && !l.startsWith("#"))).toEqual(["madalina", "o'neil", "ousmane", "zuzana"]);
    expect(["madalina", "zuzana", "ousmane", "ivana", "sorin"].every((n) => loadResources().givenNames.has(n))).toBe(true);
  });

  it("names the file and the line of an entry that is no folded word", () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-given-"));
    cpSync(DATA, dir, { recursive: true });
    writeFileSync(join(dir, "lexicon", "given-names.txt"), "# names\nmaria\nMădălina\n");
    let error: unknown;
    try {
      loadResources(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ResourceError);
    expect((error as ResourceError).file).toBe("lexicon/given-names.txt");
    expect((error as ResourceError).message).toContain("line 3");
  });
});
