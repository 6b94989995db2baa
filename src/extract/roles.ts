// Roles and stances. A title before a name ("trimisul special … Steve Witkoff", "German Chancellor
// Friedrich Merz") or after it as an apposition ("Kirill Dmitriev, șeful Fondului …") gives a role
// relation to the country or organisation it belongs to; a title with no name ("ginerele
// președintelui") points at the person last named with that title. Stance verbs ("a intensificat
// presiunile asupra", "rejected") link the actor before them to the actor or topic after them.

import type { Document, Evidence, ExtractedEntity, ExtractedRelation, Token } from "../types.js";
import { groupNounOf, type Compiled } from "./compile.js";
import { findCues } from "./match.js";
import { demonymCountry, type RawMention, type TitleHit } from "./mentions.js";
import { analyzeSentence, inAttribution, type SentenceInfo } from "./modality.js";

export interface TopicMention {
  key: string;
  tokStart: number;
  tokEnd: number;
  sentence: number;
}

export function evidenceOf(doc: Document, sentence: number): Evidence {
  const s = doc.sentences[sentence]!;
  return { article: doc.article.id, sentence, start: s.start, end: s.end, text: s.text };
}

const ACTOR_KINDS = new Set(["person", "organization", "country", "group"]);
const RELATIVE = new Set(["care", "ce", "who", "which", "that"]);

