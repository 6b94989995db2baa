// The synthetic corpus of the benchmark: news-like articles in Romanian (≈60%) and English (≈40%)
// about invented politicians meeting in invented and real places, written from templates with a
// seeded generator. Same seed → the same bytes. Files follow the seed article's format
// (` date YYYY-MM-DD <first paragraph>\n\n<paragraph>…`), 180–400 words each, in sub-folders of
// at most 1000 files, so `kg build <dir>` reads it like any other corpus.

import * as fs from "node:fs";
import path from "node:path";
import type { Lang } from "../types.js";
import {
  CITIES,
  COUNTRIES,
  FIRST_NAMES,
  LAST_NAMES,
  MONTHS_EN,
  MONTHS_RO,
  ORG_TEMPLATES,
  ORGS,
  OUTLETS,
  REAL_CITIES,
  REAL_PEOPLE,
  TITLES,
  TOPICS,
  WEEKDAYS_EN,
  WEEKDAYS_RO,
  type CountryName,
  type OrgName,
  type PlaceName,
} from "./names.js";
import { createRng, mix, type Rng } from "./random.js";

/** Bump when the generated text changes, so cached corpora are rebuilt. */
export const GENERATOR_VERSION = 1;

/** The name of the manifest written at the top of a generated corpus (hidden: ingest skips it). */
export const MANIFEST = ".corpus.json";

export interface CorpusOptions {
  /** How many articles to write. */
  articles: number;
  /** Seed of the generator: the same seed gives identical files. */
  seed: number;
  /** Folder to write into; created when missing; must be empty or a corpus written before. */
  dir: string;
  /** Weight of each language (default ro 0.6, en 0.4). */
  langs?: Partial<Record<Lang, number>>;
  /** Most files per sub-folder (default 1000). */
  perFolder?: number;
}

export const CORPUS_DEFAULTS: Readonly<{ langs: Readonly<Record<Lang, number>>; perFolder: number }> = Object.freeze({
  langs: Object.freeze({ ro: 0.6, en: 0.4 }),
  perFolder: 1000,
});

/** What `generateCorpus` wrote. */
export interface CorpusManifest {
  generator: number;
  seed: number;
  articles: number;
  bytes: number;
  words: number;
  byLang: Record<Lang, number>;
}

// ---- The world: a fixed cast drawn from the seed, shared by all articles ----

interface Person {
  first: string;
  last: string;
  country: number;
  title: number;
  /** A real actor of the knowledge base (title text given). */
  real?: { ro: string; en: string };
}

interface World {
  people: Person[];
  orgs: OrgName[];
}

const worlds = new Map<number, World>();

/** The cast of a seed: 480 invented people (skewed fame), the real actors, country-bound organisations. */
function worldOf(seed: number): World {
  const cached = worlds.get(seed);
  if (cached) return cached;
  const rng = createRng(mix(seed, 0x5eed));
  const people: Person[] = [];
  const used = new Set<string>();
  while (people.length < 480) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    if (used.has(`${first} ${last}`)) continue;
    used.add(`${first} ${last}`);
    people.push({ first, last, country: rng.int(0, COUNTRIES.length - 1), title: rng.int(0, TITLES.length - 1) });
  }
  // Real actors among the first (most famous) places of the cast.
  REAL_PEOPLE.forEach((r, i) => people.splice(i * 7 + 3, 0, { first: r.first, last: r.last, country: 0, title: 0, real: { ro: r.ro, en: r.en } }));
  const orgs: OrgName[] = [...ORGS];
  for (const c of COUNTRIES) {
    for (const t of ORG_TEMPLATES) {
      orgs.push({
        ro: t.ro.replace("{countryGen}", c.roGen),
        roGen: t.roGen.replace("{countryGen}", c.roGen),
        en: t.en.replace("{country}", c.en),
      });
    }
  }
  const world = { people, orgs };
  worlds.set(seed, world);
  return world;
}

// ---- One article ----

/** The cast and setting of one article. */
interface Story {
  lang: Lang;
  rng: Rng;
  /** Article date as a UTC day number. */
  day: number;
  a: Person;
  b: Person;
  c: Person;
  d: Person;
  c1: CountryName;
  c2: CountryName;
  capital1: PlaceName;
  capital2: PlaceName;
  place: PlaceName;
  topic: Record<Lang, string>;
  topic2: Record<Lang, string>;
  org: OrgName;
  outlet: string;
  /** People already named in full in this article (later mentions use the surname alone). */
  seen: Set<Person>;
}

