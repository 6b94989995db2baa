// Unnamed groups: people named by what they are and whose they are ("delegația rusă", "NATO defence
// ministers", "reprezentanți ai companiei X", "fermierii din județul Vaslui", "met Japanese dealers"),
// found around a group noun of the lexicon or an agent noun with a demonym. Each is a mention of kind
// "group" with an English label, its country when a demonym or a country says it.

import { fold, stem } from "../text/index.js";
import type { Document, Lang, Token } from "../types.js";
import { groupNounOf, type Compiled } from "./compile.js";
import { GROUP_MODIFIERS, POSSESSIVE_AFTER, REGION_PARTS, afterPlaceCue, demonymPair, isAcronym, labelOf, lowerCaseWordsOf, type RawMention } from "./mentions.js";
import { FUNCTION_WORDS, NOT_OWNER_WORDS, POSSESSIVE_S, makeMention } from "./words.js";

/** Group nouns that an organisation's name may follow directly in Romanian ("delegația Hamas"). */
const ORG_GROUP_NOUNS = new Set(["delegation", "team", "negotiators", "representatives", "leaders", "officials", "ministers", "experts", "envoys"]);

/** Group nouns for go-betweens: several nationalities of them are one group. */
const JOINT_NOUNS = new Set(["mediators", "guarantors", "facilitators"]);

/** Common Romanian adjectives of groups (without their plural ending) in English. */
const PLAIN_ADJ_EN: Record<string, string> = {
  militar: "military", politic: "political", economic: "economic", diplomatic: "diplomatic", guvernamental: "government",
  parlamentar: "parliamentary", regional: "regional", local: "local", occidental: "Western", financiar: "financial",
  tehnic: "technical", comercial: "trade", sindical: "union", medical: "medical", academic: "academic", juridic: "legal",
  judiciar: "judicial", militian: "militia", umanitar: "humanitarian", energetic: "energy", agricol: "farm", sanitar: "health",
};

/** "din zonă", "din județ": the area around, for local groups. */
const LOCAL_AREAS = new Set(["zona", "judet", "regiune", "localitate", "localitati", "comune", "oras", "zone", "judete", "regiuni"]);
/** Plural adjectives that do not name what a group is ("sindicatele principale" is still the unions). */
const NOT_GROUP_ADJ = new Set(["principale", "principali", "actuale", "actuali", "speciale", "speciali", "generale", "generali", "locale", "finale", "inițiale", "initiale", "totale", "mondiale", "globale", "anuale", "oficiale", "legale", "normale", "centrale", "esentiale", "eventuale", "potentiale", "respective", "mentionate"]);
/** Collective bodies whose leaders, members or representatives form a group. */
const BODY_GENITIVES: Record<string, string> = {
  coalitiei: "coalition", opozitiei: "opposition", partidelor: "party", sindicatelor: "union", aliantei: "alliance", guvernului: "government",
  parlamentului: "parliament", patronatelor: "employers'", comunitatii: "community",
};
const BODY_MODIFIERS = new Set(["coalition", "opposition", "party", "union", "government", "parliamentary", "community", "business", "military", "tribal", "religious"]);
const RO_OF = new Set(["din", "ai", "ale", "al"]);
const RO_STATES = new Set(["statele", "statelor", "tarile", "tarilor", "membre", "state", "tari"]);

/**
 * One collective group of several countries or of an organisation: "NATO defence ministers",
 * "Nordic and Baltic defence ministers", "leaders of the G20", "miniștrii apărării din statele NATO",
 * "miniștrii din țările nordice și baltice". Undefined when the words around the noun are not such.
 */
