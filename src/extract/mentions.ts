// Finds the entity mentions of a document: knowledge-base names (with Romanian inflections),
// unknown names discovered from capitalisation and context, unnamed groups ("delegația rusă", found by
// groups.ts), and countries named only by an adjective ("premierul britanic").

import { baseForms, fold, stem, vowelRestored } from "../text/index.js";
import type { Document, EntityKind, Lang, Token } from "../types.js";
import { groupNounOf, NAME_PARTICLES, type AliasHit, type Compiled } from "./compile.js";
import type { PhraseHit } from "./match.js";
import type { LexTitle } from "../resources/schema.js";
import { findBodies } from "./bodies.js";
import { committees, lowerCaseCommittees } from "./committees.js";
import { demonymAgents, groupsAt, peopleByActivity } from "./groups.js";
import { AND, FUNCTION_WORDS, GENITIVE_ARTICLES, NOT_OWNER_WORDS, POSSESSIVE_S, SI, closedListEnd, feminineNominative, isDayWord, makeMention, writtenAlone } from "./words.js";

/** One mention before linking: where it is and what it may be. */
export interface RawMention {
  /** Token range `[tokStart, tokEnd)`. */
  tokStart: number;
  tokEnd: number;
  sentence: number;
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  /** KB id when the knowledge base knows it. */
  kbId?: string;
  /** Discovered names: the label to use (base form). */
  label?: string;
  /** Key of a country named by an adjective or of a group's country. */
  country?: string;
  via: "kb" | "surname" | "discovered" | "group" | "demonym" | "pronoun";
  /** A seat of power or capital used as the acting party (resolved to the entity it stands for). */
  actorFor?: string;
  /** Preceded by a place cue ("la", "în", "in", "at"). */
  afterPlaceCue: boolean;
  /** Discovered names: the kind comes from a cue (title, place word, "la"), not a default guess. */
  kindSure?: boolean;
  /** Part of a venue's description ("capitala Franței", "ambasada SUA din …"): names a place, not an actor. */
  inVenue?: boolean;
  /**
   * Part of a collective group's name ("NATO" in "NATO defence ministers", "Reserve Bank" in "Reserve Bank officials"):
   * no place; a country or a known body acts through the group, an organisation found in the text beside its people.
   */
  inGroup?: boolean;
  /** A longer name of the same entity, kept as an alias ("Palatul Administrativ din Baia Mare"). */
  alias?: string;
  /** Named by a common noun no list holds ("Japanese dealers"): an entity only when it takes part in a meeting. */
  actorOnly?: boolean;
  /** The key this mention links to, set by link.ts. */
  key?: string;
}

/** Title phrases found in the text ("președintele", "trimisul special"), used by roles and discovery. */
export type TitleHit = PhraseHit<LexTitle>;

const KIND_PRIORITY: EntityKind[] = ["country", "organization", "person", "place", "group"];
const ORG_CONNECTORS = new Set(["de", "al", "a", "ai", "ale", "si", "pentru", "of", "for", "and", "the", "on", "in", "din", "pe", "&"]);
/** Words that name a part of a region or place: "South American", "Southeast Asian", "Upper Nile", "Northern Mexico". */
export const REGION_PARTS = new Set([
  "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern", "eastern", "western",
  "northeastern", "northwestern", "southeastern", "southwestern", "central", "upper", "lower", "greater", "latin",
]);
const PERSON_CUES = new Set(["lui", "dl", "dl.", "dna", "dna.", "domnul", "doamna", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."]);

/** Romanian directions after a place's name ("Asia de Est", "Europa Centrală") and their English words. */
const RO_DIRECTIONS = new Map([
  ["est", "East"], ["vest", "West"], ["nord", "North"], ["sud", "South"],
  ["sud-est", "Southeast"], ["sud-vest", "Southwest"], ["nord-est", "Northeast"], ["nord-vest", "Northwest"],
]);
const RO_DIRECTION_ADJECTIVES = new Map([
  ["centrala", "Central"], ["centrale", "Central"], ["occidentala", "Western"], ["occidentale", "Western"], ["orientala", "Eastern"], ["orientale", "Eastern"],
]);

/** A direction right at `k` ("de Est", "de Sud-Est", "Centrală"): its end and English word. */
function roDirectionAfter(tokens: Token[], k: number, limit: number): { end: number; name: string } | undefined {
  if (k >= limit) return undefined;
  const t = tokens[k]!;
  const next = tokens[k + 1];
  const d = t.fold === "de" && k + 1 < limit && next!.upper ? RO_DIRECTIONS.get(next!.fold) : undefined;
  if (d) return { end: k + 2, name: d };
  const a = t.upper ? RO_DIRECTION_ADJECTIVES.get(t.fold) : undefined;
  return a ? { end: k + 1, name: a } : undefined;
}

/** Finds all mentions of `doc`; titles are found first since they are not names. */
export function findMentions(doc: Document, c: Compiled, titles: TitleHit[], dateTokens: Set<number>): RawMention[] {
  const tokens = doc.tokens;
  const covered = new Uint8Array(tokens.length);
  for (const t of titles) {
    // "the National Student Financial Aid Scheme": a capitalised word inside a name that only shares a title's stem
    // ("Aid", "aide") is the name's
    const inside = t.end - t.start === 1 && tokens[t.start]!.upper && tokens[t.start - 1]?.upper && tokens[t.start + 1]?.upper;
    if (inside && fold(t.value.form) !== tokens[t.start]!.fold) continue;
    // "the General Border Committee": a one-word title starting an organisation's name is part of that name
    if (t.end - t.start === 1 && doc.tokens[t.start]!.upper && orgNameAfter(tokens, t.end, doc.sentences[tokens[t.start]!.sentence]!.tokenEnd, covered, c)) continue;
    for (let i = t.start; i < t.end; i++) covered[i] = 2;
  }
  for (const i of dateTokens) covered[i] = 2;
  const mentions: RawMention[] = [];

  for (const s of doc.sentences) {
    // 1. Knowledge-base names, longest first.
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      // ("el-Sisi", "al-Jubeir": an Arabic particle written onto a name starts it in lower case)
      if (t.type !== "word" || (!t.upper && !ATTACHED_PARTICLE.test(t.text)) || covered[i]) continue;
      const hit = matchAlias(tokens, i, s.tokenEnd, c);
      if (!hit) continue;
      // "Osei" is no "OSA", "Ue" no "UE": a short acronym names only a word in capitals ("UE-ul" too)
      if (hit.end - hit.start === 1 && hit.hits.every((h) => h.acronym) && !isAcronym(tokens[hit.start]!.text.split("-")[0]!)) continue;
      // "Costa Rican", "Sri Lankan": the first word of a two-word demonym is no name of its own
      if (hit.end - hit.start === 1 && tokens[hit.end] && demonymPair(c, tokens[hit.start]!, tokens[hit.end]!)) continue;
      const m = makeMention(doc, hit.start, hit.end, s.index);
      const chosen = chooseHit(hit.hits);
      // "Ivanka Trump", "Marina Silva": a surname after an unknown given name is someone else's name.
      // (also when the knowledge base lists the surname as an alias of its own: "Vance" of JD Vance)
      const oneWordName = chosen.surname || (chosen.kind === "person" && hit.end - hit.start === 1);
      if (oneWordName && hit.hits.length === 1 && givenNameBefore(tokens, hit.start, s.tokenStart, covered, c)) continue;
      // "Wang Wentao", "Kim Min-seok": a surname before an unknown given name is someone else's name too.
      if (chosen.surname && hit.hits.length === 1 && hit.end - hit.start === 1 && givenNameAfter(tokens, hit.end, s.tokenEnd, covered, c)) continue;
      // "A DGERT mediator, Sofia Carvalhido", "Mayor Florence Dubois": after a title, a town's or country's name before an
      // unknown capitalised word is a given name
      if (hit.end - hit.start === 1 && (chosen.kind === "place" || chosen.kind === "country") && titleRightBefore(tokens, hit.start, titles) && givenNameAfter(tokens, hit.end, s.tokenEnd, covered, c) && !tokens[hit.end + 1]?.upper) continue;
      // "West Tanavu", "East Java": a known direction ("the West") before a name starts that name
      const next = tokens[hit.end];
      if (hit.end - hit.start === 1 && c.nameHeads.placeFirst.has(t.fold) && next?.upper && next.type === "word" && next.sentence === s.index && !covered[hit.end]) continue;
      // "Forest Watch Indonesia", "Transparency International Romania": a country right after two unknown capitalised
      // words ends an organisation's name (no person's name runs on into a country)
      if (chosen.kind === "country" && hit.start - 2 >= s.tokenStart && [hit.start - 2, hit.start - 1].every((k) => unknownNameWord(tokens[k]!, k, covered, c, s.tokenStart))) continue;
      // "Administrației Prezidențiale ucrainene": a body the KB places in one country, said of another, is that other's
      const home = c.kb.get(chosen.id)?.country;
      const said = tokens[hit.end] ? demonymCountry(tokens[hit.end]!, c) : undefined;
      if (chosen.kind === "organization" && home && said && said !== home) continue;
      // … and "the Cambodian Senate" is no US Senate: the demonym stands before in English
      const saidBefore = c.lang === "en" && tokens[hit.start - 1]?.upper ? demonymCountry(tokens[hit.start - 1]!, c) : undefined;
      if (chosen.kind === "organization" && home && saidBefore && saidBefore !== home) continue;
      // "OSCE Ministerial Council", "NATO Parliamentary Assembly": a known name before an organisation's head is part of another name.
      // "Asociației Fructe Moldova", "Fundația Viitorul Europei": a Romanian organisation's name runs on over a known name
      // ("Comisiei Dunării", "Tribunalul București", "Baroului Cluj": a known place of one word right after a body's head)
      // ("Oficiului Uniunii Europene pentru Proprietate Intelectuală", "Agenția Uniunii Europene pentru Azil": a known body
      // in the genitive right after another body's head is part of that body's name)
      const headBefore = tokens[hit.start - 1];
      if (c.lang === "ro" && chosen.kind === "organization" && hit.end - hit.start > 1 && headBefore?.upper && hit.start - 1 > s.tokenStart && !covered[hit.start - 1] && GENITIVE_END.test(tokens[hit.start]!.fold) && isOrgHead(headBefore, c)) continue;
      const genitivePlace = chosen.kind === "place" && hit.end - hit.start === 1;
      if (c.lang === "ro" && (chosen.kind === "country" || chosen.kind === "place") && orgNameBefore(tokens, hit.start, s.tokenStart, c, covered, genitivePlace)) continue;
      // ("the Horn of Africa Peace Institute", "Balkan Peninsula Research Centre": a place's name may begin one too)
      // ("the New Zealand Nurses Organisation": a country's name of two words too)
      if (c.lang === "en" && (hit.end - hit.start === 1 || chosen.kind === "place" || chosen.kind === "country") && (chosen.kind === "organization" || chosen.kind === "country" || chosen.kind === "place") && orgNameAfter(tokens, hit.end, s.tokenEnd, covered, c)) continue;
      // ("the Paternoster Club Praha", "Dinamo Club Moscow": a known town right after the head of an organisation's name
      // ends that name)
      const orgHead = tokens[hit.start - 1];
      if (c.lang === "en" && (chosen.kind === "place" || chosen.kind === "country") && hit.end - hit.start === 1 && orgHead?.upper && hit.start - 1 > s.tokenStart && !covered[hit.start - 1] && c.orgWords.has(orgHead.fold)) continue;
      // ("the State Department for Transport": a known body's name that goes on with "for" and a capitalised word is another's)
      if (c.lang === "en" && chosen.kind === "organization" && tokens[hit.end]?.fold === "for" && tokens[hit.end + 1]?.upper && tokens[hit.end + 1]!.type === "word" && !covered[hit.end + 1]) continue;
      // "the Lombardy regional government", "the Freising district office": a known place before a lower-case head of a
      // body is that body's name
      if (c.lang === "en" && chosen.kind === "place" && c.nameHeads.orgAfter.some((h) => h.every((w, j) => tokens[hit.end + j]?.fold === w && !tokens[hit.end + j]!.upper))) continue;
      // "the National Electric Grid of Kyrgyzstan", "the Mineworkers Union of Zambia": a country after "of" and an
      // organisation's head the knowledge base does not hold ends that organisation's name
      // (and so does a town: "the University of Vienna", "the Archdiocese of Munich and Freising")
      const ofHead = tokens[hit.start - 2];
      if (c.lang === "en" && (chosen.kind === "country" || chosen.kind === "place") && tokens[hit.start - 1]?.fold === "of" && ofHead?.upper && !covered[hit.start - 2] && hit.start - 2 >= s.tokenStart && (c.orgWords.has(ofHead.fold) || c.nameHeads.companyEnds.has(ofHead.fold))) continue;
      // "Upper Nile", "Northern Mexico", "Greater Khorasan": a part of a known place or country is a place of its own
      const part = tokens[hit.start - 1];
      if (c.lang === "en" && (chosen.kind === "place" || chosen.kind === "country") && part?.upper && hit.start - 1 >= s.tokenStart && !covered[hit.start - 1] && REGION_PARTS.has(part.fold)) {
        const region = placeMention(doc, hit.start - 1, hit.end, s.index, s.tokenStart, c);
        region.label = region.text;
        mentions.push(region);
        for (let k = hit.start - 1; k < hit.end; k++) covered[k] = 1;
        i = hit.end - 1;
        continue;
      }
      // "Asia de Est", "Europa Centrală": a direction after a known place or country names a region of it
      const direction = c.lang === "ro" && (chosen.kind === "place" || chosen.kind === "country") ? roDirectionAfter(tokens, hit.end, s.tokenEnd) : undefined;
      if (direction) {
        const region = placeMention(doc, hit.start, direction.end, s.index, s.tokenStart, c);
        region.label = `${direction.name} ${c.kb.get(chosen.id)?.label ?? region.text}`;
        mentions.push(region);
        for (let k = hit.start; k < direction.end; k++) covered[k] = 1;
        i = direction.end - 1;
        continue;
      }
      // "Autostrada Moldovei", "Podul Prieteniei": a place head before a name makes one place name.
      const head = tokens[hit.start - 1];
      if (head && hit.start - 1 > s.tokenStart && head.upper && !covered[hit.start - 1] && c.placeHeads.named.has(head.fold)) continue;
      // ("la Casa Luxemburg": a house after a place cue is a building named after the place)
      if (c.lang === "ro" && head && head.upper && !covered[hit.start - 1] && HOUSE_HEADS.has(head.fold) && afterPlaceCue(tokens, hit.start - 1, s.tokenStart, c)) continue;
      m.kind = chosen.kind;
      m.kbId = chosen.id;
      m.via = chosen.surname ? "surname" : "kb";
      // ("the Colombian Caribbean city of Santa Marta": a place head before a known place cues it too)
      m.afterPlaceCue = afterPlaceCue(tokens, hit.start, s.tokenStart, c) || (chosen.kind === "place" && venueHeadBefore(tokens, hit.start, c));
      // "Vizita Ursulei von der Leyen", "visited Putin": after a word of visiting a person is who visits or is visited
      if (chosen.kind === "person" && VISIT_WORDS.has(tokens[hit.start - 1]?.fold ?? "")) m.afterPlaceCue = false;
      const entry = c.kb.get(chosen.id);
      // "the Budapest idea", "the Moscow talks": a city as a modifier is neither actor nor venue.
      const modifier = c.lang === "en" && tokens[hit.start - 1]?.fold === "the" && !!entry?.standsFor && c.capitals.has(chosen.id);
      if (entry?.standsFor && !m.afterPlaceCue && !modifier) m.actorFor = entry.standsFor;
      mentions.push(m);
      for (let k = hit.start; k < hit.end; k++) covered[k] = 1;
      i = hit.end - 1;
    }
    // 1b. "Comisia pentru sănătate și familie a Camerei Deputaților": a Romanian committee named by lower-case words
    // ("the labour committee of the Assembly of the Republic", "a joint technical committee": an English one too)
    for (const m of c.lang === "ro" ? committees(doc, s.tokenStart, s.tokenEnd, covered) : lowerCaseCommittees(doc, s.tokenStart, s.tokenEnd, covered, c)) mentions.push(m);
    // 2. Unknown names: runs of capitalised words (English demonyms like "Russian" are adjectives).
    if (c.lang === "en") {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = tokens[i]!;
        // "South Korean", "North Korean", "New Zealand": a demonym of two words
        const prev = tokens[i - 1];
        if (!covered[i] && t.upper && prev?.upper && !covered[i - 1] && i - 1 >= s.tokenStart && demonymPair(c, prev, t)) {
          // ("the New Zealand Nurses Organisation": before a body the KB does not hold, part of its name)
          if (!orgNameAfter(tokens, i + 1, s.tokenEnd, covered, c, demonymPair(c, prev, t))) covered[i - 1] = covered[i] = 3;
          continue;
        }
        // "Ukrainian Navy", "Russian Armed Forces": a demonym before a military branch is that branch's name
        if (!covered[i] && t.upper && c.demonyms.has(t.stem) && MILITARY_HEADS.has(tokens[i + 1]?.fold ?? "") && tokens[i + 1]!.upper) continue;
        // "the Cambodian Senate", "the Thai Foreign Ministry": a demonym before a body the KB does not hold is part of its name
        if (!covered[i] && t.upper && c.demonyms.has(t.stem) && orgNameAfter(tokens, i + 1, s.tokenEnd, covered, c, c.demonyms.get(t.stem))) continue;
        // "EU Chamber of Commerce": a regional name before an organisation's head is part of its name
        if (!covered[i] && t.upper && c.cues.regionalAdjectives.has(t.stem) && !c.demonyms.has(t.stem) && orgNameAfter(tokens, i + 1, s.tokenEnd, covered, c)) continue;
        // "the Grand Ethiopian Renaissance Dam", "Transparency International Romania": a demonym or a regional adjective
        // between two capitalised words of an unknown name is part of it
        const next = tokens[i + 1];
        if (!covered[i] && t.upper && (c.demonyms.has(t.stem) || c.cues.regionalAdjectives.has(t.stem)) && i - 1 > s.tokenStart && prev && next && unknownNameWord(prev, i - 1, covered, c, s.tokenStart) && unknownNameWord(next, i + 1, covered, c, s.tokenStart)) continue;
        if (!covered[i] && t.upper && (c.demonyms.has(t.stem) || c.cues.regionalAdjectives.has(t.stem))) {
          // "South American", "North African": a region's adjective, no country and no name.
          if (REGION_PARTS.has(tokens[i - 1]?.fold ?? "") && tokens[i - 1]!.upper && !covered[i - 1]) covered[i - 1] = covered[i] = 2;
          else covered[i] = 3;
        }
      }
    }
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.type !== "word" || !t.upper || covered[i]) continue;
      // "Reprezentanții Federației Sindicatelor din Educație …": a Romanian sentence's opening plural is no part of the name after it
      if (i === s.tokenStart && c.lang === "ro" && tokens[i + 1]?.upper && !c.orgWords.has(t.fold) && (!!groupNounOf(c, t) || /(iile|urile|ele|ii)$/.test(t.fold))) continue;
      const commonFirst = i === s.tokenStart && c.lang === "en" && !seenCapitalisedElsewhere(doc, i);
      const end = discoverRun(tokens, i, s.tokenEnd, covered, c, commonFirst);
      if (end <= i) continue;
      const venueEnd = end + venueHeadAfter(tokens, end, s.tokenEnd, c);
      // (a name before a lower-case head starts after the sentence's opening article: "The Qoriwayra mine")
      const headedFrom = end - i > 1 && c.stopwords.has(t.fold) ? i + 1 : i;
      // ("The cooperative has proposed …", "The guest house": a sentence's opening article alone names nothing)
      const articleOnly = end - i === 1 && c.stopwords.has(t.fold);
      // "the Kairakoski herding cooperative", "the Sodankylä municipal council": a lower-case head makes an organisation's name
      // (before a venue's head: "the Freising district office" is no district)
      const orgHead = c.lang === "en" && !isAcronym(t.text) && !articleOnly ? c.nameHeads.orgAfter.find((h) => h.every((w, j) => tokens[end + j]?.fold === w && !tokens[end + j]!.upper)) : undefined;
      if (orgHead) {
        const m = makeMention(doc, headedFrom, end + orgHead.length, s.index);
        m.kind = "organization";
        m.kindSure = true;
        m.label = m.text;
        mentions.push(m);
        for (let k = i; k < end + orgHead.length; k++) covered[k] = 1;
        i = end + orgHead.length - 1;
        continue;
      }
      if (venueEnd > end && !isAcronym(t.text) && !articleOnly) {
        // "the Al Noor guest house", "the Santamar convention centre": the lower-case head is part of the venue's name
        mentions.push(placeMention(doc, headedFrom, venueEnd, s.index, s.tokenStart, c));
        for (let k = i; k < venueEnd; k++) covered[k] = 1;
        i = venueEnd - 1;
        continue;
      }
      // "pe bulevardul Nicolae Titulescu", "strada Morilor": a Romanian street's lower-case noun is part of its name
      const street = tokens[i - 1];
      if (c.lang === "ro" && i > s.tokenStart && street?.type === "word" && !street.upper && !covered[i - 1] && c.placeHeads.streets.has(street.fold)) {
        const m = makeMention(doc, i - 1, end, s.index);
        m.kind = "place";
        m.kindSure = true;
        const name = doc.text.slice(t.start, tokens[end - 1]!.end);
        const english = STREET_NOUNS.get(street.fold);
        // ("strada Livezilor" → Livezilor Street, as a street's English name; "Calea Victoriei" stays as written)
        m.label = english ? `${name} ${english}` : `${street.text[0]!.toUpperCase()}${street.text.slice(1)} ${name}`;
        mentions.push(m);
        for (let k = i - 1; k < end; k++) covered[k] = 1;
        i = end - 1;
        continue;
      }
      // "Federația Sindicatelor din Educație „Spiru Haret”", "Casa de Cultură „Traian Demetrescu”": a quoted name ends an
      // organisation's or a building's ("Universității „Alexandru Ioan Cuza”": a body's head alone is its name then)
      const quotedEnd = quotedNameEnd(tokens, end, s.tokenEnd);
      let m = classify(doc, i, end, s.index, s.tokenStart, c, titles);
      if (!m && quotedEnd > end && end - i === 1 && isOrgHead(t, c)) {
        m = makeMention(doc, i, end, s.index);
        m.kindSure = true;
        m.label = labelOf(doc, i, end, "organization", c);
      }
      const quoted = m?.kind === "organization" || m?.kind === "place" ? quotedEnd : end;
      if (m && quoted > end) {
        const name = doc.text.slice(tokens[end]!.start, tokens[quoted - 1]!.end);
        m.tokEnd = quoted;
        m.end = tokens[quoted - 1]!.end;
        m.text = doc.text.slice(m.start, m.end);
        m.label = `${m.label ?? doc.text.slice(m.start, tokens[end - 1]!.end)} ${name}`;
      }
      if (m) {
        mentions.push(m);
        for (let k = i; k < quoted; k++) covered[k] = 1;
      }
      i = quoted - 1;
    }
    // 3. Working bodies, groups and adjective-only countries.
    for (const b of findBodies(doc, s.tokenStart, s.tokenEnd, c, covered, mentions, (a, b) => makeMention(doc, a, b, s.index))) mentions.push(b);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if (t.type !== "word") continue;
      const noun = groupNounOf(c, t);
      // "defence ministers", "opposition leaders" are read as titles; in the plural they name a group.
      if (covered[i] === 1 || (covered[i] === 2 && !(noun && (c.lang === "en" ? /s$/.test(t.fold) : /(ii|ilor|ele|elor|tri)$/.test(t.fold))))) continue;
      if (noun) {
        const found = groupsAt(doc, i, s.tokenStart, s.tokenEnd, c, covered, mentions);
        mentions.push(...found);
        // ("the farmers met …": a group noun with no one to own it names people by what they do)
        const people = found.length === 0 && !covered[i] ? peopleByActivity(doc, i, s.tokenStart, c, covered) : undefined;
        if (people) {
          mentions.push(people);
          for (let k = people.tokStart; k < people.tokEnd; k++) covered[k] = 1;
        }
        continue;
      }
      // "Japanese dealers", "Argentine importers", "cumpărători ucraineni": people named by what they do and where from
      const agents = covered[i] ? undefined : demonymAgents(doc, i, s.tokenStart, c, covered) ?? peopleByActivity(doc, i, s.tokenStart, c, covered);
      if (agents) {
        mentions.push(agents);
        for (let k = agents.tokStart; k < agents.tokEnd; k++) covered[k] = 1;
      }
    }
    mentions.push(...hyphenatedCountries(doc, c, s.tokenStart, s.tokenEnd, covered));
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const t = tokens[i]!;
      if ((covered[i] && covered[i] !== 3) || t.type !== "word") continue;
      const prev = tokens[i - 1];
      const pair = i > s.tokenStart && (!covered[i - 1] || covered[i - 1] === 3) && !!prev && !!demonymPair(c, prev, t);
      for (const country of demonymCountries(t, c, i > s.tokenStart ? prev : undefined)) {
        const m = makeMention(doc, pair ? i - 1 : i, i + 1, s.index);
        m.kind = "country";
        m.kbId = country;
        m.via = "demonym";
        mentions.push(m);
      }
    }
  }
  palacesNamedAfterPlaces(doc, c, mentions);
  if (c.lang === "ro") bracketedAcronymPlace(doc, mentions);
  if (c.lang === "ro") bodiesOfKnownOrganisations(doc, c, mentions);
  if (c.lang === "ro") bodiesBeforeAcronyms(doc, c, mentions);
  if (c.lang === "ro") bodiesOfTheHomeCountry(c, mentions);
  placesListedWithPlaces(doc, c, mentions);
  placesAfterTheirNoun(doc, c, mentions);
  mentions.push(...venues(doc, c, mentions));
  townHallsOfTheTown(doc, c, mentions);
  if (c.lang === "en") agenciesNamedAfterPlaces(doc, c, mentions);
  streetsNamedTogether(doc, mentions);
  sourceAgency(doc, mentions);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  if (c.lang === "ro") addLocators(doc, mentions);
  return mentions;
}