const DAY = 86_400_000;
/** "joia viitoare": the articled weekday, Sunday first. */
const WEEKDAYS_RO_ARTICLED = ["duminica", "lunea", "marțea", "miercurea", "joia", "vinerea", "sâmbăta"];
const START_DAY = Date.UTC(2024, 0, 1) / DAY;

function iso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** "pe 14 martie" / "on 14 March", or a weekday, `offset` days from the article date. */
function when(s: Story, offset: number): string {
  const d = new Date((s.day + offset) * DAY);
  const r = s.rng.next();
  if (s.lang === "ro") {
    if (offset === 0) return r < 0.5 ? "astăzi" : "în cursul zilei de astăzi";
    if (r < 0.5) return `pe ${d.getUTCDate()} ${MONTHS_RO[d.getUTCMonth()]}`;
    if (r < 0.8) return offset < 0 ? WEEKDAYS_RO[d.getUTCDay()]! : `${WEEKDAYS_RO_ARTICLED[d.getUTCDay()]} viitoare`;
    return offset < 0 ? "săptămâna trecută" : "săptămâna viitoare";
  }
  if (offset === 0) return "today";
  if (r < 0.5) return `on ${d.getUTCDate()} ${MONTHS_EN[d.getUTCMonth()]}`;
  if (r < 0.8) return `${offset < 0 ? "last" : "next"} ${WEEKDAYS_EN[d.getUTCDay()]}`;
  return offset < 0 ? "last week" : "next week";
}
const past = (s: Story): string => when(s, -s.rng.int(1, 6));
const future = (s: Story): string => when(s, s.rng.int(2, 20));

/** A person named the first time with title and country, later by surname alone. */
function nm(s: Story, p: Person): string {
  if (s.seen.has(p)) return s.rng.chance(0.85) ? p.last : `${p.first} ${p.last}`;
  s.seen.add(p);
  const full = `${p.first} ${p.last}`;
  const c = COUNTRIES[p.country]!;
  const t = TITLES[p.title]!;
  if (s.lang === "ro") {
    if (p.real) return `${p.real.ro} ${full}`;
    const form = s.rng.next();
    if (form < 0.4) return `${t.ro} ${c.roAdjF.slice(0, -1)}, ${full}`;
    if (form < 0.8) return `${t.ro} ${full}`;
    return full;
  }
  if (p.real) return `${p.real.en} ${full}`;
  const form = s.rng.next();
  if (form < 0.4) return `${c.enAdj} ${t.en} ${full}`;
  if (form < 0.8) return `${t.en.replace(/\b[a-z]/g, (l) => l.toUpperCase())} ${full}`;
  return full;
}

/** "lui Andrei Varga" / "lui Varga" (Romanian genitive-dative of a name; no title). */
function lui(s: Story, p: Person): string {
  const first = !s.seen.has(p);
  s.seen.add(p);
  return first || s.rng.chance(0.2) ? `lui ${p.first} ${p.last}` : `lui ${p.last}`;
}

const cap = (x: string): string => x[0]!.toUpperCase() + x.slice(1);

type Template = (s: Story) => string;