function collectiveGroup(
  doc: Document,
  i: number,
  sentenceStart: number,
  sentenceEnd: number,
  c: Compiled,
  mentions: RawMention[],
  nounLabel: string,
  adjAt: (k: number) => { country?: string; adj: string } | undefined,
): RawMention | undefined {
  const t = doc.tokens;
  const orgAt = (k: number): string | undefined => {
    const m = mentions.find((x) => x.tokStart === k && x.kind === "organization" && x.kbId);
    if (!m) return undefined;
    const entry = c.kb.get(m.kbId!);
    // The English short name: "NATO", "EU", "G20".
    const short = [entry?.label ?? "", ...(entry?.aliases ?? [])].find((a) => a.length <= 6 && isAcronym(a));
    return short ?? entry?.label ?? m.text;
  };
  const orgEnd = (k: number): number => mentions.find((x) => x.tokStart === k && x.kind === "organization")!.tokEnd;
  const markInside = (lo: number, hi: number): void => {
    for (const x of mentions) {
      if (x.tokStart < lo || x.tokEnd > hi) continue;
      if (x.kind === "organization") x.inGroup = true;
      // "miniștrii energiei din Bulgaria și Ungaria": the countries still act (through their ministers), and "din" is no place cue
      if (x.kind === "country") x.afterPlaceCue = false;
    }
  };
  const adjs: string[] = [];
  let portfolio: string | undefined;
  let lo = i;
  let hi = i + 1;
  // "liderii coaliției", "coalition leaders", "opposition parties": a group of a collective body.
  const body = c.lang === "ro" ? BODY_GENITIVES[t[i + 1]?.fold ?? ""] : BODY_MODIFIERS.has(t[i - 1]?.fold ?? "") ? t[i - 1]!.fold : undefined;
  if (body && !(c.lang === "en" && t[i - 1]!.upper)) {
    const m = makeMention(doc, c.lang === "ro" ? i : i - 1, c.lang === "ro" ? i + 2 : i + 1, t[i]!.sentence);
    m.kind = "group";
    m.via = "group";
    m.label = `${body} ${nounLabel}`;
    return m;
  }
  // "miniștrii energiei din Bulgaria și Ungaria", "energy ministers from Bulgaria and Hungary": the countries named after
  const countriesAt = (k: number): { adjs: string[]; end: number } | undefined => {
    const found: string[] = [];
    let end = k;
    for (;;) {
      const m = mentions.find((x) => x.tokStart === k && x.kind === "country" && x.kbId);
      if (!m) break;
      found.push(c.demonymEn.get(m.kbId!) ?? m.text);
      end = m.tokEnd;
      k = m.tokEnd;
      if (t[k]?.text === ",") k++;
      if (t[k]?.fold === "si" || t[k]?.fold === "and") k++;
    }
    return found.length >= 2 ? { adjs: found, end } : undefined;
  };
  // "ministers of the Nordic and Baltic countries": the regions' adjectives and a word for their countries
  const regionCountries = (k: number): { adjs: string[]; end: number } | undefined => {
    const found: string[] = [];
    for (;;) {
      const a = c.cues.regionalAdjectives.get(t[k]?.stem ?? "") ?? (t[k] && c.demonyms.get(t[k]!.stem) ? c.demonymEn.get(c.demonyms.get(t[k]!.stem)!) : undefined);
      if (!a) break;
      found.push(a);
      k++;
      if (t[k]?.text === ",") k++;
      if (t[k]?.fold === "and") k++;
    }
    return found.length && /^(countries|states|nations)$/.test(t[k]?.fold ?? "") ? { adjs: found, end: k + 1 } : undefined;
  };
  if (c.lang === "en") {
    // "leaders of the Group of 20", "representatives of Hamas", "ministers from Bulgaria and Hungary"
    if (t[i + 1]?.fold === "of" || t[i + 1]?.fold === "from") {
      const k = t[i + 2]?.fold === "the" ? i + 3 : i + 2;
      // (not "a delegation of the European Parliament's agriculture committee": the committee's people, see ownerAfter)
      if (orgAt(k) && POSSESSIVE_S.has(t[orgEnd(k)]?.fold ?? "")) return undefined;
      const org = orgAt(k);
      const countries = org ? undefined : countriesAt(k) ?? regionCountries(k);
      if (!org && !countries) return undefined;
      if (org) {
        adjs.push(org);
        hi = orgEnd(k);
      } else {
        adjs.push(...countries!.adjs);
        hi = countries!.end;
      }
      // "energy ministers from …": the portfolio before the noun
      portfolio = i - 1 >= sentenceStart ? c.portfolios.en.get(t[i - 1]!.fold) : undefined;
      if (portfolio) lo = i - 1;
    } else {
      let k = i - 1;
      portfolio = k >= sentenceStart ? c.portfolios.en.get(t[k]!.fold) : undefined;
      if (portfolio) k--;
      while (k >= sentenceStart) {
        const a = adjAt(k);
        if (!a) break;
        adjs.unshift(a.adj);
        lo = k;
        k--;
        if (k >= sentenceStart && (t[k]!.fold === "and" || t[k]!.text === ",") && adjAt(k - 1)) k--;
        else break;
      }
      if (!adjs.length || (!portfolio && adjs.length < 2) || nounLabel !== "ministers") return undefined;
    }
  } else {
    let k = i + 1;
    // "delegația Hamas", "liderii NATO": the noun followed by the organisation's name.
    const direct = ORG_GROUP_NOUNS.has(nounLabel) ? orgAt(k) : undefined;
    if (direct) {
      const m = makeMention(doc, i, orgEnd(k), t[i]!.sentence);
      markInside(i, orgEnd(k));
      m.kind = "group";
      m.via = "group";
      m.label = `${direct} ${nounLabel}`;
      return m;
    }
    const two = `${t[k]?.fold ?? ""} ${t[k + 1]?.fold ?? ""}`;
    if (c.portfolios.ro.get(two)) (portfolio = c.portfolios.ro.get(two)), (k += 2);
    else if (t[k] && c.portfolios.ro.get(t[k]!.fold)) (portfolio = c.portfolios.ro.get(t[k]!.fold)), k++;
    if (k < sentenceEnd && RO_OF.has(t[k]!.fold)) {
      k++;
      while (k < sentenceEnd && RO_STATES.has(t[k]!.fold)) k++;
      const org = orgAt(k);
      const countries = org ? undefined : countriesAt(k);
      if (org) {
        adjs.push(org);
        hi = orgEnd(k);
      } else if (countries) {
        adjs.push(...countries.adjs);
        hi = countries.end;
      }
    }
    if (!adjs.length && k > i + 1) {
      while (k < sentenceEnd) {
        const a = adjAt(k);
        if (!a) break;
        adjs.push(a.adj);
        hi = k + 1;
        k++;
        if (k < sentenceEnd && (t[k]!.fold === "si" || t[k]!.text === ",") && adjAt(k + 1)) k++;
        else break;
      }
    }
    // "miniștrii din țările nordice și baltice" names a set; "delegația rusă" stays as it was.
    if (!adjs.length || hi === i + 1 || (!portfolio && adjs.length < 2 && !RO_OF.has(t[i + 1]?.fold ?? ""))) return undefined;
  }
  markInside(lo, hi);
  const m = makeMention(doc, lo, hi, t[i]!.sentence);
  m.kind = "group";
  m.via = "group";
  const qual = adjs.length > 2 ? `${adjs.slice(0, -1).join(", ")} and ${adjs[adjs.length - 1]}` : adjs.join(" and ");
  m.label = `${qual} ${portfolio ? `${portfolio} ` : ""}${nounLabel}`;
  return m;
}

