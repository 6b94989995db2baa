// Assembles extractions into one graphology graph: the same entity in several articles is one
// node (counts, articles, first/last seen), a meeting reported by several articles is one node
// when place, date and participants agree, and every link keeps all of its evidence.
// Add articles in a fixed order (the pipeline uses sorted file order): nodes and edges are then
// inserted in that order and list attributes are sorted at the end, and every writer orders keys
// itself, so the bytes of every export depend only on the input.

import { MultiDirectedGraph } from "graphology";
import type {
  EdgeAttributes,
  Evidence,
  Extraction,
  ExtractedMeeting,
  GraphAttributes,
  Modality,
  NodeAttributes,
  NodeKind,
} from "../types.js";

/** The graph the tool builds. */
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Creates an empty knowledge graph (multi, directed, self-loops off). */
export function createGraph(): KnowledgeGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

/** Stable order of modalities, strongest claim first: the edge shows the strongest one seen. */
const MODALITY_RANK: Modality[] = ["asserted", "reported", "planned", "possible", "negated"];

interface MeetingRecord {
  key: string;
  place?: string;
  date?: string;
  participants: Set<string>;
  /** Date of the article whose status the node shows (the newest report wins). */
  statusDate: string;
  /** Articles that reported it: two meetings of one article are never merged here. */
  articles: Set<string>;
  /** Order of creation, so the first reported of several matches wins. */
  order: number;
}

/** Incremental assembler: `add` one extraction at a time (streaming), then `finish`. */
export interface Assembler {
  add(extraction: Extraction): void;
  finish(): KnowledgeGraph;
}

