// Compiles the knowledge base and the lexicons into the lookup tables the extractor uses:
// alias sequences of folded tokens, title/trigger/topic phrases as stem sequences, cue phrases.
// Done once per Resources object and language, then cached.

import { readFileSync } from "node:fs";
import type { KbEntry, LexGroupNoun, LexMeetingTrigger, LexTitle, LexTopic } from "../resources/schema.js";
import type { Resources } from "../resources/schema.js";
import { baseForms, fold, foldedWords, stem } from "../text/index.js";
import type { EntityKind, Lang, Token } from "../types.js";

const VERB_START =
  /^(a|au|s-a|s-au|sa|se|va|vor|i-a|l-a|il|o|ar|este|sunt|will|spoke|met|meet|held|hold|talked|hosted|received|visited|phoned|signed|inaugurated|convene|convened|gathered|travel|travels|traveled|travelled|arrived|arrives|flew|addressed|expected|sworn|vorbind|convoace|convoca|asteptat|asteptata|asteptati|gazduieste|primise|hosting|was|seeing|signing|semnarea|semnarii|s-ar|negociaza|viziteaza|meets|sat|welcomed|receives|hosts|negotiated|negotiate|visits|toured|tours|is|due|joined|primeste|spoken|brief|briefed|to|urmeaza|called|rang|been|voted|brought|scheduled|inspected|inspects|inspect|voteaza|dezbate|analizeaza|dined|dines|dine|lunched|sits)$/;

/** Lower-case particles inside people's names ("Corrêa do Lago", "von der Leyen", "bin Zayed"): KB surnames and discovery share them. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(["von", "van", "der", "den", "de", "da", "do", "di", "bin", "ibn", "al", "le", "la", "du", "ten", "ter", "del", "della", "dos", "das", "los", "las", "y"]);

/** Countries whose people's names are written family name first. */
const FAMILY_NAME_FIRST = new Set(["country:china", "country:south-korea", "country:north-korea", "country:taiwan", "country:vietnam"]);

const verbal = new Map<string, boolean>();

/** A trigger that is a verb phrase ("s-a întâlnit", "met", "așteptat la"), not a noun. */
export function isVerbal(form: string): boolean {
  // asked for every trigger found: remembered per form (the lexicon's forms, a few hundred)
  let yes = verbal.get(form);
  if (yes === undefined) {
    yes = VERB_START.test(fold(form.split(" ")[0]!));
    verbal.set(form, yes);
  }
  return yes;
}

/** What an alias sequence can stand for. */
export interface AliasHit {
  id: string;
  kind: EntityKind;
  /** The alias is only the surname of a person: weaker, used when nothing longer matches. */
  surname: boolean;
  /** The alias is a short acronym ("OAS", "UE"): it names only a word written in capitals, not "Osei" or "Ue". */
  acronym?: boolean;
}

/** A phrase as a sequence of per-token matchers. */
export interface Phrase<T> {
  /** Per token: the stem it must have, or a folded prefix when the cue ended with `*`. */
  parts: PhrasePart[];
  value: T;
}
export interface PhrasePart {
  stem?: string;
  fold?: string;
  prefix?: string;
}

/**
 * A cue list ("negation", "planned" …). All cue lists of a language share one index, so a token
 * looks up once which cues of any list it can start (see `cueMatchesAt` in match.ts).
 */
export interface CueList<T> {
  /** The cues, in the order the lexicon lists them (on a tie the first one wins). */
  phrases: Phrase<T>[];
  /** The index of all the language's cue lists, this one included. */
  index: CueIndex;
}

/** One cue of one list, as the shared index holds it. */
export interface CueEntry {
  list: CueList<unknown>;
  phrase: Phrase<unknown>;
  /** The folded second word, when the cue has one that is not a prefix: a quick test before matching. */
  second?: string;
}

/** The cues of all lists of a language, indexed by their first word. */
export interface CueIndex {
  /** By the folded first word. */
  byFirst: Map<string, CueEntry[]>;
  /** Cues whose first word is a short prefix: tried on every token. */
  prefixed: CueEntry[];
  /** Cues whose first word is a prefix (`amânat*`), by its first PREFIX_KEY letters. */
  byPrefix: Map<string, CueEntry[]>;
}

