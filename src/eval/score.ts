// Scores an extraction against a gold annotation (the format of ../shared/articles/gold):
// entities (precision, recall, F1, by kind), meetings (found with the right place and
// participants; their status and date), topics and relations.

import { fold } from "../text/index.js";
import type { EntityKind, Extraction } from "../types.js";

export interface GoldEntity {
  name: string;
  type: EntityKind;
  aliases: string[];
  roles?: string[];
}
export interface GoldMeeting {
  label: string;
  place: string | null;
  participants: string[];
  date: string | null;
  status: string;
  topics: string[];
}
export interface Gold {
  entities: GoldEntity[];
  meetings: GoldMeeting[];
  topics: string[];
  relations: { source: string; type: string; target: string }[];
}

/** Counts for one article; sums of these make the totals. */
export interface Score {
  entities: { tp: number; typedTp: number; gold: number; predicted: number };
  byKind: Record<EntityKind, { tp: number; gold: number; predicted: number }>;
  /** `foundAnyPlace`: found with the participants rule alone, the place left out. */
  meetings: { found: number; foundAnyPlace: number; gold: number; predicted: number; statusRight: number; dateRight: number };
  topics: { found: number; gold: number; predicted: number };
  relations: { found: number; typed: number; gold: number; predicted: number };
  /** What was missed or wrong, for reading. */
  notes: string[];
}

const KINDS: EntityKind[] = ["person", "organization", "country", "place", "group"];

