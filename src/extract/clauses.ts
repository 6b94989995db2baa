// Clauses of a sentence, read on its tokens: where the clause of a meeting word ends (at "că" /
// "that", a speaker, a relative clause or a reason), where a relative clause runs, and what the
// words just before a meeting word say about it ("after the talks", "on the sidelines of", "to
// prepare the call"). Nothing here knows about meeting frames; meetings.ts uses these.

import type { Document, Sentence, Token } from "../types.js";
import type { Compiled } from "./compile.js";
import { hasCue } from "./match.js";
import { COUNT_WORDS } from "./words.js";
import { CONTRAST, SAYING } from "./modality.js";

/** Quotation marks, opening and closing, of both languages' typography. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "“", "”", "„", "«", "»"]);

/** Words after which a sentence reports speech: actors there are not at the meeting. */
export const COMPLEMENTIZERS = new Set(["ca", "that", "care", "who", "which", "while", "whereas"]);

/** End of the trigger's clause: the region stops at "că"/"that" after the trigger. */
export function clauseLimit(doc: Document, from: number, to: number, c: Compiled): number {
  to = trailingSpeaker(doc, from, to);
  for (let i = from; i < to; i++) {
    // "met CAAN officials on Tuesday and offered to accept …", "… și a cerut …": a second verb of the subject starts a
    // clause of its own, whose plans or requests are not the meeting's
    if (i > from + 1 && secondVerb(doc, i)) return i;
    // ("întâlnirea a vizat contractul, rămas fără bani după ce Bruxelles-ul a cerut …": "după ce" opens another event's clause)
    const afterClause = doc.tokens[i]!.fold === "dupa" && doc.tokens[i + 1]?.fold === "ce";
    if (!COMPLEMENTIZERS.has(doc.tokens[i]!.fold) && !afterClause) continue;
    // "met executives of X, which represents the industry, at the ministry in Lima": an aside closed by a comma before
    // a preposition is skipped, and the clause goes on after it
    // (… and so is one inside an apposition: "met the owner of X, an Alberta firm that resells timber, in Saskatoon")
    const close = (RELATIVE_WORDS.has(doc.tokens[i]!.fold) && doc.tokens[i - 1]?.text === ",") || inApposition(doc, i) ? asideClose(doc, i, to) : -1;
    if (close > 0) {
      i = close;
      continue;
    }
    // "…, who was later joined on the line by X": a clause that adds participants stays.
    if (hasCue(doc.tokens, i + 1, Math.min(to, i + 8), c.cues.participation)) continue;
    return i;
  }
  return to;
}

/**
 * "and" before a past verb ("and offered", "and asked"), "și a" / "și au" before a participle ("și a cerut"); ", and"
 * before a subject of its own and its verb (", and Port Vila has asked for a copy").
 */
function secondVerb(doc: Document, i: number): boolean {
  const t = doc.tokens;
  const w = t[i]!.fold;
  if (doc.lang === "en" && w === "and" && t[i - 1]?.text === ",") {
    for (let k = i + 2; k <= i + 5 && t[k]?.type === "word"; k++) if (NEW_SUBJECT_VERBS.has(t[k]!.fold)) return true;
  }
  if (doc.lang === "en") return w === "and" && /^[a-z]{3,}ed$/.test(t[i + 1]?.fold ?? "") && !t[i + 1]!.upper && t[i + 2]?.fold !== "by";
  return w === "si" && (t[i + 1]?.fold === "a" || t[i + 1]?.fold === "au") && /(at|it|ut|is)$/.test(t[i + 2]?.fold ?? "");
}

/** The relative word at `i` is inside an apposition opened a few words before (", an Alberta firm that …"). */
function inApposition(doc: Document, i: number): boolean {
  if (doc.lang !== "en" || !RELATIVE_EN.has(doc.tokens[i]!.fold)) return false;
  for (let k = i - 1; k >= i - 6 && k > 0; k--) {
    const w = doc.tokens[k]!;
    if (w.type !== "word") return w.text === "," && APPOSITION_START.has(doc.tokens[k + 1]?.fold ?? "");
  }
  return false;
}
const RELATIVE_EN = new Set(["that", "which", "who"]);
const APPOSITION_START = new Set(["a", "an", "the"]);

