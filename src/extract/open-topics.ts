// Open topics: what a meeting, an agreement or a dispute is about, read from the text itself when no lexicon
// topic names it. The noun phrases after a word of talking ("discussed X", "au vizat X"), or after "on", "about",
// "over" following such a word in the same clause ("held talks with Anwar on energy supplies and maritime
// security", "discuții despre drumurile de acces"), are topics, one per coordinated item, labelled as written.
// A closed list of function words bounds the phrase; there is no part-of-speech tagger, so the rules stay
// conservative: a phrase is at most six words and holds a lower-case noun of its own.

import type { Document, Lang, Token } from "../types.js";
import { QUOTE_MARKS } from "./clauses.js";

export interface OpenTopic {
  label: string;
  tokStart: number;
  tokEnd: number;
}

/** Verbs whose object is what is talked about ("discussed the budget", "au vizat dronele"). */
const OBJECT_VERBS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["discussed", "discuss", "discusses", "discussing", "raised", "addressed", "tackled", "reviewed"]),
  ro: new Set(["discutat", "discuta", "discute", "discutau", "vizat", "vizeaza", "abordat", "abordeaza", "analizat"]),
};

/** Words that introduce what something is about on their own ("despre", "privind", "regarding"). */
const ABOUT_ALONE: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["about", "regarding", "concerning"]),
  ro: new Set(["despre", "privind", "privire"]),
};

/** Prepositions that introduce a topic only after a word of talking or agreeing in the same clause ("talks … on X"). */
const ABOUT_AFTER_HEAD: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["on", "over"]),
  ro: new Set(["asupra"]),
};

/** Stems of words that make a following "on"/"over" introduce a topic: talks, agreement, dispute, focus … */
const HEADS: Record<Lang, readonly string[]> = {
  en: ["talk", "negotiat", "discuss", "meet", "summit", "call", "agree", "deal", "declaration", "statement", "accord", "memorandum", "cooperat", "coordinat", "progress", "disput", "odds", "focus", "center", "centre", "consult", "brief", "conference", "session", "hearing", "roundtable", "dialogue", "pact"],
  ro: ["acord", "negocier", "discuti", "convorbir", "intalnir", "consult", "dezbater", "dialog", "memorand", "declarat"],
};

/** Words that end a topic phrase: prepositions other than "of", verbs of the closed class, pronouns, conjunctions. */
const BOUNDARY: Record<Lang, ReadonlySet<string>> = {
  en: new Set([
    "with", "in", "at", "to", "by", "from", "after", "before", "during", "between", "amid", "ahead", "until", "since", "as", "than", "into", "on", "over", "about", "for", "under", "through", "without", "while", "when", "where", "which", "who", "that", "but", "because", "if", "although", "though", "so",
    "is", "are", "was", "were", "be", "been", "being", "will", "would", "could", "should", "can", "may", "might", "must", "has", "have", "had", "do", "does", "did", "not",
    "he", "she", "they", "we", "it", "i", "you", "them", "him", "her", "us", "there", "this", "these", "those", "said", "says", "told", "added", "including", "such", "also", "both", "all",
    "due", "set", "planned", "scheduled", "expected", "very", "lot", "little", "much", "more", "then", "again", "today", "yesterday", "tomorrow", "separately", "directly",
  ]),
  ro: new Set([
    "cu", "in", "la", "pe", "dupa", "inainte", "intre", "dintre", "pana", "din", "spre", "pentru", "catre", "prin", "fara", "sub", "despre", "privind", "asupra", "ca", "cand", "unde", "care", "dar", "insa", "iar", "deoarece", "daca", "cum",
    "este", "sunt", "era", "au", "a", "ar", "va", "vor", "fi", "fost", "nu", "s", "se", "si-a", "s-a", "s-au", "le", "li", "il", "o", "isi", "sa", "mai", "si-au", "precum", "inclusiv", "acesta", "aceasta", "acestea", "ei", "ele", "el", "ea",
    "apoi", "atunci", "deja", "inca", "separat", "direct", "ieri", "azi", "astazi", "maine", "programata", "programat", "prevazuta", "prevazut",
  ]),
};

/** Words that join the parts of one phrase ("release of Riek Machar", "drumurile de acces", "evaluarea terenurilor"). */
const INSIDE: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["of", "against", "-"]),
  ro: new Set(["de", "al", "ai", "ale", "-"]),
};

/** Words that separate coordinated topics. */
const AND: Record<Lang, ReadonlySet<string>> = { en: new Set(["and", "or", "as well as"]), ro: new Set(["si", "sau"]) };

