// Personal pronouns as mentions of the person they stand for: a subject pronoun ("el", "ea",
// "acesta", "he", "she") is the subject of its own sentence named before it, else the subject of
// the previous sentence; an object pronoun ("pe el", "him") is the person last named outside its
// own clause ("X a fost la Londra, unde Y l-a găzduit pe el" → X). The new mentions carry the
// referent's key and take part in meetings and stances; they add no alias to any entity.

import { baseForms, fold } from "../text/index.js";
import type { Document, ExtractedEntity, Token } from "../types.js";
import { groupNounOf, type Compiled } from "./compile.js";
import type { RawMention } from "./mentions.js";

const SUBJECT: Record<Document["lang"], Set<string>> = {
  ro: new Set(["el", "ea", "acesta", "aceasta"]),
  en: new Set(["he", "she"]),
};
/** Possessives that open a sentence about the person its previous sentence spoke of ("His visit …", "Her talks …"). */
const OPENING_POSSESSIVES = new Set(["his", "her"]);
const OBJECT: Record<Document["lang"], Set<string>> = {
  ro: new Set(["el", "ea"]),
  en: new Set(["him"]),
};
/** Demonstratives that are pronouns only when no noun follows ("Aceasta a spus" but "această săptămână"). */
const DEMONSTRATIVES = new Set(["acesta", "aceasta"]);
/** What may follow a demonstrative used as a pronoun: a verb's auxiliary or clitic, a negation, punctuation. */
const AFTER_PRONOUN = new Set(["a", "au", "va", "vor", "ar", "nu", "este", "era", "fusese", "s-a", "i-a", "l-a", "le-a", "se", "si", "insa", "ii", "le"]);
/** Before a Romanian object pronoun: "pe el", "cu ea", "lângă el". */
const RO_OBJECT_MARKERS = new Set(["pe", "cu", "de", "langa", "pentru", "despre", "la"]);
/** A mention after one of these is an object, not the sentence's subject. */
const PREPOSITIONS = new Set(["cu", "pe", "lui", "de", "la", "pentru", "intre", "dintre", "with", "to", "by", "of", "for", "between", "at", "from"]);
/** Words that open a new clause: an object pronoun does not refer to the subject of its own clause. */
const CLAUSE_OPENERS = new Set(["unde", "care", "cand", "ca", "iar", "dar", "where", "who", "when", "that", "but", "while", "and", "si"]);

/** Romanian auxiliaries of the third person singular that may open a clause with no subject: "(Apoi) a avut", "s-a întâlnit". */
const RO_AUXILIARIES = new Set(["a", "s-a", "va", "ar", "urma", "urmeaza", "i-a", "l-a", "le-a", "si-a", "s-ar"]);
/** Words that may come before such an auxiliary at the start of a sentence (beside dates and commas). */
const RO_OPENERS = new Set(["apoi", "ulterior", "anterior", "ieri", "astazi", "azi", "maine", "seara", "dimineata", "dupa-amiaza", "tot", "totodata", "de", "asemenea", "insa", "acolo", "aici"]);

/**
 * A Romanian sentence whose verb has no subject ("Apoi a avut o cină cu …", "Marți s-a întâlnit cu …"): the
 * auxiliary where the subject of the sentence before is meant (Romanian drops subject pronouns), else -1.
 */
function droppedSubjectAt(t: Token[], from: number, to: number, dates: ReadonlySet<number>): number {
  for (let i = from; i < to; i++) {
    const tok = t[i]!;
    if (tok.type === "punct" || dates.has(i) || RO_OPENERS.has(tok.fold)) continue;
    if (!RO_AUXILIARIES.has(tok.fold)) return -1;
    // (the auxiliary stands before a lower-case verb: "a avut", "s-a întâlnit", "urma să"; "a fost anulată", "a avut loc"
    // have their subject after them)
    const next = t[i + 1];
    if (!next || next.type !== "word" || next.upper || next.fold === "fost" || (next.fold === "avut" && t[i + 2]?.fold === "loc")) return -1;
    return i;
  }
  return -1;
}