/** Auxiliaries and verbs of saying that show a clause after ", and" has a subject of its own. */
const NEW_SUBJECT_VERBS = new Set(["has", "have", "had", "is", "are", "was", "were", "will", "would", "said", "says", "told"]);

/**
 * A sentence opening with a noun of its own ("Protestul …", "The strike …", "A session of the
 * committee …", "O ședință …"), not a pronoun or a name: what it says happened to that, not to the meeting told before.
 */
export function otherSubject(doc: Document, s: Sentence): boolean {
  const first = doc.tokens[s.tokenStart];
  if (!first || first.type !== "word") return false;
  if (INDEFINITE_ANY[doc.lang].has(first.fold)) return true;
  if (doc.lang === "ro") return first.upper && /(ul|ua|le|lor|ile)$/.test(first.fold) && !PRONOUNS_RO.has(first.fold);
  const second = doc.tokens[s.tokenStart + 1];
  return first.fold === "the" && !!second && second.type === "word" && !second.upper;
}

const PRONOUNS_RO = new Set(["acesta", "aceasta", "acestea", "acestia", "ele", "ei", "el", "ea"]);

/** Prepositions that carry a clause on after an aside: "…, which …, at the ministry", "…, care …, la Chișinău". */
const CLAUSE_GOES_ON = new Set(["at", "in", "on", "la", "pe"]);

/** The closing comma of the aside opened by the relative word at `i`, when a preposition follows it; else -1. */
function asideClose(doc: Document, i: number, to: number): number {
  for (let k = i + 1; k < to && k - i <= 12; k++) {
    const t = doc.tokens[k]!;
    if (t.text === ",") return CLAUSE_GOES_ON.has(doc.tokens[k + 1]?.fold ?? "") ? k : -1;
    if (t.type === "punct" || COMPLEMENTIZERS.has(t.fold)) return -1;
  }
  return -1;
}

/** "…, two Egyptian officials said.": the clause before the speaker's comma (or `to`). */
function trailingSpeaker(doc: Document, from: number, to: number): number {
  let end = to;
  while (end > from && doc.tokens[end - 1]!.type === "punct") end--;
  // back over at most two commas: "…, a anunțat ministrul informațiilor, Paul Morcos."
  let commas = 0;
  for (let i = end - 1; i > from && end - i <= 12; i--) {
    const t = doc.tokens[i]!;
    if (t.text === ",") {
      if (doc.tokens.slice(i + 1, end).some((w) => SAYING.has(w.fold))) return i;
      if (++commas === 2) return to;
    } else if (t.type === "punct") return to;
  }
  return to;
}

/** Words of "on the sidelines of", "pe marginea", "în marja" right before a meeting noun. */
const SIDELINES = new Set(["sidelines", "margins", "margin", "fringes", "marginea", "marja"]);

/** The noun at `start` names the event another meeting was held beside: "on the sidelines of the summit", "în marja reuniunii". */
export function onTheSidelinesOf(doc: Document, start: number): boolean {
  const t = (k: number): string => doc.tokens[k]?.fold ?? "";
  if (SIDELINES.has(t(start - 1))) return true;
  const det = ["the", "this", "that"].includes(t(start - 1)) ? 1 : 0;
  return t(start - 1 - det) === "of" && SIDELINES.has(t(start - 2 - det));
}

/** Verbs of preparing a meeting: "to prepare the call", "pentru a pregăti convorbirea". */
const PREPARE = new Set(["prepare", "plan", "arrange", "organise", "organize", "pregati", "organiza", "planifica"]);

