// Phrase matching over tokens: cue phrases on folded words, lexicon phrases on stems,
// with hyphenated compounds ("negocieri-maraton", "s-a") also tried by their first part.

import { baseForms, fold, stem } from "../text/index.js";
import type { Token } from "../types.js";
import { PREFIX_KEY, type CueList, type Phrase, type PhrasePart } from "./compile.js";

/** How phrase parts compare with tokens: by folded form (cues) or by stem (lexicon phrases). */
export type MatchMode = "fold" | "stem";

export interface PhraseHit<T> {
  /** Token indexes `[start, end)`. */
  start: number;
  end: number;
  value: T;
}

const lemmaCache = new WeakMap<Token, string[]>();

/** Stems of the Romanian base forms of a lower-case word ("președintelui" → stem of "președintele"). */
function lemmaStems(token: Token): string[] {
  let stems = lemmaCache.get(token);
  if (!stems) {
    stems = token.upper || token.fold.length < 5 || !/[ia]$/.test(token.fold) ? [] : baseForms(token.text).slice(0, 2).map((b) => stem(fold(b), "ro"));
    lemmaCache.set(token, stems);
  }
  return stems;
}

function partMatches(part: PhrasePart, token: Token, mode: MatchMode): boolean {
  if (token.type === "punct") return false;
  if (part.prefix !== undefined) return token.fold.startsWith(part.prefix);
  if (mode === "fold") return token.fold === part.fold || token.fold.replace(/-/g, " ") === part.fold;
  if (token.stem === part.stem) return true;
  if (lemmaStems(token).includes(part.stem!)) return true;
  // "negocieri-maraton" counts as "negocieri"; a 1–2 letter stem only matches exactly.
  const dash = token.fold.indexOf("-");
  if (dash > 0 && part.fold !== undefined) {
    const head = token.fold.slice(0, dash);
    if (head === part.fold || stem(head, "ro") === part.stem || stem(head, "en") === part.stem) return true;
  }
  return part.fold !== undefined && part.fold.length > 3 && token.fold === part.fold;
}

/**
 * Tries `phrase` at token `i`; returns the end index or -1. `maxGap` word tokens may stand between
 * two parts (topics: "garanțiile de securitate oferite" …); a gap never crosses punctuation.
 */
export function matchAt(tokens: Token[], i: number, limit: number, phrase: Phrase<unknown>, mode: MatchMode, maxGap = 0): number {
  let pos = i;
  for (let p = 0; p < phrase.parts.length; p++) {
    const part = phrase.parts[p]!;
    let found = -1;
    const lastTry = p === 0 ? pos : Math.min(limit - 1, pos + maxGap);
    for (let j = pos; j <= lastTry && j < limit; j++) {
      const t = tokens[j]!;
      if (partMatches(part, t, mode)) {
        found = j;
        break;
      }
      if (t.type === "punct" && t.text !== "-") break;
    }
    if (found < 0) return -1;
    pos = found + 1;
  }
  return pos;
}

/** Key under which a token looks up phrases indexed by their first part. */
function keysOf(token: Token, mode: MatchMode): string[] {
  const keys = [mode === "stem" ? token.stem : token.fold, token.fold];
  const dash = token.fold.indexOf("-");
  if (dash > 0) keys.push(token.fold.slice(0, dash), stem(token.fold.slice(0, dash), "ro"), stem(token.fold.slice(0, dash), "en"));
  if (mode === "stem") keys.push(...lemmaStems(token));
  return keys;
}

/**
 * All non-overlapping matches of an indexed phrase table in `[from, to)`, longest first at each
 * position, left to right.
 */
export function findIndexed<T>(
  tokens: Token[],
  from: number,
  to: number,
  index: Map<string, Phrase<T>[]>,
  mode: MatchMode,
  maxGap = 0,
): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.type === "punct") continue;
    let best: PhraseHit<T> | undefined;
    const tried = new Set<Phrase<T>>();
    for (const key of keysOf(t, mode)) {
      for (const phrase of index.get(key) ?? []) {
        if (tried.has(phrase)) continue;
        tried.add(phrase);
        const end = matchAt(tokens, i, to, phrase, mode, maxGap);
        if (end > 0 && (!best || end > best.end)) best = { start: i, end, value: phrase.value };
      }
    }
    if (best) {
      hits.push(best);
      i = best.end - 1;
    }
  }
  return hits;
}

/** All matches of a cue list in `[from, to)`, longest first at each position, left to right. */
export function findCues<T>(tokens: Token[], from: number, to: number, cues: CueList<T>): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.type === "punct") continue;
    const candidates = cues.byFirst.get(t.fold);
    const spaced = t.fold.includes("-") ? cues.byFirst.get(t.fold.replace(/-/g, " ")) : undefined;
    const prefixed = cues.byPrefix.get(t.fold.slice(0, PREFIX_KEY));
    if (!candidates && !spaced && !prefixed && cues.prefixed.length === 0) continue;
    let best: PhraseHit<T> | undefined;
    for (const list of [candidates, spaced, prefixed, cues.prefixed]) {
      if (!list) continue;
      for (const cue of list) {
        const end = matchAt(tokens, i, to, cue, "fold");
        if (end > 0 && (!best || end > best.end)) best = { start: i, end, value: cue.value };
      }
    }
    if (best) {
      hits.push(best);
      i = best.end - 1;
    }
  }
  return hits;
}

/** True when any cue of the list occurs in `[from, to)`. */
export function hasCue(tokens: Token[], from: number, to: number, cues: CueList<unknown>): boolean {
  return findCues(tokens, from, to, cues).length > 0;
}