/**
 * "the Palais de Lomé", "Palacio de Santiago", "Château de Versailles": a building's word of another language, "de" and a
 * known town or country make one venue's name (the town alone was matched, and the building's word read as a name of its
 * own).
 */
function palacesNamedAfterPlaces(doc: Document, c: Compiled, mentions: RawMention[]): void {
  const t = doc.tokens;
  for (const place of [...mentions]) {
    if (!place.kbId || (place.kind !== "place" && place.kind !== "country")) continue;
    const building = t[place.tokStart - 2];
    if (!ROMANCE_OF.has(t[place.tokStart - 1]?.fold ?? "") || !building?.upper || !c.nameHeads.placeFirst.has(building.fold) || building.sentence !== place.sentence) continue;
    const venue = makeMention(doc, place.tokStart - 2, place.tokEnd, place.sentence);
    venue.kind = "place";
    venue.kindSure = true;
    venue.afterPlaceCue = afterPlaceCue(t, place.tokStart - 2, doc.sentences[place.sentence]!.tokenStart, c);
    venue.label = venue.text;
    for (const m of mentions.filter((x) => x.tokStart >= place.tokStart - 2 && x.tokEnd <= place.tokEnd)) mentions.splice(mentions.indexOf(m), 1);
    mentions.push(venue);
  }
}
/** "de", "du", "di", "del": "of" in a Romance language's name of a building. */
const ROMANCE_OF = new Set(["de", "du", "di", "del", "della", "do", "da"]);

/**
 * "reuniunea trilaterală România-Moldova-Ucraina", "a Romania-Moldova-Ukraine meeting": a word of known countries joined by
 * hyphens names each of them (the word is one token: each country's mention is its own part of it).
 */
function hyphenatedCountries(doc: Document, c: Compiled, from: number, to: number, covered: Uint8Array): RawMention[] {
  const out: RawMention[] = [];
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i]!;
    if (covered[i] || !t.upper || t.type !== "word" || !t.text.includes("-")) continue;
    const parts = t.text.split("-");
    const countries = parts.map((p) => c.aliases.get(fold(p))?.find((h) => h.kind === "country" && !h.acronym)?.id);
    if (parts.length < 2 || countries.some((id) => id === undefined)) continue;
    let start = t.start;
    parts.forEach((part, k) => {
      const m = makeMention(doc, i, i + 1, t.sentence);
      m.start = start;
      m.end = start + part.length;
      m.text = part;
      m.kind = "country";
      m.kbId = countries[k];
      m.via = "kb";
      out.push(m);
      start += part.length + 1;
    });
    covered[i] = 1;
  }
  return out;
}

/**
 * "Consiliul Permanent al OSCE", "Adunarea Parlamentară a NATO", "Secretariatul General al ONU": a body named by its head
 * and a few words, then the genitive article and an organisation of the knowledge base, is one body of that organisation,
 * named with it ("Consiliul Permanent" alone would be any permanent council).
 */
function bodiesOfKnownOrganisations(doc: Document, c: Compiled, mentions: RawMention[]): void {
  const t = doc.tokens;
  const byStart = new Map(mentions.map((m) => [m.tokStart, m] as const));
  for (const body of [...mentions]) {
    // (not a committee, whose body is kept in its alias: "Comisia pentru agricultură a Camerei Deputaților")
    if (body.kind !== "organization" || body.kbId || body.alias || body.tokEnd - body.tokStart > 3 || !c.orgWords.has(t[body.tokStart]!.fold)) continue;
    if (!GENITIVE_ARTICLES.has(t[body.tokEnd]?.fold ?? "")) continue;
    const owner = byStart.get(body.tokEnd + 1);
    if (!owner || owner.kind !== "organization" || !owner.kbId || owner.sentence !== body.sentence) continue;
    const whole = makeMention(doc, body.tokStart, owner.tokEnd, body.sentence);
    whole.kind = "organization";
    whole.kindSure = true;
    whole.label = `${body.label ?? body.text} ${t[body.tokEnd]!.text} ${owner.text}`;
    mentions.splice(mentions.indexOf(body), 1, whole);
    // (the organisation stays a name of its own, but the body acts, not it)
    owner.inGroup = true;
  }
}

/**
 * "Consiliul OCDE", "Secretariatul NATO": a Romanian body's capitalised head right before a known organisation's
 * acronym is that organisation's body, named in English ("OECD Council"); the organisation stays a name of its own.
 */
function bodiesBeforeAcronyms(doc: Document, c: Compiled, mentions: RawMention[]): void {
  const t = doc.tokens;
  const byStart = new Map(mentions.map((m) => [m.tokStart, m] as const));
  for (let i = 0; i < t.length - 1; i++) {
    const head = BODY_HEADS_RO.get(t[i]!.fold);
    const owner = head && t[i]!.upper ? byStart.get(i + 1) : undefined;
    if (!owner || owner.kind !== "organization" || !owner.kbId || !isAcronym(owner.text) || byStart.get(i)) continue;
    const label = c.kb.get(owner.kbId)?.label;
    if (!label) continue;
    owner.inGroup = true;
    mentions.push(bodyMention(doc, i, owner.tokEnd, { label: `${label} ${head}` }));
  }
}
const BODY_HEADS_RO: ReadonlyMap<string, string> = new Map([
  ["consiliul", "Council"], ["consiliului", "Council"], ["secretariatul", "Secretariat"], ["secretariatului", "Secretariat"],
  ["comitetul", "Committee"], ["comitetului", "Committee"], ["adunarea", "Assembly"], ["adunarii", "Assembly"],
]);

/**
 * "Direcției Sanitare Veterinare și pentru Siguranța Alimentelor (DSVSA) Vaslui", "Oficiul de Cadastru și Publicitate
 * Imobiliară (OCPI) Olt": a Romanian body's name told with its acronym in brackets runs on over the county or town
 * right after them (one office of a national network), and "DSVSA Vaslui" names it too. The county's own mention goes.
 */
function bracketedAcronymPlace(doc: Document, mentions: RawMention[]): void {
  const t = doc.tokens;
  const byStart = new Map(mentions.map((m) => [m.tokStart, m] as const));
  const merged = new Set<RawMention>();
  for (const m of mentions) {
    if (m.kind !== "organization" || t[m.tokEnd]?.text !== "(" || t[m.tokEnd + 2]?.text !== ")" || !isAcronym(t[m.tokEnd + 1]!.text)) continue;
    const place = byStart.get(m.tokEnd + 3);
    const after = place ? t[place.tokEnd] : undefined;
    if (!place || place.sentence !== m.sentence || place.tokEnd - place.tokStart !== 1 || (place.kind !== "place" && !(place.kind === "organization" && place.via === "discovered"))) continue;
    if (after?.upper && after.type === "word") continue;
    const acronym = t[m.tokEnd + 1]!.text;
    m.tokEnd = place.tokEnd;
    m.end = place.end;
    m.text = doc.text.slice(m.start, m.end);
    m.label = `${m.label ?? m.text} ${place.label ?? place.text}`;
    m.alias = `${acronym} ${place.text}`;
    merged.add(place);
  }
  for (let k = mentions.length - 1; k >= 0; k--) if (merged.has(mentions[k]!)) mentions.splice(k, 1);
}

/**
 * A Romanian venue is also named with where it stands: "Palatul Administrativ din Baia Mare",
 * "sediul Ministerului Energiei de pe Calea Victoriei". That longer name becomes an alias of the
 * venue (the town or street stays an entity of its own). Mentions are sorted by start.
 */
function addLocators(doc: Document, mentions: RawMention[]): void {
  const t = doc.tokens;
  const startingAt = new Map(mentions.map((m) => [m.tokStart, m] as const));
  for (const venue of mentions) {
    if (venue.kind !== "place" || venue.kbId || venue.tokEnd - venue.tokStart < 2 || !t[venue.tokStart]!.upper && !/^sediul/.test(t[venue.tokStart]!.fold)) continue;
    const k = venue.tokEnd;
    const link = t[k]?.fold === "din" ? 1 : t[k]?.fold === "de" && (t[k + 1]?.fold === "pe" || t[k + 1]?.fold === "la") ? 2 : 0;
    const where = link ? startingAt.get(k + link) : undefined;
    if (where?.kind === "place" && where.sentence === venue.sentence) venue.alias = doc.text.slice(venue.start, where.end);
  }
}

/** Lower-case heads that are part of a place's name, and the English label they give it. */
const PLACE_HEAD_LABELS: Record<string, (name: string) => string> = {
  palatul: (n) => `${n} Palace`,
  palatului: (n) => `${n} Palace`,
  parcul: (n) => `${n} Park`,
  parcului: (n) => `${n} Park`,
  judetul: (n) => `${n} County`,
  judetului: (n) => `${n} County`,
  insula: (n) => `${n} Island`,
  insulei: (n) => `${n} Island`,
  aeroportul: (n) => `${n} Airport`,
  aeroportului: (n) => `${n} Airport`,
  baza: (n) => `${n} Base`,
  bazei: (n) => `${n} Base`,
  castelul: (n) => `${n} Castle`,
  castelului: (n) => `${n} Castle`,
  portul: (n) => `Port of ${n}`,
  portului: (n) => `Port of ${n}`,
};
const CAPITAL_WORDS = new Set(["capitala", "capitalei", "capital"]);
const EMBASSY_WORDS = new Set(["ambasada", "ambasadei", "ambasadă", "embassy"]);
/** "sediul" / "headquarters": the seat of an organisation, a venue named after it. */
/** A country's bodies named by a head before the country: "Guvernul Greciei" → Government of Greece. */
// (a Map: looked up for every capitalised word, and an object indexed by a token's string was the slower lookup)
export const COUNTRY_BODIES: ReadonlyMap<string, string> = new Map(Object.entries({
  guvernul: "Government", guvernului: "Government", executivul: "Government", executivului: "Government",
  parlamentul: "Parliament", parlamentului: "Parliament",
}));
const HQ_WORDS = new Set(["sediul", "sediului", "headquarters", "hq"]);
const VENUE_LINKS = new Set(["din", "de", "la", "in", "of"]);

/** Words of the name of a town's own body, folded: its hall, council, police. */
const MUNICIPAL = /\b(municipality|municipal|city|town|primari\w*|consiliul local|consiliului local|politia locala|politiei locale|local council|local police)\b/;
/** Rooms of a town hall: "sala de ședințe a primăriei", "curtea primăriei". */
const ROOMS = new Set(["sala", "curtea", "holul", "cladirea", "biroul"]);
/** A village's hall: "căminul cultural", "sala căminului cultural", "the village hall", "the community centre". */
const COMMUNITY_HALLS_RO = new Set(["caminul", "caminului", "camin"]);
const COMMUNITY_WORDS = new Set(["community", "village", "parish", "cultural"]);
const HALL_WORDS = new Set(["hall", "centre", "center"]);

/** Words of a town's own government right before its name: "primarul din X", "comuna X", "the mayor of X". */
const LOCAL_GOVERNMENT = new Set(["primarul", "primarului", "primar", "primarita", "primaritei", "viceprimarul", "viceprimarului", "comuna", "comunei", "satul", "satului", "primaria", "primariei", "mayor", "village", "commune", "municipality", "township"]);
function localGovernmentBefore(t: Token[], i: number): boolean {
  const prev = t[i - 1]?.fold ?? "";
  if (LOCAL_GOVERNMENT.has(prev)) return true;
  return (prev === "din" || prev === "of") && LOCAL_GOVERNMENT.has(t[i - 2]?.fold ?? "");
}

/** A place cue ("la", "în", "at", "in") at most `n` lower-case words before token `i`, in its sentence. */
function placeCueWithin(t: Token[], i: number, n: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - n && t[k]!.sentence === t[i]!.sentence; k--) {
    if (PLACE_CUE_WORDS.has(t[k]!.fold)) return true;
    if (t[k]!.upper || t[k]!.type !== "word") return false;
  }
  return false;
}
const PLACE_CUE_WORDS = new Set(["la", "in", "at", "inside"]);

/** Town halls named by no town: "at the town hall", "la sediul primăriei", "la primărie". */
const UNNAMED_TOWN_HALLS = new Set(["town hall", "city hall", "municipal hall", "sediul primariei", "primarie", "primaria", "village hall", "community hall", "community centre", "community center", "parish hall", "cultural hall"]);

/**
 * "Insurance Ireland", "Employment New Zealand", "Transport Canada", "Visit Oost-Vlaanderen": a capitalised word of a public
 * domain right before a known country's name, or inside a sentence any place's, makes the two one agency's name, not a
 * word and a place (the word alone was read as a name of its own).
 */
function agenciesNamedAfterPlaces(doc: Document, c: Compiled, mentions: RawMention[]): void {
  const t = doc.tokens;
  // (a known country's name, or inside a sentence any place's: "Visit Oost-Vlaanderen", the province's tourist board)
  for (const place of mentions.filter((m) => (m.kind === "country" && m.kbId) || m.kind === "place")) {
    const word = t[place.tokStart - 1];
    if (!word || !word.upper || !c.nameHeads.agencyFirst.has(word.fold) || word.sentence !== place.sentence) continue;
    if (place.kind === "place" && place.tokStart - 1 === doc.sentences[word.sentence]!.tokenStart) continue;
    // (a lone word read as a name of its own, or nothing: "Representatives of Insurance Ireland", "Transport Canada said")
    const alone = mentions.filter((m) => m.tokStart === place.tokStart - 1 && m.tokEnd === place.tokStart);
    // (not inside a longer name read already: "Heritage New Zealand Pouhere Taonga")
    if (mentions.some((m) => m !== place && m.tokStart <= place.tokStart - 1 && m.tokEnd > place.tokStart && m.kind !== "group")) continue;
    // ("Heritage New Zealand Pouhere Taonga": a name guessed right after it goes on with it)
    const rest = mentions.find((m) => m.tokStart === place.tokEnd && m.sentence === place.sentence && !m.kbId && m.kindSure === false);
    if (rest) mentions.splice(mentions.indexOf(rest), 1);
    const agency = makeMention(doc, place.tokStart - 1, rest ? rest.tokEnd : place.tokEnd, place.sentence);
    agency.kind = "organization";
    agency.kindSure = true;
    agency.label = agency.text;
    for (const m of [...alone, place]) mentions.splice(mentions.indexOf(m), 1);
    mentions.push(agency);
    // ("Representatives of Insurance Ireland": the group of its people is named after the whole name)
    for (const group of mentions.filter((m) => m.kind === "group" && m.tokEnd === agency.tokStart + 1 && m.label?.startsWith(`${word.text} `))) {
      group.tokEnd = agency.tokEnd;
      group.end = agency.end;
      group.text = doc.text.slice(group.start, group.end);
      group.label = `${agency.text}${group.label!.slice(word.text.length)}`;
    }
  }
}

/**
 * "(Lakeside Wire)" on the text's last line: the agency of its dateline, which the text stage moves there
 * (src/text/boilerplate.ts), is an organisation, whatever its words look like.
 */
function sourceAgency(doc: Document, mentions: RawMention[]): void {
  const t = doc.tokens;
  const n = t.length;
  if (n < 3 || t[n - 1]!.text !== ")") return;
  const agency = mentions.find((m) => m.tokEnd === n - 1 && t[m.tokStart - 1]?.text === "(" && !m.kbId);
  // (the bracket opens its own line: not "… met officials of the agency (Lakeside Wire)" at a sentence's end)
  if (!agency || (agency.tokStart >= 2 && t[agency.tokStart - 2]!.sentence === t[n - 1]!.sentence)) return;
  agency.kind = "organization";
  agency.kindSure = true;
  agency.label = agency.text;
}