/** Meeting sentences in Romanian, by kind and status. */
const RO_MEETINGS: Template[] = [
  (s) => `${cap(nm(s, s.a))} s-a întâlnit ${past(s)} la ${s.place.ro} cu ${nm(s, s.b)}, pentru discuții despre ${s.topic.ro}.`,
  (s) => `Potrivit surselor citate, un summit între ${nm(s, s.a)} și ${nm(s, s.b)} ar urma să aibă loc ${future(s)} la ${s.place.ro}.`,
  (s) => `${cap(nm(s, s.a))} a avut ${past(s)} o convorbire telefonică cu ${nm(s, s.b)}, în care cei doi au discutat despre ${s.topic.ro}.`,
  (s) => `${cap(nm(s, s.a))} a efectuat ${past(s)} o vizită oficială la ${s.place.ro}, unde a fost primit de ${nm(s, s.b)}.`,
  (s) => `Delegațiile ${s.c1.roGen} și ${s.c2.roGen} au purtat negocieri la ${s.place.ro}, sub conducerea ${lui(s, s.a)}.`,
  (s) => `Vizita pe care ${nm(s, s.a)} urma să o facă la ${s.place.ro} a fost anulată în ultimul moment.`,
  (s) => `Reuniunea de la ${s.place.ro} dintre ${nm(s, s.a)} și ${nm(s, s.b)} a fost amânată și ar urma să aibă loc ${future(s)}.`,
  (s) => `${s.org.ro} nu a confirmat deocamdată întâlnirea dintre ${nm(s, s.a)} și ${nm(s, s.b)}.`,
  (s) => `${cap(nm(s, s.a))} a propus o întâlnire cu ${nm(s, s.b)} la ${s.place.ro}, pentru a discuta despre ${s.topic.ro}.`,
  (s) => `Consultările dintre ${nm(s, s.a)} și ${nm(s, s.b)} continuă la ${s.place.ro}, în prezența unor experți ${s.c1.roPeople}.`,
  (s) => `Conform ${s.outlet}, ${nm(s, s.a)} și ${nm(s, s.b)} ar urma să se întâlnească ${future(s)} la ${s.place.ro}.`,
  (s) => `${cap(nm(s, s.a))} a participat ${past(s)} la o videoconferință cu liderii ${s.org.roGen}, pentru a discuta despre ${s.topic.ro}.`,
];

/** Context sentences in Romanian (roles, stances, genitives, surnames alone, attribution). */
const RO_CONTEXT: Template[] = [
  (s) => `Poziția ${s.capital2.roGen} rămâne, în mare parte, neschimbată.`,
  (s) => `${s.capital1.roActor} a intensificat presiunile asupra ${s.c2.roGen} pentru a accepta ${s.topic2.ro}.`,
  (s) => `Un purtător de cuvânt al ${s.org.roGen} a declarat că ${s.topic.ro} reprezintă o prioritate.`,
  (s) => `Consilierul ${lui(s, s.c)}, ${nm(s, s.d)}, a spus că o decizie ar putea fi luată ${future(s)}.`,
  (s) => `${cap(nm(s, s.a))} a declarat că ${s.c2.ro} ar putea accepta ${s.topic2.ro}.`,
  (s) => `Potrivit surselor, ${nm(s, s.b)} ar fi respins propunerea privind ${s.topic.ro}.`,
  (s) => `Oficialii ${s.c1.roPeople} cred că un acord final ar putea include ${s.topic2.ro}.`,
  (s) => `Delegația ${s.c2.roAdjF} ar urma să fie condusă de ${nm(s, s.c)}.`,
  (s) => `În această săptămână, ${nm(s, s.a)} și ${nm(s, s.c)} au purtat negocieri-maraton la ${s.capital1.ro} cu oficiali ${s.c2.roPeople} și europeni.`,
  (s) => `Surse din cadrul guvernului de la ${s.capital2.ro} au precizat că ${nm(s, s.b)} nu a primit încă o invitație oficială.`,
  (s) => `${cap(nm(s, s.d))} nu a confirmat deocamdată informația.`,
  (s) => `${cap(nm(s, s.b))} sprijină ${s.topic.ro}, dar a criticat ritmul discuțiilor.`,
  (s) => `Ministrul de externe al ${s.c1.roGen}, ${nm(s, s.c)}, a cerut ${s.topic2.ro} înainte de orice acord.`,
  (s) => `Reprezentanții ${s.org.roGen} au anunțat că vor participa la discuțiile de la ${s.place.ro}.`,
  (s) => `${cap(nm(s, s.a))} a amenințat cu sancțiuni împotriva ${s.c2.roGen} dacă negocierile eșuează.`,
  (s) => `Guvernul ${s.c1.roGen} și ${s.org.ro} au semnat ${past(s)} un memorandum privind ${s.topic2.ro}.`,
];