/** The noun at `start` is the object of "to prepare (the)" / "pentru a pregăti". */
export function preparedBy(doc: Document, start: number): boolean {
  const t = (k: number): string => doc.tokens[k]?.fold ?? "";
  const det = ["the", "a", "its", "their", "his", "her"].includes(t(start - 1)) ? 1 : 0;
  const verb = start - 1 - det;
  return PREPARE.has(t(verb)) && (t(verb - 1) === "to" || (t(verb - 1) === "a" && t(verb - 2) === "pentru"));
}

/**
 * Words that open a clause of cause: "din cauza", "because of", "deoarece", "pe motiv că", "citing"
 * ("due to" is as often "scheduled to").
 */
const CAUSES: Record<Document["lang"], string[][]> = {
  ro: [["din", "cauza"], ["datorita"], ["deoarece"], ["intrucat"], ["fiindca"], ["pentru", "ca"], ["pe", "motiv", "ca"], ["pe", "motivul", "ca"], ["motivand", "ca"]],
  en: [["because"], ["owing", "to"], ["on", "the", "grounds"], ["citing"]],
};

const causeStarts = new WeakMap<Document, number[]>();

/** Where the first clause of cause in `[from, to)` starts (`to` when there is none). */
export function causeAfter(doc: Document, from: number, to: number): number {
  // the document's clauses of cause are found once: each trigger asks for them in several ranges
  let starts = causeStarts.get(doc);
  if (!starts) {
    const t = doc.tokens;
    starts = [];
    for (let i = 0; i < t.length; i++) if (causeAt(t, i, doc.lang)) starts.push(i);
    causeStarts.set(doc, starts);
  }
  const first = starts.find((i) => i >= from);
  return first !== undefined && first < to ? first : to;
}

/** A clause of cause opens at token `i`: its words are those of one of CAUSES. */
function causeAt(t: Token[], i: number, lang: Document["lang"]): boolean {
  for (const words of CAUSES[lang]) {
    let k = 0;
    while (k < words.length && t[i + k]?.fold === words[k]) k++;
    if (k === words.length) return true;
  }
  return false;
}

/** "two-day", "three days of", "de două zile" in `[from, to)`: how many days the meeting lasts (0 when not said). */
export function durationDays(doc: Document, from: number, to: number): number {
  const t = doc.tokens;
  for (let i = from; i < to; i++) {
    const f = t[i]!.fold;
    // (asked for every word of each frame's clause: the pattern only on words that end so, the numbers in a Map)
    const hyphen = f.endsWith("-day") ? COUNT_WORDS.get(f.slice(0, -4)) : undefined;
    if (hyphen) return hyphen;
    const n = COUNT_WORDS.get(f);
    const next = t[i + 1]?.fold;
    if (n && ((next === "days" && t[i + 2]?.fold === "of") || (next === "zile" && (t[i - 1]?.fold === "de" || t[i + 2]?.fold === "de")))) return n;
  }
  return 0;
}

/** A range of `days` days ending at `date` (a meeting told as over) or starting at it. */
export function spanOf(date: string, days: number, ending: boolean): string {
  const d = new Date(`${date}T00:00:00Z`);
  const other = new Date(d.getTime() + (ending ? -1 : 1) * (days - 1) * DAY).toISOString().slice(0, 10);
  return ending ? `${other}/${date}` : `${date}/${other}`;
}

/** The clause says "the same day" ("în aceeași zi", "on the same day", "later that day"). */
export function sameDay(doc: Document, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    const a = doc.tokens[i]!.fold;
    const b = doc.tokens[i + 1]!.fold;
    if ((a === "aceeasi" || a === "same" || a === "that") && (b === "zi" || b === "day")) return true;
  }
  return false;
}

/** "un demers separat de acest proces", "separate from these talks", "distinct de": apart from something named after. */
export function separateFrom(doc: Document, from: number, to: number): boolean {
  for (let i = from; i < to - 1; i++) {
    if (SEPARATE.has(doc.tokens[i]!.fold) && (doc.tokens[i + 1]!.fold === "de" || doc.tokens[i + 1]!.fold === "from")) return true;
  }
  return false;
}