/** Romanian street nouns (singular and plural) and the English word of a street's label ("strada Morilor" → Morilor Street). */
const STREET_NOUNS: ReadonlyMap<string, string> = new Map([
  ["strada", "Street"], ["strazii", "Street"], ["strazile", "Street"], ["strazilor", "Street"],
  ["bulevardul", "Boulevard"], ["bulevardului", "Boulevard"], ["bulevardele", "Boulevard"], ["bulevardelor", "Boulevard"],
]);
/** English plural street nouns after the names they follow ("between Le Duan and Phung Hung streets"). */
const EN_STREETS_PLURAL: ReadonlyMap<string, string> = new Map([["streets", "Street"], ["avenues", "Avenue"], ["roads", "Road"], ["boulevards", "Boulevard"]]);

/**
 * Streets named together under one plural noun: "străzile Republicii și Mureșenilor" (after it, in Romanian), "between Le
 * Duan and Phung Hung streets" (before it, in English). Each name is a street, a place labelled "<name> Street", not the
 * person or organisation its words alone were read as.
 */
function streetsNamedTogether(doc: Document, mentions: RawMention[]): void {
  const t = doc.tokens;
  const at = (start: number, end: number): RawMention | undefined =>
    mentions.find((m) => m.tokStart === start && (end < 0 || m.tokEnd === end) && !m.kbId);
  const toStreet = (m: RawMention, noun: string): void => {
    m.kind = "place";
    m.kindSure = true;
    m.label = `${m.text} ${noun}`;
  };
  const joins = (x: Token | undefined): boolean => !!x && (x.text === "," || x.fold === "si" || x.fold === "and");
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!;
    if (w.upper || w.type !== "word") continue;
    const ro = doc.lang === "ro" ? STREET_NOUNS.get(w.fold) : undefined;
    if (ro && /(ile|ele|lor)$/.test(w.fold)) {
      // (after the noun: each name joined by a comma or "și")
      let m = at(i + 1, -1);
      while (m && t[m.tokEnd - 1]!.sentence === w.sentence) {
        toStreet(m, ro);
        m = joins(t[m.tokEnd]) ? at(m.tokEnd + 1, -1) : undefined;
      }
    }
    const en = doc.lang === "en" ? EN_STREETS_PLURAL.get(w.fold) : undefined;
    if (en) {
      // (before the noun: the last name, then each one before a comma or "and")
      let m = mentions.find((x) => x.tokEnd === i && !x.kbId);
      while (m && t[m.tokStart]!.sentence === w.sentence) {
        toStreet(m, en);
        const before = m.tokStart - 1;
        m = joins(t[before]) ? mentions.find((x) => x.tokEnd === before && !x.kbId) : undefined;
      }
    }
  }
}

/**
 * "Mayor X brought both sides together at the town hall", "Comisia s-a reunit la sediul primăriei", "la primărie": a town
 * hall named by no town is the town the article names most (a town the gazetteer or the knowledge base knows), so the
 * meeting is placed there and no "Town hall" of every article becomes one node. With no such town it stays as it is.
 */
function townHallsOfTheTown(doc: Document, c: Compiled, mentions: RawMention[]): void {
  const t = doc.tokens;
  const made: RawMention[] = [];
  const unnamed = (from: number, end: number, label: string): void => {
    if (mentions.some((m) => m.tokStart < end && m.tokEnd > from)) return;
    const m = makeMention(doc, from, end, t[from]!.sentence);
    m.kind = "place";
    m.kindSure = true;
    m.afterPlaceCue = true;
    m.label = label;
    mentions.push(m);
    made.push(m);
  };
  for (let i = 1; i < t.length; i++) {
    const w = t[i]!;
    if (w.upper || w.type !== "word") continue;
    // "la primărie", "la primăria", "at city hall", "at the town hall": the bare noun after a place cue names the town's hall
    const cue = t[i - 1]?.fold === "the" ? t[i - 2] : t[i - 1];
    if (c.lang === "ro" && (w.fold === "primarie" || w.fold === "primaria") && t[i - 1]!.fold === "la") unnamed(i, i + 1, "Town hall");
    if (c.lang === "en" && (w.fold === "city" || w.fold === "town") && t[i + 1]?.fold === "hall" && !t[i + 1]!.upper && (cue?.fold === "at" || cue?.fold === "to")) unnamed(i, i + 2, "Town hall");
    // "în sala de ședințe a primăriei", "in sala caminului cultural", "at the village hall", "in the community centre": a
    // room of the town hall, or the hall of a village named by no town, after a place cue, is the town's too
    const community = c.lang === "ro" ? COMMUNITY_HALLS_RO.has(w.fold) && t[i + 1]?.fold === "cultural" : COMMUNITY_WORDS.has(w.fold) && HALL_WORDS.has(t[i + 1]?.fold ?? "") && !t[i + 1]!.upper;
    const hallRoom = c.lang === "ro" && w.fold === "primariei" && (t[i - 1]?.fold === "a" || ROOMS.has(t[i - 1]?.fold ?? ""));
    if (!community && !hallRoom) continue;
    const end = community ? i + 2 : i + 1;
    // ("la căminul cultural din Cincu", "the community hall in Shawbost": the town is named)
    if (VENUE_LINKS.has(t[end]?.fold ?? "") && t[end + 1]?.upper) continue;
    if (placeCueWithin(t, i, 5)) unnamed(i, end, community ? "Community hall" : "Town hall");
  }
  const halls = mentions.filter((m) => m.kind === "place" && !m.kbId && (made.includes(m) || UNNAMED_TOWN_HALLS.has(fold(m.text).replace(/^(the|a) /, ""))));
  if (!halls.length) return;
  // "Copenhagen City Hall": a known town right before the hall names it (the knowledge base matched the town alone)
  for (const hall of [...halls]) {
    const town = mentions.find((m) => m.tokEnd === hall.tokStart && m.kind === "place" && c.lang === "en" && t[hall.tokStart]!.upper);
    if (!town) continue;
    const venue = makeMention(doc, town.tokStart, hall.tokEnd, hall.sentence);
    venue.kind = "place";
    venue.kindSure = true;
    venue.afterPlaceCue = town.afterPlaceCue || hall.afterPlaceCue;
    venue.label = venue.text;
    mentions.splice(mentions.indexOf(town), 1, venue);
    mentions.splice(mentions.indexOf(hall), 1);
    halls.splice(halls.indexOf(hall), 1);
  }
  if (!halls.length) return;
  // (a known town counts inside a town's own body's name too: "the Municipality of Thessaloniki", "the Thessaloniki
  // Municipal Police", "Primăria Ogra"; not a county's agency, "Agenția pentru Protecția Mediului Mureș")
  const kbPlace = (word: string): string | undefined => c.aliases.get(word)?.find((h) => h.kind === "place" && !h.surname)?.id;
  const townIn = (m: RawMention): Token | undefined => {
    if (!MUNICIPAL.test(fold(m.text))) return undefined;
    return t.slice(m.tokStart, m.tokEnd).find((x) => x.upper && (c.towns.has(x.fold) || kbPlace(x.fold) !== undefined));
  };
  // (the town whose mayor, town hall or commune the article names first: "primarul din Hârtopul Mic", "comuna Ogra",
  // "the mayor of Limanu"; a district or county town named more often is not where the village hall is)
  const local = mostNamed(mentions, (m) => (m.kind === "place" && !halls.includes(m) && localGovernmentBefore(t, m.tokStart) ? m.kbId ?? fold(m.label ?? m.text) : undefined));
  const town = local ?? mostNamed(mentions, (m) => {
    if (m.kind === "organization" && !m.kbId) {
      const word = townIn(m);
      return word && (kbPlace(word.fold) ?? word.fold);
    }
    if (m.kind !== "place" || halls.includes(m)) return undefined;
    const name = m.kbId ?? fold(m.label ?? m.text);
    return m.kbId || c.towns.has(name) ? name : undefined;
  });
  if (!town) return;
  const word = town.kind === "organization" ? townIn(town) : undefined;
  const kbId = word ? kbPlace(word.fold) : town.kbId;
  for (const hall of halls) {
    hall.label = kbId ? c.kb.get(kbId)?.label ?? town.text : word?.text ?? town.label ?? town.text;
    if (kbId) (hall.kbId = kbId), (hall.via = "kb");
  }
}

/** The first mention of what the mentions name most (by `nameOf`; the first named on a tie), if any is named. */
function mostNamed(mentions: RawMention[], nameOf: (m: RawMention) => string | undefined): RawMention | undefined {
  const count = new Map<string, { n: number; first: RawMention }>();
  for (const m of mentions) {
    const name = nameOf(m);
    if (name === undefined) continue;
    const seen = count.get(name);
    count.set(name, { n: (seen?.n ?? 0) + 1, first: seen?.first ?? m });
  }
  let best: { n: number; first: RawMention } | undefined;
  for (const entry of count.values()) if (!best || entry.n > best.n) best = entry;
  return best?.first;
}

/**
 * Places given as descriptions: "capitala Franței" / "the Hungarian capital" / "the capital of
 * Hungary" (the capital the knowledge base gives), "ambasada SUA din Moscova" / "the US embassy
 * in Moscow" (an embassy in a city), "palatul Huis ten Bosch" / "județului Tulcea" (a lower-case
 * head that is part of the name). The country inside a description names no actor (`inVenue`).
 */
function venues(doc: Document, c: Compiled, mentions: RawMention[]): RawMention[] {
  const t = doc.tokens;
  const startingAt = new Map<number, RawMention>();
  const endingAt = new Map<number, RawMention>();
  for (const m of mentions) {
    if (!startingAt.has(m.tokStart)) startingAt.set(m.tokStart, m);
    endingAt.set(m.tokEnd, m);
  }
  const countryOf = (m: RawMention | undefined): string | undefined =>
    m && (m.kind === "country" ? m.kbId : m.kbId ? c.kb.get(m.kbId)?.standsFor?.startsWith("country:") ? c.kb.get(m.kbId)!.standsFor : undefined : undefined);
  const out: RawMention[] = [];
  const sentenceStart = (i: number): number => doc.sentences[t[i]!.sentence]!.tokenStart;

  // A lower-case head before a place name: the head belongs to the name ("Județul Brașov" capitalised too, the head
  // read alone as a name of its own then dropped).
  const heads = new Set<number>();
  for (const m of mentions) {
    const head = t[m.tokStart - 1];
    const label = head && (!head.upper || COUNTY_WORDS.has(head.fold)) ? PLACE_HEAD_LABELS[head.fold] : undefined;
    if (!head || !label || m.kind !== "place" || m.actorFor) continue;
    if (head.upper) heads.add(m.tokStart - 1);
    const base = m.kbId ? c.kb.get(m.kbId)?.label ?? m.text : m.label ?? m.text;
    m.tokStart--;
    m.start = head.start;
    m.text = doc.text.slice(m.start, m.end);
    m.label = label(base);
    delete m.kbId;
    m.via = "discovered";
    m.kindSure = true;
    m.afterPlaceCue ||= afterPlaceCue(t, m.tokStart, sentenceStart(m.tokStart), c);
  }
  for (let k = mentions.length - 1; k >= 0; k--) if (heads.has(mentions[k]!.tokStart) && mentions[k]!.tokEnd === mentions[k]!.tokStart + 1) mentions.splice(k, 1);

  // "capitala Franței", "capitala rusă", "the Hungarian capital", "the capital of Hungary", "Hungary's capital"
  // ("in the capital", "în Capitală": the capital the article names)
  const capitals = new Map<number, RawMention>();
  let home: string | null | undefined;
  for (let i = 0; i < t.length; i++) {
    if (!CAPITAL_WORDS.has(t[i]!.fold)) continue;
    const bare = (c.lang === "ro" ? !startingAt.has(i + 1) && !(t[i + 1] && demonymCountry(t[i + 1]!, c)) : t[i - 1]?.fold === "the" && t[i + 1]?.fold !== "of" && !endingAt.has(i) && !endingAt.has(i - 1)) && afterPlaceCue(t, i, sentenceStart(i), c);
    if (bare) {
      // (one the article names: "the capital" of a country it only mentions is no city it can tell)
      home ??= mostNamed(mentions, (m) => (m.kbId && c.capitals.has(m.kbId) ? m.kbId : undefined))?.kbId ?? null;
      const capital = home ?? undefined;
      if (!capital) continue;
      const m = makeMention(doc, i, i + 1, t[i]!.sentence);
      m.kind = "place";
      m.kbId = capital;
      m.via = "kb";
      m.afterPlaceCue = true;
      capitals.set(i, m);
      out.push(m);
      continue;
    }
    if (t[i]!.upper) continue;
    let country: RawMention | undefined;
    let from = i;
    let to = i + 1;
    if (c.lang === "ro") {
      country = startingAt.get(i + 1);
      to = country ? country.tokEnd : to;
    } else if (t[i + 1]?.fold === "of") {
      country = startingAt.get(i + 2);
      to = country ? country.tokEnd : to;
    } else {
      country = endingAt.get(i);
      from = country ? country.tokStart : from;
    }
    const capital = country && countryOf(country) ? c.kb.get(countryOf(country)!)?.capital : undefined;
    if (!capital || t[from]!.sentence !== t[to - 1]!.sentence) continue;
    country!.inVenue = true;
    const m = makeMention(doc, from, to, t[i]!.sentence);
    m.kind = "place";
    m.kbId = capital;
    m.via = "kb";
    m.afterPlaceCue = afterPlaceCue(t, from, sentenceStart(from), c);
    capitals.set(from, m);
    out.push(m);
  }

  // "ambasada SUA din Moscova", "ambasada din capitala Franței", "the US embassy in Moscow"
  for (let i = 0; i < t.length; i++) {
    if (!EMBASSY_WORDS.has(t[i]!.fold)) continue;
    let from = i;
    let k = i + 1;
    let owner = c.lang === "ro" ? startingAt.get(k) : endingAt.get(i);
    if (owner && countryOf(owner)) {
      if (c.lang === "ro") k = owner.tokEnd;
      else from = owner.tokStart;
    } else owner = undefined;
    while (k < t.length && VENUE_LINKS.has(t[k]!.fold) && k - i < 6) k++;
    if (k === i + 1 || !VENUE_LINKS.has(t[k - 1]!.fold)) continue;
    const city = capitals.get(k) ?? startingAt.get(k);
    if (!city || city.kind !== "place" || t[from]!.sentence !== t[city.tokEnd - 1]!.sentence) continue;
    if (owner) owner.inVenue = true;
    const ownerId = owner ? countryOf(owner) : undefined;
    const adjective = ownerId ? c.demonymEn.get(ownerId) ?? c.kb.get(ownerId)?.label : undefined;
    const cityLabel = city.kbId ? c.kb.get(city.kbId)?.label ?? city.text : city.label ?? city.text;
    const m = makeMention(doc, from, city.tokEnd, t[i]!.sentence);
    m.kind = "place";
    m.label = `${adjective ? `${adjective} ` : ""}Embassy in ${cityLabel}`;
    m.kindSure = true;
    m.afterPlaceCue = afterPlaceCue(t, from, sentenceStart(from), c);
    out.push(m);
  }

  // "la reședința prezidențială de la Zagulba", "depozitul subteran de gaze de la Banatski Dvor": a venue described by its place
  if (c.lang === "ro") {
    for (let i = 0; i < t.length; i++) {
      const noun = t[i]!.upper ? undefined : c.placeHeads.described.get(t[i]!.fold);
      if (!noun) continue;
      const adjectives: string[] = [];
      let k = i + 1;
      while (k < t.length && adjectives.length < 2) {
        const two = c.placeHeads.describedAdjectives.get(`${t[k]!.fold} ${t[k + 1]?.fold ?? ""}`);
        const one = c.placeHeads.describedAdjectives.get(t[k]!.fold);
        if (two !== undefined) (adjectives.push(two), (k += 2));
        else if (one !== undefined) (adjectives.push(one), k++);
        else break;
      }
      const place = placeAfterLink(t, k, startingAt);
      if (!place || t[place.tokEnd - 1]!.sentence !== t[i]!.sentence) continue;
      const placeLabel = place.kbId ? c.kb.get(place.kbId)?.label ?? place.text : place.label ?? place.text;
      const m = makeMention(doc, i, place.tokEnd, t[i]!.sentence);
      m.kind = "place";
      m.kindSure = true;
      m.label = [placeLabel, ...adjectives.filter((a) => a !== ""), noun].join(" ");
      m.afterPlaceCue = afterPlaceCue(t, i, sentenceStart(i), c);
      out.push(m);
    }
  }

  // "rafinăria Petromidia", "fabrica Hanwha Aerospace de la Changwon", "clădirea Berlaymont": a venue named after
  // the company or the name after its noun, maybe with the town it is in
  if (c.lang === "ro") {
    for (let i = 0; i < t.length; i++) {
      const noun = t[i]!.upper ? undefined : c.placeHeads.described.get(t[i]!.fold);
      const name = noun ? startingAt.get(i + 1) : undefined;
      if (!name || (name.kbId && name.kind !== "place") || (name.kind !== "organization" && name.kind !== "place") || PLACE_HEAD_LABELS[t[i]!.fold] || t[name.tokEnd - 1]!.sentence !== t[i]!.sentence) continue;
      // (where it is: "la fabrica X", "în clădirea X", "să viziteze rafinăria X"; not "contractul de la fabrica X")
      const cue = t[i - 1]?.fold ?? "";
      if (out.some((m) => m.tokStart === i) || !(((cue === "la" || cue === "in") && t[i - 2]?.fold !== "de") || VISIT_WORDS.has(cue))) continue;
      const place = placeAfterLink(t, name.tokEnd, startingAt);
      const inTown = place && t[place.tokEnd - 1]!.sentence === t[i]!.sentence ? place : undefined;
      const m = makeMention(doc, i, inTown ? inTown.tokEnd : name.tokEnd, t[i]!.sentence);
      m.kind = "place";
      m.kindSure = true;
      const townLabel = inTown ? ` in ${inTown.kbId ? c.kb.get(inTown.kbId)?.label ?? inTown.text : inTown.label ?? inTown.text}` : "";
      m.label = `${name.kbId ? c.kb.get(name.kbId)?.label ?? name.text : name.label ?? name.text} ${noun}${townLabel}`;
      m.afterPlaceCue = true;
      out.push(m);
    }
  }

  // "Guvernul Greciei", "Parlamentului Poloniei": a country's government or parliament, named after it
  if (c.lang === "ro") {
    for (let i = 0; i < t.length; i++) {
      const body = t[i]!.upper ? COUNTRY_BODIES.get(t[i]!.fold) : undefined;
      const country = body ? startingAt.get(i + 1) : undefined;
      if (!body || !country || country.kind !== "country" || !country.kbId || startingAt.get(i) || endingAt.get(i + 1)) continue;
      const named = countryBody(c, body, country.kbId);
      if (!named) continue;
      country.inVenue = true;
      out.push(bodyMention(doc, i, country.tokEnd, named));
    }
  }

  // "Ministerul turc al Apărării Naționale", "Ministerul bulgar al energiei": a country's ministry, by its demonym
  if (c.lang === "ro") {
    for (let i = 0; i < t.length - 3; i++) {
      if (t[i]!.fold !== "ministerul" && t[i]!.fold !== "ministerului") continue;
      const country = demonymCountry(t[i + 1]!, c);
      if (!country || (t[i + 2]!.fold !== "al" && t[i + 2]!.fold !== "a")) continue;
      // (one portfolio word, or two: "al Apărării Naționale", "al afacerilor externe")
      const two = c.portfolios.ro.get(`${t[i + 3]!.fold} ${t[i + 4]?.fold ?? ""}`);
      const portfolio = two ?? c.portfolios.ro.get(t[i + 3]!.fold);
      const end = two ? i + 5 : t[i + 4]?.fold === "nationale" && portfolio === "defence" ? i + 5 : i + 4;
      const ministry = portfolio ? c.portfolios.ministries.get(portfolio) : undefined;
      const named = ministry ? countryBody(c, `Ministry of ${ministry === "Defence" && end === i + 5 ? "National Defence" : ministry}`, country) : undefined;
      if (!named || out.some((m) => m.tokStart < end && i < m.tokEnd)) continue;
      const demonym = startingAt.get(i + 1);
      if (demonym) demonym.inVenue = true;
      // (the portfolio's capitalised words are no name of their own: "Apărării Naționale")
      for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k]!.tokStart >= i + 3 && mentions[k]!.tokEnd <= end && mentions[k]!.via === "discovered") mentions.splice(k, 1);
      out.push(bodyMention(doc, i, end, named));
    }
  }

  // "Iran's foreign ministry", "the Turkish defence ministry": a country's ministry, named after its portfolio
  if (c.lang === "en") {
    for (let i = 0; i < t.length; i++) {
      const owner = startingAt.get(i);
      const byName = owner?.kind === "country" && owner.kbId && POSSESSIVE_S.has(t[owner.tokEnd]?.text ?? "") ? owner : undefined;
      const demonym = !byName && t[i - 1]?.fold === "the" && (!owner || owner.via === "demonym") ? demonymCountry(t[i]!, c) : undefined;
      const country = byName?.kbId ?? demonym;
      if (!country) continue;
      let k = byName ? byName.tokEnd + 1 : i + 1;
      const portfolio = c.portfolios.en.get(t[k]?.fold ?? "");
      if (!portfolio || t[k]!.upper) continue;
      if (t[k + 1]?.fold === "affairs") k++;
      if (t[k + 1]?.fold !== "ministry" || t[k + 1]!.upper || startingAt.get(k + 1)) continue;
      const ministry = c.portfolios.ministries.get(portfolio);
      const named = ministry ? countryBody(c, `Ministry of ${ministry}`, country) : undefined;
      if (!named) continue;
      if (owner) owner.inVenue = true;
      out.push(bodyMention(doc, i, k + 2, named));
    }
  }

  // "la sediul NATO", "sediul Alianței de la Bruxelles", "at NATO headquarters", "the headquarters of the UN"
  for (let i = 0; i < t.length; i++) {
    if (!HQ_WORDS.has(t[i]!.fold) || t[i]!.upper) continue;
    let from = i;
    let to = i + 1;
    let owner: RawMention | undefined;
    if (c.lang === "ro") owner = startingAt.get(i + 1);
    else if (t[i + 1]?.fold === "of") {
      owner = startingAt.get(t[i + 2]?.fold === "the" ? i + 3 : i + 2);
      // ("the headquarters of Panama's Ministry of Commerce": the ministry, not its country)
      if (owner?.kind === "country" && POSSESSIVE_S.has(t[owner.tokEnd]?.fold ?? "")) owner = startingAt.get(owner.tokEnd + 1);
    } else owner = endingAt.get(t[i - 1]?.fold === "'s" ? i - 1 : i);
    // "la sediul ministerului", "sediul primăriei", "sediul administrației portuare": the seat of an institution told before
    if ((!owner || owner.kind === "group") && c.lang === "ro") {
      const seat = seatOfInstitution(doc, i, mentions, c);
      if (seat) out.push(seat);
      continue;
    }
    if (!owner || owner.kind !== "organization" || t[owner.tokStart]!.sentence !== t[i]!.sentence) continue;
    if (owner.tokStart < i) from = owner.tokStart;
    else to = owner.tokEnd;
    // "sediul Ministerului Afacerilor Externe sud-coreean": whose ministry the adjective after it says
    const whose = c.lang === "ro" && to === owner.tokEnd && t[to] && !t[to]!.upper ? demonymCountry(t[to]!, c) : undefined;
    if (whose) to++;
    // "sediul Ministerului Energiei de la Baku", "sediul SOCAR din Baku": the city is part of the venue's description …
    const city = placeAfterLink(t, to, startingAt);
    if (city && t[city.tokEnd - 1]!.sentence === t[i]!.sentence) to = city.tokEnd;
    // … and a body the KB gives to another country is that city's country's ("Ministerului Energiei de la Baku")
    if (city?.kbId && owner.kbId) relabelForCountry(owner, c.kb.get(city.kbId)?.country, c);
    owner.inVenue = true;
    const m = makeMention(doc, from, to, t[i]!.sentence);
    m.kind = "place";
    const ownerLabel = owner.kbId ? c.kb.get(owner.kbId)?.label ?? owner.text : owner.label ?? owner.text;
    m.label = `${whose && !owner.kbId ? `${c.demonymEn.get(whose) ?? c.kb.get(whose)?.label} ` : ""}${ownerLabel} headquarters`;
    m.kindSure = true;
    m.afterPlaceCue = afterPlaceCue(t, from, sentenceStart(from), c);
    out.push(m);
  }

  // "at the prime minister's official residence in Baluwatar", "at the commission's headquarters", "at the presidential palace"
  if (c.lang === "en") {
    const named = new Uint8Array(t.length);
    for (const m of [...mentions, ...out]) named.fill(1, m.tokStart, m.tokEnd);
    for (let i = 0; i < t.length; i++) {
      if (t[i]!.upper || !c.placeHeads.describedEn.has(t[i]!.fold)) continue;
      // ("the Al Qurum guest house", "his official residence, Seri Perdana": the venue has a name)
      if (named[i] || (t[i + 1]?.text === "," && startingAt.get(i + 2)?.kind === "place")) continue;
      const from = describedVenueStart(t, i, c);
      if (from < 0) continue;
      const place = t[i + 1]?.fold === "in" ? startingAt.get(i + 2) : undefined;
      const to = place?.kind === "place" && t[place.tokEnd - 1]!.sentence === t[i]!.sentence ? place.tokEnd : i + 1;
      // ("at the residence": a venue with nothing said of it is no place of its own)
      if (from === i && to === i + 1) continue;
      const m = makeMention(doc, from, to, t[i]!.sentence);
      m.kind = "place";
      m.kindSure = true;
      m.label = m.text.charAt(0).toUpperCase() + m.text.slice(1);
      m.afterPlaceCue = true;
      out.push(m);
    }
  }
  return out;
}


