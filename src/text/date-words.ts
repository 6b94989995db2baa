// The words of dates, per language, as a typed table (the text stage does no I/O, so this is code,
// not a JSON file). All forms are folded: lower case, no diacritics ("sâmbătă" → "sambata").
// dates.ts builds its regular expressions from these lists only; add words here, not there.

import type { Lang } from "../types.js";

export interface DateWords {
  /** Weekday forms → 0 (Monday) … 6 (Sunday); both bare and articulated Romanian forms. */
  weekdays: Record<string, number>;
  /** Month names → 1 … 12 (full names; safe alone). */
  months: Record<string, number>;
  /** Month abbreviations → 1 … 12 (only next to a day number). */
  monthAbbreviations: Record<string, number>;
  /** Month names that are also common words ("mai" = more, "may"): only in a clear date context. */
  ambiguousMonths: string[];
  /** Time of day after a weekday ("duminică seara", "Friday evening"): part of the mention. */
  timesOfDay: string[];
  /** Days relative to the article date: "ieri" → -1. */
  relativeDays: Record<string, number>;
  /** Words after a weekday or period noun (ro) or before it (en) meaning next / last / this. */
  next: string[];
  last: string[];
  current: string[];
  /** Whole phrases naming a week, month or year relative to the article's one (offset in units). */
  weeks: Record<string, number>;
  months_: Record<string, number>;
  years: Record<string, number>;
  /** Weekend phrases → offset in weeks (0 = the article's weekend). */
  weekends: Record<string, number>;
  /** "until the end of the week/month/year" → article date to the last day of that period. */
  untilEnd: Record<string, "week" | "month" | "year">;
  /** "earlier this week", "la începutul lunii" → Monday (the 1st, 1 January) to the day before the article; not when a
   * month or "next / last" follows ("la începutul lunii martie", "la începutul lunii viitoare"). */
  sinceStart: Record<string, "week" | "month" | "year">;
  /** Words just before a month that point forward ("postponed to January", "amânat până în ianuarie"). */
  forwardCues: string[];
  /** Words before a bare year that make it a date ("în 2035", "since 2014"). */
  yearCues: string[];
  /** "peste zece zile", "in two weeks": a count of days or weeks ahead of the article date (the word before the count,
   * the count's words, and the units in days). */
  ahead: { before: string[]; counts: Record<string, number>; units: Record<string, number> };
  /**
   * A day of the month told alone, as patterns on folded text: the word before the day, and what follows it (the day in
   * group 1; group 2, when it matches, says the next month: "pe 5 ale lunii viitoare").
   */
  dayOfMonth: { before: string; day: string };
  /** "and" between two dates, and words that make a range ("18 to 20"). */
  and: string[];
  rangeWords: string[];
  /** Words before "luni" that make it the plural of "lună" (months), not Monday. */
  notWeekdayBefore: string[];
  notWeekdayAfter: string[];
}