/** Group nouns in the singular, which name one person when a name follows. */
export const SINGULAR_NOUNS: ReadonlySet<string> = new Set(["counterpart", "official", "omologul", "omoloaga", "omologului", "oficialul", "reprezentantul"]);

/** A person's name right after `k`, past a comma and title words. */
function namedNext(tokens: Token[], k: number, limit: number, mentions: RawMention[], c: Compiled): boolean {
  if (tokens[k]?.text === ",") k++;
  // possessives and titles: "omologul său", "counterpart, Lieutenant General …"
  while (k < limit && tokens[k]!.type === "word" && (c.titleWords.has(tokens[k]!.fold) || POSSESSIVE_AFTER.has(tokens[k]!.fold) || c.demonyms.has(tokens[k]!.stem))) k++;
  if (tokens[k]?.text === ",") k++;
  return mentions.some((m) => m.tokStart === k && m.kind === "person");
}

/** Plurals of people by what they do or are, by the endings of agent nouns and a few more: "dealers", "importers",
 * "residents", "activists"; "importatori", "olari", "fermierii", "comercianților". */
const PEOPLE_PLURAL: Record<Lang, RegExp> = {
  en: /^\p{Ll}{3,}(?:ers|ors|ists|ents|ants)$/u,
  ro: /^\p{Ll}{3,}(?:tori|torii|torilor|sori|ari|arii|arilor|ieri|ierii|ierilor|isti|istii|istilor|anti|antii|antilor|enti|entii|entilor)$/u,
};
/** The last letters of those endings: a word that ends otherwise is no such plural (tested first, the pattern is slow to fail). */
const PEOPLE_PLURAL_LAST: Record<Lang, string> = { en: "s", ro: "ir" };
/** Such plurals that name things ("orders", "borders", "numbers"). */
const NOT_PEOPLE_WORDS = new Set(["others", "orders", "borders", "numbers", "letters", "matters", "waters", "papers", "powers", "centers", "centres", "offers", "answers", "layers", "barriers", "filters", "containers", "computers", "chambers", "quarters", "headquarters", "members", "liters", "litres", "figures", "factors", "sectors", "doctors", "motors", "errors", "colors", "colours", "mirrors", "floors", "doors", "corridors", "indicators", "operators", "tractors", "reactors", "vectors", "tori", "factori", "sectori", "motori", "senzori", "tractori", "vectori", "indicatori", "reactori", "coridori", "salari", "calendari",
  // (those present at a meeting, whoever they are: "Printre participanți s-au numărat …")
  "participants", "attendees", "participanti", "participantii", "participantilor", "prezenti", "invitati", "invitatii", "invitatilor"]);
/** … and the endings of more of them, Romanian ones with or without their article ("payments", "acumulatorii"). */
const NOT_PEOPLE_ENDINGS = /(ments|ings|events|grants|plants|restaurants|variants|pollutants|accents|cents|talents|patents|contents|incidents|accidents|solvents|currents|elements|arrangements|covers|encounters|aquifers|boilers|meters|represents|presents|prevents|invents|(versanti|scrisori|pajisti|garantii|acumulatori|calculatori|masuratori|generatori|transformatori|ventilatori|compresori|radiatori|separatori|televizori)(i|lor)?)$/;
/** People who report on others, the press's audience rather than actors ("told reporters"). */
const PRESS_PEOPLE = new Set(["reporters", "journalists", "jurnalisti", "jurnalistii", "jurnalistilor", "ziaristi", "ziaristii", "ziaristilor", "reporteri", "reporterii", "reporterilor"]);

