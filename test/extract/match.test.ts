// The cue matcher: all cue lists of a language share one index and their matches are computed
// once per token (src/extract/match.ts). It must find exactly what matching each list on its own
// finds, on any range: the reference below is that per-list matcher, written out plainly.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile, type CueList, type Cues, type Phrase } from "../../src/extract/compile.js";
import { findCues, hasCue, matchAt, type PhraseHit } from "../../src/extract/match.js";
import { tokenize } from "../../src/text/index.js";
import { loadResources } from "../../src/resources/load.js";
import type { Lang, Token } from "../../src/types.js";

const resources = loadResources();

/**
 * The per-list matcher: at each word, the list's cues that start with that word, then with the
 * word's hyphens read as spaces, then the prefix cues; the longest match wins, the first on a tie.
 */
function reference<T>(tokens: Token[], from: number, to: number, list: CueList<T>): PhraseHit<T>[] {
  const hits: PhraseHit<T>[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.type === "punct") continue;
    const first = (p: Phrase<T>): { fold?: string; prefix?: string } => p.parts[0]!;
    const tries = [
      ...list.phrases.filter((p) => first(p).prefix === undefined && first(p).fold === t.fold),
      ...(t.fold.includes("-") ? list.phrases.filter((p) => first(p).prefix === undefined && first(p).fold === t.fold.replace(/-/g, " ")) : []),
      ...list.phrases.filter((p) => first(p).prefix !== undefined && first(p).prefix!.length >= 3),
      ...list.phrases.filter((p) => first(p).prefix !== undefined && first(p).prefix!.length < 3),
    ];
    let best: PhraseHit<T> | undefined;
    for (const p of tries) {
      const end = matchAt(tokens, i, to, p, "fold");
      if (end > 0 && (!best || end > best.end)) best = { start: i, end, value: p.value };
    }
    if (best) {
      hits.push(best);
      i = best.end - 1;
    }
  }
  return hits;
}

const cuesOf = (lang: Lang): Cues => compile(resources, lang).cues;
const listsOf = (lang: Lang): [string, CueList<unknown>][] =>
  Object.entries(cuesOf(lang)).filter((e): e is [string, CueList<unknown>] => typeof e[1] === "object" && "phrases" in e[1]);

/** Compares every list of the language on every range of `text`. */
function compareAll(text: string, lang: Lang): number {
  const tokens = tokenize(text, lang);
  let hits = 0;
  for (let from = 0; from <= tokens.length; from++) {
    for (let to = from; to <= tokens.length; to++) {
      for (const [name, list] of listsOf(lang)) {
        const want = reference(tokens, from, to, list);
        expect(findCues(tokens, from, to, list), `${name} [${from}, ${to}) of "${text}"`).toEqual(want);
        expect(hasCue(tokens, from, to, list), `${name} [${from}, ${to}) of "${text}"`).toBe(want.length > 0);
        hits += want.length;
      }
    }
  }
  return hits;
}

describe("findCues over the shared cue index", () => {
  it("finds what each list finds on its own, on every range of invented sentences", () => {
    const ro = [
      "Potrivit surselor, summitul a fost amânat sine die și nu va mai avea loc.",
      "Întâlnirea ar urma să fie reprogramată, dar delegația condusă de ministru n-a confirmat.",
      "Negocierile trebuia să înceapă luni; vizita a fost anulată, conform Politico.",
    ];
    const en = [
      "According to sources, the summit was called off and will not be rescheduled.",
      "The talks had been due to start on Monday but were postponed, Reuters reported.",
      "A delegation led by the minister could attend the meeting, which has not been confirmed.",
    ];
    let hits = 0;
    for (const s of ro) hits += compareAll(s, "ro");
    for (const s of en) hits += compareAll(s, "en");
    expect(hits).toBeGreaterThan(100);
  });

  it("keeps the languages apart when both are searched over the same tokens", () => {
    const tokens = tokenize("the summit was called off, nu a fost confirmat", "en");
    for (let round = 0; round < 2; round++) {
      for (const lang of ["ro", "en"] as const) {
        for (const [name, list] of listsOf(lang)) expect(findCues(tokens, 0, tokens.length, list), `${lang} ${name}`).toEqual(reference(tokens, 0, tokens.length, list));
      }
    }
  });

  it("finds what each list finds on its own, on random word sequences (property)", () => {
    for (const lang of ["ro", "en"] as const) {
      // whole cues and the cues' own words (prefix cues completed), hyphenated pairs and punctuation
      const phrases = listsOf(lang).flatMap(([, l]) => l.phrases.map((p) => p.parts.map((x) => x.fold ?? `${x.prefix}a`)));
      const words = [...new Set(phrases.flat())];
      const word = fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...phrases.map((p) => p.join(" "))) },
        { weight: 4, arbitrary: fc.constantFrom(...words) },
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([a, b]) => `${a}-${b}`) },
        { weight: 1, arbitrary: fc.constantFrom(",", ".", "-", "summit", "Trump") },
      );
      fc.assert(
        fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.nat(), fc.nat(), fc.nat(), (ws, a, b, k) => {
          const tokens = tokenize(ws.join(" "), lang);
          const from = a % (tokens.length + 1);
          const to = from + (b % (tokens.length - from + 1));
          const lists = listsOf(lang);
          // a few lists on a few ranges of the same tokens, as a document is searched
          for (let n = 0; n < 3; n++) {
            const [name, list] = lists[(k + n * 7) % lists.length]!;
            const want = reference(tokens, from, to, list);
            expect(findCues(tokens, from, to, list), name).toEqual(want);
            expect(hasCue(tokens, from, to, list), name).toBe(want.length > 0);
            expect(findCues(tokens, 0, tokens.length, list), name).toEqual(reference(tokens, 0, tokens.length, list));
          }
        }),
        { numRuns: 400 },
      );
    }
  });
});
