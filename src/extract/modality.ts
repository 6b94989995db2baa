// How certain a sentence is: asserted, reported, possible, planned or negated; its tense (for
// dates); the status cues a meeting frame reads (cancelled, unconfirmed …); and who it is
// attributed to ("potrivit surselor" → sources, "conform Politico" → Politico).

import type { Document, Modality, Sentence, Token } from "../types.js";
import type { Compiled } from "./compile.js";
import { findCues, hasCue } from "./match.js";
import type { RawMention } from "./mentions.js";
import { COUNT_WORDS } from "./words.js";

export type StatusCue = "cancelled" | "postponed" | "unconfirmed" | "proposed" | "planned" | "ongoing" | "happened";

export interface SentenceInfo {
  modality: Modality;
  tense: "past" | "future";
  /** A plan told from after its time ("had been due to", "trebuia să"): its month may lie on either side of the article. */
  pastFuture: boolean;
  /** Status cues present, strongest first. */
  status: StatusCue[];
  attribution?: string;
  /** Token ranges of attribution phrases ("conform Politico"): their mentions are sources, not actors. */
  attributionTokens: Array<[number, number]>;
}

/**
 * Verbs of saying (folded): a source names itself before them unless inverted ("…, said X"), and a
 * speaker after a closing comma ("…, two officials said") only reports.
 */
export const SAYING: ReadonlySet<string> = new Set([
  "said", "says", "told", "added", "reported", "reports", "wrote", "relatat", "scrie", "scris", "relateaza", "informeaza", "anuntat",
  "declarat", "spus", "afirmat", "precizat", "transmis", "adaugat", "sustinut", "transmite", "noteaza", "anunta", "writes",
  "sustin", "sustine", "spun", "afirma", "say", "claimed",
  "confirmat", "confirmed", "explicat", "explained", "stated",
  "alleged",
]);
/** Verbs of claiming, which also name things ("the growers' claim"): a source only before "that" (an attribution cue). */
const CLAIMING = new Set(["claim", "claims", "allege", "alleges", "insist", "insists", "maintain", "maintains"]);

/** Indefinite articles: a new noun phrase (the object of "said"), not the source's title. */
const NEW_PHRASE = new Set(["a", "an", "o", "un", "that", "ca"]);

const STATUS_ORDER: StatusCue[] = ["cancelled", "postponed", "unconfirmed", "proposed", "planned", "ongoing", "happened"];

