// Reads the curated knowledge base (data/kb/*.json) and the lexicons (data/lexicon/**) from disk,
// checks them, and hands them to the extractor as one Resources object, cached per data folder.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { EntityKind, Lang } from "../types.js";
import { fold } from "../text/index.js";
import type {
  KbEntry,
  KbRole,
  LexGroupNoun,
  LexMeetingTrigger,
  LexTitle,
  LexTopic,
  NameHeads,
  PlaceHeads,
  Portfolios,
  Lexicon,
  Resources,
} from "./schema.js";

export type { Resources } from "./schema.js";

/** Default options of the loader. */
export const DEFAULTS = {
  /** The project's data/ folder, found relative to this module (works from src/ and from dist/). */
  dataDir: fileURLToPath(new URL("../../data/", import.meta.url)),
  /** Languages whose lexicon folder is read (data/lexicon/<lang>/). */
  langs: ["ro", "en"] as Lang[],
};

/** A problem in the curated data: names the file, the entry and what to do. */
export class ResourceError extends Error {
  constructor(
    message: string,
    /** The file that holds the problem (relative to the data folder). */
    readonly file: string,
    /** The entry id (or array index) at fault, when there is one. */
    readonly entry?: string,
  ) {
    super(message);
    this.name = "ResourceError";
  }
}