/** Role relations from titles, and the role labels they add to person entities. */
export function findRoles(
  doc: Document,
  c: Compiled,
  titles: TitleHit[],
  mentions: RawMention[],
  entities: Map<string, ExtractedEntity>,
  infos: SentenceInfo[],
): { relations: ExtractedRelation[]; zones: Array<[number, number]> } {
  const t = doc.tokens;
  const relations: ExtractedRelation[] = [];
  /** Token ranges that only qualify a title ("al administrației Trump"): no actor there takes part in anything. */
  const zones: Array<[number, number]> = [];
  const byStart = [...mentions].sort((a, b) => a.tokStart - b.tokStart);
  /** Person last named with a given relation, for "președintelui" with no name. */
  const lastWithRelation = new Map<string, string>();
  /** … and what that title was held of ("directoarea Direcției Regionale"), to tell it from another's ("directorul … al Poștei"). */
  const lastTarget = new Map<string, string | undefined>();
  // "ministrul" after "Ministrul de externe Oana Țoiu": a bare title stands for the person last named with a title it ends
  // (minister_of → foreign_minister_of), when the article names one such person only
  const lastEndingWith = (rel: string): string | undefined => {
    const holders = new Set([...lastWithRelation].filter(([r]) => r.endsWith(`_${rel}`)).map(([, key]) => key));
    return holders.size === 1 ? [...holders][0] : undefined;
  };
  /** Titles that only say whose relative someone is ("ginerele [președintelui]"). */
  const governed = new Set<TitleHit>();
  /** Titles held of a country, in text order, for the counterparts named after them. */
  const held: Held[] = [];

  for (const title of titles) {
    const s = doc.sentences[t[title.start]!.sentence]!;
    const rel = title.value.relation;
    // The person: right after the title (possibly past "al X", an adjective and a comma) …
    if (governed.has(title)) continue;
    const candidates = byStart.filter(
      (m) => m.kind === "person" && m.tokStart >= title.end && m.tokStart <= title.end + 8 && m.sentence === s.index &&
        onlyModifiersBetween(t, title.end, m.tokStart, mentions, c, titles),
    );
    // "trimisul special al administrației Trump, Steve Witkoff": the name after the comma
    // … but a name right after the title is its own ("with Foreign Minister Badr Abdelatty, Sheikh Mohammed said")
    let person = candidates.find((m) => m.tokStart === title.end) ?? candidates.find((m) => t[m.tokStart - 1]?.text === ",") ?? candidates[0];
    let apposition = false;
    // … or right before it as "Name, title of X"
    if (!person) {
      person = byStart.find(
        (m) => m.kind === "person" && m.sentence === s.index && m.tokEnd === title.start - 1 && t[title.start - 1]?.text === ",",
      );
      apposition = !!person;
    }
    // The thing the title belongs to: a demonym or a country/organisation mention near the title.
    const scopeEnd = apposition ? clauseEnd(t, title.end, s.tokenEnd) : person ? person.tokStart : Math.min(title.end + 6, s.tokenEnd);
    let target: string | undefined;
    const near = byStart.find(
      (m) => m.tokStart >= title.end && m.tokStart < scopeEnd && m !== person && (m.kind === "country" || m.kind === "organization" || m.kind === "person") && m.key,
    );
    // "Pakistan's director general", "NATO's secretary-general"
    const possessive = /^['’]s$/.test(t[title.start - 1]?.text ?? "");
    const before = byStart.find((m) => (m.tokEnd === title.start || (possessive && m.tokEnd === title.start - 1)) && (m.kind === "country" || m.kind === "organization") && m.key);
    const adjective = [title.end, title.start - 1, ...range(title.start + 1, title.end)]
      .map((i) => t[i] && demonymCountry(t[i]!, c, t[i - 1]))
      .find(Boolean);
    if (rel.endsWith("_in_law_of") || rel === "son_of" || rel === "daughter_of" || rel === "wife_of" || rel === "husband_of") {
      // family: the relative is a person, named or referred to by a title ("ginerele președintelui")
      const ref = titles.find((o) => o.start === title.end);
      if (ref) governed.add(ref);
      if (near?.kind === "person") target = near.key;
      else if (ref) target = lastWithRelation.get(ref.value.relation);
    } else {
      target = near?.kind !== "person" ? near?.key : undefined;
      target ??= before?.key ?? adjective;
    }
    if (!person) {
      // A title alone ("președintele s-a întâlnit …", "the president said") stands for the person
      // last named with it in this article.
      // "liderul rus", "the Russian president": the person of that country named before with such a role.
      // (not the holder of the title in another organisation: "directorul general al Poștei Române" after "directoarea
      // Direcției Regionale, Oana-Maria Zgripcea" is someone else)
      const elsewhere = target?.startsWith("organization:") && lastWithRelation.has(rel) && lastTarget.get(rel) !== target;
      const referent = elsewhere ? undefined : (target?.startsWith("country:") ? holderOf(c, rel, target, byStart, title.start) : undefined) ?? lastWithRelation.get(rel) ?? lastEndingWith(rel);
      const nextTok = t[title.end];
      if (referent && !(nextTok?.upper) && !governed.has(title)) {
        mentions.push({
          tokStart: title.start,
          tokEnd: title.end,
          sentence: s.index,
          start: t[title.start]!.start,
          end: t[title.end - 1]!.end,
          text: doc.text.slice(t[title.start]!.start, t[title.end - 1]!.end),
          kind: "person",
          key: referent,
          label: entities.get(referent)?.label ?? referent,
          via: "kb",
          afterPlaceCue: false,
        });
      }
      continue;
    }
    zones.push(apposition ? [title.start, scopeEnd] : [title.start, person.tokStart]);
    const personKey = person.key!;
    if (!target && !rel.endsWith("_in_law_of")) target = kbTarget(c, personKey, rel);
    lastWithRelation.set(rel, personKey);
    lastTarget.set(rel, target);
    const entity = entities.get(personKey);
    const targetLabel = target ? entities.get(target)?.label ?? c.kb.get(target)?.label : undefined;
    const roleLabel = kbRoleLabel(c, personKey, rel, target) ?? (targetLabel ? `${title.value.role} of ${targetLabel}` : title.value.role);
    if (entity && !entity.roles.includes(roleLabel)) entity.roles.push(roleLabel);
    if (target?.startsWith("country:")) held.push({ at: title.start, rel, role: title.value.role });
    // "Ministrul Sănătății, X" … "Ministerul Sănătății": the minister of a portfolio heads the ministry of it named in the article
    const ministry = rel.endsWith("minister_of") && !apposition ? ministryOf(t, Math.max(s.tokenStart, title.start - 3), person.tokStart, mentions, c) : undefined;
    if (ministry && ministry !== target) relations.push({ source: personKey, target: ministry, relation: "head_of", evidence: evidenceOf(doc, s.index), modality: "asserted" });
    if (!target || target === personKey) continue;
    // A title is background the sentence presupposes, not its claim: asserted, whatever the verb.
    relations.push({ source: personKey, target, relation: rel, evidence: evidenceOf(doc, s.index), modality: "asserted" });
  }
  relations.push(...counterparts(doc, c, mentions, entities, held));
  return { relations, zones };
}

interface Held {
  at: number;
  rel: string;
  role: string;
}

/**
 * "His French counterpart, Hélène Marchadier", "omologul său bulgar, Radoslav Minchovski": the person named next holds,
 * for the country of the demonym, the title held of another country last named before.
 */
function counterparts(doc: Document, c: Compiled, mentions: RawMention[], entities: Map<string, ExtractedEntity>, held: Held[]): ExtractedRelation[] {
  const t = doc.tokens;
  const out: ExtractedRelation[] = [];
  for (let i = 1; i < t.length; i++) {
    if (!COUNTERPART.has(t[i]!.fold) || t[i]!.upper) continue;
    // the demonym before ("his French counterpart") or after, past a possessive ("omologul său bulgar")
    const after = POSSESSIVE_AFTER.has(t[i + 1]?.fold ?? "") ? i + 2 : i + 1;
    const demonymAt = demonymCountry(t[i - 1]!, c, t[i - 2]) ? i - 1 : demonymCountry(t[after] ?? t[i]!, c) && t[after] ? after : -1;
    if (demonymAt < 0) continue;
    const country = demonymCountry(t[demonymAt]!, c, t[demonymAt - 1])!;
    const title = [...held].reverse().find((h) => h.at < i);
    if (!title) continue;
    // … named right after it, past a comma
    let k = Math.max(i, demonymAt) + 1;
    if (t[k]?.text === ",") k++;
    const person = mentions.find((m) => m.tokStart === k && m.kind === "person" && m.key);
    if (!person) continue;
    const entity = entities.get(person.key!);
    const label = entities.get(country)?.label ?? c.kb.get(country)?.label;
    if (!entity || !label) continue;
    const role = kbRoleLabel(c, person.key!, title.rel, country) ?? `${title.role} of ${label}`;
    if (!entity.roles.includes(role)) entity.roles.push(role);
    out.push({ source: person.key!, target: country, relation: title.rel, evidence: evidenceOf(doc, t[i]!.sentence), modality: "asserted" });
  }
  return out;
}
const COUNTERPART = new Set(["counterpart", "omologul", "omoloaga", "omologului", "omoloagei"]);
const POSSESSIVE_AFTER = new Set(["sau", "sa", "ei", "lui", "lor"]);

const MINISTRY_HEADS = new Set(["ministerul", "ministerului", "ministry"]);

/** The one ministry named in the article whose name shares a portfolio word with the title in `[from, to)`. */
function ministryOf(t: Token[], from: number, to: number, mentions: RawMention[], c: Compiled): string | undefined {
  const portfolio = new Set(t.slice(from, to).filter((x) => c.portfolios.words.has(x.fold)).map((x) => x.fold));
  if (portfolio.size === 0) return undefined;
  const keys = new Set(
    mentions
      .filter((m) => m.kind === "organization" && m.key && t.slice(m.tokStart, m.tokEnd).some((x) => MINISTRY_HEADS.has(x.fold)) && t.slice(m.tokStart, m.tokEnd).some((x) => portfolio.has(x.fold)))
      .map((m) => m.key!),
  );
  return keys.size === 1 ? [...keys][0] : undefined;
}

/** Roles any "leader" / "liderul" of a country may hold. */
const LEADER_ROLES = new Set(["president_of", "prime_minister_of", "chancellor_of", "leader_of", "monarch_of"]);

/**
 * The person named before token `before` whose known role is `relation` of `country`
 * ("the Russian president" after "Vladimir Putin"); the nearest one wins.
 */
function holderOf(c: Compiled, relation: string, country: string, mentions: RawMention[], before: number): string | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.tokStart >= before || m.kind !== "person" || !m.key) continue;
    const roles = c.kb.get(m.key)?.roles ?? [];
    if (roles.some((r) => r.of === country && (r.relation === relation || (relation === "leader_of" && LEADER_ROLES.has(r.relation))))) return m.key;
  }
  return undefined;
}