/** Reads the cues of one sentence (or of a part of it, `[from, to)` in tokens). */
export function analyzeSentence(
  doc: Document,
  s: Sentence,
  c: Compiled,
  mentions: RawMention[],
  from = s.tokenStart,
  to = s.tokenEnd,
  anchor?: number,
): SentenceInfo {
  const t = doc.tokens;
  const cues = c.cues;
  const status = statusCues(t, from, to, c, anchor);
  const pastFuture = hasCue(t, from, to, cues.pastFuture);
  // ("a planned green industrial zone", "the expected rise in prices": a participle that qualifies another noun than a
  // meeting's says nothing of when the sentence's meeting is)
  const qualifiesOther = (h: { start: number; end: number }): boolean =>
    c.lang === "en" && h.end - h.start === 1 && DETERMINERS_EN.has(t[h.start - 1]?.fold ?? "") && !!t[h.end] && !c.triggers.has(t[h.end]!.stem);
  const future = (findCues(t, from, to, cues.future).some((h) => !qualifiesOther(h)) || status.includes("planned")) && !pastFuture;
  const attributionTokens: Array<[number, number]> = [];
  let attribution: string | undefined;
  let byPress = false;
  for (const hit of findCues(t, s.tokenStart, s.tokenEnd, cues.attribution)) {
    // the source follows the cue ("conform Politico", "according to Reuters", "potrivit surselor")
    // … with nothing but a title between: "said a summit with Putin …" names no source
    // … and after a verb of saying only when it is inverted after a comma or a quote
    // ('…, said Merz'; not "Tusk said he had invited Merz")
    const verb = SAYING.has(t[hit.start]!.fold) || SAYING.has(t[hit.start + 1]?.fold ?? "") || CLAIMING.has(t[hit.start]!.fold);
    const inverted = !verb || t[hit.start - 1]?.type === "punct";
    const after = !inverted ? undefined : mentions.find(
      // ("a report by the Kumasi news site Ashanti Ledger": a place may qualify the outlet named after it)
      (m) => m.tokStart >= hit.end && m.tokStart <= hit.end + 6 && m.sentence === s.index && m.kind !== "place" &&
        !t.slice(hit.end, m.tokStart).some((x) => x.type === "punct" || NEW_PHRASE.has(x.fold)),
    );
    const sources = findCues(t, hit.end, Math.min(hit.end + 3, s.tokenEnd), cues.sourcesWord)[0];
    // "according to the regional newspaper X", "potrivit unor surse", "according to two people familiar with …"
    // ("according to two traders in Ulaanbaatar", "potrivit câtorva angajați": people counted, not named)
    byPress ||= !verb && (!!sources || hasCue(t, hit.end, Math.min(hit.end + 4, s.tokenEnd), cues.mediaWord) || countedPeople(t, hit.end));
    // "Sources in the hospital say …", "Surse din spital susțin că …": unnamed sources as the verb's subject
    byPress ||= verb && findCues(t, clauseOpening(t, hit.start, s.tokenStart), hit.start, cues.sourcesWord).length > 0;
    // "…, two people who attended the fair told STT": people counted, not named, as the verb's subject
    // (… or after it, inverted: "…, au declarat două persoane care au participat")
    byPress ||= verb && (inverted ? countedWitnesses(t, hit.end, c) : countedWitnesses(t, clauseOpening(t, hit.start, s.tokenStart), c));
    // "Local broadcaster Radio Bahía Alta reported that …", "…, the Baguio weekly reported": the press as the verb's subject
    // (an outlet, not people who speak of what they saw — "people familiar with the talks said" — nor "his press adviser")
    byPress ||= verb && findCues(t, clauseOpening(t, hit.start, s.tokenStart), hit.start, cues.mediaWord).some((w) => !PEOPLE_SOURCES.has(t[w.start]!.fold) && !PRESS_STAFF.has(t[w.end]?.fold ?? ""));
    if (after && (after.kind === "organization" || after.kind === "person" || after.kind === "group")) {
      attribution = after.label ?? after.text;
      attributionTokens.push([hit.start, after.tokEnd]);
    } else if (sources) {
      attribution = "sources";
      attributionTokens.push([hit.start, sources.end]);
    }
  }
  // What the press or unnamed sources report as done, and the parties do not confirm, is unconfirmed
  // (said of a meeting the sentence tells, `anchor`; not passed on to a meeting told before)
  // "…, said a person involved in the negotiations, who spoke on condition of anonymity": a source with no name anywhere in
  // the sentence (not of a proposal it tells: "X has proposed …, but …, an official said, speaking on condition of anonymity")
  const anonymous = anchor !== undefined && hasCue(t, s.tokenStart, s.tokenEnd, cues.anonymous) && !status.includes("proposed") && !hasCue(t, s.tokenStart, anchor, cues.proposed);
  if ((byPress || anonymous) && anchor !== undefined && !future && !status.some((x) => STRONG.includes(x))) status.unshift("unconfirmed");
  let modality: Modality = "asserted";
  if (hasCue(t, from, to, cues.possible)) modality = "possible";
  else if (status.includes("unconfirmed") || attribution || hasCue(t, from, to, cues.conditional)) modality = "reported";
  else if (future) modality = "planned";
  else if (hasCue(t, from, to, cues.negation)) modality = "negated";
  return { modality, tense: future ? "future" : "past", pastFuture, status, attribution, attributionTokens };
}

/** Words that count people before a plural noun with no number: "several traders", "câțiva angajați". */
const SOME_WORDS = new Set(["several", "some", "many", "cativa", "cateva", "catorva", "unii", "multi"]);

/** A count of people right at `k`, a number word and a lower-case plural noun after it ("two traders"), no name; not
 * officials, who speak for their office ("according to two officials"). */
function countedPeople(t: Token[], k: number): boolean {
  const next = t[k + 1];
  const count = t[k]?.fold ?? "";
  return (COUNT_WORDS.has(count) || SOME_WORDS.has(count)) && !!next && next.type === "word" && !next.upper && !OFFICIALS.has(next.fold);
}
const OFFICIALS = new Set(["officials", "oficiali", "oficialii", "functionari"]);

/**
 * "two people", "three witnesses", "two growers", "câțiva localnici" at `k`: unnamed people counted (not "two ministers", who
 * hold a title and have names, nor "two officials", who speak for their office).
 */