/** Whether the word `t` is a plural of people named by what they do, who may act as a group ("farmers", "comercianții"). */
function isPeoplePlural(doc: Document, t: Token, c: Compiled): boolean {
  if (t.type !== "word" || !PEOPLE_PLURAL_LAST[c.lang].includes(t.fold.slice(-1)) || !PEOPLE_PLURAL[c.lang].test(t.fold) || NOT_PEOPLE_WORDS.has(t.fold) || NOT_PEOPLE_ENDINGS.test(t.fold) || PRESS_PEOPLE.has(t.fold)) return false;
  // (not the people of a body, "officials", "members": those are told with whose they are; nor holders of a title,
  // "presidents", "premierii")
  const noun = groupNounOf(c, t);
  const singular = c.lang === "en" ? t.fold.replace(/s$/, "") : t.fold.replace(/(ii|ilor)$/, "").replace(/i$/, "");
  const title = c.titleWords.has(t.fold) || c.titleWords.has(singular) || (c.titles.get(t.stem) ?? []).some((p) => p.parts.length === 1);
  if ((noun && OWNED_NOUNS.has(noun.label)) || title || c.stopwords.has(t.fold)) return false;
  if (c.lang === "en") return true;
  // ("consultări", "negocieri", "solicitări": Romanian plurals of actions end like agents' too, and a text written without
  // diacritics cannot tell "aplicari" from "proprietari")
  if (/ări(i|lor)?$/.test(t.text.toLowerCase()) || c.triggers.has(t.stem)) return false;
  if (/ari(i|lor)?$/.test(t.fold) && !hasDiacritics(doc)) return false;
  // ("intervenții", "garanții" are things; "comercianții", "studenții" are people, and the text says so by another form
  // of theirs, "comercianți", "studenților": a noun in "-ție" has "intervențiilor")
  const words = lowerCaseWordsOf(doc);
  return !/ntii$/.test(t.fold) || words.has(t.fold.slice(0, -1)) || words.has(`${t.fold.slice(0, -1)}lor`);
}

/**
 * "Fermierii au cerut …", "met residents on Monday", "the tanners say": people named by a plural of what they do, a group
 * of its own, kept only when it takes part in a meeting (`actorOnly`). Its inflected forms name the same group; in
 * English one or two lower-case words before it are part of its name ("seaweed farmers", "maple syrup makers").
 */
export function peopleByActivity(doc: Document, i: number, sentenceStart: number, c: Compiled, covered: Uint8Array): RawMention | undefined {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  if ((t.upper && i !== sentenceStart) || !isPeoplePlural(doc, t, c)) return undefined;
  let from = i;
  if (c.lang === "en") {
    const plain = (k: number): boolean => {
      const w = tokens[k];
      // (no verb of meeting: "Struthers-Kay met buyers")
      return k >= sentenceStart && !!w && !covered[k] && w.type === "word" && (!w.upper || k === sentenceStart) && !c.stopwords.has(w.fold) && !FUNCTION_WORDS.has(w.fold) && !/^\d/.test(w.text) && !/(ly|ing)$/.test(w.fold) && !c.verbTriggers.has(w.fold);
    };
    while (from > i - 2 && plain(from - 1)) from--;
    // (only where a noun phrase opens: at the sentence's start or after a determiner or a preposition, not "met buyers")
    const opener = tokens[from - 1];
    if (from < i && from !== sentenceStart && !(opener && (opener.type === "punct" || c.stopwords.has(opener.fold) || FUNCTION_WORDS.has(opener.fold)))) from = i;
  }
  // ("crescătorii de ovine", "proprietarii de teren", "medicii de familie": a Romanian "de" and a noun say of what)
  let to = i + 1;
  const of = tokens[i + 1];
  const what = tokens[i + 2];
  if (c.lang === "ro" && of?.fold === "de" && what && what.type === "word" && !what.upper && !c.stopwords.has(what.fold) && !/^\d/.test(what.text)) to = i + 3;
  const m = makeMention(doc, from, to, t.sentence);
  m.kind = "group";
  m.via = "group";
  m.actorOnly = true;
  m.label = peoplePluralLabel(t, c.lang);
  return m;
}

/** Whether a text writes Romanian diacritics at all. */
function hasDiacritics(doc: Document): boolean {
  let yes = withDiacritics.get(doc);
  if (yes === undefined) withDiacritics.set(doc, (yes = /[ăâîșşțţ]/i.test(doc.text)));
  return yes;
}
const withDiacritics = new WeakMap<Document, boolean>();