/** Where a described venue is where something happens ("at the …"; not "near the old port"). */
const VENUE_CUES = new Set(["at", "in", "inside", "into", "to"]);
/** Words of a description that point back to a venue told before: "at the same building". */
const ANAPHORIC = new Set(["same", "other", "another", "such", "former", "new", "next", "last", "first", "own"]);

/**
 * Words that open an English venue's description after a place cue: "at the …", "at his …" (not "at a hotel in
 * Santa Marta": an indefinite venue is told by the town it is in).
 */
const VENUE_DETERMINERS = new Set(["the", "his", "her", "their", "its", "our"]);

/**
 * First token of the description of the venue noun at `i` ("prime minister's official residence", "Port of
 * Lobito's administration building"): lower-case modifiers, names and possessives back to a determiner that
 * follows a place cue ("at the", "in a"); -1 when there is none.
 */
function describedVenueStart(t: Token[], i: number, c: Compiled): number {
  let k = i - 1;
  let possessive = false;
  while (k >= 0 && i - k <= 6 && t[k]!.sentence === t[i]!.sentence && !VENUE_DETERMINERS.has(t[k]!.fold)) {
    const w = t[k]!;
    possessive ||= POSSESSIVE_S.has(w.fold);
    // ("the Dunkers Kulturhus conference venue": a name before the noun with no possessive names the venue itself)
    if (w.upper && !possessive) return -1;
    const word = w.type === "word" && !FUNCTION_WORDS.has(w.fold) && !c.placeCues.has(w.fold) && !/ly$|ed$|ing$/.test(w.fold);
    // ("Port of Lobito's": "of" only between capitalised words)
    const of = w.fold === "of" && t[k - 1]?.upper && t[k + 1]?.upper;
    if ((!word && !of && !POSSESSIVE_S.has(w.fold)) || ANAPHORIC.has(w.fold)) return -1;
    k--;
  }
  return k >= 1 && VENUE_DETERMINERS.has(t[k]!.fold) && (VENUE_CUES.has(t[k - 1]!.fold) || VISIT_WORDS.has(t[k - 1]!.fold)) ? k + 1 : -1;
}

/** The place an earlier apposition named with the words of `[from, to)`: "Château de la Muette, sediul organizației". */
function placeNamedSo(doc: Document, from: number, to: number, mentions: RawMention[]): RawMention | undefined {
  const t = doc.tokens;
  const words = t.slice(from, to).map((w) => w.fold).join(" ");
  for (let k = 2; k < from; k++) {
    if (t[k - 1]!.text !== "," || t.slice(k, k + to - from).map((w) => w.fold).join(" ") !== words) continue;
    const place = mentions.find((m) => m.tokEnd === k - 1 && m.kind === "place");
    if (place) return place;
  }
  return undefined;
}

/**
 * "sediul ministerului", "sediul primăriei", "sediul administrației portuare": the seat (at `i`) of an institution named
 * by a lower-case genitive (and an adjective) — a venue labelled after the organisation of that head named last before
 * it ("Ministerul Educației … la sediul ministerului" → "Ministry of Education headquarters"), else after its words.
 */
function seatOfInstitution(doc: Document, i: number, mentions: RawMention[], c: Compiled): RawMention | undefined {
  const t = doc.tokens;
  const noun = t[i + 1];
  if (!noun || noun.type !== "word" || noun.upper || !/(ului|ei|ii)$/.test(noun.fold) || noun.sentence !== t[i]!.sentence) return undefined;
  const head = baseForms(noun.text).map(fold);
  if (!head.some((h) => c.orgWords.has(h) || c.placeHeads.buildingFirst.has(h))) return undefined;
  // ("sediul administrației portuare": one lower-case adjective may follow)
  const adjective = t[i + 2] && t[i + 2]!.type === "word" && !t[i + 2]!.upper && /(e|ă|a)$/.test(t[i + 2]!.fold) && !NOT_OWNER_WORDS.has(t[i + 2]!.fold) && t[i + 2]!.fold.length > 4;
  const end = adjective ? i + 3 : i + 2;
  // ("la sediul companiei": a company's noun is the organisation named last, whatever its name)
  const anyOrg = head.some((h) => c.nameHeads.companies.has(h));
  // (one named in that sentence or the one before, and not a name only guessed to be an organisation's: "Vlăsceanu a spus …" is a
  // surname at a sentence's start)
  const sameCompany = (m: RawMention): boolean => t[i]!.sentence - m.sentence <= 1 && (m.kindSure !== false || m.kbId !== undefined);
  const named = mentions.findLast((m) => m.tokStart < i && m.kind === "organization" && (anyOrg ? sameCompany(m) : head.includes(fold(baseForms(t[m.tokStart]!.text)[0] ?? t[m.tokStart]!.text))));
  // ("Château de la Muette, sediul organizației …" … "tot la sediul organizației": the place the text said it was)
  const said = placeNamedSo(doc, i, end, mentions);
  if (said) {
    const same = makeMention(doc, i, end, t[i]!.sentence);
    same.kind = "place";
    same.kindSure = true;
    same.label = said.kbId ? c.kb.get(said.kbId)?.label ?? said.text : said.label ?? said.text;
    if (said.kbId) (same.kbId = said.kbId), (same.via = "kb");
    same.afterPlaceCue = afterPlaceCue(t, i, doc.sentences[t[i]!.sentence]!.tokenStart, c);
    return same;
  }
  const english = c.placeHeads.described.get(noun.fold);
  // ("la sediul ministerului din București" with no ministry named: the town says where, the words alone name nothing)
  const town = t[end]?.fold === "din" ? end + 1 : t[end]?.fold === "de" && t[end + 1]?.fold === "la" ? end + 2 : -1;
  // (a street says which building: "sediul ministerului din strada Cristian Popișteanu")
  const street = c.placeHeads.streets.has(t[town]?.fold ?? "");
  if (!named && !english && !street && mentions.some((m) => m.tokStart === town && (m.kind === "place" || m.kind === "country"))) return undefined;
  const m = makeMention(doc, i, end, t[i]!.sentence);
  m.kind = "place";
  m.kindSure = true;
  // ("Ministrul Sănătății, X, i-a primit la sediul ministerului": the ministry of the minister's portfolio)
  const namedLabel = named ? (named.kbId ? c.kb.get(named.kbId)?.label : named.label) ?? named.text : head.includes("minister") ? ministryOfTitle(t, i, c) : undefined;
  m.label = namedLabel ? `${namedLabel} headquarters` : english ? `${english.charAt(0).toUpperCase()}${english.slice(1)}` : `${m.text.charAt(0).toUpperCase()}${m.text.slice(1)}`;
  m.afterPlaceCue = afterPlaceCue(t, i, doc.sentences[t[i]!.sentence]!.tokenStart, c);
  return m;
}

/** "ministrul Sănătății" last before `i`: "Ministry of Health". */
function ministryOfTitle(t: Token[], i: number, c: Compiled): string | undefined {
  for (let k = i - 1; k >= 0 && k > i - 120; k--) {
    if (!/^ministr(ul|ului|a|ei)$/.test(t[k]!.fold)) continue;
    const portfolio = c.portfolios.ro.get(t[k + 1]?.fold ?? "") ?? c.portfolios.ro.get(`${t[k + 1]?.fold} ${t[k + 2]?.fold}`);
    const english = portfolio ? c.portfolios.ministries.get(portfolio) : undefined;
    if (english) return `Ministry of ${english}`;
  }
  return undefined;
}

/** The mention of a country's body over `[from, end)`, named as `countryBody` names it. */
function bodyMention(doc: Document, from: number, end: number, named: { label: string; kbId?: string }): RawMention {
  const m = makeMention(doc, from, end, doc.tokens[from]!.sentence);
  m.kind = "organization";
  m.kindSure = true;
  m.label = named.label;
  if (named.kbId) (m.kbId = named.kbId), (m.via = "kb");
  return m;
}

/** A country's body by its English name ("Government of Greece"), with the KB's entry when it has one. */
export function countryBody(c: Compiled, body: string, country: string): { label: string; kbId?: string } | undefined {
  const countryLabel = c.kb.get(country)?.label;
  if (!countryLabel) return undefined;
  const label = `${body} of ${countryLabel}`;
  const known = c.orgByLabel.get(label);
  return known ? { label, kbId: known.id } : { label };
}

/** The place named after "din" / "de la" at token `k` ("sediul SOCAR din Baku", "reședința … de la Zagulba"). */
function placeAfterLink(t: Token[], k: number, startingAt: Map<number, RawMention>): RawMention | undefined {
  const link = t[k]?.fold === "din" ? 1 : t[k]?.fold === "de" && t[k + 1]?.fold === "la" ? 2 : 0;
  const place = link ? startingAt.get(k + link) : undefined;
  return place?.kind === "place" ? place : undefined;
}

/**
 * "campuses in Qonce, Zwelitsha and Dimbaza": an unknown name of one word in a list with a place (joined by commas and
 * "and" / "și" / "or" / "sau" alone, and closed by one of those words) is a place too, when nothing sure says what it is.
 */
function placesListedWithPlaces(doc: Document, c: Compiled, mentions: RawMention[]): void {
  const t = doc.tokens;
  const ordered = mentions.filter((m) => m.kind !== "group").sort((a, b) => a.tokStart - b.tokStart);
  const between = (a: RawMention, b: RawMention): Token[] => t.slice(a.tokEnd, b.tokStart);
  const joined = (a: RawMention, b: RawMention): boolean => {
    const w = between(a, b);
    return w.length >= 1 && w.length <= 2 && w.every((x) => x.text === "," || LIST_WORDS.has(x.fold));
  };
  const placeLike = (m: RawMention): boolean => m.kind === "place" && (m.kindSure !== false || !!m.kbId);
  const unsure = (m: RawMention): boolean => !m.kbId && m.kindSure === false && (m.kind === "organization" || m.kind === "person") && m.tokEnd - m.tokStart === 1;
  // (a list closed by "and" / "și": "in Qonce, Zwelitsha and Dimbaza"; not "in Oradea, Bulzan said")
  for (let k = 0; k < ordered.length; k++) {
    let end = k;
    while (end + 1 < ordered.length && joined(ordered[end]!, ordered[end + 1]!)) end++;
    if (end === k) continue;
    const list = ordered.slice(k, end + 1);
    const closed = between(list[list.length - 2]!, list[list.length - 1]!).some((x) => LIST_WORDS.has(x.fold));
    if (closed && list.some(placeLike) && list.every((m) => placeLike(m) || unsure(m))) {
      for (const m of list.filter(unsure)) {
        m.kind = "place";
        m.label = labelOf(doc, m.tokStart, m.tokEnd, "place", c);
      }
    }
    k = end;
  }
}
const LIST_WORDS = new Set(["and", "or", "si", "sau"]);

/**
 * "the eastern rivers, the Ravi, Beas and Sutlej", "râurile Prut și Nistru": names listed right after a plural noun of
 * places are places, when nothing sure says what they are.
 */
function placesAfterTheirNoun(doc: Document, c: Compiled, mentions: RawMention[]): void {
  const t = doc.tokens;
  const ordered = mentions.filter((m) => m.kind !== "group").sort((a, b) => a.tokStart - b.tokStart);
  for (let i = 0; i < t.length; i++) {
    if (!PLACE_PLURALS.has(t[i]!.fold) || t[i]!.upper) continue;
    let k = i + 1;
    if (t[k]?.text === ",") k++;
    if (t[k]?.fold === "the") k++;
    const list: RawMention[] = [];
    for (const m of ordered) {
      if (m.tokStart < k) continue;
      if (m.tokStart !== k) break;
      list.push(m);
      k = m.tokEnd;
      if (t[k]?.text === ",") k++;
      if (LIST_WORDS.has(t[k]?.fold ?? "")) k++;
    }
    if (list.length < 2) continue;
    // (… and so is the same name told elsewhere: "a tour of the site on the Chenab")
    const names = new Set(list.filter((m) => !m.kbId && m.kindSure === false).map((m) => fold(m.text)));
    for (const m of mentions) {
      if (m.kbId || m.kindSure !== false || m.kind === "place" || m.kind === "group" || !names.has(fold(m.text))) continue;
      m.kind = "place";
      m.label = labelOf(doc, m.tokStart, m.tokEnd, "place", c);
    }
  }
}
/** Plural nouns of places, in English and Romanian (articled and not). */
const PLACE_PLURALS = new Set(["rivers", "islands", "provinces", "regions", "cities", "towns", "villages", "districts", "counties", "valleys", "lakes", "mountains", "ports", "raurile", "rauri", "insulele", "insule", "provinciile", "regiunile", "orasele", "localitatile", "satele", "judetele", "comunele", "porturile"]);

/**
 * "Ministerul Finanțelor", "Parlamentul" in an article from Chișinău: the Romanian names of a body every Romanian-speaking
 * country has are the KB's bodies of Romania, unless the article's places and countries are another's and none is
 * Romania's. Then they are that country's ("Ministry of Finance of Moldova"); "Guvernul României" stays Romania's.
 */
function bodiesOfTheHomeCountry(c: Compiled, mentions: RawMention[]): void {
  const romania = "country:romania";
  const count = new Map<string, number>();
  for (const m of mentions) {
    if (!m.kbId || (m.kind !== "place" && m.kind !== "country")) continue;
    const country = m.kind === "country" ? m.kbId : c.kb.get(m.kbId)?.country;
    if (country) count.set(country, (count.get(country) ?? 0) + 1);
  }
  if (count.has(romania)) return;
  const [home, n] = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (!home || n! < 2 || [...count.values()].filter((v) => v === n).length > 1) return;
  for (const m of mentions) {
    if (m.kind === "organization" && m.kbId && c.kb.get(m.kbId)?.country === romania && !/roman/.test(fold(m.text))) relabelForCountry(m, home, c);
  }
}

/**
 * A KB body of one country said of another ("Ministerului Energiei de la Baku" is no ministry of
 * Romania): the same kind of body of that other country, labelled by swapping the country in its
 * name ("Ministry of Energy of Romania" → "Ministry of Energy of Azerbaijan").
 */
function relabelForCountry(owner: RawMention, country: string | undefined, c: Compiled): void {
  const entry = c.kb.get(owner.kbId!);
  const home = entry?.country ? c.kb.get(entry.country)?.label : undefined;
  const other = country ? c.kb.get(country)?.label : undefined;
  if (!entry || !home || !other || country === entry.country || !entry.label.endsWith(` of ${home}`)) return;
  owner.label = `${entry.label.slice(0, -home.length)}${other}`;
  delete owner.kbId;
  owner.via = "discovered";
  owner.kindSure = true;
}

function chooseHit(hits: AliasHit[]): AliasHit {
  return [...hits].sort(
    (a, b) =>
      Number(a.surname) - Number(b.surname) ||
      KIND_PRIORITY.indexOf(a.kind) - KIND_PRIORITY.indexOf(b.kind) ||
      (a.id < b.id ? -1 : 1),
  )[0]!;
}

/** They depend on the word and the language alone: remembered by word, across documents (cleared past 100,000 words). */
const variantCache: Record<Lang, Map<string, string[]>> = { ro: new Map(), en: new Map() };

/** Folded variants of a token: itself, then its Romanian base forms (cached per word). */
function variants(token: Token, lang: Lang): string[] {
  const cache = variantCache[lang];
  let v = cache.get(token.text);
  if (!v) {
    if (cache.size >= 100_000) cache.clear();
    cache.set(token.text, (v = computeVariants(token, lang)));
  }
  return v;
}

function computeVariants(token: Token, lang: Lang): string[] {
  if (lang !== "ro") {
    return token.fold.endsWith("'s") ? [token.fold, token.fold.slice(0, -2)] : [token.fold];
  }
  const out = [token.fold];
  // (and the nominatives whose stem vowel the genitive changed: "Băncii" → "banca", "Sucevei" → "suceava")
  for (const b of [...baseForms(token.text), ...(token.upper ? vowelRestored(token.text) : [])]) {
    const f = fold(b);
    if (!out.includes(f)) out.push(f);
  }
  return out;
}

interface AliasMatch {
  start: number;
  end: number;
  hits: AliasHit[];
}