/** Adds one person mention for every personal pronoun whose referent the text makes clear. */
export function resolvePronouns(doc: Document, c: Compiled, mentions: RawMention[], dates: ReadonlySet<number> = new Set()): RawMention[] {
  const t = doc.tokens;
  const people = mentions.filter((m) => m.kind === "person" && m.key).sort((a, b) => a.tokStart - b.tokStart);
  const added: RawMention[] = [];
  const taken = new Uint8Array(t.length);
  for (const m of mentions) for (let i = m.tokStart; i < m.tokEnd; i++) taken[i] = 1;
  let previousSubject: string | undefined;
  let p = 0;
  for (const s of doc.sentences) {
    let subject: string | undefined;
    const before: RawMention[] = [];
    const dropped = c.lang === "ro" && previousSubject ? droppedSubjectAt(t, s.tokenStart, s.tokenEnd, dates) : -1;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      while (p < people.length && people[p]!.tokStart <= i) {
        const m = people[p++]!;
        if (m.sentence !== s.index) continue;
        before.push(m);
        if (!subject && !PREPOSITIONS.has(t[m.tokStart - 1]?.fold ?? "")) subject = m.key;
      }
      const tok = t[i]!;
      if (tok.type !== "word" || taken[i]) continue;
      let referent: string | undefined;
      if (isObject(t, i, c)) referent = outsideClause(t, before, i, s.tokenStart);
      else if (isSubject(t, i, c) || i === dropped) referent = subject ?? previousSubject;
      // "His visit to Tehran … has been pushed back": a possessive opening the sentence is the person spoken of before
      else if (i === s.tokenStart && c.lang === "en" && OPENING_POSSESSIVES.has(tok.fold) && t[i + 1]?.type === "word" && !t[i + 1]!.upper) referent = previousSubject;
      if (!referent) continue;
      const m: RawMention = {
        tokStart: i,
        tokEnd: i + 1,
        sentence: s.index,
        start: tok.start,
        end: tok.end,
        text: tok.text,
        kind: "person",
        key: referent,
        via: "pronoun",
        afterPlaceCue: false,
      };
      added.push(m);
      before.push(m);
      if (!subject && (isSubject(t, i, c) || i === dropped)) subject = referent;
    }
    if (subject) previousSubject = subject;
  }
  return added;
}

function isSubject(t: Token[], i: number, c: Compiled): boolean {
  const fold = t[i]!.fold;
  if (!SUBJECT[c.lang].has(fold)) return false;
  if (!DEMONSTRATIVES.has(fold)) return true;
  const next = t[i + 1];
  return !next || next.type === "punct" || AFTER_PRONOUN.has(next.fold);
}

function isObject(t: Token[], i: number, c: Compiled): boolean {
  const fold = t[i]!.fold;
  if (!OBJECT[c.lang].has(fold)) return false;
  return c.lang === "en" || RO_OBJECT_MARKERS.has(t[i - 1]?.fold ?? "");
}

/** The person named last before `i` but not in the clause that holds `i`. */
function outsideClause(t: Token[], before: RawMention[], i: number, sentenceStart: number): string | undefined {
  let clause = sentenceStart;
  for (let k = i - 1; k > sentenceStart; k--) {
    if (t[k]!.text === "," || CLAUSE_OPENERS.has(t[k]!.fold)) {
      clause = k;
      break;
    }
  }
  for (let k = before.length - 1; k >= 0; k--) if (before[k]!.tokEnd <= clause) return before[k]!.key;
  return undefined;
}

/** Numbers of people in "the two ministers", "cei trei lideri". */
// (a Map: looked up for every word of the article, and an object indexed by a token's string was the slower lookup)
const COUNTS = new Map(Object.entries({
  two: 2, three: 3, four: 4, both: 2, doi: 2, doua: 2, trei: 3, patru: 4, ambii: 2, ambele: 2,
}));
/** Words before the number: "the two …", "cei doi …", "celor trei …". */
const COUNT_OPENERS = new Set(["the", "cei", "celor", "cele", "pe"]);
/** Nouns of "the two institutions", "cele două companii": the organisations last named. */
const BODY_NOUNS = new Set(["institutions", "organisations", "organizations", "companies", "firms", "agencies", "institutii", "institutiile", "organizatii", "organizatiile", "companii", "companiile", "firme", "firmele", "agentii", "agentiile"]);
/** Nouns of "the two countries", "cele două țări": the countries last named. */
const COUNTRY_NOUNS = new Set(["countries", "nations", "states", "neighbours", "neighbors", "tari", "state", "natiuni", "vecine"]);
/** Nouns of "the two men", "cele două femei": the people last named, whatever their roles. */
const PEOPLE_NOUNS = new Set(["men", "women", "barbati", "femei"]);
const ANYONE = /(?:)/;
/** What role a person must carry to be one of "the two <noun>": leaders are heads of state or government. */
const ROLE_WORDS: Record<string, RegExp> = {
  ministers: /minister/i,
  presidents: /president/i,
  leaders: /president|prime minister|chancellor|premier|king|emir|leader/i,
  mayors: /mayor/i,
  governors: /governor/i,
  envoys: /envoy/i,
  ambassadors: /ambassador/i,
};

/**
 * "the three ministers", "cei doi miniștri", "both leaders": the people last named with such a role, as
 * many as the number says (one mention for each, over the phrase), when the article named at least that many.
 */