/** Words that may stand between a title and its name: "al administrației Trump", "of the". */
const LINK_WORDS = new Set(["al", "a", "ai", "ale", "lui", "de", "din", "pentru", "of", "the", "for", "and", "si", "la", "on"]);

/**
 * Between a title and a name only modifiers may stand: links ("al", "of the"), nationality
 * adjectives, group nouns ("administrației"), names, a comma — never a verb ("președintele
 * s-a întâlnit cu Witkoff" does not make Witkoff a president).
 */
function onlyModifiersBetween(t: Token[], from: number, to: number, mentions: RawMention[], c: Compiled, titles: TitleHit[]): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const tok = t[i]!;
    if (tok.text === "." || tok.text === ";" || tok.text === ":") return false;
    if (tok.type !== "word" || mentions.some((m) => i >= m.tokStart && i < m.tokEnd)) continue;
    words++;
    const modifier =
      LINK_WORDS.has(tok.fold) ||
      !!demonymCountry(tok, c) ||
      c.cues.regionalAdjectives.has(tok.stem) ||
      !!groupNounOf(c, tok) ||
      titles.some((h) => i >= h.start && i < h.end) ||
      c.portfolios.words.has(tok.fold);
    if (!modifier) return false;
  }
  return words <= 5;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

function clauseEnd(t: Token[], from: number, limit: number): number {
  for (let i = from; i < limit; i++) if ([",", ";", ".", "(", ")"].includes(t[i]!.text)) return i;
  return limit;
}

