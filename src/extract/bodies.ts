// Working bodies named by common nouns: "grupul de lucru româno-bulgar pentru proiecte
// transfrontaliere", "comisia mixtă româno-ucraineană", "the Nordic-Baltic working group on the
// defence industry", "the joint security coordination mechanism". They meet and act like any
// named organisation, so they are groups with the whole noun phrase as their name: the head from
// data/lexicon/<lang>/bodies.json with the words that say whose body it is and what it is for.

import type { Document, Token } from "../types.js";
import type { Compiled } from "./compile.js";
import { findIndexed } from "./match.js";
import type { RawMention } from "./mentions.js";

/** Longest noun phrase a body's name may have, in tokens. */
const MAX_TOKENS = 12;

/** Words that end a body's name after its head: verbs, relatives, places and times. */
const STOP_AFTER: Record<Document["lang"], ReadonlySet<string>> = {
  ro: new Set([
    "care", "ce", "ar", "va", "vor", "a", "au", "s-a", "s-au", "se", "este", "e", "sunt", "era", "erau", "fost", "nu", "la", "in",
    "cu", "dupa", "inainte", "inaintea", "pana", "incepand", "urmeaza", "urma", "sa", "iar", "dar", "insa", "si-a", "si-au",
    // reflexive and object pronouns before a verb: "dacă grupul de lucru își va fi încheiat raportul"
    "isi", "i", "le", "il", "o", "ii",
  ]),
  en: new Set([
    "which", "that", "who", "whose", "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "should", "may",
    "met", "meets", "meet", "set", "due", "planned", "scheduled", "held", "in", "at", "with", "to", "from", "by", "after", "before",
    "during", "since", "until", "and", "but", "said", "says",
  ]),
};

/** Words before an English body's head that are no part of its name. */
const STOP_BEFORE = new Set([
  "the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "of", "by", "with", "to", "and", "new", "next", "first",
  // verbs a name cannot hold: "officials said working groups met"
  "said", "says", "told", "met", "meet", "agreed", "held", "added", "announced", "asked", "urged", "set", "up", "created", "formed",
  "launched", "established", "is", "was", "were", "are", "will", "would", "has", "had", "have",
  "keep", "keeps", "kept", "create", "form", "launch", "establish", "convene", "convened", "join", "joined", "resume", "resumed",
]);

/** English words after a body's head that open what it is on or for. */
const EN_REMIT = new Set(["on", "for"]);
/** English words that open a clause. */
const WH_WORDS = new Set(["how", "what", "whether", "why", "when", "where", "if"]);

/** Words that may join the parts of a Romanian body's name: "ai Romgaz și ai BOTAȘ". */
const RO_JOINED = new Set(["ai", "ale", "al", "a"]);

/**
 * The bodies of sentence `[from, to)` not yet covered by another mention (`covered[k] === 1`):
 * one group mention each, spanning the whole name. Persons, places and dates end a name.
 */
export function findBodies(
  doc: Document,
  from: number,
  to: number,
  c: Compiled,
  covered: Uint8Array,
  mentions: RawMention[],
  make: (tokStart: number, tokEnd: number) => RawMention,
): RawMention[] {
  if (c.bodies.size === 0) return [];
  const t = doc.tokens;
  const out: RawMention[] = [];
  const blocked = (k: number): boolean =>
    covered[k] === 2 || mentions.some((m) => m.tokStart <= k && m.tokEnd > k && (m.kind === "person" || m.kind === "place"));
  for (const hit of findIndexed(t, from, to, c.bodies, "fold")) {
    if (covered.subarray(hit.start, hit.end).some((v) => v === 1 || v === 2)) continue;
    const start = c.lang === "en" ? premodifiersStart(t, hit.start, from, blocked) : hit.start;
    const end = Math.min(complementEnd(t, hit.end, to, c.lang, blocked), start + MAX_TOKENS);
    const m = make(start, end);
    m.kind = "group";
    m.via = "group";
    // the base form of a Romanian head ("grupului de lucru …" → "grupul de lucru …"); English names as written
    m.label = c.lang === "en" ? m.text : hit.value.label + doc.text.slice(t[hit.end - 1]!.end, m.end);
    out.push(m);
    for (let k = start; k < end; k++) covered[k] = 1;
    // "experți ai Romgaz și ai BOTAȘ": the body acts, not the organisations that name it
    for (const x of mentions) if (x.tokStart >= start && x.tokEnd <= end) x.inGroup = true;
  }
  return out;
}

/** Where the English words before a head that qualify it begin: "the [Romanian–Serbian joint] technical group". */
function premodifiersStart(t: Token[], head: number, from: number, blocked: (k: number) => boolean): number {
  let start = head;
  for (let k = head - 1; k >= from && head - k <= 4; k--) {
    const x = t[k]!;
    const dash = x.type === "punct" && /^[-–]$/.test(x.text) && k - 1 >= from && t[k - 1]!.type === "word";
    if (!dash && (x.type !== "word" || STOP_BEFORE.has(x.fold) || blocked(k))) break;
    start = k;
  }
  return start;
}

/** Where the words after a head that say whose body it is or what it is for end. */
function complementEnd(t: Token[], end: number, to: number, lang: Document["lang"], blocked: (k: number) => boolean): number {
  const stops = STOP_AFTER[lang];
  // (an English body's name goes on only with what it is on or for: "the working group on the defence industry"; not "if
  // the technical group made progress", "expert groups working on verification")
  if (lang === "en" && !EN_REMIT.has(t[end]?.fold ?? "")) return end;
  let last = end;
  for (let k = end; k < to; k++) {
    const x = t[k]!;
    if (x.type !== "word" || blocked(k)) break;
    // ("a technical group on how Indian emissions data are verified": a clause is no part of a name)
    if (lang === "en" && WH_WORDS.has(x.fold)) break;
    // "… ai Romgaz și ai BOTAȘ": "și" joins two parts of the name only before a genitive article
    if (lang === "ro" && x.fold === "si" && RO_JOINED.has(t[k + 1]?.fold ?? "")) continue;
    // "… de trecere a frontierei": "a" before a genitive is an article, not "a fost"
    if (lang === "ro" && x.fold === "a" && /(ei|ii|ului|lor)$/.test(t[k + 1]?.fold ?? "")) continue;
    if (stops.has(x.fold)) break;
    last = k + 1;
  }
  // a name does not end on a preposition or article: "grupul de lucru pentru" → "grupul de lucru"
  while (last > end && /^(de|pentru|din|al|ai|ale|a|of|on|for|the)$/.test(t[last - 1]!.fold)) last--;
  return last;
}