/** Longest KB alias starting at token `i` (first and last words may be inflected). */
function matchAlias(tokens: Token[], i: number, limit: number, c: Compiled): AliasMatch | undefined {
  if (!variants(tokens[i]!, c.lang).some((v) => c.aliasFirst.has(v))) return undefined;
  const maxLen = Math.min(c.maxAliasTokens, limit - i);
  const words: Token[] = [];
  for (let k = i; k < i + maxLen; k++) {
    const t = tokens[k]!;
    if (t.type === "punct" && t.text !== "." && t.text !== "-" && t.text !== "'") break;
    words.push(t);
  }
  // How far can a match grow? Only as long as some alias starts with these words.
  const firstVar = variants(words[0]!, c.lang);
  const allBase = words.map((t) => variants(t, c.lang)[1] ?? t.fold);
  let reach = 1;
  for (let len = 2; len <= words.length; len++) {
    const middle = words.slice(1, len).map((t) => t.fold).join(" ");
    const lastVars = variants(words[len - 1]!, c.lang);
    const middleButLast = words.slice(1, len - 1).map((t) => t.fold);
    const middleBase = words.slice(1, len - 1).map((t) => variants(t, c.lang)[1] ?? t.fold);
    const grows =
      firstVar.some((v) => c.aliasPrefixes.has(`${v} ${middle}`) || lastVars.some((w) => c.aliasPrefixes.has([v, ...middleButLast, w].join(" ")) || c.aliasPrefixes.has([v, ...middleBase, w].join(" ")))) ||
      c.aliasPrefixes.has(allBase.slice(0, len).join(" "));
    if (!grows) break;
    reach = len;
  }
  for (let len = reach; len >= 1; len--) {
    const seq = words.slice(0, len);
    if (seq[len - 1]!.type === "punct") continue;
    const folds = seq.map((t) => t.fold);
    const tries = new Set<string>([folds.join(" ")]);
    const lastVar = variants(seq[len - 1]!, c.lang);
    for (const v of lastVar) tries.add([...folds.slice(0, -1), v].join(" "));
    if (len > 1) {
      for (const v of firstVar) tries.add([v, ...folds.slice(1)].join(" "));
      tries.add(seq.map((t) => variants(t, c.lang)[1] ?? t.fold).join(" "));
      for (const v of firstVar) for (const w of lastVar) tries.add([v, ...folds.slice(1, -1), w].join(" "));
      // "Băncii Naționale a României": the adjectives inside agree with the inflected head.
      const middleBase = seq.slice(1, -1).map((t) => variants(t, c.lang)[1] ?? t.fold);
      for (const v of firstVar) for (const w of lastVar) tries.add([v, ...middleBase, w].join(" "));
    }
    for (const key of tries) {
      const hits = c.aliases.get(key);
      if (hits && hits.length) {
        // A single lower-case-initial word inside the alias must not start the match.
        return { start: i, end: i + len, hits };
      }
    }
  }
  return undefined;
}


/** An unknown capitalised word right before `i` that can be a given name (no title, demonym or opener). */
function givenNameBefore(tokens: Token[], i: number, sentenceStart: number, covered: Uint8Array, c: Compiled): boolean {
  const k = i - 1;
  const t = tokens[k];
  if (!t || k < sentenceStart || covered[k] || t.type !== "word" || !t.upper || isAcronym(t.text) || t.text.length < 3) return false;
  if (c.stopwords.has(t.fold) || c.demonyms.has(t.stem) || c.orgWords.has(t.fold) || c.placeWords.has(t.fold)) return false;
  if (c.aliases.has(t.fold) || PERSON_CUES.has(t.fold)) return false;
  return true;
}

/** Branches of armed forces, named after their country's adjective. */
const MILITARY_HEADS = new Set(["navy", "army", "armed", "air", "coast", "marines", "border", "national", "special"]);

/** Capitalised words from `k` (at most four) that end in an organisation's head: "Ministerial Council". */
function orgNameAfter(tokens: Token[], k: number, limit: number, covered: Uint8Array, c: Compiled, country?: string): boolean {
  let end = k;
  // ("the Jordan Olive Oil Exporters' Forum": a plural's apostrophe stays inside, and so does "and" between capitalised
  // words: "the Ghana Registered Nurses and Midwives Association")
  // (… and so does an irregular plural's "'s": "the Hanoi People's Committee")
  const apostrophe = (i: number): boolean =>
    (((tokens[i]?.text === "'" || tokens[i]?.text === "’") && /s$/.test(tokens[i - 1]?.fold ?? "")) || (POSSESSIVE_S.has(tokens[i]?.text ?? "") && IRREGULAR_PLURALS.has(tokens[i - 1]?.fold ?? ""))) && !!tokens[i + 1]?.upper;
  const and = (i: number): boolean => tokens[i]?.fold === "and" && !!tokens[i - 1]?.upper && !!tokens[i + 1]?.upper && tokens[i + 1]!.type === "word";
  while (end < limit && end - k < 6 && !covered[end] && ((tokens[end]!.type === "word" && tokens[end]!.upper) || (end > k && (apostrophe(end) || and(end))))) end++;
  // … unless those words are a known name of their own ("US State Department"), not one of another country ("Cambodian Senate")
  const words = tokens.slice(k, end).map((t) => t.fold).join(" ");
  const known = (c.aliases.get(words) ?? []).some((h) => !country || !c.kb.get(h.id)?.country || c.kb.get(h.id)?.country === country);
  return end > k && (c.orgWords.has(tokens[end - 1]!.fold) || c.nameHeads.companyEnds.has(tokens[end - 1]!.fold)) && !known;
}

/** Capitalised words right before `k` (at most three) that follow a Romanian organisation's head: "Asociației Fructe ⟨Moldova⟩". */
function orgNameBefore(tokens: Token[], k: number, sentenceStart: number, c: Compiled, covered: Uint8Array, genitivePlace = false): boolean {
  for (let j = k - 1; j >= sentenceStart && k - j <= 7; j--) {
    const t = tokens[j]!;
    // "Consiliului … al Ucrainei", "Uniunea Europeană și Republica Moldova": a name known before ends there
    if (covered[j] === 1) return false;
    // "Spitalul Județean de Urgență Vaslui", "Centrul pentru Studii de Securitate a Mării Negre"
    if (t.type === "word" && !t.upper && RO_ORG_LINKS.has(t.fold) && j > sentenceStart) continue;
    // ("Asociația Pomicultorilor din Lunca Prutului": "din" inside an association's name, before a place's own name of
    // several words; not "Ministerul Apărării din Ucraina")
    if (t.fold === "din" && j < k - 1 && j > sentenceStart) continue;
    // ("Instituția Prefectului – Județul Brașov": the county after a dash)
    if ((t.text === "–" || t.text === "-") && j === k - 2 && COUNTY_WORDS.has(tokens[k - 1]!.fold)) continue;
    if (t.type !== "word" || !t.upper) return false;
    if (j < k - 1 && isOrgHead(t, c)) return true;
    // "Comisiei Dunării", "Consiliul Mării Negre": a body named after a known place in the genitive, right after its head
    // (not "Primăria Clujului", "Guvernul României": a town's hall is a place, a country's government the country's)
    // ("la sediul Tribunalului Botoșani": a building's name after "sediul" is the body seated there)
    const building = c.placeHeads.buildingFirst.has(t.fold) && !HQ_WORDS.has(tokens[j - 1]?.fold ?? "");
    if (j === k - 1 && genitivePlace && !c.placeHeads.named.has(t.fold) && !building && !COUNTRY_BODIES.get(t.fold) && isOrgHead(t, c)) return true;
  }
  return false;
}

/** Lower-case words inside a Romanian organisation's name (not "din": "Ministerul Apărării din Ucraina" is no name with Ukraine in it). */
const RO_ORG_LINKS = new Set(["de", "pentru", "si", "a", "al", "ai", "ale"]);

/** A capitalised word at `k` that no list knows and nothing has claimed: part of an unknown name (a common word only inside a sentence: "Forest Watch"). */
function unknownNameWord(t: Token, k: number, covered: Uint8Array, c: Compiled, sentenceStart: number): boolean {
  return t.type === "word" && t.upper && !covered[k] && !(k === sentenceStart && c.stopwords.has(t.fold)) && !c.titleWords.has(t.fold) && !c.demonyms.has(t.stem) && !isAcronym(t.text);
}

/** An unknown capitalised word at `k` that can continue a name (not a known name, title, demonym or date). */
function givenNameAfter(tokens: Token[], k: number, limit: number, covered: Uint8Array, c: Compiled): boolean {
  const t = tokens[k];
  if (!t || k >= limit || covered[k] || t.type !== "word" || !t.upper || isAcronym(t.text) || t.text.length < 3) return false;
  if (c.stopwords.has(t.fold) || c.demonyms.has(t.stem) || c.orgWords.has(t.fold) || c.placeWords.has(t.fold)) return false;
  return !variants(t, c.lang).some((v) => c.aliasFirst.has(v)) && !PERSON_CUES.has(t.fold);
}

export function afterPlaceCue(tokens: Token[], i: number, sentenceStart: number, c: Compiled): boolean {
  let k = i - 1;
  // "to the White House", "at a base": a determiner may stand between the cue and the name
  if (k > sentenceStart && DETERMINERS.has(tokens[k]!.fold)) k--;
  // "a vizitat joi Baza Aeriană X": a day may stand between a word of visiting and the place
  if (k - 1 >= sentenceStart && isDayWord(tokens[k]!, c.lang) && VISIT_WORDS.has(tokens[k - 1]!.fold)) return true;
  const prev = tokens[k];
  // "according to US officials", "due to Russia's refusal": no place after these
  if (prev?.fold === "to" && NOT_PLACE_TO.has(tokens[k - 1]?.fold ?? "")) return false;
  // "omologii săi din Bulgaria", "officials from Turkey": where people come from, not where they meet
  if ((prev?.fold === "din" || prev?.fold === "from") && peopleBefore(tokens, k - 1, c)) return false;
  // ("State Secretary at the Food Ministry": a capitalised title's "at" says where one works, not "met the mayor at City Hall")
  if (prev?.fold === "at" && tokens[k - 1]?.upper && c.titleWords.has(tokens[k - 1]!.fold)) return false;
  // "omologul său de la Chișinău"
  if (prev?.fold === "la" && tokens[k - 1]?.fold === "de" && peopleBefore(tokens, k - 2, c)) return false;
  return !!prev && k >= sentenceStart && c.placeCues.has(prev.fold);
}
/** "Lusaka-based", "Canadian-listed", "state-owned": where a body is based, listed or whose it is, before its name. */
const WHERE_BASED = /-(based|listed|owned|registered|headquartered)$/;
const THOSE = new Set(["cei", "cele", "oamenii", "colegii", "angajatii"]);
const COMPASS = new Set(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "nord", "sud", "est", "vest"]);

/** "on the Rumichaca International Bridge", "on Robben Island": "on" is a place cue before a name of a surface. */
function onSurface(tokens: Token[], i: number, end: number): boolean {
  const k = DETERMINERS.has(tokens[i - 1]?.fold ?? "") ? i - 2 : i - 1;
  return tokens[k]?.fold === "on" && SURFACES.has(tokens[end - 1]!.fold);
}
const SURFACES = new Set(["bridge", "island", "islands", "border", "frontier", "coast", "shore", "peninsula", "square", "street", "avenue", "boulevard", "campus", "base", "platform", "lake", "river", "plateau"]);

/** "investitorul din X", "omologul său de la X": `i` names where people come from. */
function originOfPeople(tokens: Token[], i: number, c: Compiled): boolean {
  if (tokens[i - 1]?.fold === "din") return peopleBefore(tokens, i - 2, c);
  return tokens[i - 1]?.fold === "la" && tokens[i - 2]?.fold === "de" && peopleBefore(tokens, i - 3, c);
}

/** "presa de la Baku", "Ministerul Transporturilor de la București": whose press or ministry, not where a meeting is. */
export function originOnly(tokens: Token[], i: number, c: Compiled): boolean {
  // ("Agenția Națională a Medicamentului din România": a body's country or town right after its name, with "din")
  if (tokens[i - 1]?.fold === "din") return organizationBefore(tokens, i - 2, c);
  if (tokens[i - 1]?.fold !== "la" || tokens[i - 2]?.fold !== "de") return false;
  return c.nameHeads.origins.has(tokens[i - 3]?.fold ?? "") || organizationBefore(tokens, i - 3, c);
}


/**
 * A capitalised organisation name ends at `k` ("Ministerul Transporturilor", "Banca Națională"), not
 * as the genitive of something else ("reuniunea la vârf a Alianței Nord-Atlantice de la Haga" is at The Hague).
 */
function organizationBefore(tokens: Token[], k: number, c: Compiled): boolean {
  for (let j = k; j >= 0 && k - j < 6; j--) {
    const t = tokens[j]!;
    // ("directorul companiei Nucado Export din Ungheni": a company's noun before its name says what it is)
    if (j < k && !t.upper && c.nameHeads.companies.has(t.fold)) return true;
    if (t.type !== "word" || (!t.upper && !NAME_PARTICLES.has(t.fold))) return false;
    if (t.upper && isOrgHead(t, c)) return !GENITIVE_ARTICLES.has(tokens[j - 1]?.fold ?? "");
  }
  return false;
}

const DETERMINERS = new Set(["the", "a", "an"]);
/** Determiners before an English adjective that looks like a name ("a Catholic church", "this Bavarian town"). */
const ADJECTIVE_DETERMINERS = new Set(["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our"]);
/**
 * The capitalised words `[i, end)` are (part of) an English minister's portfolio: an upper-case "Minister" follows,
 * right after them (three words at most) or after a list joined by commas and "and" ("Trade, Industry and Tourism
 * Minister"); a list's words must be portfolio words, or follow a possessive ("Ecuador's Production and …").
 */
function portfolioBeforeTitle(tokens: Token[], i: number, end: number, c: Compiled): boolean {
  const run = tokens.slice(i, end);
  if (run.some((t) => isOrgHead(t, c) || isAcronym(t.text) || t.fold === "of")) return false;
  let k = end;
  let linked = false;
  while (k < end + 10) {
    const t = tokens[k];
    if (!t) return false;
    if (t.upper && t.type === "word" && PORTFOLIO_TITLES.has(t.fold)) break;
    if (t.text === "," || t.fold === "and" || t.text === "&") linked = true;
    else if (!(t.upper && t.type === "word")) return false;
    k++;
  }
  if (!linked) return k === end && run.length <= 3;
  const possessive = /^['’]s$/.test(tokens[i - 1]?.text ?? "");
  return possessive || run.every((t) => !!c.portfolios.en.get(t.fold) || c.portfolios.words.has(t.fold));
}

/** Titles held of a portfolio ("Trade Minister"); a company's name comes before the others ("Puna Alta CEO"). */
const PORTFOLIO_TITLES = new Set(["minister", "ministers", "secretary", "commissioner", "undersecretary", "vice-minister"]);

/** The word before the first "of" / "for" of an English name ("Authority" of "Harbour Authority of Kalmora"), else "". */
function headBeforeOf(run: Token[]): string {
  const at = run.findIndex((t) => t.fold === "of" || t.fold === "for");
  return at > 0 ? run[at - 1]!.fold : "";
}

/** The word before a name's "on": "Sectoral Council on Trade" → council. */
function headBeforeOn(run: Token[]): string {
  const at = run.findIndex((t) => t.fold === "on");
  return at > 0 ? run[at - 1]!.fold : "";
}

/** Nouns that say what kind of people a group is, between its adjective and its noun: "ministry experts", "steel executives". */
export const GROUP_MODIFIERS = new Set([
  "ministry", "government", "deputy", "technical", "military", "senior", "security", "border", "business", "industry", "steel", "car", "auto",
  "oil", "gas", "energy", "farm", "union", "party", "opposition", "army", "navy", "police", "intelligence", "health", "aid", "trade", "customs",
  "port", "rail", "mining", "tech", "bank", "banking", "finance", "defence", "defense", "foreign", "interior", "justice", "education", "church",
  "community", "civil", "society", "student", "youth", "rebel", "tribal", "regional", "local", "state", "federal", "provincial", "municipal",
]);
/** A weekday or "ieri", "today": "a vizitat joi", "visited yesterday". */
/** Place cues that are words of visiting: a person after them is no place ("Vizita Ursulei von der Leyen"). */
const VISIT_WORDS = new Set(["vizita", "vizitat", "viziteze", "viziteaza", "vizitand", "visit", "visited", "visiting", "visits", "toured", "tour"]);
/** Romanian plural nouns that end a company's name, never a person's: "-ări", "-ători", "-ții" (with their diacritics). */
const RO_PLURAL_NOUN = /\p{L}{3,}(ări|ători|ții|ţii)$/u;

/** Last words of the names of periods: "the Cold War", "the Middle Ages", "World War II". */
const PERIOD_ENDS = new Set(["war", "wars", "ages", "era", "revolution"]);

/** Romanian genitive endings of names in an organisation's name ("Economiei", "Apărării", "Județului"). */
const GENITIVE_END = /(ului|ei|ii|lor|ale|ene|ane)$/;
/** The genitive endings of the nouns and adjectives of a body's name, feminine adjectives too ("Naționale Sanitare
 * Veterinare"; not "-ei" after a consonant: "Andrei", "Matei"). */
const BODY_GENITIVE = /(ului|iei|ii|lor|ale|ene|ane|are|ice|ive|ere)$/;
/** English plurals that take "'s": "People's", "Women's", "Children's". */
const IRREGULAR_PLURALS = new Set(["people", "women", "men", "children"]);
/** "Județul", "Județului": a Romanian county named inside a body's name ("Instituția Prefectului – Județul Brașov"). */
const COUNTY_WORDS = new Set(["judetul", "judetului"]);
export const POSSESSIVE_AFTER = new Set(["sai", "sale", "sau", "sa", "lui", "ei", "lor", "his", "her", "their", "its"]);

/** A group noun or title ends at `k` (past a possessive): "omologii săi", "delegates", "ministrul". */
function peopleBefore(tokens: Token[], k: number, c: Compiled): boolean {
  if (POSSESSIVE_AFTER.has(tokens[k]?.fold ?? "")) k--;
  const t = tokens[k];
  // ("primăria din Cincu": a venue's noun is no one's title)
  if (!t || t.type !== "word" || c.placeHeads.described.has(t.fold)) return false;
  return !!groupNounOf(c, t) || c.titleWords.has(t.fold) || PERSON_NOUNS.has(t.fold);
}
/** Nouns of a person or of people by what they do, in no list of titles or groups ("un om de afaceri din Bălți"). */
const PERSON_NOUNS = new Set(["afaceri", "businessman", "businesswoman", "businessmen", "businesspeople", "entrepreneur", "entrepreneurs", "antreprenor", "antreprenorul", "antreprenori", "investor", "investors", "investitor", "investitorul", "investitori", "investitorii"]);
const NOT_PLACE_TO = new Set(["according", "due", "thanks", "owing", "next", "close", "similar", "compared", "contrary", "prior", "ahead", "addition", "regard", "respect", "reply", "response", "turned", "speaking", "talking", "spoke", "spoken", "talked", "said", "told", "wrote", "letter", "message", "appeal", "envoy", "ambassador", "delegation", "aid", "support"]);

/** "NATO", "U.S.", "RSF": two or more letters, all capitals. */
export function isAcronym(text: string): boolean {
  // asked again and again for the same names: remembered by text (cleared past 100,000 texts)
  let yes = acronyms.get(text);
  if (yes === undefined) {
    const letters = text.replace(/[^\p{L}]/gu, "");
    yes = letters.length >= 2 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
    if (acronyms.size >= 100_000) acronyms.clear();
    acronyms.set(text, yes);
  }
  return yes;
}
const acronyms = new Map<string, boolean>();

/** Arabic article and kinship particles written onto the name: "al-Jubeir", "el-Sisi", "bin-Salman". */
const ATTACHED_PARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ul|bin|ibn|abu|abd)-\p{Lu}/u;
/** Connectors of English names that are neither organisations nor people: "Line of Control", "Great Hall of the People". */
/** Particles of German and English towns' names: "Frankfurt am Main", "Moosburg an der Isar", "Newcastle upon Tyne". */
const TOWN_PARTICLES: ReadonlySet<string> = new Set(["am", "im", "upon"]);
const EN_NAME_CONNECTORS: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...TOWN_PARTICLES, "na", "of", "for"]);
/** Abbreviations of saints, mounts and forts inside names: "St. Kastulus", "Sf. Nicolae", "Mt. Kenya". */
const NAME_ABBREVIATIONS = new Set(["st", "sf", "mt", "ft"]);
/** … and, once "of" or "for" joined: "the Trump Route for International Peace and Prosperity". */
const EN_NAME_CONNECTORS_JOINED: ReadonlySet<string> = new Set([...EN_NAME_CONNECTORS, "the", "and"]);

/** Name particles in Romanian text: not "la" and "al", common prepositions there ("Ion Pop la Varna"); "de la Cruz" still joins. */
const RO_NAME_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES].filter((p) => p !== "la" && p !== "al"));

/** Lower-case words that may join the capitalised words of one name. */
function nameConnectors(isOrg: boolean, lang: Lang, joined: boolean): ReadonlySet<string> {
  if (isOrg) return ORG_CONNECTORS;
  if (lang !== "en") return RO_NAME_PARTICLES;
  return joined ? EN_NAME_CONNECTORS_JOINED : EN_NAME_CONNECTORS;
}