/** Determiners and possessives dropped before a phrase ("the budget", "their differences"). */
const DETERMINERS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["the", "a", "an", "its", "their", "his", "her", "our", "any", "some"]),
  ro: new Set(["un", "o", "unor", "unui", "unei"]),
};

/** Words of likelihood dropped before a phrase: a "possible bridge loan" is about a bridge loan. */
const HEDGES: Record<Lang, ReadonlySet<string>> = {
  en: new Set(["possible", "potential", "proposed", "eventual", "so-called"]),
  ro: new Set(["eventuala", "eventual", "eventualele", "eventualul", "posibila", "posibil", "posibilele", "posibilul", "asa-numita", "asa-numitul"]),
};

/** First words after "on" that name no topic ("on the sidelines", "on Monday", "on behalf of"). */
const NOT_A_TOPIC = new Set([
  "sidelines", "margins", "margin", "behalf", "phone", "telephone", "eve", "way", "visit", "trip", "board", "condition", "basis", "record", "camera", "video", "line", "site", "ground", "hand", "time", "track", "agenda", "table", "day", "week", "month", "year", "morning", "evening", "afternoon", "night", "weekend", "occasion", "tour", "side", "part", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
  "marginea", "marja", "telefon", "ordinea", "masa", "zi", "ziua", "saptamana", "luna", "anul", "partea",
  "luni", "marti", "miercuri", "joi", "vineri", "sambata", "duminica",
]);

/** Head nouns that make no topic ("agree on a new date", "on the Uzbek side", "despre rezultate", "other issues"). */
const NO_HEAD = new Set([
  "date", "side", "part", "results", "details", "issues", "matters", "topics", "subjects", "questions", "situation", "things", "aspects", "points", "anything", "everything", "something", "nothing",
  "hours", "days", "weeks", "minutes", "months", "ore", "zile", "saptamani", "minute",
  "data", "partea", "rezultate", "rezultatele", "detalii", "detaliile", "situatia", "subiecte", "subiectele", "teme", "temele", "chestiuni", "chestiunile", "aspecte", "aspectele", "probleme", "problemele", "lucruri", "lucrurile", "oricat", "orice", "ceva", "nimic", "totul",
]);

/** Words that make no topic alone ("discussed the talks", "despre acord"), though they head one ("revival of the … talks"). */
const NOT_ALONE = new Set(["talks", "discussions", "negotiations", "deal", "members", "discutii", "negocieri", "acord", "acordul", "nivelul"]);

/** Romanian words before a head noun ("alte aspecte", "celelalte teme", "noul pod"). */
const RO_PRE_HEAD = new Set(["alte", "alti", "celelalte", "ceilalti", "diverse", "diferite", "unele", "anumite", "toate", "noul", "noua", "noile", "noii"]);


/** How far before "on"/"over" a word of talking may stand in the same clause. */
const HEAD_WINDOW = 8;
const MAX_WORDS = 6;