function names(list: string[]): Set<string> {
  const out = new Set<string>();
  for (const n of list) {
    const f = fold(n).replace(/^lui /, "").trim();
    if (f) out.add(f);
  }
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/**
 * The gold's statuses have no "ongoing" (its README lists six): talks under way on the article's day are
 * annotated "happened", begun and reported, so an "ongoing" meeting is right there.
 */
function sameStatus(ours: string, gold: string): boolean {
  return ours === gold || (ours === "ongoing" && gold === "happened");
}

/** Scores one article. */
export function scoreArticle(x: Extraction, gold: Gold): Score {
  const notes: string[] = [];
  const predicted = x.entities;
  // One-to-one entity alignment by shared names (label or alias), best overlap first.
  const pairs: { g: number; p: number; n: number }[] = [];
  gold.entities.forEach((g, gi) => {
    const gn = names([g.name, ...g.aliases]);
    predicted.forEach((p, pi) => {
      const n = overlap(gn, names([p.label, ...p.aliases]));
      if (n > 0) pairs.push({ g: gi, p: pi, n: n + (g.type === p.kind ? 0.5 : 0) });
    });
  });
  pairs.sort((a, b) => b.n - a.n || a.g - b.g || a.p - b.p);
  const goldToPred = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const pr of pairs) {
    if (goldToPred.has(pr.g) || usedPred.has(pr.p)) continue;
    goldToPred.set(pr.g, pr.p);
    usedPred.add(pr.p);
  }
  const byKind = Object.fromEntries(KINDS.map((k) => [k, { tp: 0, gold: 0, predicted: 0 }])) as Score["byKind"];
  let typedTp = 0;
  gold.entities.forEach((g, gi) => {
    byKind[g.type].gold++;
    const pi = goldToPred.get(gi);
    if (pi === undefined) notes.push(`missed ${g.type} ${g.name}`);
    else if (predicted[pi]!.kind === g.type) {
      typedTp++;
      byKind[g.type].tp++;
    } else notes.push(`kind of ${g.name}: ${predicted[pi]!.kind}, gold ${g.type}`);
  });
  predicted.forEach((p, pi) => {
    byKind[p.kind].predicted++;
    if (!usedPred.has(pi)) notes.push(`extra ${p.kind} ${p.label}`);
  });
  const keyOfGold = new Map<string, string>();
  gold.entities.forEach((g, gi) => {
    const pi = goldToPred.get(gi);
    if (pi !== undefined) keyOfGold.set(g.name, predicted[pi]!.key);
  });

  // Meetings: place agrees and at least half of the gold participants are found (pairMeetings).
  const predToGold = pairMeetings(gold, x, keyOfGold, true);
  // The same pairing with the place left out: how many meetings are found with their people at
  // all (a place in the city where the annotator chose the venue, or the reverse, is the rest).
  const anyPlace = pairMeetings(gold, x, keyOfGold, false);
  const foundAnyPlace = anyPlace.size;
  const anyPlaceOf = new Map([...anyPlace].map(([mi, gi]) => [gi, mi] as const));
  const goldToMeeting = new Map<number, number>();
  for (const [mi, gi] of predToGold) goldToMeeting.set(gi, mi);
  const usedMeetings = new Set(predToGold.keys());
  let found = 0;
  let statusRight = 0;
  let dateRight = 0;
  gold.meetings.forEach((gm, gi) => {
    const best = goldToMeeting.get(gi);
    if (best !== undefined) {
      found++;
      const m = x.meetings[best]!;
      if (sameStatus(m.status, gm.status)) statusRight++;
      else notes.push(`status of "${gm.label}": ${m.status}, gold ${gm.status}`);
      if ((m.date ?? null) === gm.date) dateRight++;
      else notes.push(`date of "${gm.label}": ${m.date ?? "none"}, gold ${gm.date ?? "none"}`);
    } else {
      // (found by its sides elsewhere: say where, so a venue told for a town, or the reverse, shows)
      const other = anyPlaceOf.get(gi);
      const where = other === undefined ? "" : ` (found by its sides, placed at ${x.meetings[other]!.place ?? "none"}, gold ${gm.place ?? "none"})`;
      notes.push(`missed meeting "${gm.label}"${where}`);
    }
  });
  x.meetings.forEach((m, mi) => {
    if (!usedMeetings.has(mi)) notes.push(`extra meeting "${m.label}"`);
  });

  const goldTopics = new Set(gold.topics.map((t) => t.toLowerCase()));
  const predTopics = new Set(x.topics.map((t) => t.label.toLowerCase()));
  const topicFound = [...goldTopics].filter((t) => predTopics.has(t)).length;
  for (const t of goldTopics) if (!predTopics.has(t)) notes.push(`missed topic ${t}`);

  // Relations: both ends aligned, same direction; `typed` when the relation type agrees too.
  const predRel = x.relations.filter((r) => !["participates_in", "held_in", "discusses", "about", "seat_of"].includes(r.relation));
  let relFound = 0;
  let relTyped = 0;
  for (const gr of gold.relations) {
    const s = keyOfGold.get(gr.source);
    const t = keyOfGold.get(gr.target);
    const hit = predRel.filter((r) => r.source === s && r.target === t);
    if (hit.length) {
      relFound++;
      if (hit.some((r) => sameRelation(r.relation, gr.type))) relTyped++;
    } else notes.push(`missed relation ${gr.source} ${gr.type} ${gr.target}`);
  }

  return {
    entities: { tp: goldToPred.size, typedTp, gold: gold.entities.length, predicted: predicted.length },
    byKind,
    meetings: { found, foundAnyPlace, gold: gold.meetings.length, predicted: x.meetings.length, statusRight, dateRight },
    topics: { found: topicFound, gold: goldTopics.size, predicted: predTopics.size },
    relations: { found: relFound, typed: relTyped, gold: gold.relations.length, predicted: predRel.length },
    notes,
  };
}

/**
 * Gold and predicted meetings paired one to one (predicted index → gold index): at least half of the
 * gold participants found (at least one) and, when `withPlace`, the gold place. As many gold meetings
 * as possible are found (augmenting paths), each gold meeting trying its candidates best first: more
 * shared participants, then the same status, then the same date. A greedy pass in gold order could
 * give a later gold meeting's only candidate to an earlier one that had another.
 */