/** A new cue list of `phrases`, its cues added to the shared `index`. */
function cueList<T>(index: CueIndex, phrases: Phrase<T>[]): CueList<T> {
  const list: CueList<T> = { phrases, index };
  for (const phrase of phrases) {
    const entry: CueEntry = { list, phrase, second: phrase.parts[1]?.fold };
    const first = phrase.parts[0]!;
    if (first.prefix !== undefined && first.prefix.length >= PREFIX_KEY) addTo(index.byPrefix, first.prefix.slice(0, PREFIX_KEY), entry);
    else if (first.prefix !== undefined) index.prefixed.push(entry);
    else addTo(index.byFirst, first.fold!, entry);
  }
  return list;
}

function addTo(map: Map<string, CueEntry[]>, key: string, entry: CueEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Prefix cues are indexed by their first letters. */
export const PREFIX_KEY = 3;

export interface StanceCue {
  relation: string;
}

export interface Cues {
  attribution: CueList<true>;
  sourcesWord: CueList<true>;
  /** Words of a source that is the press or unnamed people ("the newspaper X", "people familiar with"): what it reports is unconfirmed. */
  mediaWord: CueList<true>;
  /** Words that say a source is not named ("on condition of anonymity"): anywhere in the sentence, what it tells is unconfirmed. */
  anonymous: CueList<true>;
  unconfirmed: CueList<true>;
  cancelled: CueList<true>;
  postponed: CueList<true>;
  proposed: CueList<true>;
  planned: CueList<true>;
  ongoing: CueList<true>;
  happened: CueList<true>;
  conditional: CueList<true>;
  possible: CueList<true>;
  negation: CueList<true>;
  future: CueList<true>;
  /** "had been due to", "trebuia să": a plan told from after its time (its weekday is in the past). */
  pastFuture: CueList<true>;
  lead: CueList<true>;
  host: CueList<true>;
  participation: CueList<true>;
  with: CueList<true>;
  stances: CueList<StanceCue>;
  /** The seven status cue lists in one, each cue carrying its status: one pass per sentence. */
  status: CueList<"cancelled" | "postponed" | "unconfirmed" | "proposed" | "planned" | "ongoing" | "happened">;
  /** folded adjective → English adjective, for regions that are not countries ("european"). */
  regionalAdjectives: Map<string, string>;
}

export interface Compiled {
  /** Towns and cities by folded name (the gazetteer): a default guess of a name's kind yields to it. */
  towns: ReadonlyMap<string, string>;
  /** Given names of many languages, folded. */
  givenNames: ReadonlySet<string>;
  lang: Lang;
  kb: Map<string, KbEntry>;
  /** KB organisations by their English label ("Government of Romania"). */
  orgByLabel: Map<string, KbEntry>;
  /** Folded token sequence joined by " " → what it may stand for. */
  aliases: Map<string, AliasHit[]>;
  /** Places that are some country's capital (a capital used as an actor is its country, a seat of power is kept too). */
  capitals: Set<string>;
  /** First folded word of every alias: a token that starts none is skipped at once. */
  aliasFirst: Set<string>;
  /** Every word prefix of every alias ("fondul", "fondul monetar", …): how far a match can grow. */
  aliasPrefixes: Set<string>;
  maxAliasTokens: number;
  /** Stem of a demonym (any inflection) → country id. */
  demonyms: Map<string, string>;
  /** Demonyms of two words ("south korean" → South Korea): first word → the second's stem → country id. */
  demonymPairs: Map<string, Map<string, string>>;
  /** Country id → English adjective ("Russian"). */
  demonymEn: Map<string, string>;
  /** English adjective → country id, as group labels write it ("German" → Germany). */
  countryOfDemonymEn: Map<string, string>;
  titles: Map<string, Phrase<LexTitle>[]>;
  /** Titles of one word and the words that qualify titles ("secretary", "deputy", "assistant"). */
  titleWords: Set<string>;
  /** Noun triggers ("negocieri", "summitul"), matched on stems: any inflection. */
  triggers: Map<string, Phrase<LexMeetingTrigger>[]>;
  /** Verb triggers ("s-a întâlnit", "met", "a semnat"), matched on exact folded words: a verb's
   * stem is too loose ("semnat" and "semne" share "semn"). */
  verbTriggers: Map<string, Phrase<LexMeetingTrigger>[]>;
  topics: Map<string, Phrase<LexTopic>[]>;
  groupNouns: Map<string, LexGroupNoun>;
  /** Working bodies named by common nouns ("grupul de lucru", "joint commission"), on folded words. */
  bodies: Map<string, Phrase<LexGroupNoun>[]>;
  stopwords: Set<string>;
  orgWords: Set<string>;
  placeCues: Set<string>;
  /** Place head words ("palatul", "palace", "base") that make a discovered name a place. */
  placeWords: Set<string>;
  /** Words of a name that make it an area (county, sea, island): less specific than a town. */
  regionWords: Set<string>;
  /** Words of a name that make it a town, no more specific than one: "Ho Chi Minh City". */
  townWords: Set<string>;
  /** data/lexicon/name-heads.json, folded. */
  nameHeads: { documents: Set<string>; programmes: Set<string>; origins: Set<string>; companies: Set<string>; companyStems: Set<string>; companyEnds: Set<string>; placeFirst: Set<string>; companyFirst: Set<string>; orgAfter: string[][]; agencyFirst: Set<string> };
  /** data/lexicon/portfolios.json, folded. */
  portfolios: { words: Set<string>; en: Map<string, string>; ro: Map<string, string>; ministries: Map<string, string> };
  /** data/lexicon/place-heads.json, folded; `after` as word lists, longest first: ["guest", "house"], ["hotel"]. */
  placeHeads: {
    before: Set<string>;
    named: Set<string>;
    after: string[][];
    apposed: Set<string>;
    qualifying: Set<string>;
    buildingFirst: Set<string>;
    buildingAnywhere: Set<string>;
    described: Map<string, string>;
    /** Folded adjective (one or two words) → English. */
    describedAdjectives: Map<string, string>;
    describedEn: Set<string>;
    streets: Set<string>;
  };
  cues: Cues;
}

const cache = new WeakMap<Resources, Partial<Record<Lang, Compiled>>>();

/** Words that never count as content in a phrase (matched loosely, may be skipped). */
const FUNCTION_WORDS = new Set([
  "de", "la", "a", "al", "ai", "ale", "cu", "din", "in", "pe", "si", "o", "un", "una", "the", "of", "to", "and",
  "for", "on", "in", "an", "a", "by", "at", "pentru", "ale", "lui", "cea", "cel",
]);

/** Compiles (once) what `lang` needs from the resources. */
export function compile(resources: Resources, lang: Lang): Compiled {
  let perLang = cache.get(resources);
  if (!perLang) cache.set(resources, (perLang = {}));
  const done = perLang[lang];
  if (done) return done;
  const compiled = build(resources, lang);
  perLang[lang] = compiled;
  return compiled;
}

function build(resources: Resources, lang: Lang): Compiled {
  const lex = resources.lexicons[lang];
  const kb = new Map(resources.kb.map((e) => [e.id, e] as const));
  const aliases = new Map<string, AliasHit[]>();
  let maxAliasTokens = 1;

  const addAlias = (form: string, entry: KbEntry, surname: boolean): void => {
    const toks = foldedWords(form);
    if (toks.length === 0) return;
    const key = toks.join(" ");
    const list = aliases.get(key) ?? [];
    const acronym = toks.length === 1 && form.replace(/[^\p{L}]/gu, "").length <= 3 && /^[\p{Lu}.]+$/u.test(form);
    const known = list.find((h) => h.id === entry.id);
    if (!known) list.push({ id: entry.id, kind: entry.kind, surname, ...(acronym ? { acronym } : {}) });
    else if (!acronym) delete known.acronym;
    aliases.set(key, list);
    maxAliasTokens = Math.max(maxAliasTokens, toks.length);
  };

  /** Folded surname → the people (ids) whose multi-word names end with it, with its spelling. */
  const surnames = new Map<string, Map<string, string>>();
  for (const entry of resources.kb) {
    const forms = [entry.label, ...(entry.aliases ?? []), ...(entry.aliases_ro ?? [])];
    for (const f of forms) addAlias(f, entry, false);
    if (entry.kind !== "person") continue;
    // Chinese, Korean and Vietnamese names put the family name first: "Li Qiang" → "Li", "Lee Jae-myung" → "Lee".
    const familyFirst = (entry.roles ?? []).some((r) => FAMILY_NAME_FIRST.has(r.of)) || FAMILY_NAME_FIRST.has(entry.country ?? "");
    for (const f of forms) {
      const toks = f.split(/\s+/);
      const last = familyFirst ? toks[0] : toks[toks.length - 1];
      // ("Abdullah II", "Abdullah al II-lea": a regnal number is no surname; "II" alone in a text is no king)
      if (toks.length < 2 || !last || /^[IVXLC]+(-lea)?$/.test(last)) continue;
      const people = surnames.get(fold(last)) ?? new Map<string, string>();
      if (!people.has(entry.id)) people.set(entry.id, last);
      surnames.set(fold(last), people);
      // "André Corrêa do Lago" → "Corrêa do Lago"; "Ursula von der Leyen" → "von der Leyen" is already an alias.
      const p = toks.findIndex((w, k) => k >= 2 && NAME_PARTICLES.has(w));
      if (p >= 2 && p < toks.length - 1) {
        const compound = toks.slice(p - 1).join(" ");
        const holders = surnames.get(fold(compound)) ?? new Map<string, string>();
        if (!holders.has(entry.id)) holders.set(entry.id, compound);
        surnames.set(fold(compound), holders);
      }
    }
  }
  // A KB person's surname alone is an alias when no other person has it and it names nothing else.
  for (const [surname, people] of surnames) {
    if (people.size !== 1 || aliases.has(surname)) continue;
    const [id, spelling] = [...people][0]!;
    addAlias(spelling, kb.get(id)!, true);
  }

  const demonyms = new Map<string, string>();
  const demonymPairs = new Map<string, Map<string, string>>();
  const demonymEn = new Map<string, string>();
  for (const entry of resources.kb) {
    if (!entry.demonyms) continue;
    for (const d of entry.demonyms[lang] ?? []) {
      // A demonym two countries share ("Congolese") goes to the one listed first in the KB.
      for (const w of demonymForms(d, lang)) {
        const words = fold(w).split(" ");
        // "South Korean", "South Sudanese": the first word as written, the second by its stem
        if (words.length === 2) {
          const seconds = demonymPairs.get(words[0]!) ?? new Map<string, string>();
          const second = stem(words[1]!, lang);
          if (!seconds.has(second)) seconds.set(second, entry.id);
          demonymPairs.set(words[0]!, seconds);
          continue;
        }
        const key = stem(fold(w), lang);
        if (!demonyms.has(key)) demonyms.set(key, entry.id);
      }
    }
    const en = entry.demonyms.en?.[0];
    if (en) demonymEn.set(entry.id, en);
  }
  const countryOfDemonymEn = new Map([...demonymEn].map(([country, adjective]) => [adjective, country] as const));

  const cues = loadCues(lang);
  return {
    lang,
    kb,
    orgByLabel: new Map(resources.kb.filter((e) => e.kind === "organization").map((e) => [e.label, e] as const)),
    towns: resources.towns,
    givenNames: resources.givenNames,
    aliases,
    capitals: new Set(resources.kb.flatMap((e) => (e.capital ? [e.capital] : []))),
    aliasFirst: new Set([...aliases.keys()].map((k) => k.split(" ")[0]!)),
    aliasPrefixes: new Set([...aliases.keys()].flatMap((k) => k.split(" ").map((_, i, w) => w.slice(0, i + 1).join(" ")))),
    maxAliasTokens,
    demonyms,
    demonymPairs,
    demonymEn,
    countryOfDemonymEn,
    titles: indexPhrases(lex.titles.map((t) => ({ form: t.form, value: t })), lang),
    titleWords: new Set([...TITLE_QUALIFIERS, ...lex.titles.map((t) => foldedWords(t.form)).filter((w) => w.length === 1).flat()]),
    triggers: indexPhrases(lex.meetingTriggers.filter((t) => !isVerbal(t.form)).map((t) => ({ form: t.form, value: t })), lang),
    verbTriggers: indexPhrases(lex.meetingTriggers.filter((t) => isVerbal(t.form)).map((t) => ({ form: t.form, value: t })), lang, false, "fold"),
    topics: indexPhrases(
      lex.topics.flatMap((t) => (lang === "ro" ? t.ro : t.en).map((form) => ({ form, value: t }))),
      lang,
      true,
    ),
    // English group nouns by exact word ("capital" is not "capitals"), Romanian ones by stem.
    groupNouns: new Map(lex.groupNouns.map((g) => [groupKey(fold(g.form), lang), g] as const)),
    bodies: indexPhrases(lex.bodies.map((b) => ({ form: b.form, value: b })), lang, false, "fold"),
    stopwords: new Set(lex.stopwords.map((w) => fold(w))),
    orgWords: new Set(lex.orgWords.flatMap((w) => [fold(w), ...baseForms(w).map(fold)])),
    placeCues: new Set(lex.placeCues.map((w) => fold(w))),
    placeWords: new Set(lex.placeHeads.inName.map(fold)),
    regionWords: new Set(lex.placeHeads.regions.map(fold)),
    townWords: new Set(lex.placeHeads.towns.map(fold)),
    nameHeads: {
      documents: new Set(lex.nameHeads.documents.map(fold)),
      programmes: new Set(lex.nameHeads.programmes.map(fold)),
      origins: new Set(lex.nameHeads.origins.map(fold)),
      companies: new Set(lex.nameHeads.companies.map(fold)),
      // (any form of those nouns, for an apposition: "unui producător austriac, X", "X, a company in Ferbane")
      companyStems: new Set(lex.nameHeads.companies.map((w) => stem(fold(w), lang))),
      companyEnds: new Set(lex.nameHeads.companyEnds.map(fold)),
      placeFirst: new Set(lex.nameHeads.placeFirst.map(fold)),
      companyFirst: new Set(lex.nameHeads.companyFirst.map(fold)),
      orgAfter: lex.nameHeads.orgAfter.map((h) => fold(h).split(" ")).sort((a, b) => b.length - a.length),
      agencyFirst: new Set(lex.nameHeads.agencyFirst.map(fold)),
    },
    portfolios: {
      words: new Set(lex.portfolios.words.map(fold)),
      en: new Map(Object.entries(lex.portfolios.en).map(([k, v]) => [fold(k), v])),
      ro: new Map(Object.entries(lex.portfolios.ro).map(([k, v]) => [fold(k), v])),
      ministries: new Map(Object.entries(lex.portfolios.ministries)),
    },
    placeHeads: {
      before: new Set(lex.placeHeads.before.map(fold)),
      named: new Set(lex.placeHeads.named.map(fold)),
      after: lex.placeHeads.after.map((h) => foldedWords(h)).sort((a, b) => b.length - a.length),
      apposed: new Set(lex.placeHeads.apposed.map(fold)),
      qualifying: new Set(lex.placeHeads.qualifying.map(fold)),
      buildingFirst: new Set(lex.placeHeads.buildingFirst.map(fold)),
      buildingAnywhere: new Set(lex.placeHeads.buildingAnywhere.map(fold)),
      described: new Map(Object.entries(lex.placeHeads.described).map(([k, v]) => [fold(k), v])),
      describedAdjectives: new Map(Object.entries(lex.placeHeads.describedAdjectives).map(([k, v]) => [fold(k), v])),
      describedEn: new Set(lex.placeHeads.describedEn.map(fold)),
      streets: new Set(lex.placeHeads.streets.map(fold)),
    },
    cues,
  };
}

/** Words that qualify a title without being one: "Deputy Assistant Secretary", "Acting Director". */
const TITLE_QUALIFIERS = ["deputy", "assistant", "acting", "vice", "senior", "chief", "principal", "under", "associate", "adjunct", "interimar", "interim", "executive", "lieutenant", "major"];


/** Agent nouns, whose stem is their action's: "guvernatori" / "guvern", "negociatori" / "negocieri". */
const AGENT = /(tor|tori|toare|toarea|toarei|torii|torilor|toarele|torul|torului)$/;

/** True for a folded Romanian agent noun ("guvernatorul", "negociatorii"). */
export function isAgentNoun(folded: string): boolean {
  return AGENT.test(folded);
}

/** Key of a group noun: English by word ("capital" is not "capitals"), Romanian by stem, agent nouns apart. */
function groupKey(folded: string, lang: Lang): string {
  if (lang === "en") return folded;
  const key = stem(folded, lang);
  return AGENT.test(folded) ? `agent:${key}` : key;
}

/** The group noun a token is ("liderii", "delegația", "officials"), if any. */
export function groupNounOf(c: Compiled, t: Token): LexGroupNoun | undefined {
  return c.groupNouns.get(c.lang === "en" ? t.fold : AGENT.test(t.fold) ? `agent:${t.stem}` : t.stem);
}

/** Inflected forms of a Romanian demonym given in its masculine singular (american → americană, americani …). */
function demonymForms(base: string, lang: Lang): string[] {
  if (lang !== "ro") return [base];
  const f = [base];
  if (base.endsWith("ean")) f.push(base + "ă", base.slice(0, -3) + "eni", base.slice(0, -3) + "ene", base + "a");
  else if (base.endsWith("esc")) f.push(base.slice(0, -1) + "ască", base.slice(0, -1) + "ști", base.slice(0, -3) + "ești");
  else if (base.endsWith("c")) f.push(base + "ă", base.slice(0, -1) + "ci", base + "e");
  else if (base.endsWith("z")) f.push(base + "ă", base + "i", base + "e", base.slice(0, -1) + "ji");
  else if (base.endsWith("s")) f.push(base + "ă", base.slice(0, -1) + "și", base + "e", base + "i");
  else f.push(base + "ă", base + "i", base + "e", base + "a");
  return f;
}

function indexPhrases<T>(items: { form: string; value: T }[], lang: Lang, contentOnly = false, mode: "stem" | "fold" = "stem"): Map<string, Phrase<T>[]> {
  const index = new Map<string, Phrase<T>[]>();
  for (const { form, value } of items) {
    const phrase = toPhrase(form, value, lang, contentOnly);
    if (!phrase) continue;
    const first = phrase.parts[0];
    const key = (mode === "stem" ? first?.stem : first?.fold) ?? first?.fold ?? "*";
    const list = index.get(key) ?? [];
    list.push(phrase);
    index.set(key, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.parts.length - a.parts.length);
  return index;
}

/** Turns a cue text into per-token matchers; `x*` becomes a prefix matcher. */
export function toPhrase<T>(form: string, value: T, lang: Lang, contentOnly = false): Phrase<T> | undefined {
  const words = form.trim().split(/\s+/);
  const parts: PhrasePart[] = [];
  for (const w of words) {
    if (w.endsWith("*")) {
      parts.push({ prefix: fold(w.slice(0, -1)) });
      continue;
    }
    const folds = foldedWords(w);
    for (const f of folds) {
      if (contentOnly && FUNCTION_WORDS.has(f)) continue;
      parts.push({ stem: stem(f, lang), fold: f });
    }
    // "Sen.", "Gen.": an abbreviation matches only with its period ("Hun Sen, the …" has no title)
    if (/^\p{L}+\.$/u.test(w) && folds.length === 1 && !folds[0]!.endsWith(".")) parts.push({ stem: ".", fold: "." });
  }
  return parts.length ? { parts, value } : undefined;
}

function loadCues(lang: Lang): Cues {
  const url = new URL(`../../data/lexicon/${lang}/cues.json`, import.meta.url);
  const raw = JSON.parse(readFileSync(url, "utf8")) as Record<string, unknown>;
  const index: CueIndex = { byFirst: new Map(), prefixed: [], byPrefix: new Map() };
  const list = (name: string): CueList<true> => {
    const v = raw[name];
    if (!Array.isArray(v)) throw new Error(`extract: data/lexicon/${lang}/cues.json needs an array "${name}"`);
    return cueList(index, v.map((f) => toPhrase(String(f), true as const, lang)).filter((p): p is Phrase<true> => !!p));
  };
  const stances = (raw.stances as { form: string; relation: string }[]).map((s) =>
    toPhrase(s.form, { relation: s.relation }, lang),
  );
  const regional = raw.regionalAdjectives as Record<string, string>;
  const regionalAdjectives = new Map<string, string>();
  for (const [k, v] of Object.entries(regional)) {
    for (const w of demonymForms(k, lang)) regionalAdjectives.set(stem(fold(w), lang), v);
  }
  return {
    attribution: list("attribution"),
    sourcesWord: list("sourcesWord"),
    mediaWord: list("mediaWord"),
    anonymous: list("anonymous"),
    unconfirmed: list("unconfirmed"),
    cancelled: list("cancelled"),
    postponed: list("postponed"),
    proposed: list("proposed"),
    planned: list("planned"),
    ongoing: list("ongoing"),
    happened: list("happened"),
    conditional: list("conditional"),
    possible: list("possible"),
    negation: list("negation"),
    future: list("future"),
    pastFuture: list("pastFuture"),
    lead: list("lead"),
    host: list("host"),
    participation: list("participation"),
    with: list("with"),
    stances: cueList(index, stances.filter((p): p is Phrase<StanceCue> => !!p)),
    status: cueList(
      index,
      (["cancelled", "postponed", "unconfirmed", "proposed", "planned", "ongoing", "happened"] as const).flatMap((name) =>
        (raw[name] as unknown[]).map((f) => toPhrase(String(f), name, lang)).filter((p): p is Phrase<typeof name> => !!p),
      ),
    ),
    regionalAdjectives,
  };
}