const RO_FILLER: Template[] = [
  () => "Analiștii consideră că negocierile vor fi dificile, iar rezultatul lor rămâne incert.",
  () => "Situația de pe teren continuă să influențeze pozițiile părților implicate.",
  () => "Ambele părți au subliniat importanța dialogului și a unor pași concreți în perioada următoare.",
  () => "Observatorii internaționali urmăresc cu atenție evoluția discuțiilor și eventualele concesii.",
  (s) => `Potrivit datelor oficiale, peste ${s.rng.int(12, 480)} de specialiști lucrează la pregătirea documentelor tehnice.`,
  () => "Tema va fi reluată în cadrul unor consultări tehnice la nivel de experți, au precizat diplomații.",
  (s) => `Bugetul alocat programului ar putea ajunge la ${s.rng.int(2, 90)} de miliarde de euro în următorii ani.`,
  () => "Opoziția a cerut guvernului să prezinte public detaliile acordului înainte de vot.",
  () => "Mai mulți experți avertizează că lipsa unui calendar clar poate amâna orice progres real.",
  (s) => `Un sondaj recent arată că ${s.rng.int(30, 78)} la sută dintre cetățeni susțin continuarea negocierilor.`,
];

const EN_MEETINGS: Template[] = [
  (s) => `${cap(nm(s, s.a))} met ${nm(s, s.b)} in ${s.place.en} ${past(s)} for talks on ${s.topic.en}.`,
  (s) => `According to sources, a summit between ${nm(s, s.a)} and ${nm(s, s.b)} is expected to take place in ${s.place.en} ${future(s)}.`,
  (s) => `${cap(nm(s, s.a))} held a phone call with ${nm(s, s.b)} ${past(s)}, in which the two discussed ${s.topic.en}.`,
  (s) => `${cap(nm(s, s.a))} paid an official visit to ${s.place.en} ${past(s)}, where he was received by ${nm(s, s.b)}.`,
  (s) => `Delegations from ${s.c1.en} and ${s.c2.en} held negotiations in ${s.place.en}, led by ${nm(s, s.a)}.`,
  (s) => `The visit ${nm(s, s.a)} was due to make to ${s.place.en} was cancelled at the last minute.`,
  (s) => `The meeting in ${s.place.en} between ${nm(s, s.a)} and ${nm(s, s.b)} has been postponed and is now expected ${future(s)}.`,
  (s) => `The ${s.org.en} has not yet confirmed the meeting between ${nm(s, s.a)} and ${nm(s, s.b)}.`,
  (s) => `${cap(nm(s, s.a))} proposed a meeting with ${nm(s, s.b)} in ${s.place.en} to discuss ${s.topic.en}.`,
  (s) => `Talks between ${nm(s, s.a)} and ${nm(s, s.b)} are continuing in ${s.place.en}, with ${s.c1.enAdj} experts present.`,
  (s) => `According to ${s.outlet}, ${nm(s, s.a)} and ${nm(s, s.b)} will meet in ${s.place.en} ${future(s)}.`,
];

const EN_CONTEXT: Template[] = [
  (s) => `The position of ${s.capital2.en} remains largely unchanged.`,
  (s) => `${s.capital1.en} has stepped up pressure on ${s.c2.en} to accept ${s.topic2.en}.`,
  (s) => `A spokesperson for the ${s.org.en} said that ${s.topic.en} remained a priority.`,
  (s) => `${cap(nm(s, s.d))}, an adviser to ${nm(s, s.c)}, said a decision could come ${future(s)}.`,
  (s) => `${cap(nm(s, s.a))} said ${s.c2.en} could accept ${s.topic2.en}.`,
  (s) => `According to sources, ${nm(s, s.b)} rejected the proposal on ${s.topic.en}.`,
  (s) => `${s.c1.enAdj} officials believe a final deal could include ${s.topic2.en}.`,
  (s) => `The ${s.c2.enAdj} delegation is expected to be led by ${nm(s, s.c)}.`,
  (s) => `This week, ${nm(s, s.a)} and ${nm(s, s.c)} held marathon negotiations in ${s.capital1.en} with ${s.c2.enAdj} and European officials.`,
  (s) => `${cap(nm(s, s.d))} has not confirmed the report.`,
  (s) => `${cap(nm(s, s.b))} supports ${s.topic.en} but criticised the pace of the talks.`,
  (s) => `The Foreign Minister of ${s.c1.en}, ${nm(s, s.c)}, called for ${s.topic2.en} before any agreement.`,
  (s) => `${cap(nm(s, s.a))} threatened sanctions against ${s.c2.en} if the negotiations fail.`,
];

