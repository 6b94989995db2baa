// The shapes of the curated data in data/kb and data/lexicon, as they are stored on disk.
// load.ts reads and validates them; the extractor only sees the compiled form.

import type { EntityKind, Lang } from "../types.js";

/** A role an entity holds, as a typed link to another KB entity. */
export interface KbRole {
  /** Relation type in snake_case: `president_of`, `envoy_of`, `head_of`, `son_in_law_of` … */
  relation: string;
  /** KB id of the other end, e.g. `country:united-states`. */
  of: string;
  /** Short English description: "President of the United States". */
  label: string;
  /** ISO dates bounding when the role holds (either may be absent). */
  from?: string;
  to?: string;
}

/** True when `role` holds on `date` (an undated article or an open bound counts as holding). */
export function roleHolds(role: KbRole, date: string | undefined): boolean {
  return (!role.from || !date || role.from <= date) && (!role.to || !date || role.to >= date);
}

/**
 * One entry of the knowledge base (data/kb/*.json holds arrays of these).
 * Aliases are base (nominative) forms; Romanian case endings and articles are derived by
 * the morphology rules, so "Moscova" is enough to find "Moscovei".
 */
export interface KbEntry {
  /** The graph key: `<kind>:<slug>`, e.g. `person:steve-witkoff`. */
  id: string;
  kind: EntityKind;
  /** Canonical English label. */
  label: string;
  wikidata?: string;
  description?: string;
  /** Surface forms in any language (English and international spellings). */
  aliases?: string[];
  /** Romanian spellings when they differ (Volodimir Zelenski, Moscova, Statele Unite). */
  aliases_ro?: string[];
  roles?: KbRole[];
  /** Countries: adjectives and nouns of nationality, base forms (american, rus, ucrainean / American, Russian). */
  demonyms?: { ro?: string[]; en?: string[] };
  /** Countries: KB id of the capital. */
  capital?: string;
  /** Places: KB id of the country they lie in; organisations: the country they belong to. */
  country?: string;
  /**
   * Places used as an actor stand for this entity (metonymy):
   * the Kremlin and Moscow → `country:russia`, Brussels → `organization:european-union`.
   */
  standsFor?: string;
}

/** A title or office word before (or after) a name: "președintele", "trimisul special". */
export interface LexTitle {
  /** The phrase as written, lower case, in its articulated nominative form. */
  form: string;
  /** English role noun: "President", "Special envoy", "Foreign Minister". */
  role: string;
  /** Relation to the organisation/country it belongs to: `president_of`, `envoy_of` … */
  relation: string;
  /** The kind of entity that carries such a title; almost always person. */
  kind?: EntityKind;
}

export interface LexTopic {
  /** Graph key `topic:<slug>`. */
  id: string;
  /** Short lowercase English label: "security guarantees". */
  label: string;
  /** Phrases that name the topic, per language; matched on stems, any inflection. */
  ro: string[];
  en: string[];
}

/** A noun that names an unnamed collective actor: "oficiali", "delegația", "leaders". */
export interface LexGroupNoun {
  form: string;
  /** English plural used in the label: "officials", "delegation", "leaders". */
  label: string;
}

export interface LexMeetingTrigger {
  /** The trigger word or phrase (any inflection is matched through stems). */
  form: string;
  /** Normalised type: meeting, talks, negotiations, summit, call, visit, speech, conference, dinner … */
  type: string;
  /** Only a body holds it ("să voteze", "to question"): no meeting unless an organisation takes part. */
  body?: boolean;
  /**
   * Only an assembly holds it as a session ("Consiliul Local urmează să analizeze", "the committee is expected to approve"):
   * no meeting unless a council, committee, assembly, parliament or board takes part (a ministry's approval is none).
   */
  assembly?: boolean;
}

/** Per-language lexicon, assembled from the files in data/lexicon/<lang>/. */
export interface Lexicon {
  lang: Lang;
  titles: LexTitle[];
  topics: LexTopic[];
  groupNouns: LexGroupNoun[];
  /** Common nouns of working bodies ("grupul de lucru", "joint commission"), with their base form. */
  bodies: LexGroupNoun[];
  meetingTriggers: LexMeetingTrigger[];
  /** Words that may start a sentence capitalised but are not names. */
  stopwords: string[];
  /** Organisation head words: "Fondul", "Comisia", "Ministerul" / "Ministry", "Council". */
  orgWords: string[];
  /** Prepositions that introduce a place: "la", "în", "din" / "in", "at". */
  placeCues: string[];
  /** Common nouns that make a name a place (data/lexicon/place-heads.json, shared by both languages). */
  placeHeads: PlaceHeads;
  /** Ministers' portfolios (data/lexicon/portfolios.json, shared by both languages). */
  portfolios: Portfolios;
  /** Common nouns that say what a name next to them is (data/lexicon/name-heads.json, shared by both languages). */
  nameHeads: NameHeads;
  /** Raw contents of data/lexicon/<lang>/dates.json when present (its owner defines the shape), else []. */
  dates?: unknown[];
}

/** Common nouns that make a name a place; what each list is for is said in place-heads.json. */
export interface PlaceHeads {
  before: string[];
  named: string[];
  inName: string[];
  regions: string[];
  towns: string[];
  after: string[];
  apposed: string[];
  qualifying: string[];
  buildingFirst: string[];
  buildingAnywhere: string[];
  /** Romanian venue nouns described by the place after them, with their English words. */
  described: Record<string, string>;
  describedAdjectives: Record<string, string>;
  describedEn: string[];
  /** Romanian lower-case street nouns that are part of the street's name after them. */
  streets: string[];
}

/** Common nouns that say what a name next to them is; what each list is for is said in name-heads.json. */
export interface NameHeads {
  documents: string[];
  programmes: string[];
  origins: string[];
  companies: string[];
  companyEnds: string[];
  placeFirst: string[];
  companyFirst: string[];
  orgAfter: string[];
  agencyFirst: string[];
}

/** Ministers' portfolios; what each part is for is said in portfolios.json. */
export interface Portfolios {
  words: string[];
  en: Record<string, string>;
  ro: Record<string, string>;
  ministries: Record<string, string>;
}

/** The loaded knowledge base and the lexicon of each language (see load.ts). */
export interface Resources {
  kb: KbEntry[];
  lexicons: Record<Lang, Lexicon>;
  /** Towns and cities of the world by folded name, with their country's ISO code (data/gazetteer/towns.tsv). */
  towns: ReadonlyMap<string, string>;
  /** Given names of many languages, folded (data/lexicon/given-names.txt). */
  givenNames: ReadonlySet<string>;
}
