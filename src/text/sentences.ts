// Paragraph and sentence splitting over tokens, for Romanian and English news text.
// Sentences always start and end on token boundaries, so every token lies in exactly one sentence.

import type { Sentence, Span, Token } from "../types.js";

/** Abbreviations that stand before a name: never end a sentence ("dl. Popescu", "Dr. Smith", "St. Petersburg"). */
const TITLES = new Set(
  ("dl dna dnul dlui dnei dra d-l d-na mr mrs ms messrs dr prof gen col lt sgt cpt capt cmdr adm maj " +
    "sen rep gov pres sf st ing av ec pr rev fr hon mt ft gral lect conf acad").split(" "),
);
/**
 * Abbreviations that may also end a sentence ("etc.", "Inc.", "Jan."): a break only when the next
 * word is a capitalised function word ("The", "În", "He").
 */
const AMBIGUOUS = new Set(
  ("etc inc ltd co corp jr sr no nr art alin lit pct vol pag p pp fig vs cca aprox approx min max mil mld " +
    "jan feb mar apr jun jul aug sep sept oct nov dec ian iun iul ed eds dept univ est").split(" "),
);
/** Function words that begin sentences, folded, both languages. */
const STARTERS = new Set(
  ("the a an he she it they we i you in on at but and this that these those there his her its their our " +
    "as after for when while however meanwhile if some many most earlier later then so yet still " +
    "el ea ei ele noi eu in la pe dar iar si acesta aceasta acestea potrivit dupa cu de din un o nu " +
    "totusi insa astfel tot cei cele cel ce cand daca pentru").split(" "),
);
const TERMINAL = /^(?:\.+|[!?]+|…)$/;
const CLOSERS = new Set(["”", "\"", "»", ")", "]", "’", "'", "›"]);
const OPENERS = new Set(["„", "“", "\"", "«", "(", "[", "‘", "'", "‹", "—", "–", "-", "¿", "¡"]);

/** Paragraph spans: text separated by blank lines, trimmed of surrounding white space. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  const separator = /\n[^\S\n]*\n\s*/g;
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end });
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

/** True when a sentence ends after token `k` (the terminal), looking at what follows. */
function endsSentence(tokens: Token[], k: number, last: number): { end: boolean; through: number } {
  const term = tokens[k]!;
  let j = k + 1;
  // Absorb closing quotes and brackets glued to the terminal: `istorice”.` / `done."`
  while (j <= last && CLOSERS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
  const through = j - 1;
  if (j > last) return { end: true, through };
  const next = tokens[j]!;
  if (next.start === tokens[through]!.end) return { end: false, through }; // "example.com", "3.Apoi"
  const starts = next.upper || next.type === "number" || OPENERS.has(next.text);
  if (!starts) return { end: false, through };
  const starter = STARTERS.has(next.fold);
  if (term.type === "word") return { end: starter, through }; // "U.S." acronym token
  if (term.text === ".") {
    const prev = k > 0 ? tokens[k - 1] : undefined;
    if (prev && prev.end === term.start && prev.type === "word") {
      if (TITLES.has(prev.fold)) return { end: false, through };
      const initial = prev.text.length === 1 && prev.upper;
      if (initial || AMBIGUOUS.has(prev.fold)) {
        return { end: next.type !== "number" && starter, through };
      }
    }
  }
  return { end: true, through };
}

/**
 * Splits a paragraph's tokens `[first, last]` into sentences; returns `[start, end]` token pairs.
 */
function splitTokens(tokens: Token[], first: number, last: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = first;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    const terminal = (t.type === "punct" && TERMINAL.test(t.text)) || (t.type === "word" && t.text.endsWith("."));
    if (!terminal || k === last) continue;
    const { end, through } = endsSentence(tokens, k, last);
    if (end && through < last) {
      out.push([from, through]);
      from = through + 1;
      k = through;
    }
  }
  if (from <= last) out.push([from, last]);
  return out;
}

/**
 * Sentences of a normalised text, given its paragraphs and tokens. Sets `token.sentence`.
 * Every sentence's `text` is `text.slice(start, end)`.
 */
export function splitSentences(text: string, paragraphs: Span[], tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let k = 0;
  paragraphs.forEach((para, p) => {
    while (k < tokens.length && tokens[k]!.start < para.start) k++;
    const first = k;
    while (k < tokens.length && tokens[k]!.end <= para.end) k++;
    const last = k - 1;
    if (last < first) return;
    for (const [a, b] of splitTokens(tokens, first, last)) {
      const index = sentences.length;
      const start = tokens[a]!.start;
      const end = tokens[b]!.end;
      for (let t = a; t <= b; t++) tokens[t]!.sentence = index;
      sentences.push({ index, paragraph: p, start, end, text: text.slice(start, end), tokenStart: a, tokenEnd: b + 1 });
    }
  });
  return sentences;
}
