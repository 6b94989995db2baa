// Committees named by lower-case words after or before their head: "Comisia pentru sănătate și familie a
// Camerei Deputaților", "Comisiei juridice", "the labour committee of the Assembly of the Republic". Each is
// an organisation of its own; the body it belongs to stays a name of its own and goes into its alias.

import type { Document, Token } from "../types.js";
import { NAME_PARTICLES, type Compiled } from "./compile.js";
import type { RawMention } from "./mentions.js";
import { AND, FUNCTION_WORDS, GENITIVE_ARTICLES, POSSESSIVE_S, closedListEnd, feminineNominative, makeMention, writtenAlone } from "./words.js";

/** Capitalised Romanian heads of committees named by lower-case words ("Comisia juridică", "Comitetul de coordonare"). */
const COMMITTEE_HEADS = new Map([["comisia", "Comisia"], ["comisiei", "Comisia"], ["comitetul", "Comitetul"], ["comitetului", "Comitetul"]]);
/** Lower-case words that may stand inside a committee's name besides its nouns and adjectives. */
const COMMITTEE_LINKS = new Set(["pentru", "si", "de", ","]);

/**
 * "Comisia pentru sănătate și familie a Camerei Deputaților", "Comisiei juridice a Camerei Deputaților", "Comisia
 * economie, buget și finanțe a Parlamentului": a committee whose name is lower-case words after its capitalised head,
 * an organisation of its own (the body after "a" / "al" / "din" stays a name of its own, kept in the committee's alias).
 * The text only up to the body names the committee (annotators write it both ways), and a committee is no venue.
 */
export function committees(doc: Document, from: number, to: number, covered: Uint8Array): RawMention[] {
  const t = doc.tokens;
  const out: RawMention[] = [];
  for (let i = from; i < to; i++) {
    const head = COMMITTEE_HEADS.get(t[i]!.fold);
    if (!head || !t[i]!.upper || covered[i]) continue;
    let end = i + 1;
    let words = 0;
    while (end < to && end - i <= 10) {
      const w = t[end]!;
      if (w.upper || covered[end]) break;
      // (a comma only inside a list that "și" closes: "economie, buget și finanțe", not "…, programată inițial")
      const listComma = w.text === "," && t.slice(end + 1, end + 4).some((x) => x.fold === "si");
      if (COMMITTEE_LINKS.has(w.fold) && w.text !== ",") {
        end++;
        continue;
      }
      if (w.text === ",") {
        if (!listComma) break;
        end++;
        continue;
      }
      // (a verb before "să" ends it: "Comisia propune să …")
      if (t[end + 1]?.fold === "sa") break;
      // (the genitive article before the body, a verb's auxiliary, a relative word: the name ends)
      if (w.type !== "word" || GENITIVE_ARTICLES.has(w.fold) || w.fold === "din" || NOT_COMMITTEE_WORDS.has(w.fold) || presentVerb(w.fold)) break;
      words++;
      end++;
    }
    while (end > i + 1 && (COMMITTEE_LINKS.has(t[end - 1]!.fold) || t[end - 1]!.text === ",")) end--;
    if (words === 0 || end === i + 1) continue;
    // ("Comitetul de coordonare a proiectului": a committee of something unnamed is no name)
    if (GENITIVE_ARTICLES.has(t[end]?.fold ?? "") && t[end + 1] && !t[end + 1]!.upper) continue;
    const m = makeMention(doc, i, end, t[i]!.sentence);
    m.kind = "organization";
    m.kindSure = true;
    // ("Comisiei juridice" → "Comisia juridică": the adjectives of a genitive head decline with it)
    const genitive = t[i]!.fold.endsWith("ei") || t[i]!.fold.endsWith("ului");
    const rest = t.slice(i + 1, end).map((w, k) => (genitive && (k === 0 || t[i + k]!.fold === "si") && w.type === "word" ? feminineNominative(w.text) : w.text));
    m.label = [head, ...rest].join(" ").replace(/ ,/g, ",");
    // (… with the body it belongs to: "a Camerei Deputaților", "din Camera Deputaților")
    const of = t[end];
    let bodyEnd = end + 1;
    while (of && (GENITIVE_ARTICLES.has(of.fold) || of.fold === "din") && bodyEnd < to && t[bodyEnd]!.upper && t[bodyEnd]!.type === "word") bodyEnd++;
    if (bodyEnd > end + 1) m.alias = doc.text.slice(m.start, t[bodyEnd - 1]!.end);
    out.push(m);
    for (let k = i; k < end; k++) covered[k] = 1;
    i = end - 1;
  }
  return out;
}
/**
 * "the labour committee of the Assembly of the Republic", "The finance committee of Congress", "a joint technical
 * committee", "the country's election committee": an English committee named by the lower-case words before it (one to
 * three, after "the", "a" or a possessive), an organisation of its own; the body after "of" is kept in its alias.
 */