function countedWitnesses(t: Token[], k: number, c: Compiled): boolean {
  // ("a former employee of the developer told NRK", "a resident said": one unnamed person; not "a spokesman", a title)
  if (ONE_PERSON.has(t[k]?.fold ?? "")) {
    // (the noun phrase's words, up to "of" or the verb: "a committee aide" is an aide, a title)
    const words: Token[] = [];
    for (let j = k + 1; j <= k + 3 && t[j]?.type === "word" && !t[j]!.upper && t[j]!.fold !== "of" && !SAYING.has(t[j]!.fold); j++) words.push(t[j]!);
    const noun = words.filter((w) => !PERSON_ADJECTIVES.has(w.fold)).pop();
    const title = words.some((w) => c.titleWords.has(w.fold) || (c.titles.get(w.stem) ?? []).length > 0);
    return !!noun && PERSON_NOUN.test(noun.fold) && !title;
  }
  const next = t[k + 1]?.fold ?? "";
  if (!COUNT_WORDS.has(t[k]?.fold ?? "") && !SOME_WORDS.has(t[k]?.fold ?? "")) return false;
  return WITNESSES.has(next) || (countedPeople(t, k) && !c.titleWords.has(next) && !c.titleWords.has(next.replace(/s$/, "")) && !c.titleWords.has(next.replace(/i$/, "u")));
}
const ONE_PERSON = new Set(["a", "an"]);
const PERSON_ADJECTIVES = new Set(["former", "local", "retired", "senior", "junior", "young", "longtime", "long-time"]);
/** English nouns of a person by what they do or where they are: "employee", "resident", "worker", "farmer", "villager". */
const PERSON_NOUN = /(ee|ent|er|or|ian|ist|man|woman|person)$/;
const WITNESSES = new Set(["people", "persons", "witnesses", "insiders", "persoane", "martori", "oameni"]);

/** First words of the media cues that are people, not outlets. */
const PEOPLE_SOURCES = new Set(["people", "persons", "two", "diplomats", "insiders", "persoane", "unor", "diplomati", "diplomatilor", "persoanelor"]);
/** Words after "press" that make an official's title: "press adviser", "press secretary". */
const PRESS_STAFF = new Set(["adviser", "advisor", "secretary", "officer", "office", "spokesman", "spokeswoman", "spokesperson", "service", "department", "team", "attache", "aide"]);

/** The first token of the clause that ends at `at`: a few words back, after the last comma or other mark. */
function clauseOpening(t: Token[], at: number, sentenceStart: number): number {
  let k = at;
  // ("The Highland Courier, a Baguio weekly, reported": over an apposition closed right before the verb)
  if (t[k - 1]?.text === ",") k--;
  while (k > sentenceStart && at - k < 7 && t[k - 1]!.type !== "punct") k--;
  return k;
}

/** English auxiliaries before a passive participle ("was proposed by"): the participle is the clause's verb then. */
const AUXILIARY_EN = new Set(["is", "was", "are", "were", "be", "been", "being", "has", "have", "had"]);

/** Cues that settle a status wherever they stand near the trigger. */
const STRONG: StatusCue[] = ["cancelled", "postponed", "unconfirmed"];

/**
 * Status cues of `[from, to)`, strongest first. Cancelled, postponed and unconfirmed outrank the
 * rest; among proposed, planned, ongoing and happened the cue nearest to `anchor` (the trigger)
 * comes first, so "au purtat negocieri …, posibile concesii" stays happened.
 */
function statusCues(t: Token[], from: number, to: number, c: Compiled, anchor?: number): StatusCue[] {
  const found: { cue: StatusCue; distance: number }[] = [];
  for (const hit of findCues(t, from, to, c.cues.status)) {
    if (c.lang === "ro" && anchor !== undefined && modifiesOtherNoun(t, hit.start, hit.end, anchor)) continue;
    // "s-a întâlnit … pentru a discuta reluarea curselor, suspendate din decembrie": a participle in the purpose clause
    // qualifies what is talked about
    if (anchor !== undefined && lonePurposeParticiple(t, hit.start, hit.end, anchor)) continue;
    // "niciun concert nu va fi anulat", "the talks have not been postponed": a denied cancellation calls nothing off
    if ((hit.value === "cancelled" || hit.value === "postponed") && negatedBefore(t, hit.start, c)) continue;
    // "to vote on the fee schedule proposed by the operator": a participle with its agent after another noun than the
    // meeting's qualifies that noun ("a meeting proposed by X" stays proposed)
    if (c.lang === "en" && anchor !== undefined && hit.end - hit.start === 1 && t[hit.end]?.fold === "by" && hit.start - 1 !== anchor && t[hit.start - 1]?.type === "word" && !t[hit.start - 1]!.upper && !AUXILIARY_EN.has(t[hit.start - 1]!.fold)) continue;
    // "the suspended first vice-president": an English participle after a determiner qualifies a noun
    if (c.lang === "en" && hit.end - hit.start === 1 && DETERMINERS_EN.has(t[hit.start - 1]?.fold ?? "")) continue;
    // "two years later than planned", "mai târziu decât era planificat": a comparison, no plan
    if (THAN.has(t[hit.start - 1]?.fold ?? "") || THAN.has(t[hit.start - 2]?.fold ?? "")) continue;
    // a cue before the trigger (the verb that governs it) counts as a little nearer than one after
    const distance = anchor === undefined ? 0 : hit.start < anchor ? anchor - hit.end + 0.5 : hit.start - anchor + 1;
    found.push({ cue: hit.value, distance });
  }
  if (found.length === 0) return [];
  const strong = STRONG.filter((cue) => found.some((f) => f.cue === cue));
  const weak = found
    .filter((f) => !STRONG.includes(f.cue))
    .sort((a, b) => a.distance - b.distance || STATUS_ORDER.indexOf(a.cue) - STATUS_ORDER.indexOf(b.cue))
    .map((f) => f.cue);
  return [...new Set([...strong, ...weak])];
}