export const SEPARATE = new Set(["separate", "separately", "separat", "separata", "individual", "individually", "distinct", "distincta"]);

/** Words that open a subordinate clause: the trigger's mood is not read across them. */
const SUBORDINATORS = new Set(["unde", "cand", "care", "where", "when", "who", "which", "while", "iar"]);

/** Start of the trigger's own clause, scanning back from the trigger to `from`. */
export function clauseBack(doc: Document, from: number, trigStart: number): number {
  for (let i = trigStart - 1; i >= from; i--) if (SUBORDINATORS.has(doc.tokens[i]!.fold)) return i + 1;
  return from;
}

/** Words that open the circumstances of an event ("amid protests", "pe fondul tensiunilor"). */
const CIRCUMSTANCES = new Set(["amid", "amidst", "despite", "fondul", "contextul", "ciuda"]);

export function circumstanceStart(doc: Document, from: number, to: number): number {
  // a reason too: "amânată din cauza consultărilor de la Chișinău", "because of talks in Doha"
  to = causeAfter(doc, from, to);
  for (let i = from; i < to; i++) {
    if (CIRCUMSTANCES.has(doc.tokens[i]!.fold)) return i;
    // "cu Consiliul Județean, care deține un teren în cartierul Gai": a relative clause tells where that one is (unless
    // it closes before a preposition that carries the clause on: "…, which represents the industry, at the ministry")
    if (RELATIVE_WORDS.has(doc.tokens[i]!.fold) && doc.tokens[i - 1]?.text === "," && asideClose(doc, i, to) < 0) return i;
    // "…, but the government in Tokyo did not confirm it": another clause, another place.
    if (CONTRAST.has(doc.tokens[i]!.fold) && doc.tokens[i - 1]?.text === ",") return i;
  }
  return to;
}

/** Prepositions of time before a definite mention: "after the talks", "înaintea summitului". */
export const TEMPORAL = new Set(["after", "before", "during", "following", "ahead", "dupa", "inainte", "inaintea", "timpul", "cursul", "marja"]);

/** A trigger right after a preposition of time ("after the talks", "după discuții"). */
export function afterTemporal(doc: Document, start: number): boolean {
  const prev = doc.tokens[start - 1]?.fold ?? "";
  if (TEMPORAL.has(prev)) return true;
  // "la finalul vizitei", "at the end of the talks", "at the start of the meeting" (not "the opening session")
  if (doc.lang === "ro" && TEMPORAL_ENDS.has(prev)) return true;
  const k = DEFINITE_EN.has(prev) ? start - 2 : start - 1;
  if (doc.lang === "en" && doc.tokens[k]?.fold === "of" && TEMPORAL_ENDS.has(doc.tokens[k - 1]?.fold ?? "")) return true;
  // "after Tuesday's meeting", "after last week's talks": a day's possessive between
  // ("At Monday's meeting, X asked for …", "During Tuesday's talks, …": opening the sentence, the meeting told before too)
  if (doc.lang === "en" && (prev === "'s" || prev === "’s")) {
    return [start - 3, start - 4].some((j) => TEMPORAL.has(doc.tokens[j]?.fold ?? "") || (DURING.has(doc.tokens[j]?.fold ?? "") && j === doc.sentences[doc.tokens[start]!.sentence]!.tokenStart));
  }
  // "după două ore de discuții", "after ten hours of talks": a length of the meeting between
  if ((prev === "de" || prev === "of") && DURATION_UNITS.has(doc.tokens[start - 2]?.fold ?? "") && TEMPORAL.has(doc.tokens[start - 4]?.fold ?? "")) return true;
  return DEFINITE_EN.has(prev) && TEMPORAL.has(doc.tokens[start - 2]?.fold ?? "");
}

/** Units of a meeting's length: "după două ore de discuții", "after ten hours of talks". */
const DURATION_UNITS = new Set(["ora", "ore", "zi", "zile", "saptamana", "saptamani", "luna", "luni", "runda", "runde", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "round", "rounds"]);