/**
 * Whether a word is one of `words` (folded) in any inflection: "Uniunii" → uniunea. The base forms depend on the word alone,
 * so the answer is remembered by word, per word set (each language's tables are sets of their own).
 */
function inAnyForm(t: Token, words: ReadonlySet<string>): boolean {
  if (words.has(t.fold)) return true;
  let byWord = anyForm.get(words);
  if (!byWord) anyForm.set(words, (byWord = new Map()));
  let yes = byWord.get(t.text);
  if (yes === undefined) {
    yes = baseForms(t.text).some((b) => words.has(fold(b)));
    if (byWord.size >= 100_000) byWord.clear();
    byWord.set(t.text, yes);
  }
  return yes;
}
const anyForm = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/** A word that starts an organisation's name, in any inflection: "Ministerul", "Uniunii", "Bank". */
function isOrgHead(t: Token, c: Compiled): boolean {
  return inAnyForm(t, c.orgWords);
}

/** A document's noun in any inflection: "Tratatul", "Acordului". */
function isDocumentHead(t: Token, c: Compiled): boolean {
  return inAnyForm(t, c.nameHeads.documents);
}

/** End of a run of capitalised words starting at `i` that may form one name. */
function discoverRun(tokens: Token[], i: number, limit: number, covered: Uint8Array, c: Compiled, commonFirst = false): number {
  const first = tokens[i]!;
  const isOrg = isOrgHead(first, c) || c.nameHeads.documents.has(first.fold);
  let end = i + 1;
  let joined = false;
  // (a list of genitives joined: "Ministerul Dezvoltării, Lucrărilor Publice și Administrației" ends after "și")
  let listed = false;
  // ("fabrica Hanwha Aerospace de la Changwon": after a company's noun "de la" says where it is, no "de la Cruz")
  const companyNamed = c.lang === "ro" && companyCue(tokens, i, c);
  // "vicepreședinta CNAS Adela Murgociu": after a title, an acronym before a person's name of two words is the body's name
  // alone (not "președintele OUAI Nisipurile Dăbuleni", whose words are a plural noun with its article and a place)
  if (covered[i - 1] === 2 && isAcronym(first.text) && first.text.length >= 3 && personNameAt(tokens, i + 1, limit, covered, c)) return i + 1;
  while (end < limit && end - i < 12) {
    const t = tokens[end]!;
    if (covered[end] === 2 || covered[end] === 3) break;
    if (t.type === "word" && (t.upper || ATTACHED_PARTICLE.test(t.text)) && !covered[end]) {
      // "Ministerul Economiei Cristian Bădescu": after a portfolio, two capitalised words that are no genitives are a person's name
      const next = tokens[end + 1];
      // (… or after a known name that ends the body's: "Ministerul Sănătății al Republicii Moldova Viorica Cazacliu";
      // "Andrei", "Matei" end like a genitive and are given names: "Ministerul Culturii Andrei Roșcăneanu")
      // (a portfolio in the genitive: "Serviciul Public Județean Salvamont Gorj" runs on after the adjective "Public")
      const before = tokens[end - 1]!;
      // ("Ministerul Agriculturii și Dezvoltării Rurale Marian Dumbrăveanu": or an adjective in the genitive after one)
      const portfolioGenitive = (w: Token | undefined): boolean => !!w && c.portfolios.words.has(w.fold) && BODY_GENITIVE.test(w.fold);
      const bodyEnds = portfolioGenitive(before) || (BODY_GENITIVE.test(before.fold) && portfolioGenitive(tokens[end - 2])) || (before.upper && c.aliases.has(before.fold));
      if (isOrg && c.lang === "ro" && bodyEnds && !c.portfolios.words.has(t.fold) && !BODY_GENITIVE.test(t.fold) && next?.upper && next.type === "word" && !GENITIVE_END.test(next.fold)) break;
      // "the Agriculture, Forestry and Food Ministry Boštjan Mlakar-Ferfolja": after an English body's head that ends its
      // name, two words of a person's name and no third are that person's
      if (c.lang === "en" && end - i >= 2 && isOrgHead(before, c) && personNameAt(tokens, end, limit, covered, c)) break;
      end++;
      continue;
    }
    // "the Business and Trade Committee", "the Science and Technology Office": two words joined by "and" before the
    // organisation's head are one name
    if (c.lang === "en" && t.fold === "and" && !isOrg) {
      const headAt = orgHeadAhead(tokens, end + 1, limit, covered, c);
      if (headAt > 0 && !tokens.slice(i, end).some((x) => isOrgHead(x, c))) {
        end = headAt + 1;
        continue;
      }
    }
    // "Lotteria Melita plc", "Ignis Memorial srl": a company's legal form written in lower case ends its name
    if (t.type === "word" && !t.upper && LOWER_LEGAL_FORMS.has(t.fold)) {
      end++;
      break;
    }
    // "Korea Hydro & Nuclear Power", "Procter & Gamble": an ampersand between capitalised words joins one name,
    // and so does a plural's apostrophe: "the Colón Free Zone Users' Association"
    const pluralApostrophe = (t.text === "'" || t.text === "’") && /s$/.test(tokens[end - 1]!.fold) && c.lang === "en";
    if ((t.text === "&" || pluralApostrophe) && tokens[end + 1]?.type === "word" && tokens[end + 1]!.upper && !covered[end + 1]) {
      end += 2;
      continue;
    }
    // "Asociația de Proprietari nr. 14", "Școala Gimnazială nr. 5", "Homeowners' Association No. 14": a body's number
    // is part of its name
    if (isOrg && t.fold === "nr" && tokens[end + 1]?.text === "." && tokens[end + 2]?.type === "number" && !covered[end + 2]) {
      end += 3;
      continue;
    }
    if (c.lang === "en" && t.text === "." && tokens[end - 1]!.text === "No" && tokens[end + 1]?.type === "number" && tokens.slice(i, end - 1).some((x) => isOrgHead(x, c))) {
      end += 2;
      continue;
    }
    // "the Hanoi People's Committee", "the Women's Institute": an irregular plural's possessive inside one name
    if (c.lang === "en" && POSSESSIVE_S.has(t.text) && IRREGULAR_PLURALS.has(tokens[end - 1]!.fold) && tokens[end + 1]?.type === "word" && tokens[end + 1]!.upper && !covered[end + 1]) {
      end += 2;
      continue;
    }
    // "Instituția Prefectului – Județul Brașov": a dash before the county ends no Romanian body's name (the prefecture's
    // official name)
    if (isOrg && c.lang === "ro" && (t.text === "–" || t.text === "-") && COUNTY_WORDS.has(tokens[end + 1]?.fold ?? "") && tokens[end + 1]!.upper && tokens[end + 2]?.upper && tokens[end + 2]!.type === "word" && !covered[end + 1] && !covered[end + 2]) {
      end += 3;
      continue;
    }
    // "Ministerul Mediului, Apelor și Pădurilor": a comma between the genitives of one Romanian body's name
    if (isOrg && c.lang === "ro" && t.text === "," && tokens[end + 1]?.upper && !covered[end + 1] && GENITIVE_END.test(tokens[end + 1]!.fold) && GENITIVE_END.test(tokens[end - 1]!.fold) && tokens.slice(end + 2, end + 5).some((x) => x.fold === "si")) {
      end += 2;
      listed = true;
      continue;
    }
    // "Camera de Comerț, Industrie și Agricultură Timiș", "Administrația Lacuri, Parcuri și Agrement": a list of single
    // words closed by "și" inside one Romanian body's name
    if (isOrg && c.lang === "ro" && t.text === ",") {
      const listEnd = roListEnd(tokens, end, limit, covered, c);
      if (listEnd > 0) {
        end = listEnd;
        continue;
      }
    }
    // "the Agriculture, Forestry and Food Ministry": a list of portfolios closed by "and" before a body's head is its name's
    if (c.lang === "en" && !joined && !isOrg && t.text === ",") {
      const listEnd = closedListEnd(tokens, end, (j) => (singleNameWord(tokens, j, limit, covered, c) ? j + 1 : -1), AND);
      if (listEnd > 0 && listEnd < limit && isOrgHead(tokens[listEnd]!, c) && !covered[listEnd] && tokens.slice(i, end).every((x) => x.upper && !c.aliases.has(x.fold))) {
        end = listEnd + 1;
        continue;
      }
    }
    // "the Ministry of Science, Innovation and Universities": after "of", a list that ends in "and" is one name's
    if (c.lang === "en" && joined && t.text === ",") {
      const listEnd = ofListEnd(tokens, end, limit, covered, c);
      if (listEnd > 0) {
        end = listEnd;
        continue;
      }
    }
    // "the parish of St. Kastulus", "Biserica Sf. Nicolae": a saint's abbreviation keeps its full stop inside a name
    if (t.text === "." && NAME_ABBREVIATIONS.has(tokens[end - 1]!.fold) && t.start === tokens[end - 1]!.end && tokens[end + 1]?.upper && tokens[end + 1]!.type === "word" && !covered[end + 1]) {
      end += 2;
      continue;
    }
    // connectors inside names: "Consiliul Național de Securitate și Apărare", "Ursula von der Leyen"
    // ("Moosburg an der Isar", "Rothenburg ob der Tauber": "an" and "ob" only before "der")
    const connectors = nameConnectors(isOrg, c.lang, joined);
    const townParticle = c.lang === "en" && (t.fold === "an" || t.fold === "ob") && tokens[end + 1]?.fold === "der";
    // ("the Joint Committee on Housing, Local Government and Heritage": "on" after a body's head says what it is on)
    const remit = c.lang === "en" && t.fold === "on" && isOrgHead(tokens[end - 1]!, c) && !!tokens[end + 1]?.upper && !isDayWord(tokens[end + 1]!, c.lang);
    if (t.type === "word" && !t.upper && (connectors.has(t.fold) || townParticle || remit)) {
      let k = end + 1;
      const opensOf = c.lang === "en" && (t.fold === "of" || t.fold === "for" || remit);
      // "primit la sediul Caspiroil de Tarik Osei": "de" before a full name is "by", no particle ("Charles de Gaulle")
      if (c.lang === "ro" && !isOrg && t.fold === "de" && tokens[end + 1]?.upper && tokens[end + 2]?.upper && tokens[end + 2]!.type === "word") break;
      // "Delegates of the OSCE …", "Members of the Council …": a sentence's plural first word joins no name over "of"
      if (opensOf && commonFirst && end === i + 1 && /s$/.test(first.fold)) break;
      // "the Chamber of Deputies in Valparaíso": where a body sits, told after its name, is no part of it
      if (c.lang === "en" && t.fold === "in" && (townEnd(tokens, end + 1, limit, c) > 0 || c.towns.has(tokens[end + 1]?.fold ?? "") || countryAt(tokens, end + 1, c))) break;
      // "Maris Sangiampongsa of Thailand": a name with no organisation or place word before "of <country>" is a person's
      // ("Marco Pellegatti of Conceria Valdarno": so is one whose last word the text also writes alone, "Pellegatti said")
      const plainBefore = !tokens.slice(i, end).some((x) => isOrgHead(x, c) || c.placeWords.has(x.fold) || c.nameHeads.companyEnds.has(x.fold) || isAcronym(x.text));
      // (… and so is a given name with a double-barrelled surname: "Marijke Goossens-Pauwels of the Flemish Waterways")
      const doubleBarrelled = end - i === 2 && /\p{Ll}-\p{Lu}/u.test(tokens[end - 1]!.text);
      if (opensOf && t.fold === "of" && plainBefore && (countryAt(tokens, end + 1, c) || doubleBarrelled || (end - i >= 2 && end - i <= 3 && writtenAlone(tokens, tokens[end - 1]!)))) break;
      const more = nameConnectors(isOrg, c.lang, joined || opensOf);
      // ("de la Cruz": "la" joins after "de")
      while (k < limit && tokens[k]!.type === "word" && !tokens[k]!.upper && (more.has(tokens[k]!.fold) || (tokens[k]!.fold === "la" && tokens[k - 1]!.fold === "de" && !companyNamed)) && k - end < 3) k++;
      const next = tokens[k];
      // "Mary Jones of the Bank of England", "Uniunii … și a Universității …": a new organisation's name starts
      // … and so does one after "and the" ("the EU Chamber of Commerce and the Ukrainian Navy")
      const andThe = c.lang === "en" && tokens.slice(end, k).some((x) => x.fold === "and") && k - end > 1;
      // (… and so is an acronym after "și": "cu Prefectura Vrancea și DSVSA")
      // (… and so is a name no genitive ending declines after "și a": "a Consiliului Județean și a Salvamont"; not "Agenția
      // Națională a Medicamentului și a Dispozitivelor Medicale")
      const andGenitive = c.lang === "ro" && t.fold === "si" && GENITIVE_ARTICLES.has(tokens[end + 1]?.fold ?? "") && !!next && !GENITIVE_END.test(next.fold);
      const listClosed = listed && t.fold === "si" && k === end + 1 && !!next && GENITIVE_END.test(next.fold);
      const newOrg = !listClosed && (andThe || andGenitive || ((opensOf || t.fold === "si" || t.fold === "and") && !!next && (isOrgHead(next, c) || (t.fold !== "of" && isAcronym(next.text) && next.text.length >= 3))));
      if (next && next.type === "word" && next.upper && !covered[k] && !newOrg) {
        joined ||= opensOf;
        // ("the University of Dar es Salaam": a town the gazetteer knows after "of" is whole, its particles too)
        end = (opensOf ? townEnd(tokens, k, limit, c) : 0) || k + 1;
        continue;
      }
    }
    break;
  }
  return end;
}

/**
 * The end of a list of one or two capitalised words per item from the comma at `k`, closed by "and" (", Volcanology,
 * Meteorology and Hydrology"), else -1. No item may be a known name ("of England, France and Germany" lists countries).
 */
function ofListEnd(tokens: Token[], k: number, limit: number, covered: Uint8Array, c: Compiled): number {
  const item = (j: number): number => {
    let e = j;
    // (an adjective may open an item of two words: ", Local Government and Heritage")
    const plain = (k: number, open = false): boolean =>
      k < limit && tokens[k]!.type === "word" && tokens[k]!.upper && !c.aliases.has(tokens[k]!.fold) && (!covered[k] || (open && covered[k] === 3));
    while (e - j < 2 && (plain(e) || (e === j && plain(e, true) && plain(e + 1)))) e++;
    return e > j ? e : -1;
  };
  const end = closedListEnd(tokens, k, item, AND);
  // (not a list that runs on into another name: "… and Heritage Minister X")
  return end > 0 && tokens[end]?.upper && tokens[end]!.type === "word" ? -1 : end;
}

/**
 * The end of a Romanian list of single capitalised words from the comma at `k`, closed by "și" (", Industrie și
 * Agricultură"), else -1. No item may be a known name, an organisation's head or a genitive (those start other names).
 */
function roListEnd(tokens: Token[], k: number, limit: number, covered: Uint8Array, c: Compiled): number {
  const item = (j: number): boolean =>
    j < limit && tokens[j]!.type === "word" && tokens[j]!.upper && !covered[j] && !c.aliases.has(tokens[j]!.fold) && !isOrgHead(tokens[j]!, c) && !GENITIVE_END.test(tokens[j]!.fold) && !isAcronym(tokens[j]!.text);
  return item(k - 1) ? closedListEnd(tokens, k, (j) => (item(j) ? j + 1 : -1), SI) : -1;
}

/** The end of the longest town of two to four words the gazetteer knows from `k` ("Dar es Salaam"), else 0. */
function townEnd(tokens: Token[], k: number, limit: number, c: Compiled): number {
  for (let e = Math.min(limit, k + 4); e > k + 1; e--) {
    if (tokens[e - 1]!.upper && c.towns.has(tokens.slice(k, e).map((t) => t.fold).join(" "))) return e;
  }
  return 0;
}

/** A capitalised word at `j` that no list knows and that is no body's head: one item of a list inside a name. */
function singleNameWord(tokens: Token[], j: number, limit: number, covered: Uint8Array, c: Compiled): boolean {
  const t = tokens[j];
  return j < limit && !!t && t.type === "word" && t.upper && !covered[j] && !c.aliases.has(t.fold) && !isOrgHead(t, c) && !isAcronym(t.text);
}

/** Two capitalised words at `k` that no list knows, with no noun's article, and no third: a person's name ("Adela Murgociu"). */
function personNameAt(tokens: Token[], k: number, limit: number, covered: Uint8Array, c: Compiled): boolean {
  const words = [tokens[k], tokens[k + 1]];
  if (!words.every((t, j) => !!t && k + j < limit && !covered[k + j] && t.type === "word" && t.upper && !isAcronym(t.text) && !c.aliases.has(t.fold) && !isOrgHead(t, c) && !c.placeWords.has(t.fold))) return false;
  const after = tokens[k + 2];
  return !NOUN_ARTICLE.test(words[0]!.fold) && !(after && after.type === "word" && after.upper);
}
const NOUN_ARTICLE = /(ile|ele|ul|ului|lor|ii)$/;

/** Companies' legal forms that are written in lower case too ("Lotteria Melita plc"); no Romanian word among them ("sa"). */
const LOWER_LEGAL_FORMS = new Set(["plc", "ltd", "inc", "llc", "gmbh", "srl"]);

/** The organisation head ending a run of at most three unknown capitalised words from `k` ("Trade Committee"), else -1. */
function orgHeadAhead(tokens: Token[], k: number, limit: number, covered: Uint8Array, c: Compiled): number {
  for (let j = k; j < limit && j - k < 3; j++) {
    const t = tokens[j]!;
    if (t.type !== "word" || !t.upper || covered[j]) return -1;
    if (isOrgHead(t, c)) return tokens[j + 1]?.upper && tokens[j + 1]!.type === "word" && !covered[j + 1] ? -1 : j;
  }
  return -1;
}

const OPEN_QUOTES = new Set(["„", "“", "\"", "«"]);
const CLOSE_QUOTES = new Set(["”", "“", "\"", "»"]);

/** The end of a quoted name of one to four capitalised words right at `k` ("„Spiru Haret”"), else `k`. */
function quotedNameEnd(tokens: Token[], k: number, limit: number): number {
  if (!OPEN_QUOTES.has(tokens[k]?.text ?? "")) return k;
  let j = k + 1;
  while (j < limit && j - k <= 4 && tokens[j]!.type !== "punct" && tokens[j]!.upper) j++;
  return j > k + 1 && CLOSE_QUOTES.has(tokens[j]?.text ?? "") ? j + 1 : k;
}

/** A known country's name starts at token `k` (one or two words: "Thailand", "South Korea"). */
function countryAt(tokens: Token[], k: number, c: Compiled): boolean {
  const one = tokens[k]?.fold ?? "";
  const two = `${one} ${tokens[k + 1]?.fold ?? ""}`;
  return [one, two].some((key) => (c.aliases.get(key) ?? []).some((h) => h.kind === "country"));
}

/** Words after which a portfolio word ends a title: "Minister of Economy and Finance X". */
const PORTFOLIO_LINKS = new Set(["and", "of", "for", "&"]);