/** Starts an assembler. */
export function createAssembler(): Assembler {
  const g = createGraph();
  let articleCount = 0;
  // Every step stays O(1) in the number of articles seen. An article is added in one `add` call,
  // so what it added to a list is at the list's end: checking the tail is enough.
  const aliasesOf = new Map<string, Set<string>>();
  const meetingByKey = new Map<string, MeetingRecord>();
  /**
   * Meetings by "place|participant|month" ("place||month" without any participant; month "" when
   * undated): a match has the same place, shares a participant and overlaps in date, so it is
   * under one of these keys. Months keep each list short however many meetings a place has.
   */
  const meetingsByParticipant = new Map<string, Set<MeetingRecord>>();

  const firstTime = (index: Map<string, Set<string>>, key: string, value: string): boolean => {
    let set = index.get(key);
    if (!set) index.set(key, (set = new Set()));
    if (set.has(value)) return false;
    set.add(value);
    return true;
  };

  // The attribute objects the graph holds, by key: one map lookup instead of has + add + get.
  const nodeAttributes = new Map<string, NodeAttributes>();
  // Edges by source, then target (a list when a pair has several relations or roles): finding an
  // edge needs no key made per link, only each new edge's key.
  const edgesFrom = new Map<string, Map<string, EdgeAttributes | EdgeAttributes[]>>();
  const findEdge = (source: string, target: string, relation: string, role: string | undefined): EdgeAttributes | undefined => {
    const found = edgesFrom.get(source)?.get(target);
    if (!Array.isArray(found)) return found && found.relation === relation && found.role === role ? found : undefined;
    return found.find((a) => a.relation === relation && a.role === role);
  };
  const keepEdge = (source: string, target: string, a: EdgeAttributes): void => {
    let byTarget = edgesFrom.get(source);
    if (!byTarget) edgesFrom.set(source, (byTarget = new Map()));
    const found = byTarget.get(target);
    if (found === undefined) byTarget.set(target, a);
    else if (Array.isArray(found)) found.push(a);
    else byTarget.set(target, [found, a]);
  };

  const touchNode = (key: string, kind: NodeKind, label: string, article: string, date: string | undefined, count: number): NodeAttributes => {
    let a = nodeAttributes.get(key);
    if (!a) {
      a = { kind, label, aliases: [], mentions: 0, articles: [] };
      g.addNode(key, a); // graphology keeps this very object as the node's attributes
      nodeAttributes.set(key, a);
    }
    a.mentions += count;
    if (a.articles[a.articles.length - 1] !== article) a.articles.push(article);
    if (date) {
      if (!a.firstSeen || date < a.firstSeen) a.firstSeen = date;
      if (!a.lastSeen || date > a.lastSeen) a.lastSeen = date;
    }
    return a;
  };

  const link = (
    source: string,
    target: string,
    relation: string,
    article: string,
    date: string | undefined,
    extra: { evidence?: Evidence; modality?: Modality; source?: string; role?: EdgeAttributes["role"] } = {},
  ): void => {
    if (source === target || !nodeAttributes.has(source) || !nodeAttributes.has(target)) return;
    const role = extra.role || undefined;
    let a = findEdge(source, target, relation, role);
    if (!a) {
      // join makes one flat string, where a template literal makes a tree of pieces that every later
      // use (hashing, sorting by key in the exports, escaping) has to walk or flatten first.
      const key = [source, role ? `${relation}:${role}` : relation, target].join("|");
      // Another relation, role or pair may make the same key (a relation with ":", a key with "|"):
      // then it is that edge, as when edges were found by key.
      a = g.hasEdge(key) ? g.getEdgeAttributes(key) : undefined;
      if (!a) {
        a = { relation, weight: 0, articles: [] };
        g.addDirectedEdgeWithKey(key, source, target, a);
        keepEdge(source, target, a);
      }
    }
    a.weight += 1;
    if (a.articles![a.articles!.length - 1] !== article) a.articles!.push(article);
    if (date) {
      if (!a.firstSeen || date < a.firstSeen) a.firstSeen = date;
      if (!a.lastSeen || date > a.lastSeen) a.lastSeen = date;
    }
    if (extra.evidence) {
      a.evidence ??= [];
      const e = extra.evidence;
      let seen = false;
      for (let i = a.evidence.length - 1; i >= 0 && a.evidence[i]!.article === e.article; i--) {
        if (a.evidence[i]!.sentence === e.sentence) seen = true;
      }
      if (!seen) a.evidence.push(e);
    }
    if (extra.modality && (!a.modality || MODALITY_RANK.indexOf(extra.modality) < MODALITY_RANK.indexOf(a.modality))) {
      a.modality = extra.modality;
    }
    if (extra.source && !a.source) a.source = extra.source;
    if (extra.role) a.role = extra.role;
  };

  const placeMeeting = (m: ExtractedMeeting, article: string): string => {
    const participants = new Set(m.participants.map((p) => p.key));
    const place = m.place ?? "";
    const months = monthsOf(m.date);
    // The first reported match (lowest order), as a scan in order would find. A record is under
    // several of these keys (one per shared participant and month): it is then tested again with
    // the same answer, cheaper than gathering the candidates into a set first (the lists of
    // undated meetings of a busy place and person grow with the corpus). A record reported after
    // the best match so far cannot come first: skipped without testing.
    let same: MeetingRecord | undefined;
    for (const p of participants.size ? participants : [""]) {
      for (const month of months) {
        for (const r of meetingsByParticipant.get(`${place}|${p}|${month}`) ?? []) {
          if (same && r.order >= same.order) continue;
          if (!r.articles.has(article) && r.place === m.place && datesAgree(r.date, m.date) && jaccard(r.participants, participants) >= 0.5) same = r;
        }
      }
    }
    if (same) {
      for (const p of participants) {
        same.participants.add(p);
        for (const month of monthsOf(same.date)) indexMeeting(`${place}|${p}|${month}`, same);
      }
      same.articles.add(article);
      return same.key;
    }
    let key = m.key;
    for (let n = 2; nodeAttributes.has(key); n++) key = `${m.key}-${n}`;
    const record: MeetingRecord = {
      key,
      ...(m.place ? { place: m.place } : {}),
      ...(m.date ? { date: m.date } : {}),
      participants,
      statusDate: "",
      articles: new Set([article]),
      order: meetingByKey.size,
    };
    meetingByKey.set(key, record);
    for (const p of participants.size ? participants : [""]) for (const month of months) indexMeeting(`${place}|${p}|${month}`, record);
    return key;
  };

  const indexMeeting = (indexKey: string, record: MeetingRecord): void => {
    let set = meetingsByParticipant.get(indexKey);
    if (!set) meetingsByParticipant.set(indexKey, (set = new Set()));
    set.add(record);
  };

  return {
    add(x: Extraction): void {
      articleCount++;
      const art = x.article;
      const date = art.date;
      const articleKey = `article:${art.id}`;
      const an = touchNode(articleKey, "article", art.title ?? art.id, art.id, date, 0);
      if (art.title) an.title = art.title;
      if (date) an.date = date;
      an.lang = x.lang;
      if (art.source) an.source = art.source;
      if (art.url) an.url = art.url;
      an.path = art.path;

      for (const e of x.entities) {
        const a = touchNode(e.key, e.kind, e.label, art.id, date, e.mentions.length);
        for (const alias of e.aliases) if (firstTime(aliasesOf, e.key, alias)) a.aliases.push(alias);
        if (e.wikidata) a.wikidata = e.wikidata;
        if (e.description) a.description ??= e.description;
        if (e.roles.length) a.roles = [...new Set([...(a.roles ?? []), ...e.roles])];
      }
      for (const t of x.topics) touchNode(t.key, "topic", t.label, art.id, date, t.mentions.length);

      const meetingKeys = new Map<string, string>();
      for (const m of x.meetings) {
        const key = placeMeeting(m, art.id);
        meetingKeys.set(m.key, key);
        const a = touchNode(key, "meeting", m.label, art.id, date, 1);
        const record = meetingByKey.get(key)!;
        // The newest article's view of the status is the current one.
        if (!a.status || (date ?? "") >= record.statusDate) {
          a.status = m.status;
          record.statusDate = date ?? "";
        }
        if (m.date && (!a.date || m.date.length < a.date.length)) a.date = m.date;
        if (m.date) {
          const [from, to] = m.date.split("/");
          if (from && (!a.firstSeen || from < a.firstSeen)) a.firstSeen = from;
          const end = to ?? from;
          if (end && (!a.lastSeen || end > a.lastSeen)) a.lastSeen = end;
        }
        if (m.place) a.place = nodeAttributes.get(m.place)?.label ?? m.place;
        a.trigger ??= m.trigger;
        a.meetingType ??= m.type;
        if (firstTime(aliasesOf, key, m.trigger)) a.aliases.push(m.trigger);
      }
      const resolve = (k: string): string => meetingKeys.get(k) ?? k;

      for (const e of x.entities) {
        if (e.mentions.length) link(articleKey, e.key, "mentions", art.id, date);
      }
      for (const m of x.meetings) link(articleKey, resolve(m.key), "mentions", art.id, date);
      for (const r of x.relations) {
        // absent attribution and role stay undefined, which link reads as not given
        link(resolve(r.source), resolve(r.target), r.relation, art.id, date, { evidence: r.evidence, modality: r.modality, source: r.attribution, role: r.role });
      }
    },
    finish(): KnowledgeGraph {
      return tidy(g, articleCount);
    },
  };
}