/** Prepositions of a meeting's time that open a sentence: "At Monday's meeting, …". */
const DURING = new Set(["at", "during"]);

/** The start or end of a meeting, before its noun: "la finalul vizitei", "at the end of the talks". */
const TEMPORAL_ENDS = new Set(["finalul", "sfarsitul", "incheierea", "inceputul", "deschiderea", "end", "close", "start", "opening", "conclusion"]);

export const RELATIVE_WORDS = new Set(["care", "who", "which"]);

/** The relative clause within sixteen words after a noun phrase ending at `from` (", pe care …,", ", which …,"), as a token range. */
export function relativeClause(doc: Document, from: number, limit: number): [number, number] | undefined {
  const t = doc.tokens;
  let k = from;
  while (k < limit && k - from < 16 && !RELATIVE_WORDS.has(t[k]!.fold) && t[k]!.fold !== "that" && t[k]!.text !== ".") k++;
  // "…, which …," / ", pe care …,"; or "that" with no comma ("A meeting … that officials had pencilled in for Monday in Bogotá")
  if (k < limit && t[k]!.fold === "that") return t.slice(from, k).some((x) => x.type === "punct") ? undefined : [k + 1, clauseEnd(t, k + 1, limit)];
  if (k >= limit || !RELATIVE_WORDS.has(t[k]!.fold)) return undefined;
  // "Vizita de stat pe care Dan urma să o facă … a fost amânată": a Romanian restrictive clause right after the
  // meeting's noun phrase, with no comma, runs up to the main verb
  const restrictive = t[k]!.fold === "care" && t[k - 1]?.fold === "pe" && k - from <= 5 && !t.slice(from, k).some((x) => x.type === "punct");
  if (!restrictive && t[k - 1]?.text !== "," && t[k - 2]?.text !== ",") return undefined;
  // "…, Tarik Osei, who …": a clause about a person, not about the meeting
  if (t[k]!.fold === "who") return undefined;
  return [k + 1, clauseEnd(t, k + 1, limit, restrictive)];
}

/** Words of "a fi" that start the main verb after a restrictive clause ("… a fost amânată", "… au fost anulate"). */
const MAIN_BE = new Set(["a", "au"]);

/**
 * Where a relative clause starting at `from` ends: at a comma, past a short place between commas
 * ("… să le conducă în decembrie, la Kiev, au fost amânate"), and for a restrictive clause at the main verb.
 */
export function clauseEnd(t: Token[], from: number, limit: number, restrictive = false): number {
  let end = from;
  for (; end < limit; end++) {
    if (restrictive && MAIN_BE.has(t[end]!.fold) && t[end + 1]?.fold === "fost") break;
    if (t[end]!.text !== ",") continue;
    const close = t.slice(end + 1, Math.min(limit, end + 6)).findIndex((x) => x.text === ",");
    if (close > 0 && PLACE_CUES_RO_EN.has(t[end + 1]!.fold)) {
      end += close + 1;
      continue;
    }
    break;
  }
  return end;
}

const PLACE_CUES_RO_EN = new Set(["la", "in", "at"]);

/** After the last comma in `[from, to)`, else `to` (the next trigger starts its own clause). */
export function clauseStart(doc: Document, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (doc.tokens[i]!.text === ",") return i + 1;
  return to;
}

const PREPOSITIONS = new Set(["pentru", "for", "la", "in", "at", "to", "de", "of", "during"]);

/** The trigger follows a preposition, with at most one word between ("în prima vizită"). */
export function afterPreposition(doc: Document, at: number): boolean {
  const one = doc.tokens[at - 1]?.fold ?? "";
  const two = doc.tokens[at - 2]?.fold ?? "";
  return PREPOSITIONS.has(one) || (PREPOSITIONS.has(two) && doc.tokens[at - 1]?.type === "word");
}
export const DEFINITE_EN = new Set(["the", "this", "that", "these", "those"]);

export const DAY = 86_400_000;

