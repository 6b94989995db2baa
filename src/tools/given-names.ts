// Writes data/lexicon/given-names.txt: given names of many languages, folded (lower case, no
// diacritics), one per line. The extractor reads it where a name's first word decides between a
// person and a place: "Bâtca Doamnei", "Poarta Sărutului" (a place's noun and a genitive: no one's
// name) against "Maria Andrei" (a given name and a surname that ends like a genitive).
//
// Source: the person names of every locale of the npm package @faker-js/faker (MIT; a development
// dependency: the extractor reads only the file written here), in the Latin script and of one word
// ("Mădălina", "Zuzana", "Ousmane"; not "Mary Ann").
//
//   npm run given-names            rewrites the file
//   npm run given-names -- --check exits 1 when the file is not what the source gives

import { writeOrCheck } from "./generated.js";
import { fileURLToPath } from "node:url";
import { fold } from "../text/index.js";

export const GIVEN_NAMES_FILE = fileURLToPath(new URL("../../data/lexicon/given-names.txt", import.meta.url));

/** What a faker locale holds of given names: a list, or lists by gender. */
type NameList = readonly string[] | Readonly<Record<string, readonly string[] | undefined>>;
export interface LocaleNames {
  person?: { first_name?: NameList; male_first_name?: NameList; female_first_name?: NameList };
}

const ONE_LATIN_WORD = /^\p{Script=Latin}[\p{Script=Latin}'-]*$/u;

/** The file's text: a header, then the folded names, sorted, once each. */
export function givenNamesText(locales: readonly LocaleNames[]): string {
  const names = new Set<string>();
  for (const locale of locales) {
    const person = locale.person ?? {};
    for (const list of [person.first_name, person.male_first_name, person.female_first_name]) {
      if (!list) continue;
      const all = Array.isArray(list) ? (list as readonly string[]) : Object.values(list as Record<string, readonly string[] | undefined>).flatMap((l) => l ?? []);
      for (const name of all) {
        const word = name.normalize("NFC").trim();
        if (ONE_LATIN_WORD.test(word) && word.length >= 2) names.add(fold(word));
      }
    }
  }
  return [
    "# Given names of many languages, folded; from the person names of every locale of the npm package @faker-js/faker (MIT).",
    "# Latin script, one word each. Written by `npm run given-names` (src/tools/given-names.ts); do not edit by hand.",
    ...[...names].sort(),
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  const { allLocales } = await import("@faker-js/faker");
  const text = givenNamesText(Object.values(allLocales) as LocaleNames[]);
  writeOrCheck("given-names", "@faker-js/faker", GIVEN_NAMES_FILE, text, text.split("\n").length - 3);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
