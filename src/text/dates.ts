// Date mentions in text, resolved against the article date to an ISO day or an interval.
// Conventions (the gold annotation rules of the evaluation set, see test/text/dates.test.ts):
// - a bare weekday is the article date when it is the article's weekday; otherwise the most recent
//   such day before the article date (tense past or unknown) or the next one after it (future);
// - "last Friday" / "vinerea trecută" = that day of the previous week; "next Tuesday" /
//   "marțea viitoare" = that day of the following week; "this Friday" = in the article's week;
// - weeks run Monday–Sunday: "săptămâna viitoare" / "next week" is next Monday–Sunday,
//   "săptămâna trecută" the previous one, "în această săptămână" / "this week" the article's one;
// - "până la sfârșitul săptămânii/lunii/anului" / "by the end of the week…" = article date → last day;
// - "anul viitor" / "next year" = the whole year; a month alone = the whole month;
// - a day or month without a year: past tense → the latest one not after the article date,
//   future → the first one not before it, unknown → the nearest one; a word before a month that
//   points forward ("to", "until", "până în", "pentru", "amânat") makes it future, and a bare weekday
//   after such a word in a past tense the nearer one ("programată pentru miercuri, a fost anulată"
//   on a Tuesday is the next day);
// - "18-19 decembrie", "December 18-19", "marți și miercuri" (consecutive days) → one interval;
//   "marți, 9 decembrie" → one mention with the explicit date;
// - without an article date, only dates that carry their year are returned.
// Matching runs on a same-length fold (no case, no diacritics), so ș/ş/s and ț/ţ/t all match.

import type { Lang } from "../types.js";
import { DATE_WORDS, type DateWords } from "./date-words.js";
import { foldSameLength } from "./normalize.js";