const EN_FILLER: Template[] = [
  () => "Analysts expect the negotiations to be difficult, and their outcome remains uncertain.",
  () => "The situation on the ground continues to shape the positions of both sides.",
  () => "Both sides stressed the importance of dialogue and of concrete steps in the coming weeks.",
  () => "International observers are following the talks and any possible concessions closely.",
  (s) => `According to official figures, more than ${s.rng.int(12, 480)} specialists are working on the technical documents.`,
  () => "The issue will be taken up again in technical consultations at expert level, diplomats said.",
  (s) => `The budget of the programme could reach ${s.rng.int(2, 90)} billion euros over the next few years.`,
  () => "The opposition asked the government to publish the details of the agreement before the vote.",
  () => "Several experts warn that the lack of a clear timetable could delay any real progress.",
  (s) => `A recent poll shows that ${s.rng.int(30, 78)} percent of citizens support further negotiations.`,
];

/** Most words in one article. */
const MAX_WORDS = 400;

/** The capital of an invented country: feminine ("Valdora") and masculine ("Koval") names alternate. */
function capitalOf(country: CountryName): PlaceName {
  const i = COUNTRIES.indexOf(country);
  return CITIES[(i * 2 + (i % 2)) % CITIES.length]!;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The language of article `index` under the given weights. */
function langOf(rng: Rng, langs: Record<Lang, number>): Lang {
  const total = langs.ro + langs.en;
  return rng.next() * total < langs.ro ? "ro" : "en";
}

/**
 * One synthetic article, as the bytes of its file (a string): ` date YYYY-MM-DD <paragraph>\n\n…\n`.
 * Pure: depends only on `seed`, `index` and the language weights.
 */
export function generateArticle(seed: number, index: number, langs: Record<Lang, number> = CORPUS_DEFAULTS.langs): { lang: Lang; date: string; text: string; words: number } {
  const world = worldOf(seed);
  const rng = createRng(mix(seed, index + 1));
  const lang = langOf(rng, langs);
  const day = START_DAY + rng.int(0, 729);
  const pickPerson = (): Person => rng.skewed(world.people);
  const a = pickPerson();
  let b = pickPerson();
  while (b === a) b = pickPerson();
  // c and d get titles of invented countries: never the real actors.
  const c = rng.pick(world.people.filter((p) => p !== a && p !== b && !p.real).slice(0, 200));
  const d = rng.pick(world.people.filter((p) => p !== a && p !== b && p !== c && !p.real));
  const c1 = COUNTRIES[a.real ? rng.int(0, COUNTRIES.length - 1) : a.country]!;
  let c2 = COUNTRIES[b.real ? rng.int(0, COUNTRIES.length - 1) : b.country]!;
  if (c2 === c1) c2 = COUNTRIES[(COUNTRIES.indexOf(c1) + 1) % COUNTRIES.length]!;
  const capital1 = capitalOf(c1);
  const capital2 = capitalOf(c2);
  const placeRoll = rng.next();
  const place = placeRoll < 0.35 ? capital1 : placeRoll < 0.6 ? capital2 : placeRoll < 0.75 ? rng.pick(CITIES) : rng.pick(REAL_CITIES);
  const topic = rng.skewed(TOPICS);
  let topic2 = rng.pick(TOPICS);
  if (topic2 === topic) topic2 = TOPICS[(TOPICS.indexOf(topic) + 1) % TOPICS.length]!;
  const s: Story = {
    lang, rng, day, a, b, c, d, c1, c2, capital1, capital2, place, topic, topic2,
    org: rng.skewed(world.orgs), outlet: rng.pick(OUTLETS), seen: new Set(),
  };
  const meetings = lang === "ro" ? RO_MEETINGS : EN_MEETINGS;
  const context = lang === "ro" ? RO_CONTEXT : EN_CONTEXT;
  const filler = lang === "ro" ? RO_FILLER : EN_FILLER;
  // 200–400 words, most articles in the upper half (≈2.4 KB on average, like the seed article).
  const target = 200 + Math.floor(195 * Math.sqrt(rng.next()));

  const paragraphs: string[] = [];
  const used = new Set<Template>();
  let words = 0;
  /** A template not used yet in this article, when one is left. */
  const fresh = (list: Template[]): Template => {
    for (let tries = 0; tries < 6; tries++) {
      const t = rng.pick(list);
      if (!used.has(t)) {
        used.add(t);
        return t;
      }
    }
    return rng.pick(list);
  };
  const add = (sentences: string[], sentence: string): boolean => {
    const w = wordCount(sentence);
    if (words + w > MAX_WORDS) return false;
    sentences.push(sentence);
    words += w;
    return true;
  };
  const lead: string[] = [];
  add(lead, fresh(meetings)(s));
  add(lead, fresh(context)(s));
  add(lead, fresh(context)(s));
  paragraphs.push(lead.join(" "));
  let full = false;
  while (words < target && !full) {
    const sentences: string[] = [];
    const n = rng.int(2, 4);
    for (let i = 0; i < n && words < target; i++) {
      const roll = rng.next();
      const t = roll < 0.2 ? fresh(meetings) : roll < 0.65 ? fresh(context) : fresh(filler);
      if (!add(sentences, t(s))) {
        full = true;
        break;
      }
    }
    if (sentences.length) paragraphs.push(sentences.join(" "));
  }
  const date = iso(day);
  return { lang, date, text: ` date ${date} ${paragraphs.join("\n\n")}\n`, words };
}

/** Path of article `index` inside the corpus folder: `0003/a003141-ro.txt`. */
export function articlePath(index: number, lang: Lang, perFolder = CORPUS_DEFAULTS.perFolder): string {
  return path.join(String(Math.floor(index / perFolder)).padStart(4, "0"), `a${String(index).padStart(6, "0")}-${lang}.txt`);
}

/**
 * Writes `articles` synthetic articles into `dir` (sub-folders of at most `perFolder` files) and a
 * hidden manifest `.corpus.json`. Deterministic: the same options give identical bytes.
 * Throws when `dir` holds files that are not a corpus written here before.
 */
export function generateCorpus(options: CorpusOptions): CorpusManifest {
  const langs = { ...CORPUS_DEFAULTS.langs, ...options.langs };
  const perFolder = options.perFolder ?? CORPUS_DEFAULTS.perFolder;
  if (!Number.isInteger(options.articles) || options.articles < 1) throw new Error(`bench: articles must be a positive integer, got ${options.articles}`);
  if (!Number.isInteger(options.seed)) throw new Error(`bench: seed must be an integer, got ${options.seed}`);
  if (!(langs.ro >= 0 && langs.en >= 0 && langs.ro + langs.en > 0)) throw new Error("bench: language weights must be ≥ 0 and not all 0");
  if (!Number.isInteger(perFolder) || perFolder < 1) throw new Error("bench: perFolder must be a positive integer");
  prepareDir(options.dir);
  const byLang: Record<Lang, number> = { ro: 0, en: 0 };
  let bytes = 0;
  let words = 0;
  let folder = "";
  for (let i = 0; i < options.articles; i++) {
    const article = generateArticle(options.seed, i, langs);
    const file = path.join(options.dir, articlePath(i, article.lang, perFolder));
    if (path.dirname(file) !== folder) {
      folder = path.dirname(file);
      fs.mkdirSync(folder, { recursive: true });
    }
    const data = Buffer.from(article.text, "utf8");
    fs.writeFileSync(file, data);
    bytes += data.length;
    words += article.words;
    byLang[article.lang]++;
  }
  const manifest: CorpusManifest = { generator: GENERATOR_VERSION, seed: options.seed, articles: options.articles, bytes, words, byLang };
  fs.writeFileSync(path.join(options.dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Reads the manifest of a corpus folder, or undefined when there is none. */
export function readManifest(dir: string): CorpusManifest | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), "utf8")) as CorpusManifest;
  } catch {
    return undefined;
  }
}

/** Empties a folder written by generateCorpus before; refuses a folder with other files. */
function prepareDir(dir: string): void {
  if (!fs.existsSync(dir)) {
    fs.mkdirSync(dir, { recursive: true });
    return;
  }
  const entries = fs.readdirSync(dir);
  if (entries.length === 0) return;
  if (!entries.includes(MANIFEST) || entries.some((e) => e !== MANIFEST && !/^\d{4}$/.test(e))) {
    throw new Error(`bench: ${dir} is not empty and is not a generated corpus; give an empty or new folder`);
  }
  for (const e of entries) fs.rmSync(path.join(dir, e), { recursive: true, force: true });
}