/** Decides what a discovered run of capitalised words is, or drops it. */
function classify(
  doc: Document,
  i: number,
  end: number,
  sentence: number,
  sentenceStart: number,
  c: Compiled,
  titles: TitleHit[],
): RawMention | undefined {
  const tokens = doc.tokens;
  const first = tokens[i]!;
  const len = end - i;
  // "Planul Național de Redresare și Reziliență", "the Paris Agreement": a document, not an actor.
  if (c.nameHeads.documents.has(first.fold) && len > 1) return undefined;
  // "the High Seas Treaty", "the World Games": an English document's or event's head comes last
  if (c.lang === "en" && len > 1 && c.nameHeads.documents.has(tokens[end - 1]!.fold)) return undefined;
  // "the Cold War", "the Middle Ages", "World War II": an age or a war, no actor (not "the War Office": its head is last)
  if (c.lang === "en" && len > 1 && (PERIOD_ENDS.has(tokens[end - 1]!.fold) || (/^[ivxlc]+$/.test(tokens[end - 1]!.fold) && PERIOD_ENDS.has(tokens[end - 2]!.fold)))) return undefined;
  // "El Fasher", "Al Hudaydah": an Arabic article before one name is a town's name.
  if (len === 2 && ARTICLE_PLACE.has(first.fold)) {
    return placeMention(doc, i, end, sentence, sentenceStart, c);
  }
  // Sentence-initial words are capitalised anyway: drop function words and common openers.
  // (not after a title: "Deputy Minister Do Van Khai")
  const afterTitle = len > 1 && i > sentenceStart && titles.some((t) => t.end === i);
  if (c.stopwords.has(first.fold) && !afterTitle) {
    if (len === 1) return undefined;
    return classify(doc, i + 1, end, sentence, sentenceStart, c, titles);
  }
  // "Ședința Consiliului Județean …", "Declarațiile Mihaelei Costache": a Romanian sentence opening with a
  // meeting noun or a definite plural (no name's form) before a name starts the name after it.
  // ("Reprezentanții Asociației …", "Liderii Federației …": a group noun opens it the same way)
  if (i === sentenceStart && len > 1 && c.lang === "ro" && !c.orgWords.has(first.fold) && (c.triggers.get(first.stem)?.some((p) => p.parts.length === 1) || /(iile|urile|ele|ii)$/.test(first.fold) || !!groupNounOf(c, first))) {
    return classify(doc, i + 1, end, sentence, sentenceStart, c, titles);
  }
  // "Orașul Râșnov a primit …", "Comuna Frătești a votat": a sentence's opening head of a place names that place
  if (i === sentenceStart && len > 1 && c.lang === "ro" && c.placeHeads.before.has(first.fold) && !isOrgHead(first, c)) {
    const town = classify(doc, i + 1, end, sentence, sentenceStart, c, titles);
    if (town && town.kind !== "place") {
      town.kind = "place";
      town.kindSure = true;
      town.label = labelOf(doc, i + 1, end, "place", c);
    }
    return town;
  }
  // "Firma Ignis Memorial SRL, care …": a sentence's opening company noun is no part of the company's name
  if (i === sentenceStart && len > 1 && c.lang === "ro" && c.nameHeads.companies.has(first.fold) && !isOrgHead(first, c)) {
    return classify(doc, i + 1, end, sentence, sentenceStart, c, titles);
  }
  // "Finanțarea Băncii Europene de Investiții", "Decizia Consiliului Local": a sentence's opening feminine noun with its
  // article before a body's head in the genitive is what is said of the body
  if (i === sentenceStart && len >= 2 && c.lang === "ro" && /\p{Ll}(ia|ea|rea)$/u.test(first.text) && !isOrgHead(first, c) && !c.placeWords.has(first.fold) && GENITIVE_END.test(tokens[i + 1]!.fold) && isOrgHead(tokens[i + 1]!, c)) {
    return classify(doc, i + 1, end, sentence, sentenceStart, c, titles);
  }
  // "Analistul Sorina Pleșa", "Economistul Ion Pop": a sentence's opening noun with its article is a description of the name after it
  if (i === sentenceStart && len >= 3 && c.lang === "ro" && /\p{Ll}(ul|ului)$/u.test(first.text) && first.text.length >= 6 && !c.orgWords.has(first.fold) && !c.placeWords.has(first.fold) && !isOrgHead(first, c)) {
    return classify(doc, i + 1, end, sentence, sentenceStart, c, titles);
  }
  // A quotation starts with a capital too: „Elemente fundamentale”, "Fundamentals first".
  const opensQuote = OPENING_QUOTES.has(tokens[i - 1]?.text ?? "");
  if ((i === sentenceStart || opensQuote) && len === 1 && !isAcronym(first.text) && !seenCapitalisedElsewhere(doc, i)) return undefined;
  // "Belgrad-Pristina": two known names joined by a hyphen are those names, not a new one.
  if (len === 1 && first.fold.includes("-") && first.fold.split("-").every((p) => p.length > 1 && c.aliases.has(p))) return undefined;
  // "Environment Minister", "Climate Commissioner": a portfolio before a title is part of the title.
  if (len === 1 && c.lang === "en" && c.portfolios.en.get(first.fold)) return undefined;
  // (… and so is any one word right before an English title: "Mines Minister Paul Kabwe", "Fisheries Commissioner")
  if (len === 1 && c.lang === "en" && tokens[end]?.upper && c.titleWords.has(tokens[end]!.fold) && !c.orgWords.has(first.fold) && !isAcronym(first.text)) return undefined;
  // (… and the words of a portfolio of several before one: "Agriculture, Water and Land Reform Minister Petrus Nangolo",
  // "Ecuador's Production and Foreign Trade Minister Daniela Robalino"; not "Robalino and Foreign Minister X")
  if (c.lang === "en" && portfolioBeforeTitle(tokens, i, end, c)) return undefined;
  // "deputatul de Mehedinți Titus Bolocan": a title's constituency after "de" is no part of the name after it
  if (c.lang === "ro" && len >= 3 && tokens[i - 1]?.fold === "de" && titles.some((t) => t.end === i - 1)) return classify(doc, i + 1, end, sentence, sentenceStart, c, titles);
  // "the Lusaka-based Mining Workers Union": where it is based is no part of its name
  // (… nor where it is listed or who owns it: "Canadian-listed Cordillera Copper Corp", "a state-owned X")
  if (len > 1 && WHERE_BASED.test(first.fold)) return classify(doc, i + 1, end, sentence, sentenceStart, c, titles);
  // "Minister of Economy and Finance Jamshid Kuchkarov": the end of a portfolio is no part of the name after it.
  // ("Coordinating Minister for Economic Affairs Airlangga Hartarto": every word of the portfolio)
  const portfolioWord = (t: Token | undefined): boolean => !!t && (!!c.portfolios.en.get(t.fold) || c.portfolios.words.has(t.fold));
  // ("Minister of Climate and the Environment Kai Mykkänen": "and the" links too)
  const linked = PORTFOLIO_LINKS.has(tokens[i - 1]?.fold ?? "") || (tokens[i - 1]?.fold === "the" && PORTFOLIO_LINKS.has(tokens[i - 2]?.fold ?? ""));
  // (not an organisation's name: "officials of the Foreign Affairs Ministry", "the National Electric Grid of Kyrgyzstan")
  const orgName = tokens.slice(i, end).some((t) => isOrgHead(t, c) || t.fold === "of") || c.nameHeads.companyEnds.has(tokens[end - 1]!.fold);
  if (c.lang === "en" && len > 2 && portfolioWord(first) && (linked || (portfolioWord(tokens[i - 1]) && tokens[i - 1]!.upper)) && !orgName) return classify(doc, i + 1, end, sentence, sentenceStart, c, titles);
  // ("Deputy Minister of Higher Education and Training X": a portfolio of portfolio words alone is the title's)
  if (c.lang === "en" && linked && tokens.slice(i, end).every(portfolioWord)) return undefined;
  // "the two Andean neighbours": a regional adjective before a lower-case plural, no name ("Caribbean governments" are a group)
  if (len === 1 && c.lang === "en" && /(ean|ian|ese)$/.test(first.fold) && tokens[end]?.type === "word" && !tokens[end]!.upper && /s$/.test(tokens[end]!.fold) && !groupNounOf(c, tokens[end]!)) return undefined;
  // "a Catholic church", "this Bavarian town": after a determiner, one word with an adjective's ending before a lower-case
  // noun is an adjective, no name (not before a verb, "the Pacific has", nor a group's noun, "the Pacific ministers")
  if (len === 1 && c.lang === "en" && /(ean|ian|ese|ic|ish)$/.test(first.fold) && ADJECTIVE_DETERMINERS.has(tokens[i - 1]?.fold ?? "") && tokens[end]?.type === "word" && !tokens[end]!.upper && !c.stopwords.has(tokens[end]!.fold) && !groupNounOf(c, tokens[end]!)) return undefined;
  // "the US-proposed plan", "a Qatari-led team": an adjective made with a hyphen, no name.
  if (len === 1 && c.lang === "en" && /-\p{Ll}+$/u.test(first.text)) return undefined;
  // "Deputy Assistant", "Acting Director": title words are a title, not a name.
  // (but "General Border Committee", "Supreme Court" are organisations' names)
  if (c.lang === "en" && c.titleWords.has(first.fold) && !c.orgWords.has(first.fold) && !(len > 1 && c.orgWords.has(tokens[end - 1]!.fold))) {
    if (len === 1) return undefined;
    return classify(doc, i + 1, end, sentence, sentenceStart, c, titles);
  }
  if (first.text.length < 2) return undefined;
  // "clasa a V-a", "secolul al XIX-lea": a Romanian ordinal in Roman numerals is no name
  if (len === 1 && /^[IVXLC]+-(a|lea)$/.test(first.text)) return undefined;
  // "the Facility", "Port", "Vămii" cut off a longer name: one word the text also writes in lower case is a common noun
  if (len === 1 && !isAcronym(first.text) && seenLowerCase(doc, first)) return undefined;
  // "în Capitală": the capital written with a capital is no name of its own (see venues)
  if (len === 1 && CAPITAL_WORDS.has(first.fold) && i > sentenceStart) return undefined;
  if (isDocumentHead(first, c)) return undefined;
  // "programul Visa Waiver", "the Erasmus programme": a programme is what is talked about, no actor.
  if (c.nameHeads.programmes.has(tokens[i - 1]?.fold ?? "") || c.nameHeads.programmes.has(tokens[end]?.fold ?? "")) return undefined;
  if (WHERE_BASED.test(tokens[end - 1]!.fold)) return undefined;
  // "Ministrul Transporturilor", "ministrul Apărării": a portfolio after a title is part of the title.
  if (len === 1 && c.lang === "ro" && c.portfolios.ro.get(first.fold)) return undefined;
  // "at his official residence, Seri Perdana,", "la reședința sa, Vila Lac": a name in apposition to a venue noun is that venue
  // (not a noun that says of what another is: "the developer of the estate, Isarblick Wohnbau")
  const complement = tokens[DETERMINERS.has(tokens[i - 3]?.fold ?? "") ? i - 4 : i - 3]?.fold === "of";
  if (tokens[i - 1]?.text === "," && c.placeHeads.apposed.has(tokens[i - 2]?.fold ?? "") && !complement) {
    // (the place cue stands before the venue noun and its modifiers: "at his official residence")
    let k = i - 2;
    while (k > sentenceStart && i - 2 - k < 4 && !c.placeCues.has(tokens[k - 1]!.fold) && !tokens[k - 1]!.upper) k--;
    return placeMention(doc, i, end, sentence, sentenceStart, c, k);
  }
  const m = makeMention(doc, i, end, sentence);
  // "la palatul Huis ten Bosch": the place cue stands before the lower-case place head.
  // … and so does "in the town of X"; "despre canalul Sulina" names a place but not where anything is held
  m.afterPlaceCue = afterPlaceCue(tokens, i, sentenceStart, c) || venueHeadBefore(tokens, i, c) || onSurface(tokens, i, end);
  const prev = tokens[i - 1];
  const headBase = baseForms(first.text);
  const last = tokens[end - 1]!;
  const titleBefore = titles.some((t) => t.end === i || (t.end === i - 1 && tokens[i - 1]?.text === ","));
  const run = tokens.slice(i, end);
  const ofName = c.lang === "en" && run.some((t) => t.fold === "of" || t.fold === "for");
  const apposed = apposedKind(tokens, i, end, sentenceStart, c, titles);
  m.kindSure = true;
  if (len === 1 && isAcronym(first.text)) {
    m.kind = "organization";
  } else if (companyCue(tokens, i, c)) {
    // "constructorului turc Anadolu Yol", "the contractor Vinci", "compania X"
    m.kind = "organization";
  } else if (len >= 2 && c.placeHeads.after.some((words) => words.length < len && words[words.length - 1] === last.fold && words.every((w, k) => run[len - words.length + k]!.fold === w))) {
    // "the State House Conference Centre", "Marina Bay Hotel": a venue head ends the name
    m.kind = "place";
  } else if (c.lang === "ro" && len >= 2 && (HOUSE_HEADS.has(first.fold) || (first.fold === "centrul" && run[1]!.fold === "cultural")) && m.afterPlaceCue) {
    // "la Casa Tineretului", "la Casa Luxemburg": after a place cue, a house is the building
    m.kind = "place";
  } else if (c.orgWords.has(first.fold) || headBase.some((b) => c.orgWords.has(fold(b))) || c.orgWords.has(last.fold) || (ofName && c.orgWords.has(headBeforeOf(run))) || (c.lang === "en" && c.orgWords.has(headBeforeOn(run)))) {
    // ("the Harbour Authority of Kalmora": an English name's head is its last word before "of"; "Sectoral Council on
    // Trade, Industry …": or before "on", what it is on)
    m.kind = "organization";
    if (len === 1) return undefined; // a bare "Fondului" is a reference, not a name
  } else if (len >= 2 && (c.nameHeads.companyEnds.has(last.fold) || run.some((t) => t.text === "&") || (!titleBefore && run.some((t) => isAcronym(t.text) && t.text.length >= 3)) || (isAcronym(first.text) && first.text.replace(/[^\p{L}]/gu, "").length >= 3) || (c.lang === "ro" && RO_PLURAL_NOUN.test(last.text.toLowerCase())))) {
    // "Seorim Battery Solutions", "Korea Hydro & Nuclear Power", "CFR Marfă", "Inter RAO": no person's name ends so or holds an acronym
    // (nor starts with one, after a title too: "președintele OUAI Nisipurile Dăbuleni"), nor with a Romanian plural noun
    // ("Carpatmol Restaurări", "Arcada Renovări", "Geo Trotuș Măsurători", "Delta Construcții")
    m.kind = "organization";
  } else if (c.lang === "en" && len >= 2 && c.nameHeads.programmes.has(last.fold)) {
    // "the Volcano Disaster Assistance Program": a programme named as an actor is run by a body, no person
    m.kind = "organization";
    m.kindSure = false;
  } else if (len >= 3 && countryAt(tokens, end - 1, c)) {
    // "Forest Watch Indonesia": a country that ends a name ends an organisation's
    m.kind = "organization";
  } else if (len >= 2 && c.nameHeads.companyFirst.has(first.fold)) {
    // "PT Konawe Prima Smelting", "PJSC Rosneft": a company's legal form before its name
    m.kind = "organization";
  } else if (run.some((t, k) => t.text === "." && NAME_ABBREVIATIONS.has(run[k - 1]?.fold ?? ""))) {
    // "St. Kastulus", "Biserica Sf. Nicolae": a saint's name is a church's (or a town's), no person's
    m.kind = "place";
    m.kindSure = false;
  } else if (len >= 3 && c.lang === "en" && run.some((t, k) => k > 0 && t.text === "na")) {
    // "Bord na Móna": an Irish "na" joins no person's name (a capitalised "Na" opens a Czech street's: "Na Poříčí Street")
    m.kind = "organization";
    m.kindSure = false;
  } else if (c.lang === "en" && run.some((t, k) => TOWN_PARTICLES.has(t.fold) || (t.fold === "der" && (run[k - 1]?.fold === "an" || run[k - 1]?.fold === "ob")))) {
    // "Frankfurt am Main", "Moosburg an der Isar", "Newcastle upon Tyne"
    m.kind = "place";
  } else if (len >= 2 && !titleBefore && c.nameHeads.placeFirst.has(first.fold)) {
    // "Santa Cruz", "São Paulo", "Southeast Sulawesi"
    m.kind = "place";
  } else if (c.lang === "ro" && len === 1 && titleBefore && first.fold.length > 6 && first.fold.endsWith("ului")) {
    // "Primarul Tășnadului", "prefectul Clujului": a title's genitive of one word is what the title is held of, a town
    // more often than not (no one's name is told in the genitive after a title)
    m.kind = "place";
    m.kindSure = false;
  } else if (c.lang === "ro" && GENITIVE_ARTICLES.has(prev?.fold ?? "") && GENITIVE_END.test(first.fold) && titles.some((t) => t.end === i || t.end === i - 1)) {
    // "directorul general al Poștei Române": a name in the genitive after a title's "al" is where the title is held
    m.kind = "organization";
    m.kindSure = false;
  } else if (titleBefore && c.lang === "ro" && personNamedAfter(tokens, end, c)) {
    // "Directorul Dorohoi Impex, Ion Rusu": the name after the title is what the title is of; the person comes after the comma
    m.kind = "organization";
    m.kindSure = false;
  } else if (!ofName && (titleBefore || (prev && PERSON_CUES.has(prev.fold)))) {
    m.kind = "person";
  } else if ((c.lang === "en" ? (ofName ? run.slice(0, run.findIndex((t) => t.fold === "of" || t.fold === "for")) : run.slice(1)) : run).some((t) => c.placeWords.has(t.fold)) || placeHeadBefore(tokens, i, c)) {
    // English place words follow the name ("Hyde Park", not "Park Min-seo"), or lead an "of" name ("Gulf of Aden"; not
    // "the Municipality of the District of Barrington")
    m.kind = "place";
  } else if (apposed) {
    // "Clonmore Peat, a company in Ferbane", "the developer of the estate, Isarblick Wohnbau,", "from Jonas Wetterich,
    // spokesman of …": an apposition says what the name is
    // (a cue, not a default guess: the name's other mentions take its kind)
    m.kind = apposed;
  } else if (c.lang === "ro" && prev?.fold === "la" && tokens[i - 2]?.fold === "de" && THOSE.has(tokens[i - 3]?.fold ?? "")) {
    // "au anunțat cei de la Citadin Taxi": the people at a name work for it
    m.kind = "organization";
  } else if ((prev?.fold === "of" || prev?.fold === "de") && COMPASS.has(tokens[i - 2]?.fold ?? "")) {
    // "north of Swakopmund", "la nord de Cahul": a direction from a name makes it a place (where something lies, no venue)
    m.kind = "place";
  } else if (c.lang === "en" && len >= 2 && AREA_AFTER.has(last.fold) && tokens[end]?.upper && c.titleWords.has(tokens[end]!.fold)) {
    // "Bayelsa State Governor Douye Diri", "Kiambu County Governor": an area named before a title is where it is held
    m.kind = "place";
  } else if (c.lang === "en" && tokens[end]?.type === "word" && !tokens[end]!.upper && AREA_AFTER.has(tokens[end]!.fold)) {
    // "Quebec's Beauce region", "Zanzibar's Unguja island": a lower-case area's noun after a name makes it that area's
    m.kind = "place";
  } else if (m.afterPlaceCue && (len <= 3 || ofName)) {
    m.kind = "place";
  } else if (len <= 3 && c.lang === "ro" && originOfPeople(tokens, i, c)) {
    // "Investitorul din Debrecen", "omologul său de la Ungheni", "Primarul din Hârtopul Mic": where someone comes from is a
    // place, though no meeting's
    m.kind = "place";
  } else if (ofName) {
    // "X of Y" is no person's name: "the Forces of Freedom and Change"
    m.kind = "organization";
    m.kindSure = false;
  } else if (c.towns.has(run.map((t) => t.fold).join(" "))) {
    // "Turnu Măgurele", "Zimnicea", "plants in Chimbote and Paita": a town the gazetteer knows, when nothing else says
    m.kind = "place";
    m.kindSure = false;
  } else if (len >= 2 && c.lang === "ro" && seenLowerCase(doc, first)) {
    // "Salina Târgu Ocna" where the text also says "salina": a common noun is no given name; a place when a town ends it
    const folds = run.map((t) => t.fold);
    m.kind = c.towns.has(folds.slice(1).join(" ")) || c.towns.has(folds.slice(2).join(" ")) ? "place" : "organization";
    m.kindSure = false;
  } else if (len <= 3 && run.every((t) => seenLowerCase(doc, t))) {
    // "Security Studies", "Film Directors" where the text writes "security", "studies", "film", "directors": common
    // nouns capitalised, no one's name, and nothing else says what they name
    return undefined;
  } else if (c.lang === "en" && len >= 2 && pluralOfCommonNoun(doc, last, c)) {
    // "Quebec Maple Syrup Producers", "Missisquoi Syrup Brokers": no person's name ends in a plural the text or the lexicon
    // knows as a common noun
    m.kind = "organization";
  } else if (c.lang === "en" && prev?.fold === "of" && tokens[i - 2]?.upper && tokens[i - 2]!.type === "word" && !c.titleWords.has(tokens[i - 2]!.fold) && !titles.some((t) => t.end === i - 1)) {
    // "Marco Pellegatti of Conceria Valdarno": what a person's name is "of" is where the person works
    m.kind = "organization";
    m.kindSure = false;
  } else if (c.lang === "ro" && len >= 2 && !titleBefore && nounAndGenitive(run, c)) {
    // "Poarta Sărutului", "Bâtca Doamnei", "Lunca Someșului": a noun and a name in the genitive name a place, no one's
    // name is written so (a man's surname takes "lui", not "-ului")
    m.kind = "place";
    m.kindSure = false;
  } else if (len >= 2 && !notPersonName(tokens, i, c)) {
    m.kind = "person";
    m.kindSure = false;
  } else {
    m.kind = "organization";
    m.kindSure = false;
  }
  m.label = labelOf(doc, i, end, m.kind, c);
  return m;
}

/** English nouns of an area written in lower case after its name ("the Beauce region", "Unguja island"). */
const AREA_AFTER = new Set(["region", "island", "islands", "peninsula", "valley", "county", "province", "district", "oblast", "governorate", "municipality", "delta", "plateau", "state"]);

/** Words of a superlative that the stopword lists hold ("cea mai mare", "the most"). */
const SUPERLATIVE_WORDS = new Set(["mai", "mare", "mari", "most"]);

/** Words that open an apposition: "X, a company …", "X, the Predazzo-based supplier", "unui producător …, X". */
const APPOSITION_DETERMINERS: Record<Lang, ReadonlySet<string>> = { en: new Set(["a", "an", "the"]), ro: new Set(["un", "o", "unui", "unei", "cel", "cea"]) };