function pairMeetings(gold: Gold, x: Extraction, keyOfGold: Map<string, string>, withPlace: boolean): Map<number, number> {
  const candidates: number[][] = gold.meetings.map((gm) => {
    const place = gm.place ? keyOfGold.get(gm.place) ?? `?${gm.place}` : undefined;
    const wanted = gm.participants.map((n) => keyOfGold.get(n)).filter((k): k is string => !!k);
    const scored: { mi: number; hits: number; status: number; date: number }[] = [];
    x.meetings.forEach((m, mi) => {
      if (withPlace && m.place !== place) return;
      const keys = new Set(m.participants.map((p) => p.key));
      const hits = wanted.filter((k) => keys.has(k)).length;
      if (hits > 0 && hits * 2 >= gm.participants.length) {
        scored.push({ mi, hits, status: Number(m.status === gm.status), date: Number((m.date ?? null) === gm.date) });
      }
    });
    scored.sort((a, b) => b.hits - a.hits || b.status - a.status || b.date - a.date || a.mi - b.mi);
    return scored.map((c) => c.mi);
  });
  const predToGold = new Map<number, number>();
  const tryAssign = (gi: number, seen: Set<number>): boolean => {
    for (const mi of candidates[gi]!) {
      if (seen.has(mi)) continue;
      seen.add(mi);
      const other = predToGold.get(mi);
      if (other === undefined || tryAssign(other, seen)) {
        predToGold.set(mi, gi);
        return true;
      }
    }
    return false;
  };
  gold.meetings.forEach((_, gi) => tryAssign(gi, new Set()));
  return predToGold;
}

/** "special envoy of" ~ "envoy_of", "son-in-law of" ~ "son_in_law_of". */
export function sameRelation(ours: string, gold: string): boolean {
  const norm = (s: string): string[] => fold(s).split(/[^a-z]+/).filter((w) => w && w !== "of" && w !== "to" && w !== "for");
  const a = norm(ours);
  const b = norm(gold);
  return a.length > 0 && a.every((w) => b.includes(w) || b.some((v) => v.startsWith(w) || w.startsWith(v)));
}

/** Adds up article scores. */
export function sumScores(scores: Score[]): Score {
  const total = scoreZero();
  for (const s of scores) {
    for (const k of ["tp", "typedTp", "gold", "predicted"] as const) total.entities[k] += s.entities[k];
    for (const kind of KINDS) for (const k of ["tp", "gold", "predicted"] as const) total.byKind[kind][k] += s.byKind[kind][k];
    for (const k of ["found", "foundAnyPlace", "gold", "predicted", "statusRight", "dateRight"] as const) total.meetings[k] += s.meetings[k];
    for (const k of ["found", "gold", "predicted"] as const) total.topics[k] += s.topics[k];
    for (const k of ["found", "typed", "gold", "predicted"] as const) total.relations[k] += s.relations[k];
  }
  return total;
}

function scoreZero(): Score {
  return {
    entities: { tp: 0, typedTp: 0, gold: 0, predicted: 0 },
    byKind: Object.fromEntries(KINDS.map((k) => [k, { tp: 0, gold: 0, predicted: 0 }])) as Score["byKind"],
    meetings: { found: 0, foundAnyPlace: 0, gold: 0, predicted: 0, statusRight: 0, dateRight: 0 },
    topics: { found: 0, gold: 0, predicted: 0 },
    relations: { found: 0, typed: 0, gold: 0, predicted: 0 },
    notes: [],
  };
}

export function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

export function f1(tp: number, gold: number, predicted: number): number {
  const p = ratio(tp, predicted);
  const r = ratio(tp, gold);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** The headline figures of a total score. */
export function summary(s: Score): {
  entityF1: number;
  entityTypedF1: number;
  entityPrecision: number;
  entityRecall: number;
  meetingRecall: number;
  /** Meetings found by their participants whatever the place (how much of the rest is the place). */
  meetingRecallAnyPlace: number;
  meetingPrecision: number;
  statusAccuracy: number;
  dateAccuracy: number;
  topicRecall: number;
  relationRecall: number;
} {
  return {
    entityF1: f1(s.entities.tp, s.entities.gold, s.entities.predicted),
    entityTypedF1: f1(s.entities.typedTp, s.entities.gold, s.entities.predicted),
    entityPrecision: ratio(s.entities.typedTp, s.entities.predicted),
    entityRecall: ratio(s.entities.typedTp, s.entities.gold),
    meetingRecall: ratio(s.meetings.found, s.meetings.gold),
    meetingRecallAnyPlace: ratio(s.meetings.foundAnyPlace, s.meetings.gold),
    meetingPrecision: ratio(s.meetings.found, s.meetings.predicted),
    statusAccuracy: ratio(s.meetings.statusRight, s.meetings.found),
    dateAccuracy: ratio(s.meetings.dateRight, s.meetings.found),
    topicRecall: ratio(s.topics.found, s.topics.gold),
    relationRecall: ratio(s.relations.found, s.relations.gold),
  };
}