/** Assembles a whole list of extractions at once. */
export function assemble(extractions: Iterable<Extraction>): KnowledgeGraph {
  const a = createAssembler();
  for (const x of extractions) a.add(x);
  return a.finish();
}

/** The months ("YYYY-MM") a meeting date ("YYYY-MM-DD" or a range "a/b") touches; [""] when undated. */
export function monthsOf(date?: string): string[] {
  if (!date) return [""];
  const [from = date, to = from] = date.split("/");
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  const months: string[] = [];
  // A range is a few days or weeks; the cap only guards against a malformed one.
  while (months.length < 36) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    months.push(key);
    if (key >= last) break;
    if (++month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

function datesAgree(a?: string, b?: string): boolean {
  if (!a || !b) return !a && !b;
  const [a1, a2 = a1] = a.split("/");
  const [b1, b2 = b1] = b.split("/");
  return a1! <= b2! && b1! <= a2!;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** Sorts the list attributes in place and names the graph: the lists then depend only on the input. */
function tidy(g: KnowledgeGraph, articles: number): KnowledgeGraph {
  g.replaceAttributes({ name: "Article knowledge graph", generator: "article-kg", articles });
  g.forEachNode((_key, a) => {
    a.aliases.sort(compareStrings);
    a.articles.sort(compareStrings);
    a.roles?.sort(compareStrings);
  });
  g.forEachEdge((_key, a) => {
    a.articles?.sort(compareStrings);
    a.evidence?.sort((x, y) => compareStrings(x.article, y.article) || x.sentence - y.sentence);
  });
  return g;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