/**
 * What an apposition next to the name at [i, end) says it is: after it, ", a company in Ferbane" or ", the Predazzo-based
 * supplier" (an organisation) or ", spokesman of the initiative" (a person: a title comes first); before it, "the developer
 * of the estate, X," or "reprezentanții unui producător austriac de căsuțe, X" (not "the head of the company, X").
 */
function apposedKind(tokens: Token[], i: number, end: number, sentenceStart: number, c: Compiled, titles: TitleHit[]): EntityKind | undefined {
  const sentence = tokens[i]!.sentence;
  const determiners = APPOSITION_DETERMINERS[c.lang];
  const company = (t: Token | undefined): boolean => !!t && t.type === "word" && !t.upper && c.nameHeads.companyStems.has(t.stem);
  if (tokens[end]?.text === ",") {
    let k = end + 1;
    // (a title of the name's own, with no name after it: not "… din Hajdu-Bihar, colonelul Lovas Gergely")
    const title = titles.find((t) => t.start === k);
    if (title && c.titleWords.has(tokens[k]!.fold) && !tokens[title.end]?.upper) return "person";
    // (a company's noun after a determiner and at most three words that describe it, no function word: not "Ruse, cu
    // primarul orașului", nor the next clause's subject, "Galina Marandiuc, agenția a confirmat")
    if (tokens[k]?.fold === "one" && tokens[k + 1]?.fold === "of") k += 2;
    // (not a place after a place cue, whose company may be the head's before it: "vinăria X din Ialoveni, cel mai mare
    // exportator")
    if (determiners.has(tokens[k]?.fold ?? "") && !afterPlaceCue(tokens, i, sentenceStart, c)) {
      for (const stop = ++k + 4; k < stop && tokens[k]?.sentence === sentence; k++) {
        if (company(tokens[k])) return "organization";
        const w = tokens[k]!;
        // ("cea mai mare firmă", "the most valuable company": a superlative's words are no function words here)
        if (w.type !== "word" || (c.stopwords.has(w.fold) && !SUPERLATIVE_WORDS.has(w.fold)) || (w.upper && !WHERE_BASED.test(w.fold))) break;
      }
    }
  }
  if (tokens[i - 1]?.text === ",") {
    for (let k = i - 2; k > sentenceStart && k > i - 9; k--) {
      const w = tokens[k]!;
      // (past where it is from: "patronul unei firme de excavații din Reghin, Terra Lucru")
      if (w.upper && k === i - 2 && (tokens[k - 1]?.fold === "din" || tokens[k - 1]?.fold === "from")) {
        k--;
        continue;
      }
      if (w.type !== "word" || w.upper) break;
      // (the determiner right before the noun or before one or two words that describe it: "a catering chain, X", "the
      // Flemish Waterways agency, X")
      const determined = [1, 2, 3].some((d) => determiners.has(tokens[k - d]?.fold ?? "") && tokens.slice(k - d + 1, k).every((x) => x.type === "word" && !c.stopwords.has(x.fold)));
      if (!company(w) || !determined) continue;
      // (not someone's title around it: "the head of the company, X", "the company's vice-president, X")
      return titles.some((t) => t.end >= k - 4 && t.start < i) || POSSESSIVE_S.has(tokens[k + 1]?.fold ?? "") ? undefined : "organization";
    }
  }
  return undefined;
}

/**
 * Romanian heads of buildings that also head bodies' names ("Casa Tineretului", "Biserica Neagră", "Muzeul Satului" as
 * buildings after a place cue; "Casa Națională de Pensii", "Biserica Ortodoxă Română" as bodies). "Centrul Cultural" too.
 */
const HOUSE_HEADS = new Set(["casa", "biserica", "muzeul", "teatrul", "biblioteca"]);

/** A title ends right before token `i`, or before a comma there ("a DGERT mediator, Sofia …"), or a person's cue does ("Mrs"). */
function titleRightBefore(tokens: Token[], i: number, titles: TitleHit[]): boolean {
  return PERSON_CUES.has(tokens[i - 1]?.fold ?? "") || titles.some((t) => t.end === i || (t.end === i - 1 && tokens[i - 1]?.text === ","));
}

/** A comma at `k`, then two capitalised words that no list knows (a person's name in apposition). */
function personNamedAfter(tokens: Token[], k: number, c: Compiled): boolean {
  if (tokens[k]?.text !== ",") return false;
  const name = [tokens[k + 1], tokens[k + 2]];
  return name.every((t) => !!t && t.type === "word" && t.upper && !isAcronym(t.text) && !c.titleWords.has(t.fold) && !c.orgWords.has(t.fold) && !c.stopwords.has(t.fold));
}

/** Romanian given names that end like a noun with its definite article ("Paul", not "Curierul"). */
const NAMES_ENDING_UL = new Set(["paul", "raul", "saul"]);

/**
 * An unknown name of two words or more that is no person's, though nothing else says what it is:
 * "the Northern Advocate" (no person's name takes "the"), "Curierul Argeșean", "Expresul Feroviar"
 * (a Romanian noun with its definite article first: a title, not a given name).
 */
function notPersonName(tokens: Token[], i: number, c: Compiled): boolean {
  if (c.lang === "en") return tokens[i - 1]?.fold === "the";
  const first = tokens[i]!.fold;
  return first.length > 4 && /[^aeiou]ul$/.test(first) && !NAMES_ENDING_UL.has(first);
}

/**
 * A Romanian name of a noun and a genitive after it: a later word in "-ului", or in "-ei" / "-ilor" after a first word in
 * "-a" that is no given name ("Bâtca Doamnei"; not "Maria Andrei", whose surname only ends like a genitive). Not after a
 * first word in "-ul": "Avocatul Poporului" is a body.
 */
function nounAndGenitive(run: Token[], c: Compiled): boolean {
  const first = run[0]!.fold;
  if (first.endsWith("ul")) return false;
  const feminineNoun = first.endsWith("a") && !first.split("-").some((w) => c.givenNames.has(w));
  return run.slice(1).some((t) => (t.fold.length > 6 && t.fold.endsWith("ului")) || (feminineNoun && /([^i]ei|ilor)$/.test(t.fold)));
}

/** An English capitalised plural of people who do something ("Producers", "Weavers") that is a group's noun or that the
 * text also writes in lower case, in the plural or the singular: not a surname ("Rogers", "Peters"). */
function pluralOfCommonNoun(doc: Document, t: Token, c: Compiled): boolean {
  if (!/(ers|ors|ants|ents|ists)$/.test(t.fold)) return false;
  if (groupNounOf(c, t)) return true;
  const words = lowerCaseWordsOf(doc);
  return words.has(t.fold) || words.has(t.fold.slice(0, -1));
}

/** Number of tokens of a lower-case venue head starting at `k` ("guest house", "hotel"), 0 when none. */
function venueHeadAfter(tokens: Token[], k: number, limit: number, c: Compiled): number {
  for (const head of c.placeHeads.after) {
    // (the first word alone first: most heads fail on it, and the test of every word costs a closure)
    if (k + head.length > limit || tokens[k]!.fold !== head[0]) continue;
    if (!head.every((w, j) => !tokens[k + j]!.upper && tokens[k + j]!.fold === w)) continue;
    // "the Quebec resort town of La Malbaie": a head followed by another noun qualifies that noun
    const next = tokens[k + head.length];
    if (next && c.placeHeads.before.has(next.fold)) return 0;
    return head.length;
  }
  return 0;
}

/** A discovered name that is surely a place; its place cue is read before `cueAt` (the name itself, or the venue noun it stands by). */
function placeMention(doc: Document, i: number, end: number, sentence: number, sentenceStart: number, c: Compiled, cueAt = i): RawMention {
  const m = makeMention(doc, i, end, sentence);
  m.kind = "place";
  m.kindSure = true;
  m.afterPlaceCue = afterPlaceCue(doc.tokens, cueAt, sentenceStart, c);
  m.label = labelOf(doc, i, end, "place", c);
  return m;
}

/** "orașul X", "the town of X", "the region of X": a lower-case place head names X a place. */
/** Words that make what follows a topic: "despre canalul Sulina", "about the port of Duqm". */
const TOPIC_WORDS = new Set(["despre", "privind", "about", "regarding", "concerning"]);

/** Where the lower-case place head before `i` starts ("palatul X" → the head, "the town of X" → "town"). */
function placeHeadStart(tokens: Token[], i: number): number {
  if (tokens[i - 2]?.fold === "de" && !tokens[i - 1]?.upper) return i - 3;
  return tokens[i - 1]?.fold === "of" ? i - 2 : i - 1;
}

function placeHeadBefore(tokens: Token[], i: number, c: Compiled): boolean {
  const prev = tokens[i - 1]?.fold ?? "";
  // ("stația de frontieră Ocnița", "portul de agrement X": a Romanian head with what kind of place it is)
  const described = tokens[i - 2]?.fold === "de" && tokens[i - 1]?.type === "word" && !tokens[i - 1]!.upper && c.placeHeads.before.has(tokens[i - 3]?.fold ?? "");
  // ("reședința guvernamentală Euxinograd", "palatul prezidențial X": a Romanian head with its adjective)
  const qualified = c.lang === "ro" && tokens[i - 1]?.type === "word" && !tokens[i - 1]!.upper && RO_ADJECTIVE.test(prev) && c.placeHeads.before.has(tokens[i - 2]?.fold ?? "");
  return c.placeHeads.before.has(prev) || (prev === "of" && c.placeHeads.before.has(tokens[i - 2]?.fold ?? "")) || described || qualified;
}

/**
 * A place head before `i` that makes the name a venue ("în comuna X", "in the town of X"): not after a word of topic
 * ("despre canalul Sulina") or of origin, nor a Romanian head in the genitive, which says whose something is ("primarul comunei X",
 * "președintele raionului Soroca").
 */
function venueHeadBefore(tokens: Token[], i: number, c: Compiled): boolean {
  const before = tokens[placeHeadStart(tokens, i) - 1]?.fold ?? "";
  // (nor after "din" / "from": "interconexiunile sale din zona Cernăuți" says where things are, not where anyone meets)
  if (!placeHeadBefore(tokens, i, c) || TOPIC_WORDS.has(before) || before === "din" || before === "from") return false;
  return !(c.lang === "ro" && RO_GENITIVE_HEAD.test(tokens[placeHeadStart(tokens, i)]!.fold));
}
const RO_GENITIVE_HEAD = /(ului|ei|ii)$/;
/** Endings of Romanian adjectives after a place's head, folded: "guvernamentală", "prezidențial", "oficială", "regală". */
const RO_ADJECTIVE = /(al|ala|ial|iala|ic|ica|esc|easca)$/;

const ARTICLE_PLACE = new Set(["el", "al"]);

const OPENING_QUOTES = new Set(["„", "“", "\"", "«", "‘", "'"]);


function companyCue(tokens: Token[], i: number, c: Compiled): boolean {
  const a = tokens[i - 1];
  const b = tokens[i - 2];
  // ("Firma Cartomis Proiect a câștigat": the noun may open the sentence, capitalised)
  if (!a || (a.upper && a.sentence === tokens[i - 2]?.sentence)) return false;
  if (c.nameHeads.companies.has(a.fold)) return true;
  // "Cotidianul local Curierul Argeșean", "Portalul economic X", "Industry newsletter X": a word or two that say
  // what kind between the noun (capitalised when it opens the sentence) and the name
  for (let k = i - 1; k >= i - 2 && k > 0; k--) {
    const w = tokens[k]!;
    if (w.upper || w.type !== "word" || c.stopwords.has(w.fold)) break;
    const noun = tokens[k - 1]!;
    if (c.nameHeads.companies.has(noun.fold) && (!noun.upper || noun.sentence !== tokens[k - 2]?.sentence)) return true;
  }
  // "constructorului turc X", "the Turkish contractor X"
  return !!b && !b.upper && demonymCountries(a, c).length === 1 && c.nameHeads.companies.has(b.fold) ||
    (c.lang === "en" && !!b && c.nameHeads.companies.has(a.fold));
}

/** The label of a discovered name: inflection removed where the morphology is sure. */
export function labelOf(doc: Document, i: number, end: number, kind: EntityKind, c: Compiled): string {
  // ("St. Kastulus": an abbreviation's full stop stays on it)
  return declinedLabel(doc, i, end, kind, c).replace(/ \. /g, ". ");
}

function declinedLabel(doc: Document, i: number, end: number, kind: EntityKind, c: Compiled): string {
  const lang = c.lang;
  const words = doc.tokens.slice(i, end).map((t) => t.text);
  if (lang !== "ro") {
    // "Kannawa Geothermal Power Co.": a company's abbreviated legal form keeps its full stop
    const stop = doc.tokens[end];
    const abbreviated = kind === "organization" && ABBREVIATED_ENDS.has(doc.tokens[end - 1]!.fold) && stop?.text === "." && stop.start === doc.tokens[end - 1]!.end;
    return words.join(" ").replace(/ 's$/, "").replace(/ (['’]s?) /g, "$1 ").replace(/ ,/g, ",") + (abbreviated ? "." : "");
  }
  if (kind === "person") {
    // Persons: only the clear genitive of female given names (Oanei → Oana) and "-ului" surnames.
    // ("Ilenei", "Emiliei": the nominative the article also writes, "Ileana", "Emilia", when it does)
    const written = (forms: string[]): string | undefined => forms.find((b) => doc.tokens.some((x) => x.text === b));
    return words
      .map((w) => {
        const f = fold(w);
        if (/(ului)$/.test(f) && w.length > 6) return baseForms(w)[0] ?? w;
        if (/ei$/.test(f) && words.length > 1 && w === words[0]) {
          const inText = written([...vowelRestored(w), ...baseForms(w)].filter((b) => b !== w));
          if (inText) return inText;
          if (/[^i]ei$/.test(f)) return baseForms(w)[0] ?? w;
        }
        return w;
      })
      .join(" ");
  }
  // "Ministerul Sănătății" → "Ministry of Health": a ministry of one known portfolio gets its English name.
  const ministry = kind === "organization" && /^minister(ul|ului)$/.test(fold(words[0]!)) ? c.portfolios.ro.get(fold(words.slice(1).join(" "))) : undefined;
  if (ministry && c.portfolios.ministries.get(ministry)) return `Ministry of ${c.portfolios.ministries.get(ministry)}`;
  // "din Orhei", "la Ungheni": after a preposition that takes no genitive a place's name is written as it is (not the
  // genitive "-ei" of an "Orha")
  if (kind === "place" && words.length === 1 && NO_GENITIVE_BEFORE.has(doc.tokens[i - 1]?.fold ?? "")) return words[0]!;
  // A town of one word loses its article: "Tășnadului", "Tășnadul" → "Tășnad"; "Bacăului", "Sibiul" → "Bacău", "Sibiu".
  // (not "Kabul", "Istanbul": "-ul" goes only when the article also writes the name without it)
  if (kind === "place" && words.length === 1 && /ul(ui)?$/u.test(words[0]!)) {
    const bare = townWithoutArticle(words[0]!);
    return /ului$/u.test(words[0]!) || new RegExp(`(?<!\\p{L})${bare.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?!\\p{L})`, "u").test(doc.text) ? bare : words[0]!;
  }
  // "firma Constructii Milcov Grup", "firmei Constructii …": after a company's noun the name is not declined
  if (kind === "organization" && c.nameHeads.companies.has(doc.tokens[i - 1]?.fold ?? "")) return words.join(" ").replace(/ ,/g, ",");
  // Organisations keep the articulated nominative: "Fondului" → "Fondul", "Comisiei" → "Comisia".
  const [head, ...rest] = words;
  const f = fold(head!);
  const genitive = /(ului|lui|ei|ii|lor)$/.test(f);
  // "Consiliului" → "Consiliul" (not "Consili"): an articulated ending first
  const forms = genitive ? baseForms(head!).filter((b) => fold(b) !== f) : [];
  // ("Sucevei" → "Suceava", "Oradiei" → "Oradea", "Băncii" → "Banca": a vowel of the stem that the genitive changes comes
  // back when the changed form is a town or a body's head the lists know)
  // (ă → a shows only in the text itself: folded, "Bănca" and "Banca" are one word, and "Brăilei" is "Brăila")
  const inText = (b: string): boolean => doc.tokens.some((x) => x.text.toLowerCase() === b.toLowerCase());
  const known = (b: string): boolean => (/ă/i.test(head!) && !/ă/i.test(b) ? inText(b) : c.towns.has(fold(b)) || c.aliases.has(fold(b)) || c.orgWords.has(fold(b)));
  const restored = genitive && !forms.some((b) => c.towns.has(fold(b)) || c.aliases.has(fold(b))) ? vowelRestored(head!).find(known) : undefined;
  const nominative = restored ?? [/ul$/, /a$/, /le$/, /i$/].map((re) => forms.find((b) => re.test(fold(b)))).find((b) => b !== undefined);
  // A feminine genitive head takes its adjectives along: "Comisiei Naționale" → "Comisia Națională".
  const feminine = nominative !== undefined && /(ei|ii)$/.test(f);
  // … only the adjectives right after it ("Casei Județene de Asigurări de Sănătate" → "Casa Județeană de Asigurări de Sănătate")
  const firstLower = rest.findIndex((w) => !/^\p{Lu}/u.test(w));
  const adjectives = rest.map((w, k) => (feminine && (firstLower < 0 || k < firstLower) && /^\p{Lu}/u.test(w) ? feminineNominative(w) : w));
  return [nominative ?? head!, ...adjectives].join(" ").replace(/ ,/g, ",");
}

/** Romanian prepositions after which a noun is never in the genitive. */
const NO_GENITIVE_BEFORE = new Set(["din", "in", "la", "spre", "pe", "prin", "pentru", "cu", "langa", "catre", "dupa", "pana", "de"]);

/** Legal forms of companies written abbreviated with a full stop. */
const ABBREVIATED_ENDS = new Set(["co", "corp", "inc", "ltd", "bros"]);

function townWithoutArticle(word: string): string {
  const m = /^(.*?)(ului|ul)$/u.exec(word);
  if (!m || m[1]!.length < 3) return word;
  // (after a vowel the "u" is the name's own: "Bacău-lui", "Sibiu-l")
  return /[aeiouăâî]$/iu.test(m[1]!) ? word.slice(0, m[2] === "ului" ? -3 : -1) : m[1]!;
}

const capitalisedInside = new WeakMap<Document, Set<string>>();

/** A sentence-initial word is a name if the article also writes it capitalised inside a sentence. */
function seenCapitalisedElsewhere(doc: Document, i: number): boolean {
  let folds = capitalisedInside.get(doc);
  if (!folds) {
    folds = new Set();
    for (const s of doc.sentences) {
      for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
        if (doc.tokens[k]!.upper && !OPENING_QUOTES.has(doc.tokens[k - 1]!.text)) folds.add(doc.tokens[k]!.fold);
      }
    }
    capitalisedInside.set(doc, folds);
  }
  return folds.has(doc.tokens[i]!.fold);
}

/** The word of `t` written in lower case somewhere in the text ("Salina Târgu Ocna" … "salina a fost vizitată"). */
function seenLowerCase(doc: Document, t: Token): boolean {
  return lowerCaseWordsOf(doc).has(t.fold);
}

/** The words a text writes in lower case, folded. */
export function lowerCaseWordsOf(doc: Document): Set<string> {
  let folds = lowerCaseWords.get(doc);
  if (!folds) {
    folds = new Set();
    for (const x of doc.tokens) if (x.type === "word" && !x.upper) folds.add(x.fold);
    lowerCaseWords.set(doc, folds);
  }
  return folds;
}
const lowerCaseWords = new WeakMap<Document, Set<string>>();

/** The country of a demonym of two words, `first` and `second` ("South Korean", "Costa Rican"), if they make one. */
export function demonymPair(c: Compiled, first: Token, second: Token): string | undefined {
  return c.demonymPairs.get(first.fold)?.get(second.stem);
}

/** Country a lower-case demonym adjective names ("britanic" → United Kingdom). */
export function demonymCountry(t: Token, c: Compiled, prev?: Token): string | undefined {
  return demonymCountries(t, c, prev)[0];
}

/** Countries of a demonym, compounds included: "americano-ucrainene" → United States, Ukraine. */
export function demonymCountries(t: Token, c: Compiled, prev?: Token): string[] {
  if (t.type !== "word") return [];
  // "South Korean", "South Sudanese": a demonym of two words (with the word before `t`)
  const pair = prev?.type === "word" ? demonymPair(c, prev, t) : undefined;
  if (pair) return [pair];
  if (c.lang === "ro" && t.upper) return [];
  const whole = c.demonyms.get(t.stem);
  if (whole) return [whole];
  if (!t.fold.includes("-")) return [];
  const out: string[] = [];
  for (const part of t.fold.split("-")) {
    const country = c.demonyms.get(stem(part, c.lang)) ?? c.demonyms.get(stem(part.replace(/o$/, ""), c.lang)) ?? c.demonyms.get(stem(part.replace(/o$/, "a"), c.lang));
    if (!country) return [];
    out.push(country);
  }
  return out;
}