/** The open topics of sentence `[from, to)`. */
export function openTopics(doc: Document, from: number, to: number): OpenTopic[] {
  const t = doc.tokens;
  const lang = doc.lang;
  const out: OpenTopic[] = [];
  const objectVerbs = OBJECT_VERBS[lang];
  const aboutAlone = ABOUT_ALONE[lang];
  const aboutAfterHead = ABOUT_AFTER_HEAD[lang];
  let quoted = false;
  for (let i = from; i < to; i++) {
    const w = t[i]!;
    if (w.type !== "word") {
      // words inside a quotation are the speaker's: "We heard a lot about values"
      // (a quotation mark is a punctuation token: a word's text is never looked up)
      if (QUOTE_MARKS.has(w.text)) quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    let start = -1;
    if (objectVerbs.has(w.fold)) start = i + 1;
    else if (aboutAlone.has(w.fold)) start = w.fold === "privire" ? (t[i - 1]?.fold === "cu" && t[i + 1]?.fold === "la" ? i + 2 : -1) : i + 1;
    else if (aboutAfterHead.has(w.fold) && headBefore(t, i, from, lang)) start = i + 1;
    else if (lang === "ro" && w.fold === "pe" && t[i + 1]?.fold === "tema") start = i + 2;
    if (start < 0) continue;
    const items = phrases(t, start, to, lang);
    out.push(...items);
    if (items.length) i = items[items.length - 1]!.tokEnd - 1;
  }
  return out;
}

/** A word of talking or agreeing in the `HEAD_WINDOW` tokens before `i`, with no clause break between. */
function headBefore(t: Token[], i: number, from: number, lang: Lang): boolean {
  for (let k = i - 1; k >= Math.max(from, i - HEAD_WINDOW); k--) {
    const x = t[k]!;
    if (x.type === "punct" && x.text !== "-") return false;
    if (x.type === "word" && HEADS[lang].some((h) => x.fold.startsWith(h))) return true;
  }
  return false;
}

/** The coordinated phrases from `start`: "climate finance, debt relief and critical minerals" → three. */
function phrases(t: Token[], start: number, to: number, lang: Lang): OpenTopic[] {
  const out: OpenTopic[] = [];
  // items after a comma count once "and" closes the list ("A, B and C"; not "migration, set for Bogotá")
  let pending: OpenTopic[] = [];
  let afterComma = false;
  let k = start;
  while (k < to) {
    // ("extending the currency swap line": what is done to a thing is about that thing)
    while (k < to && (DETERMINERS[lang].has(t[k]!.fold) || HEDGES[lang].has(t[k]!.fold) || gerundBeforeDeterminer(t, k, lang))) k++;
    const end = phraseEnd(t, k, to, lang);
    if (end <= k || !isTopic(t, k, end, lang)) break;
    const item = { label: t.slice(k, end).map((x) => x.text).join(" ").replace(/ - /g, "-").replace(/ (['’]s)\b/g, "$1"), tokStart: k, tokEnd: end };
    (afterComma ? pending : out).push(item);
    const sep = t[end];
    if (!sep || !(sep.text === "," || AND[lang].has(sep.fold))) break;
    k = end + 1;
    // "…, and the …", "și despre …": the list goes on
    if (AND[lang].has(sep.fold) || AND[lang].has(t[k]?.fold ?? "")) {
      out.push(...pending);
      pending = [];
      afterComma = false;
    } else afterComma = true;
    if (t[k] && AND[lang].has(t[k]!.fold)) k++;
    if (t[k] && (ABOUT_ALONE[lang].has(t[k]!.fold) || ABOUT_AFTER_HEAD[lang].has(t[k]!.fold))) k++;
  }
  return out;
}

/** An English "-ing" word before a determiner: "extending the …", "reviewing a …". */
function gerundBeforeDeterminer(t: Token[], k: number, lang: Lang): boolean {
  return lang === "en" && /ing$/.test(t[k]!.fold) && t[k]!.fold.length > 5 && DETERMINERS.en.has(t[k + 1]?.fold ?? "");
}

/** End of the phrase starting at `k`, or `k` when none starts there (at most `MAX_WORDS` words). */
function phraseEnd(t: Token[], k: number, to: number, lang: Lang): number {
  const first = t[k];
  if (!first || first.type !== "word" || NOT_A_TOPIC.has(first.fold) || BOUNDARY[lang].has(first.fold)) return k;
  let end = k;
  while (end < to && end - k <= MAX_WORDS) {
    const x = t[end]!;
    if (x.type === "number" && end > k) {
      end++;
      continue;
    }
    if (x.type !== "word" || BOUNDARY[lang].has(x.fold) || AND[lang].has(x.fold)) break;
    // "of" and "de" join only when a word follows ("rules of origin", not "… of.")
    if (INSIDE[lang].has(x.fold) && (end === k || t[end + 1]?.type !== "word" || BOUNDARY[lang].has(t[end + 1]!.fold))) break;
    end++;
  }
  // a phrase that runs on past six words is no noun phrase this reader can trust
  return end - k > MAX_WORDS ? k : end;
}

/** A phrase that holds a lower-case word of three letters or more and does not end in a joining word. */
function isTopic(t: Token[], from: number, to: number, lang: Lang): boolean {
  const words = t.slice(from, to);
  const last = words[words.length - 1]!;
  // (the head is the last word of an English phrase, the first of a Romanian one; "alte aspecte" skips "alte")
  const head = lang === "en" ? last : words.find((x) => !RO_PRE_HEAD.has(x.fold)) ?? last;
  if (INSIDE[lang].has(last.fold) || NO_HEAD.has(head.fold) || (words.length === 1 && NOT_ALONE.has(head.fold))) return false;
  // "… and warned that", "… and warned of strikes": an English past participle neither ends a noun phrase
  // ("need", "speed" do) nor starts one unless a noun follows ("disputed territories")
  const participle = (x: Token | undefined): boolean => !!x && /[^e]ed$/.test(x.fold) && x.fold.length > 4;
  if (lang === "en" && (participle(last) || (participle(words[0]) && (words.length === 1 || INSIDE.en.has(words[1]!.fold))))) return false;
  return words.some((x) => x.type === "word" && !x.upper && x.text.length >= 3 && !INSIDE[lang].has(x.fold));
}
