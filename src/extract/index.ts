// The extract stage: from an analysed Document to the entities, meetings, topics and relations
// it states, each link with its evidence and modality. Rules plus the knowledge base; no model.

import { roleHolds, type KbEntry, type Resources } from "../resources/schema.js";
import type { Document, Extraction, ExtractedEntity, ExtractedMeeting, ExtractedRelation, ExtractedTopic } from "../types.js";
import { fold } from "../text/index.js";
import { compile, isAgentNoun, type Compiled } from "./compile.js";
import { resolveBodies, resolveCounted, resolvePronouns } from "./coref.js";
import { linkMentions, slugify } from "./link.js";
import { findIndexed } from "./match.js";
import { cachedDates, findMeetings } from "./meetings.js";
import { COUNTRY_BODIES, countryBody, demonymCountry, findMentions, type RawMention, type TitleHit } from "./mentions.js";
import { analyzeSentence } from "./modality.js";
import { evidenceOf, findRoles, findStances } from "./roles.js";
import { findTopics } from "./topics.js";

export { compile } from "./compile.js";

/** Extracts everything one document says. Pure: the same document and resources give the same result. */
export function extract(doc: Document, resources: Resources): Extraction {
  const c = compile(resources, doc.lang);
  const titles: TitleHit[] = [];
  const dateTokens = new Set<number>();
  for (const s of doc.sentences) {
    for (const hit of findIndexed(doc.tokens, s.tokenStart, s.tokenEnd, c.titles, "stem", 1)) {
      if (!isTitle(doc, hit, s.tokenStart)) continue;
      // "secretarul Consiliului Național …": the name inside a title phrase stays a name.
      let end = hit.start + 1;
      // … but a capitalised portfolio is the title's: "Ministrul de Externe", "Ministrul Apărării".
      while (end < hit.end && !(doc.tokens[end]!.upper && doc.lang === "ro" && !c.portfolios.words.has(doc.tokens[end]!.fold))) end++;
      // … and so is one more joined by "și": "Ministra Muncii și Solidarității Sociale, X"
      const portfolio = (k: number): boolean => !!doc.tokens[k]?.upper && c.portfolios.words.has(doc.tokens[k]!.fold);
      if (doc.lang === "ro" && end === hit.end && portfolio(end - 1)) {
        while (doc.tokens[end]?.fold === "si" && portfolio(end + 1)) for (end += 1; portfolio(end); end++);
      }
      titles.push({ ...hit, end });
    }
    for (const d of cachedDates(doc, s)) {
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = doc.tokens[i]!;
        if (t.start >= s.start + d.start && t.end <= s.start + d.end) dateTokens.add(i);
      }
    }
  }
  const mentions = findMentions(doc, c, titles, dateTokens);
  const entityList = linkMentions(doc, mentions, c);
  const entities = new Map(entityList.map((e) => [e.key, e] as const));
  const infos = doc.sentences.map((s) => analyzeSentence(doc, s, c, mentions));
  const { topics, mentions: topicMentions } = findTopics(doc, c, mentions);
  const { relations: roles, zones } = findRoles(doc, c, titles, mentions, entities, infos);
  // findRoles adds title-only references ("președintele"), pronouns follow: keep the mentions in text order.
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  mentions.push(...resolvePronouns(doc, c, mentions, dateTokens));
  mentions.push(...resolveCounted(doc, c, mentions, entities));
  mentions.push(...resolveBodies(doc, c, mentions));
  mentions.push(...governmentMentions(doc, c, mentions, entities, roles));
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const labels = new Map<string, string>([...entityList.map((e) => [e.key, e.label] as const)]);
  const { meetings, relations: meetingRelations } = findMeetings({
    doc,
    c,
    mentions,
    topics: topicMentions,
    infos,
    roles,
    zones,
    labels,
    roleNames: new Map(entityList.map((e) => [e.key, e.roles.map((r) => r.toLowerCase())] as const)),
  });
  // (a group named by a noun no list holds is kept only when it takes part in a meeting: "met Japanese dealers")
  const participants = new Set(meetings.flatMap((m) => m.participants.map((p) => p.key)));
  const dropped = new Set(mentions.filter((m) => m.actorOnly && m.key && !participants.has(m.key)).map((m) => m.key!));
  for (const m of mentions) if (!m.actorOnly && m.key) dropped.delete(m.key);
  for (const key of dropped) entities.delete(key);
  const stances = findStances(doc, c, mentions, topicMentions, infos);
  const seats = seatRelations(doc, mentions, entities);
  addRoleTargets(roles, entities, c.kb);
  addHostingCities(meetings, mentions, entities, c.kb);
  const known = knowledgeRelations(doc, entities, c.kb, roles);
  return {
    article: doc.article,
    lang: doc.lang,
    entities: [...entities.values()],
    meetings,
    topics,
    relations: dedupe([...roles, ...known, ...seats, ...meetingRelations, ...stances, ...aboutRelations(doc, topics)]).filter((r) => !dropped.has(r.source) && !dropped.has(r.target)),
  };
}