/** Indefinite determiners that may stand one adjective before the trigger ("o nouă rundă", "a new round"). */
export const INDEFINITE_ANY: Record<Document["lang"], Set<string>> = {
  ro: new Set(["o", "un", "unei", "unui", "alta", "alte", "alt", "niste"]),
  en: new Set(["a", "an", "another"]),
};

/** "since" (or "de când") within four words before the character offset `at`, with no comma between. */
export function afterSince(doc: Document, s: Sentence, at: number): boolean {
  let k = s.tokenStart;
  while (k < s.tokenEnd && doc.tokens[k]!.start < at) k++;
  for (let j = k - 1; j >= Math.max(s.tokenStart, k - 4); j--) {
    const t = doc.tokens[j]!;
    if (t.type === "punct") return false;
    if (t.fold === "since" || (t.fold === "cand" && doc.tokens[j - 1]?.fold === "de")) return true;
  }
  return false;
}

/**
 * A date right after "since" ("have been meeting since Thursday"): the day something going on began. (Romanian "de
 * joi" is no such cue: "ședința de marți" is Tuesday's.)
 */
export function rightAfterSince(doc: Document, s: Sentence, at: number): boolean {
  let k = s.tokenStart;
  while (k < s.tokenEnd && doc.tokens[k]!.start < at) k++;
  return k > s.tokenStart && doc.tokens[k - 1]!.fold === "since";
}

/** A Romanian verb in the third person singular starts at `i`: "va merge", "ar vizita", "a vizitat". */
export function singularVerb(t: Token[], i: number): boolean {
  const aux = t[i]?.fold;
  const verb = t[i + 1];
  if (!verb || verb.type !== "word") return false;
  return aux === "va" || aux === "ar" || (aux === "a" && /(at|it|ut|st)$/.test(verb.fold));
}

/** Prepositions that open a sentence with the occasion of what follows: "In a phone call …,", "Într-o convorbire …,". */
const OPENING = new Set(["in", "during", "at", "intr-o", "intr-un", "in cadrul", "in timpul", "cu ocazia"]);
/** … and of time, where the speaker met the person named with the trigger: "After talks with X, Y said …". */
const OPENING_AFTER = new Set(["after", "following", "dupa", "in urma"]);
/** Verbs of telling whose object heard it in person: "Mendes told Brandt", "i-a spus lui X". */
const TELLING = new Set(["told", "assured", "urged", "asked", "informed", "warned", "reminded", "pressed", "i-a spus", "l-a asigurat", "a asigurat-o", "i-a transmis", "l-a informat", "l-a indemnat", "i-a cerut"]);

/**
 * "In a phone call on Monday, Mendes told Brandt that …", "Într-o convorbire telefonică, Ivan i-a spus lui X …":
 * a trigger in the sentence's opening phrase (ending at the comma `comma`) has the main clause's subject as a side,
 * and the person told. Gives the token ranges that name them, or none.
 */
export function openingSides(doc: Document, s: Sentence, trigStart: number, comma: number): [number, number][] {
  const t = doc.tokens;
  const one = t[s.tokenStart]?.fold ?? "";
  const two = `${one} ${t[s.tokenStart + 1]?.fold ?? ""}`;
  const after = (OPENING_AFTER.has(one) || OPENING_AFTER.has(two)) && s.tokenStart < trigStart && WITH_WORDS.has(t[trigEnd(t, trigStart)]?.fold ?? "");
  if (!(OPENING.has(one) || OPENING.has(two) || after) || trigStart - s.tokenStart > 4 || t[comma]?.text !== ",") return [];
  // the subject runs to its verb: the first lower-case word that is not "and"/"și"
  let verb = comma + 1;
  while (verb < s.tokenEnd && (t[verb]!.upper || t[verb]!.type !== "word" || t[verb]!.fold === "and" || t[verb]!.fold === "si") && t[verb]!.text !== ",") verb++;
  if (verb === comma + 1 || verb >= s.tokenEnd) return [];
  const tells = TELLING.has(t[verb]!.fold) || TELLING.has(`${t[verb]!.fold} ${t[verb + 1]?.fold ?? ""}`);
  const ranges: [number, number][] = [[comma + 1, verb]];
  // ("told Brandt", "i-a spus lui Brandt": the person told follows)
  if (tells) {
    let k = verb + 1;
    while (k < s.tokenEnd && !t[k]!.upper && k - verb <= 3) k++;
    let end = k;
    while (end < s.tokenEnd && t[end]!.upper && t[end]!.type === "word") end++;
    if (end > k) ranges.push([k, end]);
  }
  return ranges;
}

