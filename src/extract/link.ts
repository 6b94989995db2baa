// Links mentions to entities: KB ids, a capital or seat of power used as an actor to the country
// it stands for, a surname alone to the full name seen in the same article, and discovered names
// to readable keys. Builds the ExtractedEntity list of the article.

import { fold } from "../text/index.js";
import type { Document, EntityKind, ExtractedEntity } from "../types.js";
import { roleHolds } from "../resources/schema.js";
import type { Compiled } from "./compile.js";
import { isAcronym, labelOf, type RawMention } from "./mentions.js";

/** Lower-case ASCII slug for keys: "Nicușor Dan" → "nicusor-dan". */
export function slugify(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "x";
}

/** Sets `key` (and `label`, `kind`) on every mention and returns the entities, in first-mention order. */
export function linkMentions(doc: Document, mentions: RawMention[], c: Compiled): ExtractedEntity[] {
  const date = doc.article.date;
  placesBeside(doc, mentions);

  // A discovered name typed by a default guess takes the kind a cue gave it elsewhere in the
  // article ("in Anchorage" makes every "Anchorage" a place).
  const sureKind = new Map<string, EntityKind>();
  for (const m of mentions) if (m.via === "discovered" && m.kindSure) sureKind.set(fold(m.label ?? m.text), m.kind);
  for (const m of mentions) {
    const k = m.via === "discovered" && !m.kindSure ? sureKind.get(fold(m.label ?? m.text)) : undefined;
    if (k) m.kind = k;
  }

  // "reprezentanți ai Carpatica Autobuze" after "Carpatica Autobuze SA": a name guessed to be a person's that starts an
  // organisation's name seen in the article is that organisation, shortened; so is a titled one when all the longer
  // name adds is a company's legal form ("Președintele Carpatica Autobuze, Dorin Pârvănescu").
  // ("Directorul Dunav Ferry Lines a propus …" after "compania bulgară Dunav Ferry Lines": a title before an
  // organisation's whole name is the title held in it, not a person so named)
  const orgs = mentions.filter((m) => m.kind === "organization" && !m.kbId);
  const orgNames = orgs.map((m) => fold(m.label ?? m.text));
  const sureOrgNames = new Set(orgs.filter((m) => m.kindSure).map((m) => fold(m.label ?? m.text)));
  for (const m of mentions) {
    if (m.via !== "discovered" || m.kind !== "person") continue;
    const name = fold(m.label ?? m.text);
    const shortened = (o: string): boolean => o.startsWith(`${name} `) && (!m.kindSure || c.nameHeads.companyEnds.has(o.slice(name.length + 1)));
    if (orgNames.some(shortened) || sureOrgNames.has(name)) {
      m.kind = "organization";
      // ("Poștei Române" is "Poșta Română": the organisation's label declines its adjectives too)
      m.label = labelOf(doc, m.tokStart, m.tokEnd, "organization", c);
    }
  }

  // "Rapid Support Forces (RSF)": the acronym is the name it stands beside, here and elsewhere.
  const expansions = acronymExpansions(doc, mentions);
  // (… also where the knowledge base knows the acronym as another's: "Football Association of Zambia (FAZ)" is no
  // Frankfurter Allgemeine Zeitung in that article)
  for (const m of mentions) {
    const full = m.via === "discovered" || (m.via === "kb" && isAcronym(m.text)) ? expansions.get(m.text) : undefined;
    if (!full || (m.kbId !== undefined && full.kbId === m.kbId)) continue;
    m.kind = full.kind;
    m.label = full.label ?? full.text;
    if (full.kbId) {
      m.kbId = full.kbId;
      m.via = "kb";
    } else {
      delete m.kbId;
      delete m.actorFor;
      m.via = "discovered";
    }
  }

  // The full person names seen in the article (once every kind above is settled), for coreference: by folded last word (a surname used
  // alone), by first word (a given name used alone) and, with three words or more, whole ("Sheikh
  // Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani", "Malmer Stenergard" after "Maria Malmer Stenergard").
  const fullNames = new Map<string, string>();
  const firstNames = new Map<string, string | null>();
  const longNames: { words: string[]; key: string }[] = [];
  const middleNames = new Map<string, string | null>();
  for (const m of mentions) {
    const words = fold(m.text).split(/\s+/);
    if (m.kind !== "person" || words.length < 2) continue;
    const key = m.kbId ?? `person:${slugify(m.label ?? m.text)}`;
    const last = words[words.length - 1]!;
    if (!fullNames.has(last)) fullNames.set(last, key);
    firstNames.set(words[0]!, firstNames.has(words[0]!) && firstNames.get(words[0]!) !== key ? null : key);
    if (words.length >= 3) longNames.push({ words, key });
    // ("Brenes" after "Marcela Brenes Solano": a Spanish or Portuguese name is used by its first surname, inside)
    for (const w of words.length >= 3 ? words.slice(1, -1) : []) if (w.length > 2) middleNames.set(w, middleNames.has(w) && middleNames.get(w) !== key ? null : key);
  }
  const partOf = (m: RawMention): string | undefined => {
    const words = fold(m.text).split(/\s+/);
    if (m.kbId || m.kind !== "person" || words.length < 2) return undefined;
    const prefix = longNames.find((l) => l.words.length > words.length && words.every((w, i) => l.words[i] === w));
    const suffix = longNames.find((l) => l.words.length > words.length && words.every((w, i) => l.words[l.words.length - words.length + i] === w));
    return (prefix ?? suffix)?.key;
  };
  // "Anwar" after "Anwar Ibrahim", "Phumtham" after "Phumtham Wechayachai": a given name used alone (Malay, Thai,
  // Brazilian usage) is the one person it starts, when it is no one's surname.
  const givenNameOf = (m: RawMention): string | undefined =>
    m.via === "discovered" && !m.kindSure && !fullNames.has(fold(m.text)) ? firstNames.get(fold(m.text)) ?? undefined : undefined;

  // Discovered organisations by label, to read a shortened later mention as the one named in full.
  const orgLabels = [...new Set(mentions.filter((m) => m.kind === "organization" && !m.kbId && m.label).map((m) => m.label!))];
  const longerOrg = (label: string): { key: string; label: string } | undefined => {
    // ("Seorim" after "Compania Seorim Battery Solutions": the company's noun before its name left out)
    const bare = (l: string): string => (c.nameHeads.companies.has(fold(l.split(" ")[0]!)) ? l.slice(l.indexOf(" ") + 1) : l);
    // ("the Tea Board" after "the Sri Lanka Tea Board": a name of two words or more with a place's name left out)
    const leftOut = (l: string): boolean => {
      const rest = fold(l.slice(0, l.length - label.length - 1));
      // ("Poșta Română" after "Compania Națională Poșta Română": or a company's noun and its adjective)
      const words = rest.split(" ");
      const companyNoun = words.length <= 2 && c.nameHeads.companies.has(words[0]!);
      return companyNoun || c.towns.has(rest) || (c.aliases.get(rest) ?? []).some((h) => h.kind === "country" || h.kind === "place");
    };
    const found = orgLabels.filter((l) => l.length > label.length && (l.startsWith(`${label} `) || bare(l).startsWith(`${label} `) || (label.includes(" ") && l.endsWith(` ${label}`) && leftOut(l))));
    return found.length === 1 ? { key: `organization:${slugify(found[0]!)}`, label: found[0]! } : undefined;
  };
  // Discovered organisations by the other name a mention gave them ("DSVSA Vaslui" for "Direcția … (DSVSA) Vaslui").
  const aliasOf = new Map(mentions.filter((m) => m.kind === "organization" && !m.kbId && m.alias && m.label).map((m) => [fold(m.alias!), m.label!] as const));
  // ("Tea Board" → "Sri Lanka Tea Board": the longest name, one step further)
  const longestOrg = (label: string): { key: string; label: string } | undefined => {
    const one = longerOrg(label);
    return one ? longerOrg(one.label) ?? one : undefined;
  };

  const entities = new Map<string, ExtractedEntity>();
  const ensure = (key: string, kind: EntityKind, label: string, known: boolean): ExtractedEntity => {
    let e = entities.get(key);
    if (!e) {
      const entry = c.kb.get(key);
      e = { key, kind, label, aliases: [], mentions: [], roles: [], known };
      if (entry?.wikidata) e.wikidata = entry.wikidata;
      if (entry?.description) e.description = entry.description;
      if (entry?.roles) {
        e.roles = entry.roles
          .filter((r) => roleHolds(r, date))
          .map((r) => r.label);
      }
      entities.set(key, e);
    }
    return e;
  };

  for (const m of mentions) {
    let key: string;
    let kind: EntityKind = m.kind;
    let label: string;
    if (m.kbId) {
      const surnameOf = m.via === "surname" || m.tokEnd - m.tokStart === 1 ? fullNames.get(fold(m.text)) : undefined;
      key = m.kind === "person" && surnameOf ? surnameOf : m.actorFor ?? m.kbId;
      const entry = c.kb.get(key);
      kind = entry?.kind ?? m.kind;
      label = entry?.label ?? m.label ?? m.text;
      if (m.actorFor && entry) {
        // Keep the seat of power itself when it is not a city ("Casa Albă", "Kremlinul").
        const seat = c.kb.get(m.kbId);
        if (seat && !c.capitals.has(seat.id)) {
          const s = ensure(seat.id, seat.kind, seat.label, true);
          s.mentions.push({ start: m.start, end: m.end, text: m.text, sentence: m.sentence });
          if (!s.aliases.includes(m.text)) s.aliases.push(m.text);
        }
      }
    } else if (m.kind === "group") {
      label = m.label ?? m.text;
      key = `group:${slugify(label)}`;
    } else {
      label = m.label ?? m.text;
      const single = m.tokEnd - m.tokStart === 1;
      const coref = single ? fullNames.get(fold(m.text)) ?? middleNames.get(fold(m.text)) ?? givenNameOf(m) : partOf(m);
      // ("Northline" after "Northline Metals": a company's first word alone is its short name; not "Consiliul" alone)
      const longer = m.kind === "organization" && (!single || (!c.orgWords.has(fold(m.text)) && !isAcronym(m.text))) ? longestOrg(label) : undefined;
      if (coref) {
        key = coref;
        kind = "person";
        label = entities.get(coref)?.label ?? label;
      } else if (longer) {
        // "Consiliul Județean" after "Consiliul Județean Vaslui": the organisation named in full before
        key = longer.key;
        label = longer.label;
      } else if (m.kind === "organization" && aliasOf.has(fold(label))) {
        // "OCPI Olt" after "Oficiul de Cadastru și Publicitate Imobiliară (OCPI) Olt": the other name it was given
        label = aliasOf.get(fold(label))!;
        key = `organization:${slugify(label)}`;
      } else {
        key = `${m.kind}:${slugify(label)}`;
      }
    }
    m.key = key;
    m.kind = kind;
    m.label = label;
    const e = ensure(key, kind, label, !!c.kb.get(key));
    e.mentions.push({ start: m.start, end: m.end, text: m.text, sentence: m.sentence });
    if (m.via !== "demonym" && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    if (m.alias && !e.aliases.includes(m.alias)) e.aliases.push(m.alias);
  }
  return [...entities.values()];
}

/** Acronym → the mention it abbreviates, when one stands in brackets right after the other. */
function acronymExpansions(doc: Document, mentions: RawMention[]): Map<string, RawMention> {
  const out = new Map<string, RawMention>();
  const byEnd = new Map(mentions.map((m) => [m.tokEnd, m] as const));
  const byStart = new Map(mentions.map((m) => [m.tokStart, m] as const));
  for (const m of mentions) {
    if (m.tokEnd - m.tokStart !== 1 || !isAcronym(m.text)) continue;
    // "Name (ACR)" or "ACR (Name)"
    // (… or a name that runs on past its bracket: "Direcției Sanitare Veterinare … (DSVSA) Vaslui")
    const before = doc.tokens[m.tokStart - 1]?.text === "(" ? byEnd.get(m.tokStart - 1) ?? mentions.find((n) => n.tokStart < m.tokStart && n.tokEnd > m.tokEnd && n.kind === "organization") : undefined;
    const after = doc.tokens[m.tokEnd]?.text === "(" ? byStart.get(m.tokEnd + 1) : undefined;
    // (an organisation's name translated from another language keeps the original's acronym: "Canary Islands Institute of
    // Astrophysics (IAC)", "Independent Union of Northern Drivers (SIMN)" — in brackets right after it, half its letters are initials)
    const full = [before, after].find((n) => n && n !== m && n.kind !== "person" && (abbreviates(m.text, n.text) || (n === before && n.kind === "organization" && sharesInitials(m.text, n.text))));
    if (full && !out.has(m.text)) out.set(m.text, full);
  }
  // "JICA" after "the Japan International Cooperation Agency" with no brackets: an acronym no list knows whose letters
  // are exactly the initials of one organisation's name in the article
  for (const m of mentions) {
    if (out.has(m.text) || m.via !== "discovered" || m.tokEnd - m.tokStart !== 1 || !isAcronym(m.text) || m.text.length < 3) continue;
    const letters = fold(m.text).replace(/[^a-z]/g, "");
    const named = new Map(mentions.filter((n) => n.kind === "organization" && n !== m && initialsOf(n.label ?? n.text) === letters).map((n) => [n.label ?? n.text, n]));
    if (named.size === 1) out.set(m.text, [...named.values()][0]!);
  }
  return out;
}

/** The initials of a name's capitalised words, folded: "Japan International Cooperation Agency" → "jica". */
function initialsOf(name: string): string {
  return fold(name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join(""));
}


/** "RSF" abbreviates "Rapid Support Forces", "BNR" "Banca Națională a României" (initials in order). */
function abbreviates(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w.match(/\p{Lu}/u)?.[0] ?? "")
    .join("");
  const letters = fold(acronym);
  const folded = fold(initials);
  if (!folded.startsWith(letters[0]!)) return false;
  let k = 0;
  for (const ch of folded) if (ch === letters[k]) k++;
  return k === letters.length;
}