/** A date found in the text: its characters and its resolved ISO value. */
export interface DateMention {
  start: number;
  end: number;
  /** `text.slice(start, end)` of the input. */
  text: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DD/YYYY-MM-DD`. */
  value: string;
}

export type Tense = "past" | "future";

// ---- day arithmetic on day numbers (days since 1970-01-01, UTC) ----

const DAY_MS = 86_400_000;

function dayNumber(y: number, m: number, d: number): number | undefined {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 9999) return undefined;
  const t = Date.UTC(y, m - 1, d);
  const date = new Date(t);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return Math.round(t / DAY_MS);
}

function iso(day: number): string {
  // a corpus names the same few hundred days again and again: remembered
  let text = isoDays.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoDays.size >= 100_000) isoDays.clear();
    isoDays.set(day, text);
  }
  return text;
}
const isoDays = new Map<number, string>();

/** Day number of an ISO `YYYY-MM-DD` (a longer ISO timestamp is cut), or undefined when invalid. */
export function parseIsoDate(s: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? "");
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** 0 = Monday … 6 = Sunday. */
function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

function ymd(day: number): { y: number; m: number; d: number } {
  const date = new Date(day * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function monthRange(y: number, m: number): [number, number] {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  const first = dayNumber(yy, mm, 1)!;
  const next = mm === 12 ? dayNumber(yy + 1, 1, 1)! : dayNumber(yy, mm + 1, 1)!;
  return [first, next - 1];
}

function yearRange(y: number): [number, number] {
  return [dayNumber(y, 1, 1)!, dayNumber(y, 12, 31)!];
}

type Range = [number, number];

/** Chooses the year of a day/month written without one (see the header). */
function pickYear(
  article: number,
  make: (year: number) => Range | undefined,
  tense: Tense | undefined,
): Range | undefined {
  const y = ymd(article).y;
  const options = [y - 1, y, y + 1].map(make).filter((r): r is Range => r !== undefined);
  if (tense === "past") return options.filter((r) => r[0] <= article).pop();
  if (tense === "future") return options.find((r) => r[1] >= article);
  let best: Range | undefined;
  let bestDistance = Infinity;
  for (const r of options) {
    const distance = r[0] <= article && article <= r[1] ? 0 : Math.min(Math.abs(r[0] - article), Math.abs(r[1] - article));
    if (distance < bestDistance) [best, bestDistance] = [r, distance];
  }
  return best;
}

/**
 * A day a forward word points to, told in the past ("set for", "postponed to"): the next one, unless the last one is
 * four times nearer (a week ago rather than in a year; not six months back rather than six months ahead).
 */
function aheadUnlessJustPast(article: number, make: (year: number) => Range | undefined): Range | undefined {
  const past = pickYear(article, make, "past");
  const ahead = pickYear(article, make, "future");
  if (!past || !ahead) return ahead ?? past;
  return (article - past[1]) * 4 < ahead[0] - article ? past : ahead;
}

// ---- pattern compilation from the word tables ----

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
const alt = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join("|");
const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";

/** "blocked": a date-like phrase that is not a real date ("31 februarie"); it hides the parts it covers. */
type Kind = "day" | "weekday" | "explicit" | "period" | "blocked";

interface Candidate {
  start: number;
  end: number;
  range: Range;
  kind: Kind;
}

/** What every match of a rule holds: a digit, or a word of its word table (see `hintOf`). */
type Needs = "digit" | "word";

interface Compiled {
  rules: Array<{
    re: RegExp;
    /**
     * The rule's pattern without the word boundaries around it, which any text the rule matches
     * also matches: a quick test (a pattern that starts with a lookbehind is tried at every
     * character, this one is not).
     */
    core: RegExp;
    handle: (m: RegExpExecArray, ctx: Context) => Candidate | undefined;
    needs: Needs;
  }>;
  /** Per kind of rule, a test every text in which such a rule could match passes. */
  hint: Record<Needs, RegExp>;
  and: RegExp;
  range: RegExp;
  /** A forward cue at the end of a string ("postponed to", "până în"). */
  forward: RegExp;
  notWeekdayBefore: RegExp | undefined;
  notWeekdayAfter: RegExp | undefined;
  /** The readings of the last texts read, by text (see `readText`). */
  recent: Map<string, Reading>;
}

interface Context {
  text: string;
  folded: string;
  article: number | undefined;
  tense: Tense | undefined;
  words: DateWords;
  compiled: Compiled;
}

const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "((?:19|20|21)\\d\\d)";

function monthNumber(words: DateWords, name: string): number | undefined {
  const key = name.replace(/\.$/, "");
  return words.months[key] ?? words.monthAbbreviations[key] ?? (words.ambiguousMonths.includes(key) ? 5 : undefined);
}

function endOf(unit: "week" | "month" | "year", article: number): number {
  if (unit === "week") return article - weekday(article) + 6;
  const { y, m } = ymd(article);
  return unit === "month" ? monthRange(y, m)[1] : yearRange(y)[1];
}

function startOf(unit: "week" | "month" | "year", article: number): number {
  if (unit === "week") return article - weekday(article);
  const { y, m } = ymd(article);
  return unit === "month" ? monthRange(y, m)[0] : yearRange(y)[0];
}

/** A day of the article's week shifted by `weeks`. */
function weekDay(article: number, weeks: number, wd: number): number {
  return article - weekday(article) + 7 * weeks + wd;
}

/** A bare weekday resolved by tense (see the header). */
function bareWeekday(article: number, wd: number, tense: Tense | undefined): number {
  let delta = wd - weekday(article);
  if (delta === 0) return article;
  if (tense === "future") return article + (delta < 0 ? delta + 7 : delta);
  return article + (delta > 0 ? delta - 7 : delta);
}

/** The weekday `wd` nearest the article date, the one ahead on a tie. */
function nearestWeekday(article: number, wd: number): number {
  const ahead = bareWeekday(article, wd, "future");
  const before = bareWeekday(article, wd, "past");
  return ahead - article <= article - before ? ahead : before;
}

/** Does a forward cue ("to", "până în") stand right before `start`? */
function forwardBefore(ctx: Context, start: number): boolean {
  const before = ctx.folded.slice(Math.max(0, start - 40), start);
  return ctx.compiled.forward.test(before);
}

/** An explicit day (and maybe a second day for a range) in a month, with or without a year. */
function explicit(ctx: Context, start: number, end: number, d1: number, d2: number | undefined, month: number, year?: number): Candidate | undefined {
  const make = (y: number): Range | undefined => {
    const a = dayNumber(y, month, d1);
    const b = d2 === undefined ? a : dayNumber(y, month, d2);
    return a !== undefined && b !== undefined && b >= a ? [a, b] : undefined;
  };
  let range: Range | undefined;
  if (year !== undefined) range = make(year);
  else if (ctx.article !== undefined) {
    // ("An earlier meeting, set for Aug. 13, was cancelled", told on Aug. 20: a day set for, in a past sentence, may
    // have gone by; the one a week ago, not the one in a year)
    const forward = forwardBefore(ctx, start);
    range = forward && ctx.tense !== "future" ? aheadUnlessJustPast(ctx.article, make) : pickYear(ctx.article, make, forward ? "future" : ctx.tense);
  }
  if (!range) return { start, end, range: [0, 0], kind: "blocked" };
  // "during the week of Oct. 19", "în săptămâna de 19 octombrie": the week, Monday to Sunday, that holds the day
  if (d2 === undefined && WEEK_OF.test(ctx.folded.slice(Math.max(0, start - 20), start))) {
    const monday = range[0] - weekday(range[0]);
    return { start, end, range: [monday, monday + 6], kind: "period" };
  }
  return { start, end, range, kind: "explicit" };
}

/** What comes right before a day that stands for its week. */
const WEEK_OF = /\b(?:week of|saptamana (?:de|din))\s+$/u;

function compile(words: DateWords, lang: Lang): Compiled {
  const weekdays = alt(Object.keys(words.weekdays));
  const months = alt(Object.keys(words.months));
  const anyMonth = alt([...Object.keys(words.months), ...Object.keys(words.monthAbbreviations), ...words.ambiguousMonths]);
  const monthToken = `(${anyMonth})\\.?`;
  const tod = alt(words.timesOfDay);
  const rangeSep = `\\s*(?:-|–|—|${alt([...words.and.filter((w) => w !== ","), ...words.rangeWords.filter((w) => !/^[-–—]$/.test(w))])})\\s*`;
  const rules: Compiled["rules"] = [];
  // (`core` defaults to the pattern; a pattern that starts with a lookbehind gives its words read forwards instead)
  const rule = (needs: Needs, source: string, handle: Compiled["rules"][number]["handle"], core = source): void => {
    rules.push({ re: new RegExp(`${B}(?:${source})${E}`, "gu"), core: new RegExp(core, "u"), handle, needs });
  };
  const needArticle = (ctx: Context): number | undefined => ctx.article;

  // ISO 2025-12-09 and (ro) 09.12.2025
  rule("digit", "(\\d{4})-(\\d{2})-(\\d{2})", (m) => {
    const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    return day === undefined ? undefined : { start: m.index, end: m.index + m[0].length, range: [day, day], kind: "explicit" };
  });
  if (lang === "ro") {
    rule("digit", "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})", (m) => {
      const day = dayNumber(Number(m[3]), Number(m[2]), Number(m[1]));
      return day === undefined ? undefined : { start: m.index, end: m.index + m[0].length, range: [day, day], kind: "explicit" };
    });
  }
  // 9 decembrie [2025], 18-19 decembrie, 18 și 19 decembrie, 9th of December 2025
  rule("digit", `${DAY}(?:${rangeSep}${DAY})?\\s+(?:of\\s+)?${monthToken}(?:,?\\s+${YEAR})?`, (m, ctx) => {
    const month = monthNumber(ctx.words, m[3]!);
    if (month === undefined) return undefined;
    return explicit(ctx, m.index, m.index + m[0].length, Number(m[1]), m[2] ? Number(m[2]) : undefined, month, m[4] ? Number(m[4]) : undefined);
  });
  // December 9[, 2025], December 18-19
  rule("digit", `${monthToken}\\s+${DAY}(?:${rangeSep}${DAY})?(?:,?\\s+${YEAR})?`, (m, ctx) => {
    const month = monthNumber(ctx.words, m[1]!);
    if (month === undefined || (lang === "en" && !/^\p{Lu}/u.test(ctx.text.slice(m.index)))) return undefined;
    return explicit(ctx, m.index, m.index + m[0].length, Number(m[2]), m[3] ? Number(m[3]) : undefined, month, m[4] ? Number(m[4]) : undefined);
  });
  // a day of the month told alone: "on the 28th", "pe 21 ale lunii", "pe 5 ale lunii viitoare": this month's, or the
  // next one's when it is said so or the day has gone by and the sentence looks ahead (the last one's looking back)
  const { before: dayOfMonthCue, day: dayOfMonth } = words.dayOfMonth;
  rule("digit", `(?<=${B}${dayOfMonthCue})${dayOfMonth}`, (m, ctx) => {
    const article = needArticle(ctx);
    if (article === undefined) return undefined;
    const { y, m: month } = ymd(article);
    const d = Number(m[1]);
    const inMonth = (shift: number): number | undefined => {
      const index = y * 12 + month - 1 + shift;
      return dayNumber(Math.floor(index / 12), (index % 12) + 1, d);
    };
    // (with no tense, this month's: "the 3rd" told on the 21st is the 3rd gone by, "the 28th" the one ahead)
    const options = (m[2] ? [1] : ctx.tense ? [-1, 0, 1] : [0]).map(inMonth).filter((x): x is number => x !== undefined);
    const allowed = options.filter((x) => (ctx.tense === "future" ? x >= article : ctx.tense === "past" ? x <= article : true));
    const day = [...allowed].sort((a, b) => Math.abs(a - article) - Math.abs(b - article))[0];
    return day === undefined ? undefined : { start: m.index, end: m.index + m[0].length, range: [day, day], kind: "day" };
  }, dayOfMonthCue + dayOfMonth);
  // a month with a year: decembrie 2025, December 2025 (also "luna mai 2025")
  rule("digit", `${monthToken}\\s+${YEAR}`, (m, ctx) => {
    const month = monthNumber(ctx.words, m[1]!);
    if (month === undefined) return undefined;
    return { start: m.index, end: m.index + m[0].length, range: monthRange(Number(m[2]), month), kind: "period" };
  });
  // a month alone: "în ianuarie", "in January", "luna mai", "în mai," (the ambiguous ones need a context: in Romanian
  // a mark after "mai", which is also "more"; in English a capital "May" after the preposition, not before a name)
  const ambiguous = alt(words.ambiguousMonths);
  const monthAlone = ambiguous
    ? `(${months})|(?<=(?:${lang === "ro" ? "luna|in|din|pana in|lui|pentru" : "in|since|until|by|from|to|of|early|late|mid-?"})\\s+)(${ambiguous})${lang === "ro" ? "(?=\\s*[,.;:!?)]|\\s*$)" : ""}`
    : `(${months})`;
  rule("word", monthAlone, (m, ctx) => {
    const name = m[1] ?? m[2]!;
    if (lang === "en" && !/^\p{Lu}/u.test(ctx.text.slice(m.index))) return undefined;
    // ("to May Lindqvist": an ambiguous month before a capitalised word is a name)
    if (m[2] && /^\s+\p{Lu}/u.test(ctx.text.slice(m.index + m[0].length))) return undefined;
    const month = monthNumber(ctx.words, name);
    const article = needArticle(ctx);
    if (month === undefined || article === undefined) return undefined;
    const tense = forwardBefore(ctx, m.index) ? "future" : ctx.tense;
    const range = pickYear(article, (y) => monthRange(y, month), tense);
    return range && { start: m.index, end: m.index + m[0].length, range, kind: "period" };
  });
  // a count of days or weeks ahead: "peste zece zile", "peste 3 săptămâni", "in two weeks" (English only of what lies
  // ahead: "sold 500 in two weeks" is a duration)
  const count = `(\\d{1,2}|${alt(Object.keys(words.ahead.counts))})`;
  const aheadWords = `(?:${alt(words.ahead.before)})\\s+`;
  const aheadCount = `${count}\\s+(${alt(Object.keys(words.ahead.units))})`;
  rule("word", `(?<=${B}${aheadWords})${aheadCount}`, (m, ctx) => {
    const article = needArticle(ctx);
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : words.ahead.counts[m[1]!];
    const unit = words.ahead.units[m[2]!];
    if (article === undefined || !n || !unit || (lang === "en" && ctx.tense !== "future")) return undefined;
    const day = article + n * unit;
    return { start: m.index, end: m.index + m[0].length, range: [day, day], kind: "day" };
  }, aheadWords + aheadCount);
  // a year after a cue: "în 2035", "since 2014" (the span is the year only)
  const yearCue = `(?:${alt(words.yearCues)})\\s+`;
  rule("digit", `(?<=${B}${yearCue})${YEAR}(?!\\s*(?:%|[.,]\\d))`, (m) => ({
    start: m.index, end: m.index + m[0].length, range: yearRange(Number(m[1])), kind: "period",
  }), yearCue + YEAR);
  // relative days: ieri, azi, mâine, yesterday, last night
  rule("word", `(${alt(Object.keys(words.relativeDays))})`, (m, ctx) => {
    const article = needArticle(ctx);
    const offset = words.relativeDays[m[1]!.replace(/\s+/g, " ")];
    if (article === undefined || offset === undefined) return undefined;
    return { start: m.index, end: m.index + m[0].length, range: [article + offset, article + offset], kind: "day" };
  });
  // weeks, months, years, weekends relative to the article's
  const periods: Array<[Record<string, number>, (a: number, k: number) => Range]> = [
    [words.weeks, (a, k) => [weekDay(a, k, 0), weekDay(a, k, 6)]],
    [words.weekends, (a, k) => [weekDay(a, k, 5), weekDay(a, k, 6)]],
    [words.months_, (a, k) => monthRange(ymd(a).y, ymd(a).m + k)],
    [words.years, (a, k) => yearRange(ymd(a).y + k)],
  ];
  for (const [table, make] of periods) {
    rule("word", `(${alt(Object.keys(table))})`, (m, ctx) => {
      const article = needArticle(ctx);
      const k = table[m[1]!.replace(/\s+/g, " ")];
      if (article === undefined || k === undefined) return undefined;
      return { start: m.index, end: m.index + m[0].length, range: make(article, k), kind: "period" };
    });
  }
  rule("word", `(${alt(Object.keys(words.untilEnd))})`, (m, ctx) => {
    const article = needArticle(ctx);
    const unit = words.untilEnd[m[1]!.replace(/\s+/g, " ")];
    if (article === undefined || unit === undefined) return undefined;
    return { start: m.index, end: m.index + m[0].length, range: [article, endOf(unit, article)], kind: "period" };
  });
  rule("word", `(${alt(Object.keys(words.sinceStart))})(?!\\s+(?:${anyMonth}|${alt([...words.next, ...words.last])}))`, (m, ctx) => {
    const article = needArticle(ctx);
    const unit = words.sinceStart[m[1]!.replace(/\s+/g, " ")];
    if (article === undefined || unit === undefined) return undefined;
    // ("earlier this month": up to the day before the article, the day it tells of being later)
    const from = startOf(unit, article);
    return { start: m.index, end: m.index + m[0].length, range: [from, Math.max(from, article - 1)], kind: "period" };
  });
  // weekdays with next / last / this: "marțea viitoare", "next Tuesday"
  const modifier = (w: string): number | undefined =>
    words.next.includes(w) ? 1 : words.last.includes(w) ? -1 : words.current.includes(w) ? 0 : undefined;
  const mods = alt([...words.next, ...words.last, ...words.current]);
  const weekdayRule = lang === "ro" ? `(${weekdays})\\s+(${mods})` : `(${mods})\\s+(${weekdays})`;
  rule("word", `${weekdayRule}(?:\\s+(?:${tod}))?`, (m, ctx) => {
    const article = needArticle(ctx);
    const [day, mod] = lang === "ro" ? [m[1]!, m[2]!] : [m[2]!, m[1]!.replace(/\s+/g, " ")];
    const wd = words.weekdays[day];
    const k = modifier(mod);
    if (article === undefined || wd === undefined || k === undefined) return undefined;
    const d = weekDay(article, k, wd);
    return { start: m.index, end: m.index + m[0].length, range: [d, d], kind: "weekday" };
  });
  // a bare weekday, maybe with a time of day: "marți", "duminică seara", "Friday evening"
  rule("word", `(${weekdays})(?:\\s+(?:${tod}))?`, (m, ctx) => {
    const article = needArticle(ctx);
    const wd = words.weekdays[m[1]!];
    if (article === undefined || wd === undefined) return undefined;
    if (m[1] === "luni" && !isMonday(ctx, m.index, m.index + m[1].length)) return undefined;
    // ("programată pentru miercuri, a fost anulată", "postponed to Friday": in a past tense, the nearer of the one before and the one ahead)
    const d = forwardBefore(ctx, m.index) && ctx.tense !== "future" ? nearestWeekday(article, wd) : bareWeekday(article, wd, ctx.tense);
    return { start: m.index, end: m.index + m[0].length, range: [d, d], kind: "weekday" };
  });
  return {
    rules,
    hint: hintOf(words),
    and: new RegExp(`^\\s*(?:${alt(words.and)})\\s*(?:(?:pe|on)\\s+)?$`, "u"),
    range: new RegExp(`^\\s*(?:${alt(words.rangeWords)})\\s*(?:(?:pe|on)\\s+)?$`, "u"),
    forward: new RegExp(`${B}(?:${alt(words.forwardCues)})\\s+(?:(?:in|luna|lui|the|of)\\s+)?$`, "u"),
    notWeekdayBefore: words.notWeekdayBefore.length
      ? new RegExp(`${B}(?:${alt(words.notWeekdayBefore)})\\s+$`, "u")
      : undefined,
    notWeekdayAfter: words.notWeekdayAfter.length ? new RegExp(`^\\s+(?:${alt(words.notWeekdayAfter)})${E}`, "u") : undefined,
    recent: new Map(),
  };
}

/**
 * Tests that skip the rules on the many sentences that hold no date, and the rules of one kind on
 * the sentences that hold a date of the other kind only. Every "digit" rule needs a digit; every
 * "word" rule needs one of the phrases of these tables, and a phrase cannot match without its
 * longest word (a test compares the results with and without them on whole corpora).
 */
function hintOf(words: DateWords): Record<Needs, RegExp> {
  const phrases = [
    ...Object.keys(words.weekdays), ...Object.keys(words.months), ...Object.keys(words.monthAbbreviations), ...words.ambiguousMonths,
    ...Object.keys(words.relativeDays), ...Object.keys(words.weeks), ...Object.keys(words.months_), ...Object.keys(words.years),
    ...Object.keys(words.weekends), ...Object.keys(words.untilEnd), ...Object.keys(words.sinceStart),
    ...Object.keys(words.ahead.units),
  ];
  const longest = phrases.map((p) => foldSameLength(p).split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), ""));
  return { digit: /\d/u, word: new RegExp(alt(new Set(longest.filter((w) => w.length > 0))), "u") };
}

/** "luni" is Monday unless it is the plural of "lună" (ultimele luni, de luni de zile, 3 luni). */
function isMonday(ctx: Context, start: number, end: number): boolean {
  const before = ctx.folded.slice(Math.max(0, start - 20), start);
  const after = ctx.folded.slice(end, end + 20);
  const { notWeekdayBefore, notWeekdayAfter } = ctx.compiled;
  if (/\d\s*$/.test(before)) return false;
  if (notWeekdayBefore?.test(before)) return false;
  if (notWeekdayAfter?.test(after)) return false;
  return true;
}

const compiled = new Map<Lang, Compiled>();

function format(range: Range): string {
  return range[0] === range[1] ? iso(range[0]) : `${iso(range[0])}/${iso(range[1])}`;
}

/**
 * Finds the dates in `text` and resolves them against `articleDate` (ISO `YYYY-MM-DD`).
 * `tense` tells how to read a bare weekday or a day/month without a year: "past" (the default
 * reading) looks back, "future" forward. Returns mentions in text order, never overlapping.
 * Never throws; an invalid or missing article date leaves only dates that carry their year.
 */
export function findDates(text: string, lang: Lang, articleDate: string | undefined, tense?: Tense): DateMention[] {
  return runRules(text, lang, articleDate, tense, true);
}

/** {@link findDates} without the quick test that skips sentences with no date (for the test that checks it). */
export function findDatesWithoutHint(text: string, lang: Lang, articleDate: string | undefined, tense?: Tense): DateMention[] {
  return runRules(text, lang, articleDate, tense, false);
}

/** One match of one rule's pattern, before the rule reads it. */
interface RuleMatch {
  rule: Compiled["rules"][number];
  m: RegExpExecArray;
}

/** How many texts' readings are remembered: a few articles' sentences. */
const RECENT_TEXTS = 256;

/** A text as the rules read it: folded, and the matches of the rules that can match it. */
interface Reading {
  folded: string;
  matches: RuleMatch[];
}

/**
 * The folded text and the matches of the rules of the kinds that can match it (see `hintOf`) and
 * whose pattern it holds (`core`), rule by rule, in text order; none when no rule can match. They do not depend on the tense or the
 * article date, so they are remembered for the last few texts: a sentence's dates are asked for
 * again in the tense of each meeting it tells.
 */
function readText(c: Compiled, text: string): Reading {
  let reading = c.recent.get(text);
  if (!reading) {
    const folded = foldSameLength(text);
    const digit = c.hint.digit.test(folded);
    const word = c.hint.word.test(folded);
    const matches: RuleMatch[] = [];
    for (const rule of digit || word ? c.rules : []) {
      if (!(rule.needs === "digit" ? digit : word) || !rule.core.test(folded)) continue;
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(folded); m; m = rule.re.exec(folded)) {
        matches.push({ rule, m });
        if (m[0].length === 0) rule.re.lastIndex++;
      }
    }
    reading = { folded, matches };
    // the oldest text goes first (a Map keeps insertion order)
    if (c.recent.size >= RECENT_TEXTS) c.recent.delete(c.recent.keys().next().value!);
    c.recent.set(text, reading);
  }
  return reading;
}

/** Every rule's matches, none skipped and none remembered (for the test of the quick tests). */
function allRuleMatches(c: Compiled, text: string): Reading {
  const folded = foldSameLength(text);
  const matches: RuleMatch[] = [];
  for (const rule of c.rules) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(folded); m; m = rule.re.exec(folded)) {
      matches.push({ rule, m });
      if (m[0].length === 0) rule.re.lastIndex++;
    }
  }
  return { folded, matches };
}

/** The last article date parsed: every sentence of an article asks for the same one. */
let lastArticle: { date: string | undefined; day: number | undefined } = { date: undefined, day: undefined };

/** {@link parseIsoDate} of the article date, remembered from the last call. */
function articleDay(date: string | undefined): number | undefined {
  if (lastArticle.date !== date) lastArticle = { date, day: parseIsoDate(date) };
  return lastArticle.day;
}

function runRules(text: string, lang: Lang, articleDate: string | undefined, tense: Tense | undefined, useHint: boolean): DateMention[] {
  const words = DATE_WORDS[lang] ?? DATE_WORDS.ro;
  let c = compiled.get(lang);
  if (!c) {
    c = compile(words, lang);
    compiled.set(lang, c);
  }
  const { folded, matches } = useHint ? readText(c, text) : allRuleMatches(c, text);
  if (matches.length === 0) return [];
  const ctx: Context = { text, folded, article: articleDay(articleDate), tense, words, compiled: c };
  const candidates: Candidate[] = [];
  for (const { rule, m } of matches) {
    const found = rule.handle(m, ctx);
    if (found) candidates.push(found);
  }
  // longest first at each start; keep the ones that do not overlap a kept one
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const cand of candidates) {
    const prev = kept[kept.length - 1];
    if (!prev || cand.start >= prev.end) kept.push(cand);
  }
  // join neighbours: "marți, 9 decembrie"; "marți și miercuri"; "9 - 12 decembrie 2025"
  const merged: Candidate[] = [];
  for (const cand of kept) {
    if (cand.kind === "blocked") {
      merged.push(cand);
      continue;
    }
    const prev = merged[merged.length - 1];
    if (prev && prev.kind !== "blocked") {
      const gap = ctx.folded.slice(prev.end, cand.start);
      if (prev.kind === "weekday" && cand.kind === "explicit" && /^\s*,?\s*$/.test(gap)) {
        merged[merged.length - 1] = { ...cand, start: prev.start };
        continue;
      }
      const days = prev.kind !== "period" && cand.kind !== "period";
      if (days && c.and.test(gap) && cand.range[0] - prev.range[1] === 1) {
        merged[merged.length - 1] = { start: prev.start, end: cand.end, range: [prev.range[0], cand.range[1]], kind: "explicit" };
        continue;
      }
      if (c.range.test(gap) && !/^\s*,/.test(gap) && cand.range[0] > prev.range[1] && cand.range[0] - prev.range[1] <= 366) {
        merged[merged.length - 1] = { start: prev.start, end: cand.end, range: [prev.range[0], cand.range[1]], kind: "explicit" };
        continue;
      }
      if (prev.kind === "period" && cand.kind === "period" && c.and.test(gap) && cand.range[0] - prev.range[1] === 1 && /^\d{4}$/.test(text.slice(prev.start, prev.end))) {
        merged[merged.length - 1] = { start: prev.start, end: cand.end, range: [prev.range[0], cand.range[1]], kind: "period" };
        continue;
      }
    }
    merged.push(cand);
  }
  return merged.filter((m) => m.kind !== "blocked").map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), value: format(m.range) }));
}
