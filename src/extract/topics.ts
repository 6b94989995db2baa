// Topics: lexicon phrases matched on word stems in order, any inflection, with up to two words
// between their content words ("garanțiile de securitate oferite" → security guarantees). Relations
// between two countries are built, not listed: a compound demonym or "between X and Y" next to
// "relații"/"cooperare"/"relations"/"cooperation" names "<X>–<Y> relations" or "… cooperation"
// ("cooperării economice ruso-americane" → US–Russia economic cooperation).

import type { Document, ExtractedTopic } from "../types.js";
import type { Compiled } from "./compile.js";
import { slugify } from "./link.js";
import { findIndexed } from "./match.js";
import { demonymCountries, type RawMention } from "./mentions.js";
import { openTopics } from "./open-topics.js";
import type { TopicMention } from "./roles.js";

/** Words allowed between two content words of a topic phrase. */
const MAX_GAP = 2;
/** Tokens around a compound demonym where its relation noun may stand. */
const NEAR = 3;

/** Finds the topic mentions of a document and the topics they name. */
export function findTopics(doc: Document, c: Compiled, entities: RawMention[] = []): { topics: ExtractedTopic[]; mentions: TopicMention[] } {
  const byKey = new Map<string, ExtractedTopic>();
  const mentions: TopicMention[] = [];
  const add = (key: string, label: string, sentence: number, tokStart: number, tokEnd: number): void => {
    const start = doc.tokens[tokStart]!.start;
    const end = doc.tokens[tokEnd - 1]!.end;
    let t = byKey.get(key);
    if (!t) byKey.set(key, (t = { key, label, mentions: [] }));
    t.mentions.push({ start, end, text: doc.text.slice(start, end), sentence });
    mentions.push({ key, tokStart, tokEnd, sentence });
  };
  for (const s of doc.sentences) {
    for (const hit of findIndexed(doc.tokens, s.tokenStart, s.tokenEnd, c.topics, "stem", MAX_GAP, true)) {
      if (!insideName(hit, entities)) add(hit.value.id, hit.value.label, s.index, hit.start, hit.end);
    }
    for (const b of bilateral(doc, c, s.tokenStart, s.tokenEnd, entities)) {
      const label = `${pairName(c, b.countries)} ${b.noun}`;
      add(`topic:${slugify(label)}`, label, s.index, b.start, b.end);
    }
    // what is talked about, as written, where no lexicon topic names it
    const named = mentions.filter((m) => m.sentence === s.index);
    for (const o of openTopics(doc, s.tokenStart, s.tokenEnd)) {
      if (named.some((m) => m.tokStart < o.tokEnd && o.tokStart < m.tokEnd)) continue;
      add(`topic:${slugify(o.label)}`, o.label, s.index, o.tokStart, o.tokEnd);
    }
  }
  return { topics: [...byKey.values()], mentions };
}

/**
 * Whether a topic phrase is only part of the longer name of an organisation: "Tourism" of the
 * "Tourism Administration",
 * "energy" of the "Ministry of Energy". (A name that is the whole phrase, "Schengen", is a topic.)
 */
function insideName(hit: { start: number; end: number }, entities: RawMention[]): boolean {
  return entities.some((m) => m.kind === "organization" && m.tokStart <= hit.start && hit.end <= m.tokEnd && m.tokEnd - m.tokStart > hit.end - hit.start);
}

/** Stems of the nouns that make a pair of countries a topic, and the English noun they give. */
const RELATION_NOUNS: ReadonlyMap<string, string> = new Map([
  ["relat", "relations"], ["legatur", "relations"], ["tie", "relations"], ["relationship", "relations"],
  ["cooper", "cooperation"], ["cooperar", "cooperation"], ["partener", "partnership"], ["partnership", "partnership"],
]);
const ECONOMIC = new Set(["econom"]);
const BETWEEN = new Set(["dintre", "intre", "between"]);
const AND = new Set(["si", "and"]);

interface Pair {
  countries: string[];
  noun: string;
  start: number;
  end: number;
}

/** Country pairs named with a relation noun in `[from, to)`. */
function bilateral(doc: Document, c: Compiled, from: number, to: number, entities: RawMention[]): Pair[] {
  const t = doc.tokens;
  const out: Pair[] = [];
  for (let i = from; i < to; i++) {
    // (a Map: every token asks, and an object would also answer "constructor" or "toString")
    const noun = RELATION_NOUNS.get(t[i]!.stem);
    if (!noun) continue;
    const economic = [i - 1, i + 1, i + 2].some((k) => k >= from && k < to && ECONOMIC.has(t[k]!.stem));
    const label = economic && noun === "cooperation" ? "economic cooperation" : noun;
    // "cooperarea economică ruso-americană", "US-Russian economic cooperation"
    for (let k = Math.max(from, i - NEAR); k < Math.min(to, i + NEAR + 1); k++) {
      const countries = t[k]!.fold.includes("-") ? demonymCountries(t[k]!, c) : [];
      if (countries.length === 2 && countries[0] !== countries[1]) {
        out.push({ countries, noun: label, start: Math.min(i, k), end: Math.max(i, k) + 1 });
        break;
      }
    }
    // "relațiile dintre Rusia și SUA", "relations between Moscow and Washington"
    if (BETWEEN.has(t[i + 1]?.fold ?? "")) {
      const a = countryAt(entities, c, i + 2);
      const b = a && AND.has(t[a.tokEnd]?.fold ?? "") ? countryAt(entities, c, a.tokEnd + 1) : undefined;
      if (a && b && a.country !== b.country) out.push({ countries: [a.country, b.country], noun: label, start: i, end: b.tokEnd });
    }
  }
  return out;
}

/** The country a mention starting at `i` names (a capital used for its country counts). */
function countryAt(entities: RawMention[], c: Compiled, i: number): { country: string; tokEnd: number } | undefined {
  const m = entities.find((x) => x.tokStart === i && x.kbId);
  if (!m) return undefined;
  const entry = c.kb.get(m.kbId!);
  const id = entry?.kind === "country" ? entry.id : m.actorFor ?? entry?.standsFor;
  return id?.startsWith("country:") ? { country: id, tokEnd: m.tokEnd } : undefined;
}

/** Short names the English press uses for a pair ("US–Russia"): the US first, then the EU, then A–Z. */
const SHORT: Record<string, string> = { "country:united-states": "US", "country:united-kingdom": "UK", "organization:european-union": "EU" };
const FIRST = ["country:united-states", "organization:european-union"];

function pairName(c: Compiled, ids: string[]): string {
  const name = (id: string): string => SHORT[id] ?? c.kb.get(id)?.label ?? id;
  const rank = (id: string): number => (FIRST.includes(id) ? FIRST.indexOf(id) : FIRST.length);
  return [...ids].sort((a, b) => rank(a) - rank(b) || name(a).localeCompare(name(b))).map(name).join("–");
}

