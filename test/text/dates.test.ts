// findDates: a table of cases under the gold annotation conventions (../shared/articles/README.md).
// Weekdays were checked by hand: 2025-12-18 Thu, 2025-11-24 Mon, 2025-11-26 Wed, 2025-12-10 Wed,
// 2025-12-03 Wed, 2025-06-24 Tue, 2025-10-23 Thu, 2025-08-16 Sat, 2025-12-19 Fri.
import { describe, expect, it } from "vitest";
import { findDates, type DateMention, type Tense } from "../../src/text/index.js";

type Case = [lang: "ro" | "en", article: string | undefined, text: string, tense: Tense | undefined, expected: Array<[string, string]>];

const CASES: Case[] = [
  // weekdays, past or unknown: the most recent one; the article's own weekday is the article date
  ["ro", "2025-12-18", "Vorbind miercuri la Moscova", undefined, [["miercuri", "2025-12-17"]]],
  ["ro", "2025-11-24", "au încheiat duminică seara, la Geneva", "past", [["duminică seara", "2025-11-23"]]],
  ["ro", "2025-12-10", "s-a întâlnit marți, la Palatul Élysée. Luni seară, președintele", undefined, [["marți", "2025-12-09"], ["Luni seară", "2025-12-08"]]],
  ["ro", "2025-11-26", "Miercuri, Kremlinul a confirmat", "past", [["Miercuri", "2025-11-26"]]],
  ["ro", "2025-11-26", "a purtat luni seara și marți, la Abu Dhabi", "past", [["luni seara și marți", "2025-11-24/2025-11-25"]]],
  ["en", "2025-08-16", "left their summit in Alaska on Friday", "past", [["Friday", "2025-08-15"]]],
  ["en", "2025-12-19", "in the early hours of Friday; lobbied the leaders on Thursday", undefined, [["Friday", "2025-12-19"], ["Thursday", "2025-12-18"]]],
  // weekdays, future: the next one
  ["en", "2025-08-16", "he is expected in Washington on Monday", "future", [["Monday", "2025-08-18"]]],
  ["ro", "2025-12-03", "liderul rus este aşteptat joi şi vineri la New Delhi", "future", [["joi şi vineri", "2025-12-04/2025-12-05"]]],
  ["ro", "2025-06-24", "Marți și miercuri, președintele participă", "future", [["Marți și miercuri", "2025-06-24/2025-06-25"]]],
  // a weekday after a word that points forward: the nearer of the one before and the one ahead, whatever the tense
  // (2025-12-16 Tue, 2025-07-05 Sat)
  ["ro", "2025-12-16", "vizita, programată pentru miercuri, a fost anulată", "past", [["miercuri", "2025-12-17"]]],
  ["ro", "2025-07-05", "vizita, programată pentru vineri după-amiază, a fost anulată", "past", [["vineri după-amiază", "2025-07-04"]]],
  ["en", "2025-12-16", "the talks were postponed to Friday", "past", [["Friday", "2025-12-19"]]],
  // ("planned for Wednesday, was cancelled" on a Friday: the nearer Wednesday, two days before)
  ["en", "2026-10-16", "a boat trip planned for Wednesday was cancelled", "past", [["Wednesday", "2026-10-14"]]],
  // a count of days or weeks ahead (2027-06-14 Mon): "peste zece zile"; English only of what lies ahead
  ["ro", "2027-06-14", "Peste zece zile, cumpărătorii vor veni la Matca", "future", [["zece zile", "2027-06-24"]]],
  ["ro", "2027-06-14", "vin peste 3 săptămâni", undefined, [["3 săptămâni", "2027-07-05"]]],
  ["en", "2027-06-14", "the buyers will come in two weeks", "future", [["two weeks", "2027-06-28"]]],
  ["en", "2027-06-14", "they sold 500 rugs in two weeks", "past", []],
  // a month after "mutată în", "reprogramată pentru": the month ahead, whatever the tense (2027-02-17 Wed)
  ["ro", "2027-02-17", "semnarea a fost mutată în martie", "past", [["martie", "2027-03-01/2027-03-31"]]],
  // "the week of Oct. 19": Monday to Sunday of that day's week (2026-10-19 Mon, 2026-10-21 Wed)
  ["en", "2026-11-02", "met him during the week of Oct. 19", "past", [["Oct. 19", "2026-10-19/2026-10-25"]]],
  ["ro", "2026-11-02", "s-au întâlnit în săptămâna din 21 octombrie", "past", [["21 octombrie", "2026-10-19/2026-10-25"]]],
  // "earlier this month / week": from its first day to the day before the article (2025-12-18 Thu)
  ["en", "2025-12-18", "talks held earlier this month", "past", [["earlier this month", "2025-12-01/2025-12-17"]]],
  ["ro", "2025-12-18", "s-au întâlnit la începutul săptămânii", "past", [["la începutul săptămânii", "2025-12-15/2025-12-17"]]],
  ["ro", "2025-12-18", "s-ar fi întâlnit la începutul lunii la Seul", "past", [["la începutul lunii", "2025-12-01/2025-12-17"]]],
  ["en", "2025-12-18", "they met at the start of the month", "past", [["at the start of the month", "2025-12-01/2025-12-17"]]],
  // (not the start of another month: "la începutul lunii viitoare", "la începutul lunii martie")
  ["ro", "2025-12-18", "vor fi livrate la începutul lunii viitoare", "future", []],
  ["ro", "2025-12-18", "semnat la începutul lunii martie", "past", [["martie", "2025-03-01/2025-03-31"]]],
  // next / last weekday: that day of the following / previous week
  ["ro", "2025-12-10", "continuă marțea viitoare la Helsinki", undefined, [["marțea viitoare", "2025-12-16"]]],
  ["en", "2025-10-23", "a phone call last Thursday; visit last Friday", undefined, [["last Thursday", "2025-10-16"], ["last Friday", "2025-10-17"]]],
  ["ro", "2025-12-18", "vinerea trecută și duminica trecuta", undefined, [["vinerea trecută", "2025-12-12"], ["duminica trecuta", "2025-12-14"]]],
  ["en", "2025-12-18", "next Tuesday", undefined, [["next Tuesday", "2025-12-23"]]],
  // weeks, months, years
  ["ro", "2025-12-18", "În această săptămână, Witkoff", undefined, [["În această săptămână", "2025-12-15/2025-12-21"]]],
  ["ro", "2025-11-26", "este așteptat la Moscova săptămâna viitoare", undefined, [["săptămâna viitoare", "2025-12-01/2025-12-07"]]],
  ["ro", "2025-11-24", "avertizase săptămâna trecută", undefined, [["săptămâna trecută", "2025-11-17/2025-11-23"]]],
  ["en", "2025-10-23", "would take place this week; next week; last week", undefined, [["this week", "2025-10-20/2025-10-26"], ["next week", "2025-10-27/2025-11-02"], ["last week", "2025-10-13/2025-10-19"]]],
  ["ro", "2025-12-03", "ar urma să ajungă până la sfârşitul săptămânii la Miami", "future", [["până la sfârşitul săptămânii", "2025-12-03/2025-12-07"]]],
  ["ro", "2025-11-26", "o vizită până la sfârșitul lunii", undefined, [["până la sfârșitul lunii", "2025-11-26/2025-11-30"]]],
  // a day a forward word points to, told in the past: the next one unless the last one is four times nearer
  ["en", "2026-08-20", "An earlier meeting, set for Aug. 13, was cancelled", "past", [["Aug. 13", "2026-08-13"]]],
  ["en", "2026-08-20", "An earlier meeting, set for Aug. 13, was cancelled", undefined, [["Aug. 13", "2026-08-13"]]],
  ["en", "2026-08-20", "the session has been pushed back to Sept. 8", "past", [["Sept. 8", "2026-09-08"]]],
  ["ro", "2026-09-20", "ședința a fost amânată pentru 3 martie", "past", [["3 martie", "2027-03-03"]]],
  // "before the end of the year", "înainte de sfârșitul anului": the same as "by the end of" (2026-07-16 Thu)
  ["en", "2026-07-16", "meet at the border before the end of the year", "future", [["before the end of the year", "2026-07-16/2026-12-31"]]],
  ["ro", "2026-07-16", "să se întâlnească înainte de sfârșitul lunii", "future", [["înainte de sfârșitul lunii", "2026-07-16/2026-07-31"]]],
  ["ro", "2025-12-10", "o vizită în România anul viitor", undefined, [["anul viitor", "2026-01-01/2026-12-31"]]],
  ["en", "2025-12-19", "Last month the IMF; next year", undefined, [["Last month", "2025-11-01/2025-11-30"], ["next year", "2026-01-01/2026-12-31"]]],
  ["ro", "2025-12-18", "ieri, azi, astăzi, mâine, anul trecut", undefined, [["ieri", "2025-12-17"], ["azi", "2025-12-18"], ["astăzi", "2025-12-18"], ["mâine", "2025-12-19"], ["anul trecut", "2024-01-01/2024-12-31"]]],
  ["en", "2025-12-18", "yesterday and today, tomorrow", undefined, [["yesterday and today", "2025-12-17/2025-12-18"], ["tomorrow", "2025-12-19"]]],
  // (session 14) two days away, and the end of a period told with "is over" / "is out"
  ["en", "2025-12-18", "received the day before yesterday; back the day after tomorrow", undefined, [["the day before yesterday", "2025-12-16"], ["the day after tomorrow", "2025-12-20"]]],
  ["en", "2033-02-17", "The delegation is expected this afternoon.", undefined, [["this afternoon", "2033-02-17"]]],
  ["ro", "2033-02-17", "Delegația era așteptată în cursul după-amiezii, iar premierul diseară.", undefined, [["în cursul după-amiezii", "2033-02-17"], ["diseară", "2033-02-17"]]],
  ["en", "2025-12-18", "will present it before the month is over", undefined, [["before the month is over", "2025-12-18/2025-12-31"]]],
  // a day of the month told alone: this month's with no tense; ahead or back with one; next month's when said so
  ["en", "2025-12-18", "the committee will vote on the 28th", undefined, [["28th", "2025-12-28"]]],
  ["en", "2025-12-18", "they met on the 3rd", "past", [["3rd", "2025-12-03"]]],
  ["en", "2025-12-18", "they will meet on the 3rd", "future", [["3rd", "2026-01-03"]]],
  ["ro", "2025-12-18", "se reunește pe 21 ale lunii", undefined, [["21 ale lunii", "2025-12-21"]]],
  ["ro", "2025-12-18", "o ședință pe 5 ale lunii viitoare", undefined, [["5 ale lunii viitoare", "2026-01-05"]]],
  // explicit dates and ranges
  ["ro", "2025-12-18", "pe 9 decembrie, pe 9 decembrie 2025, 2025-12-09 și 09.12.2025", undefined, [["9 decembrie", "2025-12-09"], ["9 decembrie 2025", "2025-12-09"], ["2025-12-09", "2025-12-09"], ["09.12.2025", "2025-12-09"]]],
  ["en", "2025-12-18", "on December 9, on 9 December 2025, on December 9th", undefined, [["December 9", "2025-12-09"], ["9 December 2025", "2025-12-09"], ["December 9th", "2025-12-09"]]],
  ["ro", "2025-12-10", "Pe 18 și 19 decembrie, liderii; 18-19 decembrie", undefined, [["18 și 19 decembrie", "2025-12-18/2025-12-19"], ["18-19 decembrie", "2025-12-18/2025-12-19"]]],
  ["en", "2025-12-10", "on December 18-19", undefined, [["December 18-19", "2025-12-18/2025-12-19"]]],
  ["ro", "2025-12-18", "marți, 9 decembrie, la Paris", undefined, [["marți, 9 decembrie", "2025-12-09"]]],
  // months alone: the nearest, or the next one with a future tense or a forward cue
  ["en", "2025-12-19", "was pushed back to January amid protests", "past", [["January", "2026-01-01/2026-01-31"]]],
  ["en", "2025-12-19", "in January", undefined, [["January", "2026-01-01/2026-01-31"]]],
  ["ro", "2025-12-18", "în ianuarie", "future", [["ianuarie", "2026-01-01/2026-01-31"]]],
  ["ro", "2025-12-18", "în ianuarie", "past", [["ianuarie", "2025-01-01/2025-01-31"]]],
  ["ro", "2025-12-18", "în decembrie 2024", undefined, [["decembrie 2024", "2024-12-01/2024-12-31"]]],
  ["ro", "2025-06-24", "de 5% din PIB până în 2035, din care 3,5%", undefined, [["2035", "2035-01-01/2035-12-31"]]],
  ["en", "2025-12-19", "for 2026 and 2027", undefined, [["2026 and 2027", "2026-01-01/2027-12-31"]]],
  // ambiguous words stay out
  ["ro", "2025-12-18", "de luni de zile, în ultimele luni, mai multe țări, 3 luni", undefined, []],
  ["en", "2025-12-18", "you may go; they march on", undefined, []],
  ["ro", "2025-12-18", "în mai, la Paris; pe 9 mai", "past", [["mai", "2025-05-01/2025-05-31"], ["9 mai", "2025-05-09"]]],
  // "amânată pentru mai." (a mark after it: not "pentru mai mult"); "pushed back to May after …", not "to May Lindqvist"
  ["ro", "2034-03-16", "a fost amânată pentru mai. Pentru mai mult timp", "future", [["mai", "2034-05-01/2034-05-31"]]],
  ["en", "2035-04-21", "was pushed back to May after Beijing asked; he wrote to May Lindqvist", "future", [["May", "2035-05-01/2035-05-31"]]],
  // no diacritics and the cedilla family match too
  ["ro", "2025-12-18", "saptamana viitoare, marti, sâmbătă, duminica trecuta, până la sfârşitul anului", undefined, [
    ["saptamana viitoare", "2025-12-22/2025-12-28"], ["marti", "2025-12-16"], ["sâmbătă", "2025-12-13"], ["duminica trecuta", "2025-12-14"],
    ["până la sfârşitul anului", "2025-12-18/2025-12-31"],
  ]],
  // invalid calendar dates and no article date
  ["ro", "2025-12-18", "pe 31 februarie, 2025-13-45", undefined, []],
  ["ro", undefined, "marți și 9 decembrie 2025, anul viitor", undefined, [["9 decembrie 2025", "2025-12-09"]]],
];