const RO: DateWords = {
  weekdays: {
    luni: 0, lunea: 0, marti: 1, martea: 1, miercuri: 2, miercurea: 2, joi: 3, joia: 3,
    vineri: 4, vinerea: 4, sambata: 5, duminica: 6,
  },
  months: {
    ianuarie: 1, februarie: 2, martie: 3, aprilie: 4, iunie: 6, iulie: 7, august: 8,
    septembrie: 9, octombrie: 10, noiembrie: 11, decembrie: 12,
  },
  monthAbbreviations: {
    ian: 1, feb: 2, febr: 2, mart: 3, apr: 4, iun: 6, iul: 7, aug: 8, sept: 9, sep: 9, oct: 10, nov: 11, dec: 12,
  },
  ambiguousMonths: ["mai"],
  timesOfDay: ["seara", "dimineata", "noaptea", "dupa-amiaza", "dupa amiaza", "la pranz", "pranz"],
  relativeDays: {
    azi: 0, astazi: 0, ieri: -1, aseara: -1, maine: 1, poimaine: 2, alaltaieri: -2,
    // (a time of today: "diseară", "în cursul după-amiezii", "în această dimineață")
    diseara: 0, "in cursul diminetii": 0, "in cursul dupa-amiezii": 0, "in cursul serii": 0, "in cursul zilei": 0,
    "in aceasta dimineata": 0, "in aceasta seara": 0, "in aceasta dupa-amiaza": 0,
  },
  next: ["viitoare", "viitor", "urmatoare", "urmator"],
  last: ["trecuta", "trecut", "precedenta", "precedent"],
  current: ["aceasta", "asta", "curenta"],
  weeks: {
    "saptamana viitoare": 1, "saptamana urmatoare": 1, "saptamana care vine": 1,
    "saptamana trecuta": -1, "saptamana precedenta": -1,
    "in aceasta saptamana": 0, "aceasta saptamana": 0, "saptamana aceasta": 0, "saptamana asta": 0,
    "saptamana curenta": 0,
  },
  months_: {
    "luna viitoare": 1, "luna urmatoare": 1, "luna trecuta": -1, "luna precedenta": -1,
    "luna aceasta": 0, "luna asta": 0, "luna curenta": 0, "aceasta luna": 0,
  },
  years: {
    "anul viitor": 1, "anul urmator": 1, "anul care vine": 1, "anul trecut": -1, "anul precedent": -1,
    "anul acesta": 0, "anul curent": 0, "acest an": 0, "anul asta": 0,
  },
  weekends: { "weekendul viitor": 1, "weekendul trecut": -1, "weekendul acesta": 0, "acest weekend": 0 },
  untilEnd: {
    "pana la sfarsitul saptamanii": "week", "pana la finalul saptamanii": "week", "la sfarsitul saptamanii": "week",
    "pana la sfarsitul lunii": "month", "pana la finalul lunii": "month", "la sfarsitul lunii": "month",
    "pana la sfarsitul anului": "year", "pana la finalul anului": "year", "la sfarsitul anului": "year",
    "inainte de sfarsitul saptamanii": "week", "inainte de sfarsitul lunii": "month", "inainte de sfarsitul anului": "year",
    "inainte de finalul lunii": "month", "inainte de finalul anului": "year", "pana la sfarsitul acestui an": "year",
  },
  sinceStart: {
    "la inceputul saptamanii": "week", "la inceputul acestei saptamani": "week",
    "la inceputul lunii": "month", "la inceputul acestei luni": "month", "la inceputul anului": "year",
  },
  forwardCues: ["pana in", "pana la", "pentru", "spre", "catre", "amanat", "amanata", "amanate", "mutat", "mutata", "mutate", "reprogramat", "reprogramata", "reprogramate", "decalat", "decalata", "decalate"],
  ahead: {
    before: ["peste"],
    counts: { doua: 2, doi: 2, trei: 3, patru: 4, cinci: 5, sase: 6, sapte: 7, opt: 8, noua: 9, zece: 10 },
    units: { zile: 1, saptamani: 7 },
  },
  dayOfMonth: { before: "pe\\s+", day: "(\\d{1,2})\\s+ale\\s+lunii(\\s+viitoare)?" },
  yearCues: ["in", "din", "pana in", "pentru", "dupa", "inainte de", "incepand cu", "anul", "si"],
  and: ["si"],
  rangeWords: ["-", "–", "—", "pana pe", "pana la", "pana in"],
  notWeekdayBefore: [
    "ultimele", "ultimii", "cateva", "multe", "doua", "trei", "patru", "cinci", "sase", "sapte", "opt", "noua",
    "zece", "cele", "unele", "aceste", "acele", "primele", "noua", "peste", "cu", "ale", "sase",
  ],
  notWeekdayAfter: ["de zile", "la rand", "intregi", "de negocieri", "de razboi"],
};

const EN: DateWords = {
  weekdays: { monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6 },
  months: {
    january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8,
    september: 9, october: 10, november: 11, december: 12,
  },
  monthAbbreviations: {
    jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  },
  ambiguousMonths: ["may"],
  timesOfDay: ["morning", "afternoon", "evening", "night"],
  relativeDays: {
    today: 0, tonight: 0, yesterday: -1, "last night": -1, tomorrow: 1, "the day before yesterday": -2, "the day after tomorrow": 2,
    // (a time of today)
    "this morning": 0, "this afternoon": 0, "this evening": 0,
  },
  next: ["next", "coming", "this coming"],
  last: ["last", "this past"],
  current: ["this"],
  weeks: {
    "next week": 1, "the following week": 1, "the coming week": 1, "last week": -1, "the previous week": -1,
    "this week": 0,
  },
  months_: { "next month": 1, "last month": -1, "this month": 0, "the previous month": -1, "the following month": 1 },
  years: { "next year": 1, "last year": -1, "this year": 0, "the following year": 1, "the previous year": -1 },
  weekends: { "next weekend": 1, "last weekend": -1, "this weekend": 0 },
  untilEnd: {
    "by the end of the week": "week", "by the end of this week": "week",
    "later this week": "week", "by week's end": "week", "by the end of the month": "month",
    "later this month": "month", "by the end of the year": "year", "later this year": "year", "by year-end": "year",
    "before the end of the week": "week", "before the end of the month": "month", "before the end of the year": "year",
    "by the end of this month": "month", "by the end of this year": "year", "before year-end": "year",
    "before the week is out": "week", "before the week is over": "week", "before the month is out": "month",
    "before the month is over": "month", "before the year is out": "year", "before the year is over": "year",
  },
  sinceStart: {
    "earlier this week": "week", "earlier this month": "month", "earlier this year": "year",
    "early this month": "month", "at the start of the month": "month", "at the beginning of the month": "month",
    "at the start of the year": "year", "at the beginning of the year": "year",
  },
  forwardCues: ["to", "until", "till", "by", "through", "postponed", "delayed", "for"],
  ahead: {
    before: ["in"],
    counts: { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 },
    units: { days: 1, weeks: 7 },
  },
  dayOfMonth: { before: "the\\s+", day: "(\\d{1,2})(?:st|nd|rd|th)()" },
  yearCues: ["in", "since", "from", "by", "until", "for", "of", "through", "and", "before", "after"],
  and: ["and"],
  rangeWords: ["-", "–", "—", "to", "through", "until"],
  notWeekdayBefore: [],
  notWeekdayAfter: [],
};

/** The date vocabulary of each language. */
export const DATE_WORDS: Record<Lang, DateWords> = { ro: RO, en: EN };