export function resolveCounted(doc: Document, c: Compiled, mentions: RawMention[], entities: ReadonlyMap<string, ExtractedEntity>): RawMention[] {
  const t = doc.tokens;
  const people = mentions.filter((m) => m.kind === "person" && m.key && m.via !== "pronoun").sort((a, b) => a.tokStart - b.tokStart);
  const added: RawMention[] = [];
  // ("the two countries", "cele două țări", "both nations": the countries last named)
  const countries = mentions.filter((m) => m.kind === "country" && m.key && m.via !== "demonym").sort((a, b) => a.tokStart - b.tokStart);
  // ("cele două instituții", "the two companies": the organisations last named)
  const bodies = mentions.filter((m) => m.kind === "organization" && m.key && m.via !== "pronoun").sort((a, b) => a.tokStart - b.tokStart);
  for (let i = 1; i < t.length; i++) {
    const count = COUNTS.get(t[i]!.fold);
    const noun = count ? t[i + 1] : undefined;
    const group = noun ? groupNounOf(c, noun) : undefined;
    // ("the two men", "cele două femei": any people)
    const role = group ? ROLE_WORDS[group.label] : noun && PEOPLE_NOUNS.has(noun.fold) ? ANYONE : undefined;
    const ofCountries = !!noun && COUNTRY_NOUNS.has(noun.fold);
    const ofBodies = !!noun && BODY_NOUNS.has(noun.fold);
    // ("both" and "ambii" need no opener)
    if ((!role && !ofCountries && !ofBodies) || (!COUNT_OPENERS.has(t[i - 1]!.fold) && !["both", "ambii", "ambele"].includes(t[i]!.fold))) continue;
    // ("Romania, Bulgaria și Turcia … cele trei țări": the latest list of that many countries)
    // ("Pellegrew pushed for the wording, while Zhou argued … The two men met": exactly that many people told just before)
    const referents: string[] = ofCountries ? namedTogether(t, countries, i, count!) : role === ANYONE ? toldJustBefore(people, t[i]!.sentence, i, count!) : [];
    for (const m of referents.length || role === ANYONE ? [] : [...(ofCountries ? countries : ofBodies ? bodies : people)].reverse()) {
      if (referents.length === count) break;
      if (m.tokStart >= i || referents.includes(m.key!)) continue;
      if (ofCountries || ofBodies || (entities.get(m.key!)?.roles ?? []).some((r) => role!.test(r))) referents.push(m.key!);
    }
    if (referents.length < count!) continue;
    const from = t[i - 1]!.fold === "pe" ? i : COUNT_OPENERS.has(t[i - 1]!.fold) ? i - 1 : i;
    for (const key of referents.reverse()) {
      added.push({
        tokStart: from,
        tokEnd: i + 2,
        sentence: t[i]!.sentence,
        start: t[from]!.start,
        end: noun!.end,
        text: doc.text.slice(t[from]!.start, noun!.end),
        kind: ofCountries ? "country" : ofBodies ? "organization" : "person",
        key,
        via: "pronoun",
        afterPlaceCue: false,
      });
    }
  }
  return added;
}

/** The people named in sentence `sentence` before token `before` and in the sentence before it, when they are exactly `n`. */
function toldJustBefore(people: RawMention[], sentence: number, before: number, n: number): string[] {
  const keys = new Set(people.filter((m) => (m.sentence === sentence && m.tokStart < before) || m.sentence === sentence - 1).map((m) => m.key!));
  return keys.size === n ? [...keys] : [];
}

/**
 * The `n` countries of the latest list before token `before` that names exactly `n` of them, joined by commas and
 * "și" / "and" ("Romania, Bulgaria și Turcia"); none when no list does.
 */
function namedTogether(t: Token[], countries: RawMention[], before: number, n: number): string[] {
  let found: string[] = [];
  let list: RawMention[] = [];
  const close = (): void => {
    const keys = [...new Set(list.map((m) => m.key!))];
    if (keys.length === n) found = keys;
  };
  for (const m of countries) {
    if (m.tokEnd > before) break;
    const prev = list.at(-1);
    const joined = prev && m.sentence === prev.sentence && t.slice(prev.tokEnd, m.tokStart).every((w) => LIST_JOINS.has(w.fold));
    if (!joined) {
      close();
      list = [];
    }
    list.push(m);
  }
  close();
  return found;
}
const LIST_JOINS = new Set([",", "si", "and"]);

/** How many sentences back a common noun may point to the body it names ("federația" → "Federația Crescătorilor …"). */
const BODY_REACH = 3;
/** Endings of Romanian past participles ("propus", "cerut", "anunțat", "decis"). */
const PARTICIPLE = /(at|it|ut|us|is|as|ăt|ât|uit)$/;

