// Phrase matching over tokens: cue phrases on folded words, lexicon phrases on stems,
// with hyphenated compounds ("negocieri-maraton", "s-a") also tried by their first part.

import { baseForms, fold, stem } from "../text/index.js";
import type { Token } from "../types.js";
import { isAgentNoun, PREFIX_KEY, type CueEntry, type CueIndex, type CueList, type Phrase, type PhrasePart } from "./compile.js";

/** How phrase parts compare with tokens: by folded form (cues) or by stem (lexicon phrases). */
export type MatchMode = "fold" | "stem";

export interface PhraseHit<T> {
  /** Token indexes `[start, end)`. */
  start: number;
  end: number;
  value: T;
}

const NO_STEMS: readonly string[] = Object.freeze([]);

/** The cache of {@link lemmaStems} is cleared when it grows past this many words. */
const MAX_LEMMA_CACHE = 100_000;
const lemmaCache = new Map<string, readonly string[]>();

/** Stems of the Romanian base forms of lower-case token `i` ("președintelui" → stem of "președintele"). */
function lemmaStems(tokens: Token[], i: number): readonly string[] {
  const cache = cacheFor(tokens).lemma;
  let stems = cache[i];
  if (!stems) {
    const token = tokens[i]!;
    if (token.upper || token.fold.length < 5 || !(token.fold.endsWith("i") || token.fold.endsWith("a"))) stems = NO_STEMS;
    else {
      // they depend on the word alone: also remembered by word, across documents
      stems = lemmaCache.get(token.text);
      if (!stems) {
        stems = baseForms(token.text).slice(0, 2).map((b) => stem(fold(b), "ro"));
        if (lemmaCache.size >= MAX_LEMMA_CACHE) lemmaCache.clear();
        lemmaCache.set(token.text, stems);
      }
    }
    cache[i] = stems;
  }
  return stems;
}

function partMatches(part: PhrasePart, tokens: Token[], i: number, mode: MatchMode): boolean {
  const token = tokens[i]!;
  if (token.type === "punct") return false;
  // (a prefix names a verb's forms, not its agent noun: "planific*" is no "planificatorii")
  if (part.prefix !== undefined) return token.fold.startsWith(part.prefix) && !isAgentNoun(token.fold);
  if (mode === "fold") return token.fold === part.fold || (token.fold.includes("-") && token.fold.replace(/-/g, " ") === part.fold);
  if (token.stem === part.stem) return true;
  if (lemmaStems(tokens, i).includes(part.stem!)) return true;
  // "negocieri-maraton" counts as "negocieri"; a 1–2 letter stem only matches exactly.
  const dash = token.fold.indexOf("-");
  if (dash > 0 && part.fold !== undefined) {
    const head = token.fold.slice(0, dash);
    if (head === part.fold || stem(head, "ro") === part.stem || stem(head, "en") === part.stem) return true;
  }
  return part.fold !== undefined && part.fold.length > 3 && token.fold === part.fold;
}

/** Adverbs that stand inside a verb's words without breaking them ("a mai cerut", "s-a și întâlnit", "has also met"). */
const INNER_ADVERBS = new Set(["mai", "si", "deja", "tot", "inca", "also", "already"]);

/**
 * Tries `phrase` at token `i`; returns the end index or -1. `maxGap` word tokens may stand between
 * two parts (topics: "garanțiile de securitate oferite" …); a gap never crosses punctuation.
 */