/** The plural without its Romanian article, capitalised: "fermierilor" → "Fermieri", "residents" → "Residents". */
function peoplePluralLabel(t: Token, lang: Lang): string {
  const word = t.text.toLowerCase();
  const bare = lang === "ro" ? word.replace(/ilor$/, "i").replace(/ii$/, "i") : word;
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

/**
 * People named by an agent noun and a demonym, a group: "Japanese dealers", "met Argentine importers", "Lebanese
 * distributors" (the demonym before, maybe one lower-case word between), "cumpărători ucraineni" (the demonym after).
 */
export function demonymAgents(doc: Document, i: number, sentenceStart: number, c: Compiled, covered: Uint8Array): RawMention | undefined {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  if (t.upper || !isPeoplePlural(doc, t, c)) return undefined;
  const demonymAt = (k: number): string | undefined => {
    const w = tokens[k];
    return w && k >= sentenceStart && covered[k] !== 1 && covered[k] !== 2 && w.type === "word" && (c.lang === "en") === w.upper ? c.demonyms.get(w.stem) : undefined;
  };
  let from = i;
  let to = i + 1;
  let country: string | undefined;
  if (c.lang === "en") {
    // ("Dutch horticultural buyers": one lower-case word may stand between)
    const before = tokens[i - 1];
    const modifier = !!before && before.type === "word" && !before.upper && !c.stopwords.has(before.fold) && !FUNCTION_WORDS.has(before.fold);
    country = demonymAt(i - 1);
    from = i - 1;
    if (!country && modifier) {
      country = demonymAt(i - 2);
      from = i - 2;
    }
  } else {
    country = demonymAt(i + 1);
    to = i + 2;
  }
  if (!country) return undefined;
  const m = makeMention(doc, from, to, t.sentence);
  m.kind = "group";
  m.via = "group";
  m.country = country;
  m.actorOnly = true;
  m.label = c.lang === "en" ? `${c.demonymEn.get(country) ?? tokens[from]!.text} ${tokens.slice(from + 1, to).map((w) => w.text).join(" ")}` : m.text;
  return m;
}

/** Romanian indefinite genitives: "reprezentanții unui cumpărător", "membrii unei asociații". */
const INDEFINITE_GENITIVES = new Set(["unui", "unei", "unor"]);

/** Group nouns that name the people of an organisation ("reprezentanți ai …", "members of …"; not "americanii"). */
const OWNED_NOUNS = new Set(["representatives", "officials", "members", "executives", "experts", "delegation", "leaders", "leadership", "team", "negotiators", "lawmakers", "diplomats", "advisers", "mayors", "chiefs", "commanders", "investigators", "envoys", "ambassadors", "administration"]);
/** Singular group nouns that take their owner's name right after them in Romanian ("delegația JICA", "echipa Comisiei"). */
const SINGULAR_OWNED = new Set(["delegation", "team"]);
/** Romanian words for "of" before an owner's name ("reprezentanți ai companiei …"). */
const RO_OWNER_OF = new Set(["ai", "ale", "al", "a"]);

/**
 * The organisation or place whose people the group noun at `i` names: "reprezentanți ai companiei X",
 * "oficiali ai prefecturii Osaka", "members of the Election Commission", "reprezentanții Seorim".
 * (at most two lower-case words that say what the owner is may stand before its name; no country: "officials of Turkey" are Turkish officials elsewhere)
 */
function ownerAfter(doc: Document, i: number, sentenceEnd: number, c: Compiled, mentions: RawMention[]): RawMention | undefined {
  const t = doc.tokens;
  // (a known town only after a word that says what of it: "oficiali ai prefecturii Osaka")
  // (a name only guessed to be a person's is an organisation here: "reprezentanți ai Carpatica Autobuze")
  // (… unless it opens with a given name, in Romanian in its genitive too: "echipa Simonei Lăzăreanu" is her team)
  const givenName = (m: RawMention): boolean => {
    const f = t[m.tokStart]!.fold;
    return m.tokEnd - m.tokStart > 1 && (c.givenNames.has(f) || (c.lang === "ro" && /ei$/.test(f) && c.givenNames.has(`${f.slice(0, -2)}a`)));
  };
  const ownerAt = (k: number, described: boolean): RawMention | undefined =>
    mentions.find((m) => m.tokStart === k && m.sentence === t[i]!.sentence && (m.kind === "organization" || (m.kind === "place" && (!m.kbId || described)) || (m.kind === "person" && m.kindSure === false && m.via === "discovered" && !givenName(m))));
  let k: number;
  if (c.lang === "ro" && RO_OWNER_OF.has(t[i + 1]?.fold ?? "")) k = i + 2;
  else if (c.lang === "en" && t[i + 1]?.fold === "of") k = t[i + 2]?.fold === "the" ? i + 3 : i + 2;
  // ("reprezentanții Seorim", "reprezentanții firmei Vlasia Construct", "delegația JICA", "echipa Comisiei": a definite
  // Romanian noun before the name, with no "ai"; not "conducerea X", which annotators leave to X)
  else if (c.lang === "ro" && (/(ii|ele)$/.test(t[i]!.fold) || (/(a|ul)$/.test(t[i]!.fold) && SINGULAR_OWNED.has(groupNounOf(c, t[i]!)?.label ?? "")))) k = i + 1;
  else return undefined;
  // (what the owner is may stand before its name: "companiei", "operatorului feroviar privat", "the Chinese company",
  // "Russia's": at most three such words)
  for (let n = 0; n <= 3 && k < sentenceEnd; n++) {
    const owner = ownerAt(k, n > 0);
    const w = t[k]!;
    // ("a delegation of the European Parliament's agriculture committee": the body after the possessive is the owner)
    const possessed = owner && POSSESSIVE_S.has(t[owner.tokEnd]?.fold ?? "") ? mentions.find((m) => m.kind === "organization" && m.tokStart > owner.tokEnd && m.tokStart <= owner.tokEnd + 3 && m.sentence === owner.sentence) : undefined;
    if (possessed) return possessed;
    if (owner && !(owner.kind !== "organization" && POSSESSIVE_S.has(t[owner.tokEnd]?.fold ?? ""))) return owner;
    if (owner && POSSESSIVE_S.has(t[owner.tokEnd]?.fold ?? "")) {
      k = owner.tokEnd + 1;
      continue;
    }
    const country = mentions.find((m) => m.tokStart === k && m.kind === "country" && POSSESSIVE_S.has(t[m.tokEnd]?.fold ?? ""));
    if (country) {
      k = country.tokEnd + 1;
      continue;
    }
    const demonym = w.upper && c.demonyms.has(w.stem);
    if (w.type !== "word" || (w.upper && !demonym) || NOT_OWNER_WORDS.has(w.fold)) return undefined;
    k++;
  }
  return undefined;
}

/**
 * Groups around a group noun at `i`: "delegația rusă", "oficiali ucraineni și europeni",
 * "Russian delegation", "European leaders", "oficiali din domeniul apărării".
 * "partea americană" / "the American side" stand for the country itself.
 */
export function groupsAt(
  doc: Document,
  i: number,
  sentenceStart: number,
  sentenceEnd: number,
  c: Compiled,
  covered: Uint8Array,
  mentions: RawMention[],
): RawMention[] {
  const tokens = doc.tokens;
  const noun = groupNounOf(c, tokens[i]!)!;
  // "guvernului sârb": one government is its country (the demonym says which), not a group
  if (c.lang === "ro" && noun.label === "governments" && !/(e|ele|elor)$/.test(tokens[i]!.fold)) return [];
  // "his Indian counterpart, General Rajiv Ghai", "omologul său, Andrii Sybiha": one person, named next.
  if (SINGULAR_NOUNS.has(tokens[i]!.fold) && namedNext(tokens, i + 1, sentenceEnd, mentions, c)) return [];
  const adjectives: { tok: number; country?: string; adj: string }[] = [];
  const modifiers: string[] = [];
  const adjAt = (k: number): { country?: string; adj: string; start?: number } | undefined => {
    const t = tokens[k];
    // "Southeast Asian leaders", "North African ministers": a region's adjective of two words
    if (t && c.lang === "en" && covered[k] === 2 && REGION_PARTS.has(tokens[k - 1]?.fold ?? "") && covered[k - 1] === 2) {
      const regional = c.cues.regionalAdjectives.get(t.stem) ?? (c.demonyms.has(t.stem) ? t.text : undefined);
      if (regional) return { adj: `${tokens[k - 1]!.text} ${t.text}`, start: k - 1 };
    }
    if (!t || t.type !== "word" || covered[k] === 1 || covered[k] === 2) {
      // English "U.S. officials", "Russian delegation" where the adjective is a KB country mention
      const m = mentions.find((x) => x.tokStart <= k && x.tokEnd > k && (x.kind === "country" || x.kind === "organization"));
      // (a name of several words is an adjective from its first word: "European Union foreign ministers")
      if (m && m.kbId && c.lang === "en" && m.kind === "country") return { country: m.kbId, adj: c.demonymEn.get(m.kbId) ?? m.text, start: m.tokStart };
      // "EU leaders" → European leaders, "NATO allies"
      if (m && m.kbId && c.lang === "en") return { adj: c.cues.regionalAdjectives.get(stem(fold(m.text), "en")) ?? m.text, start: m.tokStart };
      // "OEFA officials", "Lobito Atlantic Railway executives": an organisation's people (right before the noun, in no list of adjectives)
      if (m && c.lang === "en" && m.kind === "organization" && m.tokEnd === k + 1 && m.tokEnd === i) return { adj: m.label ?? m.text, start: m.tokStart };
      return undefined;
    }
    // ("South Korean officials": a demonym of two words starts one word earlier)
    const pair = k > sentenceStart ? demonymPair(c, tokens[k - 1]!, t) : undefined;
    if (pair) return { country: pair, adj: c.demonymEn.get(pair) ?? t.text, start: k - 1 };
    const country = c.demonyms.get(t.stem);
    if (country) return { country, adj: c.demonymEn.get(country) ?? t.text };
    const regional = c.cues.regionalAdjectives.get(t.stem);
    if (regional) return { adj: regional };
    return undefined;
  };
  const collective = collectiveGroup(doc, i, sentenceStart, sentenceEnd, c, mentions, noun.label, adjAt);
  if (collective) {
    for (let k = collective.tokStart; k < collective.tokEnd; k++) covered[k] = 1;
    return [collective];
  }
  if (c.lang === "ro") {
    let k = i + 1;
    while (k < sentenceEnd) {
      const a = adjAt(k);
      if (a) {
        adjectives.push({ tok: k, ...a });
        k++;
        const t = tokens[k];
        if (t && (t.fold === "si" || t.text === ",") && adjAt(k + 1)) k++;
        else break;
      } else break;
    }
  } else {
    // "ministry experts", "steel executives", "deputy ministers": one or two lower-case nouns may stand between the adjectives and the noun
    // (a portfolio or a word of the list: with no part-of-speech tagger an open word may be a verb, "Officials from Turkey met lawmakers")
    const modifierAt = (k: number): boolean => {
      const t = tokens[k];
      return !!t && k > sentenceStart && t.type === "word" && !t.upper && (c.portfolios.en.has(t.fold) || GROUP_MODIFIERS.has(t.fold));
    };
    const skip = adjAt(i - 1) ? 0 : modifierAt(i - 1) && adjAt(i - 2) ? 1 : modifierAt(i - 1) && modifierAt(i - 2) && adjAt(i - 3) ? 2 : 0;
    modifiers.push(...tokens.slice(i - skip, i).map((t) => t.text));
    let k = i - modifiers.length - 1;
    // "NATO's defence ministers", "Russia's negotiators": a possessive stands for the adjective (and the name acts only in the group)
    const possessor = POSSESSIVE_S.has(tokens[i - 1]?.text ?? "") ? i - 2 : POSSESSIVE_S.has(tokens[i - 2]?.text ?? "") && modifierAt(i - 1) ? i - 3 : -1;
    if (skip === 0 && possessor >= sentenceStart && adjAt(possessor)) {
      if (possessor === i - 3) modifiers.push(tokens[i - 1]!.text);
      k = possessor;
      for (const m of mentions) if (m.tokStart <= possessor && m.tokEnd > possessor) m.inGroup = true;
    }
    while (k >= sentenceStart) {
      const a = adjAt(k);
      if (!a) break;
      adjectives.unshift({ tok: a.start ?? k, ...a });
      k = (a.start ?? k) - 1;
      const t = tokens[k];
      if (t && (t.fold === "and" || t.text === ",") && adjAt(k - 1)) k--;
      else break;
    }
  }
  const out: RawMention[] = [];
  // "reprezentanți ai companiei Korea Hydro", "oficiali ai prefecturii Osaka", "members of the Election Commission",
  // "reprezentanții Seorim": people of an organisation (or of a place's authority), who act for it
  const owned = adjectives.length === 0 && OWNED_NOUNS.has(noun.label) ? ownerAfter(doc, i, sentenceEnd, c, mentions) : undefined;
  if (owned) {
    // (whose members or leaders they are is surely an organisation: "membri ai conducerii Doravia")
    // ("conducerii Poștei Române": the organisation's label declines its adjectives too, "Poșta Română")
    if (owned.kind === "person") {
      owned.kind = "organization";
      owned.label = labelOf(doc, owned.tokStart, owned.tokEnd, "organization", c);
    }
    if (owned.kind === "organization") owned.kindSure = true;
    const m = makeMention(doc, i, owned.tokEnd, tokens[i]!.sentence);
    m.kind = "group";
    m.via = "group";
    const ownerLabel = owned.kbId && !isAcronym(owned.text) ? c.kb.get(owned.kbId)?.label ?? owned.text : owned.label ?? owned.text;
    m.label = `${ownerLabel} ${noun.label}`;
    // (the organisation still takes part beside its people; "constructorului turc": the demonym still names Turkey)
    covered[i] = 1;
    return [m];
  }
  // "fermierii din județul Vaslui", "farmers from Vaslui County", "officials from Turkey": people named by where they come from
  if (adjectives.length === 0 && (tokens[i + 1]?.fold === "din" || tokens[i + 1]?.fold === "from")) {
    const k = tokens[i + 2]?.fold === "the" ? i + 3 : i + 2;
    // ("din județul Vaslui": a lower-case place head may stand before the name)
    const starts = c.placeHeads.before.has(tokens[k]?.fold ?? "") ? [k, k + 1] : [k];
    const where = mentions.find((x) => starts.includes(x.tokStart) && x.sentence === tokens[i]!.sentence && (x.kind === "place" || x.kind === "country"));
    if (where) {
      const m = makeMention(doc, i, where.tokEnd, tokens[i]!.sentence);
      m.kind = "group";
      m.via = "group";
      if (where.kind === "country" && where.kbId) {
        m.country = where.kbId;
        m.label = `${c.demonymEn.get(where.kbId) ?? where.text} ${noun.label}`;
      } else m.label = `${noun.label} from ${where.label ?? where.text}`;
      covered[i] = covered[i + 1] = 1;
      return [m];
    }
  }
  if (adjectives.length === 0 && c.lang === "ro") {
    // "experți militari", "lideri politici": a group named by a plain adjective
    const a = tokens[i + 1];
    // "primarii din zonă", "primarii din județ": local ones
    if (a?.fold === "din" && LOCAL_AREAS.has(tokens[i + 2]?.fold ?? "") ) {
      const m = makeMention(doc, i, i + 3, tokens[i]!.sentence);
      m.kind = "group";
      m.via = "group";
      m.label = `local ${noun.label}`;
      covered[i] = covered[i + 1] = covered[i + 2] = 1;
      return [m];
    }
    if (a && a.type === "word" && !a.upper && /(ari|ali|ici|ieni|eni|ani|esti|isti|iti|are|ale|ice|ene|ane)$/.test(a.fold) && a.fold.length > 5 && !NOT_GROUP_ADJ.has(a.fold)) {
      const m = makeMention(doc, i, i + 2, tokens[i]!.sentence);
      m.kind = "group";
      m.via = "group";
      // "experți militari" → "military experts" when the adjective is a common one, else the text itself
      const english = PLAIN_ADJ_EN[a.fold.replace(/[ie]$/, "")];
      m.label = english ? `${english} ${noun.label}` : m.text.toLowerCase();
      covered[i] = covered[i + 1] = 1;
      return [m];
    }
  }
  if (adjectives.length === 0) {
    // "NATO foreign ministers … a visit by the ministers", "liderii UE … liderii": the group named before
    // (not one whose owner follows, named anew: "reprezentanții unui cumpărător ucrainean", "the representatives of a buyer")
    const ownerFollows = INDEFINITE_GENITIVES.has(tokens[i + 1]?.fold ?? "") || (tokens[i + 1]?.fold === "of" && (tokens[i + 2]?.fold === "a" || tokens[i + 2]?.fold === "an"));
    const definitePlural = !ownerFollows && (c.lang === "en" ? tokens[i - 1]?.fold === "the" && /s$/.test(tokens[i]!.fold) : /(ii|le)$/.test(tokens[i]!.fold));
    // (the most mentioned such group, the latest on a tie)
    const before = definitePlural ? mentions.filter((m) => m.kind === "group" && m.sentence < tokens[i]!.sentence && (m.label ?? "").endsWith(` ${noun.label}`)) : [];
    const count = (label: string | undefined): number => before.filter((m) => m.label === label).length;
    const earlier = before.reduce<RawMention | undefined>((best, m) => (!best || count(m.label) >= count(best.label) ? m : best), undefined);
    if (earlier) {
      const m = makeMention(doc, i, i + 1, tokens[i]!.sentence);
      m.kind = "group";
      m.via = "group";
      m.label = earlier.label!;
      covered[i] = 1;
      return [m];
    }
    // "oficiali din domeniul apărării": a group named by what it does
    const a = tokens[i + 1];
    const b = tokens[i + 2];
    const d = tokens[i + 3];
    if (c.lang === "ro" && a?.fold === "din" && b?.fold === "domeniul" && d && d.type === "word") {
      const m = makeMention(doc, i, i + 4, tokens[i]!.sentence);
      m.kind = "group";
      m.via = "group";
      // "oficiali din domeniul apărării" → "defence officials"
      const portfolio = c.portfolios.ro.get(d.fold);
      m.label = portfolio ? `${portfolio} ${noun.label}` : m.text.toLowerCase();
      out.push(m);
    }
    return out;
  }
  const lo = Math.min(i, ...adjectives.map((a) => a.tok));
  const hi = Math.max(i, ...adjectives.map((a) => a.tok)) + 1;
  const nounLabel = [...modifiers, noun.label].join(" ");
  // "Egyptian, Qatari and Turkish mediators": go-betweens of several countries act as one party, and so do
  // people of one kind named by more than their noun ("Greek and Turkish deputy ministers", "… ministry experts").
  const sideNoun = /^(side|team|sides|party)$/.test(noun.label);
  if (adjectives.length > 1 && (JOINT_NOUNS.has(noun.label) || (modifiers.length > 0 && !sideNoun))) {
    const m = makeMention(doc, lo, hi, tokens[i]!.sentence);
    m.kind = "group";
    m.via = "group";
    const adjs = adjectives.map((a) => a.adj);
    m.label = `${adjs.length > 2 ? `${adjs.slice(0, -1).join(", ")} and ${adjs[adjs.length - 1]}` : adjs.join(" and ")} ${nounLabel}`;
    for (let k = lo; k < hi; k++) covered[k] = 1;
    return [m];
  }
  for (const a of adjectives) {
    const m = makeMention(doc, adjectives.length > 1 ? Math.min(i, a.tok) : lo, adjectives.length > 1 ? Math.max(i, a.tok) + 1 : hi, tokens[i]!.sentence);
    if (adjectives.length > 1) {
      m.start = tokens[lo]!.start;
      m.end = tokens[hi - 1]!.end;
      m.text = doc.text.slice(m.start, m.end);
    }
    if (sideNoun && a.country) {
      m.kind = "country";
      m.kbId = a.country;
      m.via = "kb";
    } else {
      m.kind = "group";
      m.via = "group";
      m.label = `${a.adj} ${nounLabel}`;
      if (a.country) m.country = a.country;
    }
    out.push(m);
  }
  for (let k = lo; k < hi; k++) covered[k] = 1;
  // ("OEFA officials": the discovered organisation is named in its people; it takes part beside them)
  for (const m of mentions) if (m.kind === "organization" && !m.kbId && m.tokStart >= lo && m.tokEnd <= hi) m.inGroup = true;
  return out;
}