const KINDS: readonly EntityKind[] = ["person", "organization", "country", "place", "group"];
const KB_KEYS = new Set([
  "id", "kind", "label", "wikidata", "description", "aliases", "aliases_ro", "roles", "demonyms", "capital", "country", "standsFor",
]);
const ROLE_KEYS = new Set(["relation", "of", "label", "from", "to"]);
const ID_RE = /^(person|organization|country|place|group):[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOPIC_ID_RE = /^topic:[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RELATION_RE = /^[a-z]+(?:_[a-z]+)*$/;
const QID_RE = /^Q[1-9][0-9]*$/;
const DATE_RE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

const cache = new Map<string, Resources>();

/**
 * Loads and validates the knowledge base and the lexicons of `dataDir` (default: the project's data/).
 * The result is cached per folder; call `clearResourceCache()` after editing the files in a running process.
 * @throws ResourceError naming the file and entry when the data is inconsistent.
 */
export function loadResources(dataDir: string = DEFAULTS.dataDir): Resources {
  const key = join(dataDir, ".");
  const hit = cache.get(key);
  if (hit) return hit;
  const kb = loadKb(dataDir);
  const topics = loadTopics(dataDir);
  const lexicons = {} as Record<Lang, Lexicon>;
  const placeHeads = loadPlaceHeads(dataDir);
  const portfolios = loadPortfolios(dataDir);
  const nameHeads = loadNameHeads(dataDir);
  for (const lang of DEFAULTS.langs) lexicons[lang] = loadLexicon(dataDir, lang, topics, placeHeads, portfolios, nameHeads);
  const resources: Resources = { kb, lexicons, towns: loadTowns(dataDir), givenNames: loadGivenNames(dataDir) };
  cache.set(key, resources);
  return resources;
}

/** Reads data/gazetteer/towns.tsv ("name<TAB>country" lines after "#" comments; written by `npm run gazetteer`). */
function loadTowns(dataDir: string): Map<string, string> {
  const file = "gazetteer/towns.tsv";
  const path = join(dataDir, file);
  if (!existsSync(path)) throw new ResourceError(`resources: no gazetteer ${path}; run npm run gazetteer`, file);
  const towns = new Map<string, string>();
  readFileSync(path, "utf8").split("\n").forEach((line, i) => {
    if (line === "" || line.startsWith("#")) return;
    const [name, country, extra] = line.split("\t");
    if (!name || !country || extra !== undefined || !/^[A-Z]{2}$/.test(country)) fail(file, `line ${i + 1}`, 'must be "name<TAB>country code"');
    towns.set(name, country);
  });
  return towns;
}

/** Reads data/lexicon/given-names.txt (folded names, one per line, after "#" comments; written by `npm run given-names`). */
function loadGivenNames(dataDir: string): Set<string> {
  const file = "lexicon/given-names.txt";
  const path = join(dataDir, file);
  if (!existsSync(path)) throw new ResourceError(`resources: no list of given names ${path}; run npm run given-names`, file);
  const names = new Set<string>();
  readFileSync(path, "utf8").split("\n").forEach((line, i) => {
    if (line === "" || line.startsWith("#")) return;
    if (line !== fold(line) || /\s/.test(line)) fail(file, `line ${i + 1}`, "must be one folded word (lower case, no diacritics)");
    names.add(line);
  });
  return names;
}

/** Forgets every cached Resources object (for tests and long-running processes that reload data). */
export function clearResourceCache(): void {
  cache.clear();
}

// ---------------------------------------------------------------------------------------------
// Knowledge base

/** Reads every data/kb/*.json (in name order) and checks the entries together. */
function loadKb(dataDir: string): KbEntry[] {
  const dir = join(dataDir, "kb");
  if (!existsSync(dir)) throw new ResourceError(`resources: no knowledge base folder ${dir}; create data/kb/ with JSON arrays of entries`, "kb");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  const entries: { file: string; entry: KbEntry }[] = [];
  for (const f of files) {
    const file = `kb/${f}`;
    const data = readJson(dataDir, file);
    if (!Array.isArray(data)) fail(file, undefined, "must hold a JSON array of knowledge-base entries");
    data.forEach((raw, i) => entries.push({ file, entry: checkEntryShape(raw, file, i) }));
  }
  validateKb(entries);
  return entries.map((e) => e.entry);
}

/**
 * Checks knowledge-base entries as a whole: unique ids, valid kinds, id prefixes that match the kind,
 * references (`roles[].of`, `capital`, `country`, `standsFor`) that point at existing entries of a fitting kind.
 * @throws ResourceError naming the file and the entry id.
 */
export function validateKb(entries: { file: string; entry: KbEntry }[]): void {
  const byId = new Map<string, { file: string; entry: KbEntry }>();
  for (const item of entries) {
    const prev = byId.get(item.entry.id);
    if (prev) fail(item.file, item.entry.id, `repeats the id already used in ${prev.file}; merge the two entries or give one a new id`);
    byId.set(item.entry.id, item);
  }
  const ref = (item: { file: string; entry: KbEntry }, field: string, target: string | undefined, kinds?: EntityKind[]): void => {
    if (target === undefined) return;
    const other = byId.get(target);
    if (!other) fail(item.file, item.entry.id, `${field} points at "${target}", which is not in the knowledge base; add that entry or fix the id`);
    if (kinds && !kinds.includes(other.entry.kind)) {
      fail(item.file, item.entry.id, `${field} points at "${target}" of kind ${other.entry.kind}; it must be a ${kinds.join(" or ")}`);
    }
    if (target === item.entry.id) fail(item.file, item.entry.id, `${field} points at the entry itself; remove it`);
  };
  for (const item of entries) {
    const e = item.entry;
    e.roles?.forEach((r, i) => ref(item, `roles[${i}].of`, r.of));
    ref(item, "capital", e.capital, ["place"]);
    ref(item, "country", e.country, ["country"]);
    ref(item, "standsFor", e.standsFor);
  }
}

/** Checks one raw entry's fields and types; returns it typed. */
function checkEntryShape(raw: unknown, file: string, index: number): KbEntry {
  if (!isObject(raw)) fail(file, `#${index}`, "is not an object; each entry is {id, kind, label, …}");
  const id = typeof raw.id === "string" ? raw.id : `#${index}`;
  if (typeof raw.id !== "string" || !ID_RE.test(raw.id)) {
    fail(file, id, `has an invalid id; write "<kind>:<slug>" with the slug in lowercase ASCII words joined by hyphens (e.g. "person:steve-witkoff")`);
  }
  for (const k of Object.keys(raw)) if (!KB_KEYS.has(k)) fail(file, id, `has an unknown field "${k}"; allowed: ${[...KB_KEYS].join(", ")}`);
  if (typeof raw.kind !== "string" || !KINDS.includes(raw.kind as EntityKind)) {
    fail(file, id, `has kind ${JSON.stringify(raw.kind)}; use one of ${KINDS.join(", ")}`);
  }
  if (!raw.id.startsWith(`${raw.kind}:`)) fail(file, id, `has kind "${raw.kind}" but its id starts with "${raw.id.split(":")[0]}:"; make them agree`);
  nonEmptyString(raw.label, file, id, "label");
  if (raw.wikidata !== undefined && (typeof raw.wikidata !== "string" || !QID_RE.test(raw.wikidata))) {
    fail(file, id, `has wikidata ${JSON.stringify(raw.wikidata)}; write a Q-id like "Q7747", or leave it out when unsure`);
  }
  if (raw.description !== undefined) nonEmptyString(raw.description, file, id, "description");
  stringList(raw.aliases, file, id, "aliases");
  stringList(raw.aliases_ro, file, id, "aliases_ro");
  if (raw.roles !== undefined) {
    if (!Array.isArray(raw.roles)) fail(file, id, "has roles that are not an array");
    raw.roles.forEach((r, i) => checkRole(r, file, id, i));
  }
  if (raw.demonyms !== undefined) {
    if (!isObject(raw.demonyms)) fail(file, id, 'has demonyms that are not an object {"ro": [...], "en": [...]}');
    for (const k of Object.keys(raw.demonyms)) {
      if (k !== "ro" && k !== "en") fail(file, id, `has demonyms for unknown language "${k}"; use "ro" and "en"`);
      stringList(raw.demonyms[k], file, id, `demonyms.${k}`);
    }
  }
  for (const k of ["capital", "country", "standsFor"] as const) {
    if (raw[k] !== undefined && (typeof raw[k] !== "string" || !ID_RE.test(raw[k] as string))) {
      fail(file, id, `has ${k} ${JSON.stringify(raw[k])}; it must be the id of another entry`);
    }
  }
  if (raw.capital !== undefined && raw.kind !== "country") fail(file, id, "has a capital but is not a country; remove the field");
  if (raw.demonyms !== undefined && raw.kind !== "country") fail(file, id, "has demonyms but is not a country; remove the field");
  return raw as unknown as KbEntry;
}

function checkRole(r: unknown, file: string, id: string, i: number): asserts r is KbRole {
  const where = `roles[${i}]`;
  if (!isObject(r)) fail(file, id, `has ${where} that is not an object {relation, of, label}`);
  for (const k of Object.keys(r)) if (!ROLE_KEYS.has(k)) fail(file, id, `has an unknown field "${k}" in ${where}; allowed: ${[...ROLE_KEYS].join(", ")}`);
  if (typeof r.relation !== "string" || !RELATION_RE.test(r.relation)) {
    fail(file, id, `has ${where}.relation ${JSON.stringify(r.relation)}; write it in snake_case, e.g. "envoy_of"`);
  }
  if (typeof r.of !== "string" || !ID_RE.test(r.of)) fail(file, id, `has ${where}.of ${JSON.stringify(r.of)}; it must be the id of another entry`);
  nonEmptyString(r.label, file, id, `${where}.label`);
  for (const k of ["from", "to"] as const) {
    if (r[k] !== undefined && (typeof r[k] !== "string" || !DATE_RE.test(r[k] as string))) {
      fail(file, id, `has ${where}.${k} ${JSON.stringify(r[k])}; write an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
  }
  if (typeof r.from === "string" && typeof r.to === "string" && r.from > r.to) fail(file, id, `has ${where} ending before it starts; swap from and to`);
}

// ---------------------------------------------------------------------------------------------
// Lexicons

/** Reads data/lexicon/topics.json (shared by every language). */
function loadTopics(dataDir: string): LexTopic[] {
  const file = "lexicon/topics.json";
  const data = readJson(dataDir, file);
  if (!Array.isArray(data)) fail(file, undefined, "must hold a JSON array of topics");
  const ids = new Set<string>();
  const labels = new Set<string>();
  return data.map((raw, i) => {
    if (!isObject(raw)) fail(file, `#${i}`, "is not an object {id, label, ro, en}");
    const id = typeof raw.id === "string" ? raw.id : `#${i}`;
    if (typeof raw.id !== "string" || !TOPIC_ID_RE.test(raw.id)) fail(file, id, 'has an invalid id; write "topic:<slug>" in lowercase ASCII words joined by hyphens');
    if (ids.has(raw.id)) fail(file, id, "repeats a topic id; merge the two topics");
    ids.add(raw.id);
    nonEmptyString(raw.label, file, id, "label");
    if (labels.has(raw.label)) fail(file, id, `repeats the label "${raw.label}"; labels name topics in the graph and must be unique`);
    labels.add(raw.label);
    stringList(raw.ro, file, id, "ro", true);
    stringList(raw.en, file, id, "en", true);
    return { id: raw.id, label: raw.label, ro: raw.ro, en: raw.en } as LexTopic;
  });
}

const PLACE_HEAD_LISTS = ["before", "named", "inName", "regions", "towns", "after", "apposed", "qualifying", "buildingFirst", "buildingAnywhere", "describedEn", "streets"] as const;
const PLACE_HEAD_MAPS = ["described", "describedAdjectives"] as const;

/** Reads data/lexicon/place-heads.json (shared by every language). */
function loadPlaceHeads(dataDir: string): PlaceHeads {
  const file = "lexicon/place-heads.json";
  const data = readJson(dataDir, file);
  if (!isObject(data)) fail(file, undefined, `must hold an object with the lists ${PLACE_HEAD_LISTS.join(", ")}`);
  for (const k of Object.keys(data)) {
    if (k !== "comment" && ![...PLACE_HEAD_LISTS, ...PLACE_HEAD_MAPS].includes(k as never)) fail(file, k, `is no list of this file; use ${[...PLACE_HEAD_LISTS, ...PLACE_HEAD_MAPS].join(", ")}`);
  }
  for (const k of PLACE_HEAD_LISTS) stringList(data[k], file, k, "a list", true);
  for (const k of PLACE_HEAD_MAPS) {
    const map = data[k];
    // (an adjective may have no English word in the label: "căminul cultural din X" → "X community centre")
    const empty = (v: string): boolean => v.trim() === "" && k !== "describedAdjectives";
    if (!isObject(map) || Object.values(map).some((v) => typeof v !== "string" || empty(v))) fail(file, k, 'must be an object of words and their English ({"reședința": "residence"})');
  }
  return Object.fromEntries([...PLACE_HEAD_LISTS, ...PLACE_HEAD_MAPS].map((k) => [k, data[k]])) as unknown as PlaceHeads;
}

const NAME_HEAD_LISTS = ["documents", "programmes", "origins", "companies", "companyEnds", "placeFirst", "companyFirst", "orgAfter", "agencyFirst"] as const;

/** Reads data/lexicon/name-heads.json (shared by every language). */
function loadNameHeads(dataDir: string): NameHeads {
  const file = "lexicon/name-heads.json";
  const data = readJson(dataDir, file);
  if (!isObject(data)) fail(file, undefined, `must hold an object with the lists ${NAME_HEAD_LISTS.join(", ")}`);
  for (const k of Object.keys(data)) {
    if (k !== "comment" && !NAME_HEAD_LISTS.includes(k as never)) fail(file, k, `is no list of this file; use ${NAME_HEAD_LISTS.join(", ")}`);
  }
  for (const k of NAME_HEAD_LISTS) stringList(data[k], file, k, "a list", true);
  return Object.fromEntries(NAME_HEAD_LISTS.map((k) => [k, data[k]])) as unknown as NameHeads;
}

/** Reads data/lexicon/portfolios.json (shared by every language). */
function loadPortfolios(dataDir: string): Portfolios {
  const file = "lexicon/portfolios.json";
  const data = readJson(dataDir, file);
  if (!isObject(data)) fail(file, undefined, "must hold an object with words, en, ro and ministries");
  stringList(data.words, file, "words", "a list", true);
  for (const k of ["en", "ro", "ministries"] as const) {
    const map = data[k];
    if (!isObject(map) || Object.values(map).some((v) => typeof v !== "string" || v.trim() === "")) fail(file, k, 'must be an object of words and what they name ({"apararii": "defence"})');
  }
  return { words: data.words as string[], en: data.en as Record<string, string>, ro: data.ro as Record<string, string>, ministries: data.ministries as Record<string, string> };
}

/** Assembles the lexicon of one language from data/lexicon/<lang>/. */
function loadLexicon(dataDir: string, lang: Lang, topics: LexTopic[], placeHeads: PlaceHeads, portfolios: Portfolios, nameHeads: NameHeads): Lexicon {
  const dir = `lexicon/${lang}`;
  const titles = objectList<LexTitle>(dataDir, `${dir}/titles.json`, ["form", "role", "relation"], ["kind"], true);
  for (const t of titles) {
    if (!RELATION_RE.test(t.relation)) fail(`${dir}/titles.json`, t.form, `has relation "${t.relation}"; write it in snake_case`);
    if (t.kind !== undefined && !KINDS.includes(t.kind)) fail(`${dir}/titles.json`, t.form, `has kind "${t.kind}"; use one of ${KINDS.join(", ")}`);
  }
  const lexicon: Lexicon = {
    lang,
    titles,
    topics,
    groupNouns: objectList<LexGroupNoun>(dataDir, `${dir}/groups.json`, ["form", "label"], [], true),
    bodies: objectList<LexGroupNoun>(dataDir, `${dir}/bodies.json`, ["form", "label"], [], true),
    meetingTriggers: objectList<LexMeetingTrigger>(dataDir, `${dir}/meetings.json`, ["form", "type"], ["body", "assembly"], false),
    stopwords: wordList(dataDir, `${dir}/stopwords.json`),
    orgWords: wordList(dataDir, `${dir}/orgs.json`),
    placeCues: wordList(dataDir, `${dir}/places.json`),
    placeHeads,
    portfolios,
    nameHeads,
  };
  const dates = join(dataDir, dir, "dates.json");
  if (existsSync(dates)) {
    const data = readJson(dataDir, `${dir}/dates.json`);
    if (!Array.isArray(data)) fail(`${dir}/dates.json`, undefined, "must hold a JSON array");
    lexicon.dates = data;
  } else {
    lexicon.dates = [];
  }
  return lexicon;
}

/** A JSON array of objects with the given string fields; [] when the file is optional and absent. */
function objectList<T>(dataDir: string, file: string, required: string[], optional: string[], mustExist: boolean): T[] {
  if (!mustExist && !existsSync(join(dataDir, file))) return [];
  const data = readJson(dataDir, file);
  if (!Array.isArray(data)) fail(file, undefined, `must hold a JSON array of {${required.join(", ")}} objects`);
  const allowed = new Set([...required, ...optional]);
  return data.map((raw, i) => {
    const name = isObject(raw) && typeof raw.form === "string" ? raw.form : `#${i}`;
    if (!isObject(raw)) fail(file, name, `is not an object {${required.join(", ")}}`);
    for (const k of required) nonEmptyString(raw[k], file, name, k);
    for (const k of Object.keys(raw)) if (!allowed.has(k)) fail(file, name, `has an unknown field "${k}"; allowed: ${[...allowed].join(", ")}`);
    // (the only optional fields that are no strings: "body" and "assembly", true or false)
    for (const flag of ["body", "assembly"]) if (flag in raw && typeof raw[flag] !== "boolean") fail(file, name, `field "${flag}" must be true or false`);
    return raw as T;
  });
}

/** A JSON array of non-empty strings. */
function wordList(dataDir: string, file: string): string[] {
  const data = readJson(dataDir, file);
  if (!Array.isArray(data)) fail(file, undefined, "must hold a JSON array of strings");
  data.forEach((w, i) => {
    if (typeof w !== "string" || w.trim() === "") fail(file, `#${i}`, "is empty or not a string; remove it");
  });
  return data as string[];
}

// ---------------------------------------------------------------------------------------------
// Helpers

function readJson(dataDir: string, file: string): unknown {
  const path = join(dataDir, file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new ResourceError(`resources: cannot read ${path}; the file is required (check the data folder)`, file);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ResourceError(`resources: ${path} is not valid JSON (${(err as Error).message}); fix the syntax`, file);
  }
}

function fail(file: string, entry: string | undefined, what: string): never {
  const where = entry === undefined ? `data/${file}` : `data/${file}, entry ${entry}`;
  throw new ResourceError(`resources: ${where}: ${what}`, file, entry);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function nonEmptyString(x: unknown, file: string, id: string, field: string): asserts x is string {
  if (typeof x !== "string" || x.trim() === "") fail(file, id, `has an empty or missing ${field}; give it a text`);
}

function stringList(x: unknown, file: string, id: string, field: string, required = false): asserts x is string[] | undefined {
  if (x === undefined && !required) return;
  if (!Array.isArray(x)) fail(file, id, `has ${field} that is not an array of strings`);
  x.forEach((a, i) => {
    if (typeof a !== "string" || a.trim() === "") fail(file, id, `has an empty ${field}[${i}]; remove it or write the form`);
  });
}