/** Half or more of the acronym's distinct letters are initials of a name of two words or more, in any order. */
function sharesInitials(acronym: string, name: string): boolean {
  const firsts = initialsOf(name);
  if (firsts.length < 2) return false;
  const initials = new Set(firsts);
  const letters = new Set(fold(acronym).replace(/[^a-z]/g, ""));
  return [...letters].filter((l) => initials.has(l)).length * 2 >= letters.size;
}

/** Words that join two names of the same kind: "la Acâș și Ardud", "in Chimbote and Paita", "linia Ungheni–Chișinău". */
const SAME_KIND_JOINS = new Set(["si", "sau", "and", "or", "–", "—", "-"]);

/**
 * A one-word name whose kind is a default guess, joined by "and" or a dash to a place, is a place too
 * ("stațiuni termale la Acâș și Ardud", "plants in Chimbote and Paita", "linia Ungheni–Chișinău").
 */
function placesBeside(doc: Document, mentions: RawMention[]): void {
  const byStart = new Map<number, RawMention>();
  const byEnd = new Map<number, RawMention>();
  for (const m of mentions) {
    byStart.set(m.tokStart, m);
    byEnd.set(m.tokEnd, m);
  }
  const isPlace = (m: RawMention | undefined): boolean => !!m && m.kind === "place" && (m.kbId !== undefined || m.kindSure !== false);
  for (const m of mentions) {
    if (m.via !== "discovered" || m.kindSure !== false || m.tokEnd - m.tokStart !== 1) continue;
    const before = doc.tokens[m.tokStart - 1];
    const after = doc.tokens[m.tokEnd];
    const left = before && SAME_KIND_JOINS.has(before.fold) ? byEnd.get(m.tokStart - 1) : undefined;
    const right = after && SAME_KIND_JOINS.has(after.fold) ? byStart.get(m.tokEnd + 1) : undefined;
    if (isPlace(left) || isPlace(right)) m.kind = "place";
  }
}