export function matchAt(tokens: Token[], i: number, limit: number, phrase: Phrase<unknown>, mode: MatchMode, maxGap = 0): number {
  let pos = i;
  for (let p = 0; p < phrase.parts.length; p++) {
    const part = phrase.parts[p]!;
    let found = -1;
    // ("a mai cerut", "has also proposed": an adverb inside a verb's words is no gap)
    const adverb = p > 0 && pos < limit && INNER_ADVERBS.has(tokens[pos]!.fold) && part.fold !== tokens[pos]!.fold ? 1 : 0;
    const lastTry = p === 0 ? pos : Math.min(limit - 1, pos + maxGap + adverb);
    for (let j = pos; j <= lastTry && j < limit; j++) {
      const t = tokens[j]!;
      if (partMatches(part, tokens, j, mode)) {
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

/**
 * Per-token lookup keys, computed once per document: several tables are searched over the same
 * tokens. Held for the last token list seen (one document at a time per thread), by position.
 */
const keyCache = {
  tokens: undefined as Token[] | undefined,
  fold: [] as (readonly string[] | undefined)[],
  stem: [] as (readonly string[] | undefined)[],
  prefix: [] as (string | undefined)[],
  lemma: [] as (readonly string[] | undefined)[],
  /** The cue index the cue matches were computed for (one per language). */
  cueIndex: undefined as CueIndex | undefined,
  cues: [] as (readonly CueMatch[] | undefined)[],
};

function cacheFor(tokens: Token[]): typeof keyCache {
  if (keyCache.tokens !== tokens) {
    keyCache.tokens = tokens;
    keyCache.fold = new Array<readonly string[] | undefined>(tokens.length);
    keyCache.stem = new Array<readonly string[] | undefined>(tokens.length);
    keyCache.prefix = new Array<string | undefined>(tokens.length);
    keyCache.lemma = new Array<readonly string[] | undefined>(tokens.length);
    keyCache.cueIndex = undefined;
  }
  return keyCache;
}

/** The document's cue matches per token (see `cueMatchesAt`), for the cue index of its language. */
function cueCacheFor(tokens: Token[], index: CueIndex): (readonly CueMatch[] | undefined)[] {
  const cache = cacheFor(tokens);
  if (cache.cueIndex !== index) {
    cache.cueIndex = index;
    cache.cues = new Array<readonly CueMatch[] | undefined>(tokens.length);
  }
  return cache.cues;
}

/**
 * The keys under which token `i` looks up phrases indexed by their first part, besides its own
 * (its stem or folded form, by `mode`) and its folded form: a hyphenated word's first part, a
 * Romanian word's base forms' stems. They differ from those two and from each other: a phrase is
 * indexed under one key, so with distinct keys no phrase is found twice. Most tokens have none and
 * share one empty array (`findIndexed` tries the own and folded forms without an array per token:
 * those arrays, kept for the document, were a costly allocation).
 */
function extraKeysOf(tokens: Token[], i: number, mode: MatchMode): readonly string[] {
  const cache = cacheFor(tokens)[mode];
  let keys = cache[i];
  if (!keys) {
    const token = tokens[i]!;
    const own = mode === "stem" ? token.stem : token.fold;
    let extra: string[] | undefined;
    // a hyphenated word is also looked up by its first part, a Romanian word by its base forms' stems
    const dash = token.fold.indexOf("-");
    if (dash > 0) {
      // (stemmed in the language the token was: "visitor-services" is no Romanian "visit-or")
      const first = token.fold.slice(0, dash);
      const langs = (["ro", "en"] as const).filter((lang) => stem(token.fold, lang) === token.stem);
      extra = addKeys(extra, own, token.fold, [first, ...(langs.length ? langs : (["ro", "en"] as const)).map((lang) => stem(first, lang))]);
    }
    if (mode === "stem") extra = addKeys(extra, own, token.fold, lemmaStems(tokens, i));
    keys = extra ?? NO_STEMS;
    cache[i] = keys;
  }
  return keys;
}

/** `keys` with those of `more` that are neither `own`, `fold` nor in `keys` yet (an array made at the first one). */
function addKeys(keys: string[] | undefined, own: string, fold: string, more: readonly string[]): string[] | undefined {
  // (an index loop: for…of over the frozen empty array allocates an iterator result)
  for (let k = 0; k < more.length; k++) {
    const key = more[k]!;
    if (key !== own && key !== fold && !keys?.includes(key)) (keys ??= []).push(key);
  }
  return keys;
}

/** The first PREFIX_KEY letters of token `i`'s folded form, the key of prefix cues. */
function prefixOf(tokens: Token[], i: number): string {
  const cache = cacheFor(tokens).prefix;
  return (cache[i] ??= tokens[i]!.fold.slice(0, PREFIX_KEY));
}

/** The longest match at token `i` among `phrases` and `best` (on a tie, the one found first). */
function longestAt<T>(tokens: Token[], i: number, to: number, phrases: Phrase<T>[] | undefined, mode: MatchMode, maxGap: number, best: PhraseHit<T> | undefined): PhraseHit<T> | undefined {
  if (!phrases) return best;
  for (const phrase of phrases) {
    const end = matchAt(tokens, i, to, phrase, mode, maxGap);
    if (end > 0 && (!best || end > best.end)) best = { start: i, end, value: phrase.value };
  }
  return best;
}

/**
 * The matches of an indexed phrase table in `[from, to)`, the longest at each position, left to
 * right. They do not overlap, unless `overlapping`: then a match is dropped only when it lies
 * within the one before or repeats its phrase's value over it, so that "înghețarea salariilor din sectorul public" gives both the
 * wage freeze and the public sector's wages.
 */
export function findIndexed<T>(
  tokens: Token[],
  from: number,
  to: number,
  index: Map<string, Phrase<T>[]>,
  mode: MatchMode,
  maxGap = 0,
  overlapping = false,
): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.type === "punct") continue;
    // the keys in order: own form, folded form, the extra keys (see `extraKeysOf`)
    const own = mode === "stem" ? t.stem : t.fold;
    let best = longestAt(tokens, i, to, index.get(own), mode, maxGap, undefined);
    if (t.fold !== own) best = longestAt(tokens, i, to, index.get(t.fold), mode, maxGap, best);
    const extra = extraKeysOf(tokens, i, mode);
    for (let k = 0; k < extra.length; k++) best = longestAt(tokens, i, to, index.get(extra[k]!), mode, maxGap, best);
    if (!best) continue;
    if (!overlapping) {
      hits.push(best);
      i = best.end - 1;
    } else {
      const last = hits.at(-1);
      if (!last || best.end > last.end && (best.value !== last.value || best.start >= last.end)) hits.push(best);
    }
  }
  return hits;
}

/** A cue that matches from some token, ending before token `end`. */
interface CueMatch {
  list: CueList<unknown>;
  end: number;
  value: unknown;
}

const NO_CUES: readonly CueMatch[] = Object.freeze([]);

/**
 * Every cue of every list of `index` that matches from token `i`, in the order `findCues` tries
 * them (a tie goes to the first). A cue's words stand on consecutive tokens, so where it ends
 * does not depend on the range searched: callers keep the matches that end inside their range.
 * Computed once per token and document, however many lists and ranges are searched.
 */
function cueMatchesAt(tokens: Token[], i: number, index: CueIndex, cache = cueCacheFor(tokens, index)): readonly CueMatch[] {
  let matches = cache[i];
  if (!matches) {
    const t = tokens[i]!;
    const found: CueMatch[] = [];
    if (t.type !== "punct") {
      addCueMatches(found, tokens, i, index.byFirst.get(t.fold));
      if (t.fold.includes("-")) addCueMatches(found, tokens, i, index.byFirst.get(t.fold.replace(/-/g, " ")));
      if (index.byPrefix.size) addCueMatches(found, tokens, i, index.byPrefix.get(prefixOf(tokens, i)));
      addCueMatches(found, tokens, i, index.prefixed);
    }
    matches = found.length ? found : NO_CUES;
    cache[i] = matches;
  }
  return matches;
}

/**
 * The cues of one first word split by their second word: `bySecond.get(w)` holds, in the list's order,
 * the cues whose second word is `w` and those with none; `open` those with none.
 */
interface SecondIndex {
  open: CueEntry[];
  bySecond: Map<string, CueEntry[]>;
}

const secondIndexes = new WeakMap<readonly CueEntry[], SecondIndex>();

/** The {@link SecondIndex} of `entries`, built at its first use. */
function secondIndexOf(entries: readonly CueEntry[]): SecondIndex {
  let index = secondIndexes.get(entries);
  if (!index) {
    const open = entries.filter((e) => e.second === undefined);
    const bySecond = new Map<string, CueEntry[]>();
    for (const e of entries) if (e.second !== undefined && !bySecond.has(e.second)) bySecond.set(e.second, entries.filter((x) => x.second === undefined || x.second === e.second));
    index = { open, bySecond };
    secondIndexes.set(entries, index);
  }
  return index;
}

/** Adds to `found` the cues of `entries` that match from token `i`. */
function addCueMatches(found: CueMatch[], tokens: Token[], i: number, entries: readonly CueEntry[] | undefined): void {
  if (!entries) return;
  const next = tokens[i + 1];
  // (or the one after an adverb inside the verb's words: "a mai cerut")
  const after = next && INNER_ADVERBS.has(next.fold) ? tokens[i + 2] : undefined;
  // Most cues starting with "a", "nu", "would" … (87 start with "a") fail on their second word, which
  // must be the next token's folded form (or its hyphens read as spaces): only the cues whose second
  // word is the next token's, or that have none, are tried. With a hyphen or an adverb after the
  // first word, every cue is tested one by one.
  if (!next || (!after && !next.fold.includes("-"))) {
    const index = secondIndexOf(entries);
    const tried = next ? (index.bySecond.get(next.fold) ?? index.open) : index.open;
    for (let k = 0; k < tried.length; k++) addIfMatches(found, tokens, i, tried[k]!);
    return;
  }
  const fits = (t: Token | undefined, second: string): boolean => !!t && (t.fold === second || t.fold.includes("-"));
  for (const entry of entries) {
    if (entry.second !== undefined && !fits(next, entry.second) && !fits(after, entry.second)) continue;
    addIfMatches(found, tokens, i, entry);
  }
}

/** Adds `entry` to `found` when its cue matches from token `i`. */
function addIfMatches(found: CueMatch[], tokens: Token[], i: number, { list, phrase }: CueEntry): void {
  const end = matchAt(tokens, i, tokens.length, phrase, "fold");
  if (end > 0) found.push({ list, end, value: phrase.value });
}

/** All matches of a cue list in `[from, to)`, longest first at each position, left to right. */
export function findCues<T>(tokens: Token[], from: number, to: number, cues: CueList<T>, firstOnly = false): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  const cache = cueCacheFor(tokens, cues.index);
  for (let i = from; i < to; i++) {
    const matches = cueMatchesAt(tokens, i, cues.index, cache);
    if (matches.length === 0) continue;
    let best: PhraseHit<T> | undefined;
    // (an index loop: iterating these short arrays with for…of allocated an iterator result per cue)
    for (let k = 0; k < matches.length; k++) {
      const m = matches[k]!;
      // the index holds every list of the language: keep this list's cues (their values are T)
      if (m.list === cues && m.end <= to && (!best || m.end > best.end)) best = { start: i, end: m.end, value: m.value as T };
    }
    if (best) {
      hits.push(best);
      if (firstOnly) break;
      i = best.end - 1;
    }
  }
  return hits;
}

/**
 * True when any cue of the list occurs in `[from, to)`: `findCues(…, true).length > 0`, without the
 * array and the hit it builds (asked several times per sentence and per meeting word).
 */
export function hasCue(tokens: Token[], from: number, to: number, cues: CueList<unknown>): boolean {
  const cache = cueCacheFor(tokens, cues.index);
  for (let i = from; i < to; i++) {
    const matches = cueMatchesAt(tokens, i, cues.index, cache);
    for (let k = 0; k < matches.length; k++) if (matches[k]!.list === cues && matches[k]!.end <= to) return true;
  }
  return false;
}