/**
 * Stems are loose: "Emiratelor" shares a stem with "emirul", "liderii" with "liderul". A title is
 * a singular noun, and in Romanian it is written in lower case unless it starts the sentence.
 */
function isTitle(doc: Document, hit: TitleHit, sentenceStart: number): boolean {
  const first = doc.tokens[hit.start]!;
  const form = hit.value.form.split(" ")[0]!.toLowerCase();
  // "Guvernul" is not "guvernatorul", "negocierile" not "negociatorul": an agent noun's stem is its action's
  if (isAgentNoun(fold(form)) && !isAgentNoun(first.fold)) return false;
  if (doc.lang === "ro") {
    if (first.upper && hit.start !== sentenceStart) return false;
    // plurals: "liderii", "miniștrilor", "lideri" (but "președintelui", "premierei" are singular)
    if (/(ii|lor|ele|ile)$/.test(first.fold) && !/(ii|lor|ele|ile)$/.test(form)) return false;
    if (/i$/.test(first.fold) && !/(lui|ei)$/.test(first.fold) && !/i$/.test(form)) return false;
  } else if (/s$/.test(first.fold) && !/s$/.test(form)) {
    return false;
  }
  return true;
}

/**
 * "Guvernul se va reuni pe 2 septembrie", "a anunțat Guvernul": a bare "Guvernul" is the government of
 * the one country whose prime minister the article names (by the text's titles or the KB); with
 * none, or several, it stays unresolved.
 */
function governmentMentions(
  doc: Document,
  c: Compiled,
  mentions: RawMention[],
  entities: Map<string, ExtractedEntity>,
  roles: ExtractedRelation[],
): RawMention[] {
  if (doc.lang !== "ro") return [];
  // only a bare "Guvernul": not "Guvernul României", "Guvernul Bolojan" or "guvernul sârb"
  const bare: number[] = [];
  doc.tokens.forEach((t, i) => {
    const next = doc.tokens[i + 1];
    if (t.upper && COUNTRY_BODIES.get(t.fold) === "Government" && !next?.upper && !(next && demonymCountry(next, c)) && !mentions.some((m) => i >= m.tokStart && i < m.tokEnd)) bare.push(i);
  });
  if (bare.length === 0) return [];
  const countries = new Set(roles.filter((r) => r.relation === "prime_minister_of" && r.target.startsWith("country:")).map((r) => r.target));
  for (const e of entities.values()) {
    if (e.kind !== "person") continue;
    for (const r of c.kb.get(e.key)?.roles ?? []) if (r.relation === "prime_minister_of" && roleHolds(r, doc.article.date)) countries.add(r.of);
  }
  const government = countries.size === 1 ? countryBody(c, "Government", [...countries][0]!) : undefined;
  if (!government) return [];
  const { label, kbId } = government;
  const key = kbId ?? `organization:${slugify(label)}`;
  const known = kbId ? c.kb.get(kbId) : undefined;
  const entity = entities.get(key) ?? { key, kind: "organization" as const, label, aliases: [], mentions: [], roles: [], known: !!known, ...(known?.wikidata ? { wikidata: known.wikidata } : {}) };
  entities.set(key, entity);
  return bare.map((i) => {
    const t = doc.tokens[i]!;
    entity.mentions.push({ start: t.start, end: t.end, text: t.text, sentence: t.sentence });
    if (!entity.aliases.includes(t.text)) entity.aliases.push(t.text);
    return { tokStart: i, tokEnd: i + 1, sentence: t.sentence, start: t.start, end: t.end, text: t.text, kind: "organization", key, label, via: "kb", afterPlaceCue: false };
  });
}