const WITH_WORDS = new Set(["with", "cu"]);
/** The first token after the meeting noun starting at `i` (past "telefonică", "de lucru"). */
function trigEnd(t: Token[], i: number): number {
  let k = i + 1;
  while (t[k] && t[k]!.type === "word" && !t[k]!.upper && !WITH_WORDS.has(t[k]!.fold) && k - i <= 3) k++;
  return k;
}

/** Words that open a sentence with its source: "Potrivit …,", "According to …,". */
const OPENING_SOURCE = new Set(["potrivit", "conform", "according"]);

/**
 * "Potrivit purtătorului de cuvânt al Guvernului, Mihnea Roșca, premierul elen a propus …", "According to Reuters, …":
 * the first token after a sentence's opening source (past a name in apposition to it), or the sentence's start.
 * The source reports the meeting; it is no side of it.
 */
export function afterOpeningSource(doc: Document, s: Sentence): number {
  const t = doc.tokens;
  if (!OPENING_SOURCE.has(t[s.tokenStart]?.fold ?? "")) return s.tokenStart;
  let k = s.tokenStart + 1;
  while (k < s.tokenEnd && t[k]!.text !== "," && k - s.tokenStart < 15) k++;
  if (t[k]?.text !== ",") return s.tokenStart;
  // ", Mihnea Roșca," — a name in apposition belongs to the source
  let j = k + 1;
  while (j < s.tokenEnd && t[j]!.type === "word" && t[j]!.upper && j - k <= 4) j++;
  return t[j]?.text === "," && j > k + 1 ? j + 1 : k + 1;
}

/** Verbs that judge something: whoever criticises, welcomes or confirms talks is no side of them. */
const EVALUATIVE = new Set([
  "criticised", "criticized", "criticising", "criticizing", "condemned", "praised", "hailed", "dismissed", "questioned", "welcomed", "backed", "supported", "opposed", "slammed", "denounced", "rejected", "criticises", "criticizes", "welcomes", "condemns",
  "criticat", "condamnat", "salutat", "laudat", "contestat", "respins", "sustinut", "sprijinit", "critica", "saluta", "condamna",
  // (and who confirms or denies it: "Ministerul nu a confirmat întâlnirea", "Neither the institute nor JICA confirmed the meeting")
  "confirmed", "confirm", "confirms", "denied", "deny", "denies", "confirmat", "confirma", "infirmat", "dezmintit", "negat",
]);
const JUDGED_DETERMINERS = new Set(["the", "a", "an", "this", "these", "those", "its", "their", "his", "her"]);

/** Verbs of commenting before "on" / "about" / "despre": "declined to comment on the talks". */
const COMMENTING = new Set(["comment", "commented", "commenting", "remarked", "reacted", "comenteze", "comenta", "comentat", "reactionat"]);

/** "Musyoka criticised the talks", "a salutat discuțiile", "declined to comment on the talks": the meeting noun at `start` is what someone judges. */
export function judged(doc: Document, start: number): boolean {
  const t = doc.tokens;
  let k = JUDGED_DETERMINERS.has(t[start - 1]?.fold ?? "") ? start - 2 : start - 1;
  if (EVALUATIVE.has(t[k]?.fold ?? "")) return true;
  if (t[k]?.fold === "on" || t[k]?.fold === "about" || t[k]?.fold === "despre" || t[k]?.fold === "asupra") k--;
  return COMMENTING.has(t[k]?.fold ?? "");
}