describe("findDates", () => {
  it.each(CASES)("%s %s %j (%s)", (lang, article, text, tense, expected) => {
    const found = findDates(text, lang, article, tense);
    expect(found.map((m) => [m.text, m.value])).toEqual(expected);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("returns mentions in order, never overlapping", () => {
    const text = "Marți și miercuri, apoi joi, pe 18 decembrie 2025, săptămâna viitoare și anul viitor.";
    const found: DateMention[] = findDates(text, "ro", "2025-12-08", "future");
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    expect(found.map((m) => m.value)).toEqual(["2025-12-09/2025-12-10", "2025-12-11", "2025-12-18", "2025-12-15/2025-12-21", "2026-01-01/2026-12-31"]);
  });

  it("resolves every weekday of the article's week both ways", () => {
    // article: Thursday 2025-12-18
    const past = ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"].map((w) => findDates(w, "ro", "2025-12-18", "past")[0]!.value);
    expect(past).toEqual(["2025-12-15", "2025-12-16", "2025-12-17", "2025-12-18", "2025-12-12", "2025-12-13", "2025-12-14"]);
    const future = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].map((w) => findDates(w, "en", "2025-12-18", "future")[0]!.value);
    expect(future).toEqual(["2025-12-22", "2025-12-23", "2025-12-24", "2025-12-18", "2025-12-19", "2025-12-20", "2025-12-21"]);
  });
});