const DETERMINERS_EN = new Set(["the", "a", "an", "its", "his", "her", "their", "this", "that"]);
const THAN = new Set(["than", "decat"]);

/** Forms of "a fi" before a participle that make it a passive verb ("a fost anunțată"). */
const BE = new Set(["fost", "este", "e", "sunt", "era", "erau", "fi", "fie", "fiind"]);

/**
 * A Romanian participle in its feminine or plural form that follows another noun qualifies that
 * noun, not the meeting: in "taxele vamale anunțate săptămâna trecută" nothing about the meeting
 * was announced. After the trigger itself, a comma or a form of "a fi" it is the meeting's
 * ("reuniunea anunțată", "…, programată pentru joi", "a fost amânată").
 */
function modifiesOtherNoun(t: Token[], start: number, end: number, anchor: number): boolean {
  if (end - start !== 1 || !/(ata|ate|ati|ita|ite|iti|uta|ute|uti)$/.test(t[start]!.fold)) return false;
  const before = t[start - 1];
  if (!before || before.type !== "word" || start - 1 === anchor) return false;
  // "a fost în schimb amânată": a form of "a fi" a few words before still makes it the verb
  for (let k = start - 1; k >= Math.max(0, start - 4); k--) if (BE.has(t[k]!.fold) || t[k]!.type === "punct") return false;
  return true;
}

/**
 * A participle with no "a fi" / "be" before it, after a purpose phrase that follows the trigger ("pentru a discuta",
 * "spre a", "to discuss", "in order to"), with no new clause between: it tells of a noun of that purpose.
 */
function lonePurposeParticiple(t: Token[], start: number, end: number, anchor: number): boolean {
  if (end - start !== 1 || start <= anchor || !/(at|ata|ate|ati|it|ita|ite|iti|ut|uta|ute|uti|ed|en)$/.test(t[start]!.fold)) return false;
  for (let k = start - 1; k >= Math.max(anchor, start - 3); k--) if (BE.has(t[k]!.fold) || BE_EN.has(t[k]!.fold)) return false;
  // (the trigger may be the purpose's own verb: "to discuss", "pentru a discuta")
  for (let k = start - 1; k >= Math.max(0, anchor - 2); k--) {
    const w = t[k]!.fold;
    if (t[k]!.text === ";" || NEW_CLAUSE.has(w)) return false;
    const next = t[k + 1]?.fold ?? "";
    if (((w === "pentru" || w === "spre") && next === "a") || (w === "to" && PURPOSE_VERBS_EN.has(next)) || (w === "order" && next === "to")) return true;
  }
  return false;
}
/** A negation cue ("nu", "not", "wasn't" …) among the three words before `at`, with no punctuation between. */
export function negatedBefore(t: Token[], at: number, c: Compiled): boolean {
  let from = at;
  while (from > 0 && at - from < 3 && t[from - 1]!.type !== "punct") from--;
  return hasCue(t, from, at, c.cues.negation);
}

const BE_EN = new Set(["was", "were", "been", "is", "are", "be", "being", "has", "have", "had"]);
/** Words of contrast that open a clause of their own after a comma ("…, dar …", "…, but …"). */
export const CONTRAST: ReadonlySet<string> = new Set(["but", "dar", "insa", "although", "desi"]);
/** Words that open a new clause: a contrast, or "iar" / "while". */
const NEW_CLAUSE = new Set([...CONTRAST, "iar", "while"]);
const PURPOSE_VERBS_EN = new Set(["discuss", "review", "address", "examine", "negotiate", "talk", "prepare", "finalise", "finalize", "resolve", "settle", "consider", "debate", "assess", "seek"]);

/** True when token `i` lies inside one of the attribution phrases. */
export function inAttribution(info: SentenceInfo, i: number): boolean {
  return info.attributionTokens.some(([a, b]) => i >= a && i < b);
}
