// The data that passes between the stages: ingest → text → extract → graph → export.
// Every stage takes one of these and returns the next; nothing else crosses a stage boundary.

/** Two-letter language code of an article. */
export type Lang = "ro" | "en";

/** A raw article as read from disk by ingest. `text` is the body only (header removed). */
export interface Article {
  /** Stable, readable id derived from the date and the file name, e.g. `2025-12-18-miami-talks`. */
  id: string;
  /** Path of the source file (relative to the working directory when possible). */
  path: string;
  /** 1-based line in `path` where the article starts (for .jsonl), else 1. */
  line?: number;
  title?: string;
  /** Publication date, ISO `YYYY-MM-DD`, when known. */
  date?: string;
  /** Language given by the file or the user; text/ detects it when absent. */
  lang?: Lang;
  source?: string;
  url?: string;
  text: string;
}

/** Metadata of an article without its text, kept on the graph's article node. */
export type ArticleMeta = Omit<Article, "text">;

/** A half-open character range `[start, end)` into `Document.text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** The surface form exactly as in the text. */
  text: string;
  /** Lower case, diacritics removed (ș ş → s, ă â → a, î → i …). */
  fold: string;
  /** Stem of `fold` (Snowball, per language): what lexicons match on. */
  stem: string;
  type: "word" | "number" | "punct";
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
  /** Indexes into `Document.tokens`: `[firstToken, lastToken + 1)`. */
  tokenStart: number;
  tokenEnd: number;
}

/** An article after the text stage: normalised text cut into paragraphs, sentences, tokens. */
export interface Document {
  article: ArticleMeta;
  lang: Lang;
  /** Normalised text (NFC, ș ț, straight-line structure kept); all spans point into it. */
  text: string;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
}

/** Where a link was read: the article, the sentence and the exact characters. */
export interface Evidence {
  article: string;
  sentence: number;
  /** Character span of the whole sentence in the document text. */
  start: number;
  end: number;
  /** The sentence itself: `document.text.slice(start, end)`. */
  text: string;
}

export type Modality = "asserted" | "reported" | "possible" | "planned" | "negated";

export type EntityKind = "person" | "organization" | "country" | "place" | "group";
export type NodeKind = EntityKind | "article" | "meeting" | "topic";

export type MeetingStatus =
  | "happened"
  | "ongoing"
  | "planned"
  | "proposed"
  | "unconfirmed"
  | "cancelled"
  | "postponed";

export type ParticipantRole = "lead" | "member" | "host" | "guest";

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  /** Surface form, e.g. `Moscovei`, `secretarul de stat Marco Rubio`. */
  text: string;
  sentence: number;
}

/** An entity found in one article, already linked (KB id or a discovered key). */
export interface ExtractedEntity {
  /** Graph key: `person:steve-witkoff`, `country:ukraine` … */
  key: string;
  kind: EntityKind;
  label: string;
  aliases: string[];
  mentions: Mention[];
  wikidata?: string;
  description?: string;
  /** Short English role descriptions valid in this article, e.g. "US special envoy". */
  roles: string[];
  /** True when the entity comes from the knowledge base. */
  known: boolean;
}

export interface ExtractedParticipant {
  key: string;
  role: ParticipantRole;
  evidence: Evidence;
  modality: Modality;
}

/** A meeting frame: trigger, where, when, who, about what, and whether it happened. */
export interface ExtractedMeeting {
  key: string;
  label: string;
  /** The word that named it: "negocieri", "summit", "call" … */
  trigger: string;
  /** Normalised meeting type: meeting, talks, negotiations, summit, call, visit, speech, conference … */
  type: string;
  status: MeetingStatus;
  /** ISO date or `start/end` interval, resolved against the article date; absent when open. */
  date?: string;
  /** Key of the place (or country) entity where it is held. */
  place?: string;
  participants: ExtractedParticipant[];
  /** Topic keys. */
  topics: string[];
  evidence: Evidence;
  modality: Modality;
  attribution?: string;
}

export interface ExtractedTopic {
  key: string;
  label: string;
  mentions: Mention[];
}

/** A typed link between two extracted things (entity, meeting or topic keys). */
export interface ExtractedRelation {
  source: string;
  target: string;
  /** `envoy_of`, `head_of`, `son_in_law_of`, `pressures`, `held_in`, `discusses` … */
  relation: string;
  evidence: Evidence;
  modality: Modality;
  /** Attributed source when the text names one ("potrivit surselor", "conform Politico"). */
  attribution?: string;
  /** For `participates_in`. */
  role?: ParticipantRole;
}

/** Everything extract found in one document. */
export interface Extraction {
  article: ArticleMeta;
  lang: Lang;
  entities: ExtractedEntity[];
  meetings: ExtractedMeeting[];
  topics: ExtractedTopic[];
  relations: ExtractedRelation[];
}

/** A file or article that ingest could not take, with the reason in one line. */
export interface Rejection {
  path: string;
  line?: number;
  reason: string;
}

// ---- Graph attributes (the contract of DESIGN.md) ----

export interface NodeAttributes {
  kind: NodeKind;
  label: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  firstSeen?: string;
  lastSeen?: string;
  wikidata?: string;
  roles?: string[];
  description?: string;
  // meetings
  status?: MeetingStatus;
  date?: string;
  place?: string;
  trigger?: string;
  meetingType?: string;
  // articles
  title?: string;
  lang?: Lang;
  source?: string;
  url?: string;
  path?: string;
  // appearance and metrics, computed only by graph/
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  degree?: number;
  weightedDegree?: number;
  betweenness?: number;
  pagerank?: number;
  community?: number;
}

export interface EdgeAttributes {
  relation: string;
  label?: string;
  weight: number;
  /** Every occurrence, across articles; absent only for `mentions`. */
  evidence?: Evidence[];
  modality?: Modality;
  /** Attributed source of the claim ("sources", "Politico"); on the graph per DESIGN.md. */
  source?: string;
  role?: ParticipantRole;
  articles?: string[];
  firstSeen?: string;
  lastSeen?: string;
  size?: number;
  color?: string;
}

export interface GraphAttributes {
  name?: string;
  generator?: string;
  articles?: number;
}