function kbTarget(c: Compiled, personKey: string, relation: string): string | undefined {
  return c.kb.get(personKey)?.roles?.find((r) => r.relation === relation)?.of;
}

function kbRoleLabel(c: Compiled, personKey: string, relation: string, target?: string): string | undefined {
  return c.kb.get(personKey)?.roles?.find((r) => r.relation === relation && (!target || r.of === target))?.label;
}

/** Stances: actor, stance cue, then the actor or topic it is about. */
export function findStances(
  doc: Document,
  c: Compiled,
  mentions: RawMention[],
  topics: TopicMention[],
  infos: SentenceInfo[],
): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  for (const s of doc.sentences) {
    const info = infos[s.index]!;
    for (const hit of findCues(doc.tokens, s.tokenStart, s.tokenEnd, c.cues.stances)) {
      const actors = mentions.filter(
        (m) => m.sentence === s.index && ACTOR_KINDS.has(m.kind) && m.key && !inAttribution(info, m.tokStart),
      );
      // "cei care sprijină Kievul": in a relative clause the subject is what "care/who" refers to
      const relative = RELATIVE.has(doc.tokens[hit.start - 1]?.fold ?? "");
      const subject = relative
        ? actors.find((m) => m.tokEnd === hit.start - 1 || (m.tokEnd === hit.start - 2 && doc.tokens[hit.start - 2]?.text === ","))
        : [...actors].reverse().find((m) => m.tokEnd <= hit.start);
      const objectActor = actors.find((m) => m.tokStart >= hit.end && m.key !== subject?.key);
      const objectTopic = topics.find((tp) => tp.sentence === s.index && tp.tokStart >= hit.end);
      const object =
        objectTopic && (!objectActor || objectTopic.tokStart < objectActor.tokStart) ? objectTopic.key : objectActor?.key;
      if (!subject?.key || !object || subject.key === object) continue;
      const local = analyzeSentence(doc, s, c, mentions, Math.max(s.tokenStart, hit.start - 3), hit.end);
      out.push({
        source: subject.key,
        target: object,
        relation: hit.value.relation,
        evidence: evidenceOf(doc, s.index),
        modality: local.modality,
        ...(info.attribution ? { attribution: info.attribution } : {}),
      });
    }
  }
  return out;
}