/** "Casa Albă" speaking for the United States: the seat is linked to what it stands for. */
function seatRelations(doc: Document, mentions: ReturnType<typeof findMentions>, entities: Map<string, ExtractedEntity>): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const m of mentions) {
    if (!m.actorFor || !m.kbId || !entities.has(m.kbId) || !m.key) continue;
    out.push({ source: m.kbId, target: m.key, relation: "seat_of", evidence: evidenceOf(doc, m.sentence), modality: "asserted" });
  }
  return out;
}

/** An entity of the knowledge base the article names nowhere itself, as yet without mentions. */
function kbEntity(entry: KbEntry): ExtractedEntity {
  return { key: entry.id, kind: entry.kind, label: entry.label, aliases: [], mentions: [], roles: [], known: true, ...(entry.wikidata ? { wikidata: entry.wikidata } : {}) };
}

/** A role may point at an entity only the knowledge base named (a country by adjective): add it. */
function addRoleTargets(roles: ExtractedRelation[], entities: Map<string, ExtractedEntity>, kb: Map<string, KbEntry>): void {
  for (const r of roles) {
    if (entities.has(r.target)) continue;
    const entry = kb.get(r.target);
    if (!entry) continue;
    entities.set(r.target, kbEntity(entry));
  }
}

/** "Muscat has offered to host …": a city that spoke for its country is a meeting's place too, an entity of its own. */
function addHostingCities(meetings: ExtractedMeeting[], mentions: RawMention[], entities: Map<string, ExtractedEntity>, kb: Map<string, KbEntry>): void {
  for (const meeting of meetings) {
    const place = meeting.place;
    if (!place || entities.has(place)) continue;
    const entry = kb.get(place);
    if (!entry) continue;
    const said = mentions.filter((m) => m.kbId === place);
    const e = kbEntity(entry);
    for (const m of said) {
      e.mentions.push({ start: m.start, end: m.end, text: m.text, sentence: m.sentence });
      if (!e.aliases.includes(m.text)) e.aliases.push(m.text);
    }
    entities.set(place, e);
  }
}

/**
 * What the knowledge base knows of two entities the article names, and the text does not say:
 * Rubio is the US secretary of state, Anchorage lies in the United States. Attributed to the
 * knowledge base, with the sentence that first names the person or place as evidence.
 */
function knowledgeRelations(doc: Document, entities: Map<string, ExtractedEntity>, kb: Map<string, KbEntry>, stated: ExtractedRelation[]): ExtractedRelation[] {
  const date = doc.article.date;
  const said = new Set(stated.map((r) => `${r.source}|${r.target}`));
  const out: ExtractedRelation[] = [];
  const add = (e: ExtractedEntity, relation: string, target: string): void => {
    if (!entities.has(target) || target === e.key || said.has(`${e.key}|${target}`) || e.mentions.length === 0) return;
    said.add(`${e.key}|${target}`);
    out.push({ source: e.key, target, relation, evidence: evidenceOf(doc, e.mentions[0]!.sentence), modality: "asserted", attribution: "knowledge base" });
  };
  for (const e of entities.values()) {
    const entry = kb.get(e.key);
    if (!entry) continue;
    if (e.kind === "person" || e.kind === "country") {
      // a person's offices; a country's memberships ("NATO member")
      for (const r of entry.roles ?? []) if (roleHolds(r, date)) add(e, r.relation, r.of);
    } else if (e.kind === "place" && entry.country) {
      add(e, kb.get(entry.country)?.capital === entry.id ? "capital_of" : "located_in", entry.country);
    } else if (e.kind === "organization" && entry.country) {
      add(e, "based_in", entry.country);
    }
  }
  return out;
}

/** The article is about each topic it names; the evidence is the first sentence naming it. */
function aboutRelations(doc: Document, topics: ExtractedTopic[]): ExtractedRelation[] {
  return topics.map((t) => ({
    source: `article:${doc.article.id}`,
    target: t.key,
    relation: "about",
    evidence: evidenceOf(doc, t.mentions[0]!.sentence),
    modality: "asserted" as const,
  }));
}

/** One relation per (source, relation, target, sentence). */
function dedupe(relations: ExtractedRelation[]): ExtractedRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const k = `${r.source}|${r.relation}|${r.target}|${r.evidence.sentence}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