export function lowerCaseCommittees(doc: Document, from: number, to: number, covered: Uint8Array, c: Compiled): RawMention[] {
  const t = doc.tokens;
  const out: RawMention[] = [];
  for (let i = from + 1; i < to; i++) {
    const w = t[i]!;
    if ((w.fold !== "committee" && w.fold !== "commission") || w.upper || covered[i]) continue;
    let start = i;
    while (start > from && i - start < 3) {
      const m = t[start - 1]!;
      if (m.type !== "word" || m.upper || covered[start - 1] || FUNCTION_WORDS.has(m.fold) || c.stopwords.has(m.fold) || COMMITTEE_OPENERS.has(m.fold) || POSSESSIVE_S.has(m.fold)) break;
      start--;
    }
    const opener = t[start - 1];
    if (start === i || !opener || !(COMMITTEE_OPENERS.has(opener.fold) || POSSESSIVE_S.has(opener.fold))) continue;
    // (… with what it is on: "the standing committee on the environment, food and agriculture")
    const remit = remitEnd(t, i + 1, to, c);
    const m = makeMention(doc, start, remit, w.sentence);
    m.kind = "organization";
    m.kindSure = true;
    m.label = m.text;
    // (… of the body after "of": "of the Assembly of the Republic", "of Congress")
    let end = remit;
    if (t[end]?.fold === "of") {
      let k = t[end + 1]?.fold === "the" ? end + 2 : end + 1;
      const joins = (x: Token | undefined): boolean => !!x && (NAME_PARTICLES.has(x.fold) || x.fold === "of" || x.fold === "the");
      while (k < to && (t[k]!.upper || (joins(t[k]) && (t[k + 1]?.upper || (joins(t[k + 1]) && t[k + 2]?.upper))))) k++;
      if (k > end + 1 && t[k - 1]!.upper) end = k;
    }
    if (end > i + 1) m.alias = doc.text.slice(m.start, t[end - 1]!.end);
    // (… or of the body before a possessive: "the European Parliament's agriculture committee")
    if (POSSESSIVE_S.has(opener.fold)) {
      let k = start - 1;
      while (k > from && t[k - 1]!.upper && t[k - 1]!.type === "word") k--;
      // (not a sentence's opening article: "The Parliament's …")
      if (k < start - 1 && c.stopwords.has(t[k]!.fold)) k++;
      if (k < start - 1) {
        const body = doc.text.slice(t[k]!.start, t[start - 2]!.end);
        // (no "the" before an acronym or a body named after a town the article names: "of Prague City Council", as
        // "Prague City Council's" reads; an adjective's ending keeps it: "of the European Parliament", "the National …")
        const town = k < start - 2 && (c.towns.has(t[k]!.fold) || (writtenAlone(t, t[k]!) && !ADJECTIVE_END.test(t[k]!.fold)));
        if (remit === i + 1) m.label = `${m.text} of ${/^\p{Lu}+$/u.test(body) || town ? "" : "the "}${body}`;
        m.alias = doc.text.slice(t[k]!.start, m.end);
      }
    }
    out.push(m);
    for (let k = start; k < remit; k++) covered[k] = 1;
    i = remit - 1;
  }
  return out;
}

/**
 * The end of a committee's remit after "on" or "for" at `k` ("on agriculture", "on the environment, food and
 * agriculture": lower-case items of one or two words, a list closed by "and"), else `k`.
 */
function remitEnd(t: Token[], k: number, to: number, c: Compiled): number {
  if (t[k]?.fold !== "on" && t[k]?.fold !== "for") return k;
  const item = (j: number): number => {
    let e = j;
    while (e < to && e - j < 2 && t[e]!.type === "word" && !t[e]!.upper && !FUNCTION_WORDS.has(t[e]!.fold) && !c.stopwords.has(t[e]!.fold)) e++;
    return e > j ? e : -1;
  };
  const first = item(t[k + 1]?.fold === "the" ? k + 2 : k + 1);
  if (first < 0) return k;
  // (the first item alone when no closed list follows: "on agriculture, the ministry said")
  const list = closedListEnd(t, first, item, AND);
  return list > 0 ? list : first;
}
/** Endings of English adjectives that open a body's name: "European", "National", "Islamic", "Swedish", "Japanese", "Northern". */
const ADJECTIVE_END = /(an|al|ic|ish|ese|ern)$/;
const COMMITTEE_OPENERS = new Set(["the", "a", "an", "its", "their", "his", "her"]);

/** Words that end a committee's name: verbs and their auxiliaries, pronouns. */
/** A Romanian verb in the present that may follow an institution's name ("Comisia impune taxe", "Comitetul analizează"). */
function presentVerb(fold: string): boolean {
  return PRESENT_VERBS.has(fold) || (fold.length > 6 && (fold.endsWith("eaza") || fold.endsWith("este")));
}
const PRESENT_VERBS = new Set(["are", "cere", "da", "decide", "face", "impune", "poate", "propune", "respinge", "spune", "trebuie", "vrea", "aproba", "anunta", "considera", "sustine", "admite"]);
const NOT_COMMITTEE_WORDS = new Set(["au", "va", "vor", "urmeaza", "este", "sunt", "nu", "care", "ca", "se", "s-a", "s-au", "o", "il", "i-a", "le", "la", "in", "cu", "pe", "dupa", "despre"]);