/** A word's folded forms and base forms, with the article a bare noun lacks: "federație" → "federația", "sindicat" → "sindicatul". */
function headForms(word: string): string[] {
  const forms = [fold(word), ...baseForms(word).map(fold)];
  return [...forms, ...forms.map((f) => (f.endsWith("ie") ? `${f.slice(0, -1)}a` : /[^aeiou]$/.test(f) ? `${f}ul` : f))];
}

/**
 * The head forms of a lower-case word when one is an organisation's head ("federație" → federatia …), else undefined.
 * Asked for every lower-case word of every article and costly (base forms): remembered by word, per language's tables.
 */
function bodyHeadForms(word: string, c: Compiled): string[] | undefined {
  let byWord = headFormsByWord.get(c);
  if (!byWord) headFormsByWord.set(c, (byWord = new Map()));
  let forms = byWord.get(word);
  if (forms === undefined) {
    const all = headForms(word);
    forms = all.some((f) => c.orgWords.has(f)) ? all : null;
    if (byWord.size >= 100_000) byWord.clear();
    byWord.set(word, forms);
  }
  return forms ?? undefined;
}
const headFormsByWord = new WeakMap<Compiled, Map<string, string[] | null>>();
/** Words after a body's common noun that make it another body ("ministerul de externe", "the ministry of"). */
const OTHER_BODY_AFTER = new Set(["de", "al", "a", "ale", "ai", "din", "of", "for"]);

/**
 * "Întâlnirea dintre federație și …", "the ministry said": a lower-case organisation noun in its own right (no name
 * after it) is the organisation of that head named last, at most BODY_REACH sentences before.
 */
export function resolveBodies(doc: Document, c: Compiled, mentions: RawMention[]): RawMention[] {
  const t = doc.tokens;
  const taken = new Uint8Array(t.length);
  for (const m of mentions) for (let i = m.tokStart; i < m.tokEnd; i++) taken[i] = 1;
  // Named organisations by the base forms of their first word ("Federația …" → federatia, federatie …)
  // (… or, in English, by any of their head words: "the commission" → "the Liaison Commission")
  const headWords = (m: RawMention): string[] =>
    doc.lang === "en" ? t.slice(m.tokStart, m.tokEnd).map((x) => x.fold).filter((f) => c.orgWords.has(f)) : headForms(t[m.tokStart]!.text);
  const bodies = mentions
    .filter((m) => m.kind === "organization" && m.key && (m.kindSure !== false || m.kbId !== undefined) && m.tokEnd - m.tokStart > 1)
    .map((m) => ({ m, heads: new Set(headWords(m)) }));
  const added: RawMention[] = [];
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    // ("Asociația a propus …": a Romanian sentence may open with the bare noun, capitalised)
    const opening = w.upper && doc.lang === "ro" && i === doc.sentences[w.sentence]!.tokenStart && c.orgWords.has(w.fold) && !c.titleWords.has(w.fold);
    if (w.type !== "word" || (w.upper && !opening) || taken[i]) continue;
    const forms = bodyHeadForms(w.text, c);
    if (!forms) continue;
    const next = t[i + 1];
    // ("a" is the auxiliary before a participle: "Asociația a propus", not "Comisia a Camerei")
    const auxiliary = next?.fold === "a" && doc.lang === "ro" && PARTICIPLE.test(t[i + 2]?.fold ?? "") && !t[i + 2]!.upper;
    if (next && (next.upper || (OTHER_BODY_AFTER.has(next.fold) && !auxiliary) || c.portfolios.words.has(next.fold))) continue;
    if (doc.lang === "en" && t[i - 1]?.fold !== "the") continue;
    // (any sentence back when the article names one body of that head, the last three when it names several)
    const before = bodies.filter((b) => b.m.tokStart < i && forms.some((f) => b.heads.has(f)));
    const named = new Set(before.map((b) => b.m.key)).size === 1 ? before : before.filter((b) => w.sentence - b.m.sentence <= BODY_REACH);
    const keys = new Set(named.map((b) => b.m.key));
    // (one body of that head, or the last one named when several)
    const body = named[named.length - 1];
    if (!body || (keys.size > 1 && named.length > 1 && named[named.length - 2]!.m.key !== body.m.key && w.sentence === named[named.length - 2]!.m.sentence)) continue;
    added.push({
      tokStart: i,
      tokEnd: i + 1,
      sentence: w.sentence,
      start: w.start,
      end: w.end,
      text: w.text,
      kind: "organization",
      key: body.m.key,
      via: "pronoun",
      afterPlaceCue: false,
    });
  }
  return added;
}

