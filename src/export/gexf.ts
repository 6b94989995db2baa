// GEXF writer for Gephi: GEXF 1.3 (default) or 1.2draft, typed attributes, viz (colour, size,
// position, thickness) and dynamics for Gephi's timeline (start/end dates on nodes and edges).
//
// Why our own writer and not graphology-gexf's: its writer writes no dynamics (no start/end, no
// timeformat/mode), uses a wrong viz namespace for 1.2 (http://www.gexf.net/1.2draft/viz is right),
// declares types by guessing from the values, and has no hook for evidence objects. Extending it
// through formatters could only add attributes, not dynamics, so this small writer does the whole
// file. graphology-gexf's *parser* reads what it writes (see read.ts and the tests).
//
// Output is valid against the official RELAX NG schemas (1.3/gexf.rng, 1.2draft/gexf.regenerated.rng):
// - dates go on the timeline; attribute types are only those both schemas know (no `date` type
//   exists in GEXF, so firstSeen/lastSeen/date are `string` columns as well as start/end);
// - labels are xsd:token: whitespace collapsed; every text is stripped of characters XML 1.0
//   forbids and escaped; tab/LF/CR in attribute values are written as character references;
// - liststring values are written `["a", "b"]` with `\` escapes (Gephi 0.9+ and graphology read it);
// - viz:position always has z (1.2draft requires it); viz:color is r,g,b (+a) in both versions;
// - `<meta lastmodifieddate>` is the newest article date in the graph (or `options.lastModified`),
//   never the wall clock.
//
// Timeline: a node lives from firstSeen to lastSeen; a meeting at its `date` ("a" or "a/b"); an
// edge from its own firstSeen to lastSeen, stretched to cover the date of a meeting it touches;
// every other node is stretched to cover its edges, so an edge is never alive without its ends.

import type { AbstractGraph } from "graphology-types";
import { cellOf, escapedEvidence, evidenceList, graphTable, isIsoDate, type Cell, type Column, type EdgeEntry, type GraphTable, type NodeEntry } from "./columns.js";
import { escapeAttribute, escapeText, formatNumber, linesTo, mayHoldForbidden, parseColor, stripForbidden, toToken, type Lines } from "./xml.js";

export type GexfVersion = "1.3" | "1.2";

export interface GexfOptions {
  /** "1.3" (default) or "1.2" (1.2draft, for old tools). */
  version: GexfVersion;
  /** Write start/end dates (mode="dynamic" timeformat="date") when the graph has any. */
  dynamic: boolean;
  /** `<meta lastmodifieddate>`, YYYY-MM-DD; undefined → newest article date (else newest lastSeen), else none. */
  lastModified?: string;
  /** `<meta><creator>` when the graph has no `generator` attribute. */
  creator: string;
  /** Indent nested elements by two spaces per level (false: every line starts at its element, a seventh smaller). */
  indent: boolean;
}

/** Defaults of {@link toGexf}. */
export const GEXF_DEFAULTS: Readonly<GexfOptions> = Object.freeze({
  version: "1.3",
  dynamic: true,
  lastModified: undefined,
  creator: "article-kg",
  indent: true,
});

/** Namespaces per version (the README of shared/gexf: 1.2draft has www, 1.3 has not). */
export const GEXF_NAMESPACES: Readonly<Record<GexfVersion, { gexf: string; viz: string }>> = Object.freeze({
  "1.3": { gexf: "http://gexf.net/1.3", viz: "http://gexf.net/1.3/viz" },
  "1.2": { gexf: "http://www.gexf.net/1.2draft", viz: "http://www.gexf.net/1.2draft/viz" },
});

const NODE_RESERVED = new Set(["label", "x", "y", "z", "size", "color"]);
const EDGE_RESERVED = new Set(["label", "weight", "size", "color"]);

interface Interval {
  start: string;
  end: string;
}

function parseInterval(value: unknown): Interval | undefined {
  if (typeof value !== "string") return undefined;
  const [a, b, extra] = value.split("/");
  if (extra !== undefined || !isIsoDate(a)) return undefined;
  if (b === undefined) return { start: a, end: a };
  if (!isIsoDate(b) || b < a) return undefined;
  return { start: a, end: b };
}

function seenInterval(first: unknown, last: unknown): Interval | undefined {
  const start = isIsoDate(first) ? first : isIsoDate(last) ? last : undefined;
  const end = isIsoDate(last) ? last : start;
  if (start === undefined || end === undefined) return undefined;
  return start <= end ? { start, end } : { start: end, end: start };
}

/**
 * The intervals of one timeline, each distinct one made once: half a million edges share a few
 * thousand (the dates of their articles and meetings), so every edge's interval can be kept.
 */
class Intervals {
  /** By start, then end. */
  private readonly made = new Map<string, Map<string, Interval>>();
  /** seenInterval by firstSeen, then lastSeen (null: none). */
  private readonly seen = new Map<unknown, Map<unknown, Interval | null>>();

  /** The interval from `start` to `end`. */
  of(start: string, end: string): Interval {
    let byEnd = this.made.get(start);
    if (!byEnd) this.made.set(start, (byEnd = new Map()));
    let interval = byEnd.get(end);
    if (!interval) byEnd.set(end, (interval = { start, end }));
    return interval;
  }

  /** firstSeen to lastSeen of `attributes` (either alone when the other is missing; reversed when backwards). */
  seenOf(attributes: Record<string, unknown>): Interval | undefined {
    const first = attributes.firstSeen;
    const last = attributes.lastSeen;
    let byLast = this.seen.get(first);
    if (!byLast) this.seen.set(first, (byLast = new Map()));
    let interval = byLast.get(last);
    if (interval === undefined) {
      const made = seenInterval(first, last);
      byLast.set(last, (interval = made ? this.of(made.start, made.end) : null));
    }
    return interval ?? undefined;
  }

  /** The smallest interval holding both. */
  hull(a: Interval | undefined, b: Interval | undefined): Interval | undefined {
    if (!a) return b;
    if (!b) return a;
    if (a.start <= b.start && a.end >= b.end) return a;
    if (b.start <= a.start && b.end >= a.end) return b;
    return this.of(a.start < b.start ? a.start : b.start, a.end > b.end ? a.end : b.end);
  }
}

/** The timeline: the dates of the nodes and of the edges, in the order of the table's `nodes` and `edges` (see the banner). */
interface Times {
  nodes: (Interval | undefined)[];
  edges: (Interval | undefined)[];
  /** Whether any node has dates. */
  dated: boolean;
}

/**
 * Start/end of every node and edge: a meeting at its date, another node over its own dates
 * stretched to cover each of its edges, an edge over its own dates stretched over the dates of the
 * meetings it touches.
 */
function times(nodes: readonly NodeEntry[], edges: readonly EdgeEntry[]): Times {
  const intervals = new Intervals();
  const nodeTimes: (Interval | undefined)[] = new Array(nodes.length);
  const isMeeting: boolean[] = new Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const attributes = nodes[i]!.attributes;
    const parsed = attributes.kind === "meeting" ? parseInterval(attributes.date) : undefined;
    isMeeting[i] = parsed !== undefined;
    nodeTimes[i] = parsed ? intervals.of(parsed.start, parsed.end) : intervals.seenOf(attributes);
  }
  const edgeTimes: (Interval | undefined)[] = new Array(edges.length);
  for (let i = 0; i < edges.length; i++) {
    const { sourceIndex: s, targetIndex: t, attributes } = edges[i]!;
    let interval = intervals.seenOf(attributes);
    if (isMeeting[s]) interval = intervals.hull(interval, nodeTimes[s]);
    if (isMeeting[t]) interval = intervals.hull(interval, nodeTimes[t]);
    edgeTimes[i] = interval;
    if (!interval) continue;
    if (!isMeeting[s]) nodeTimes[s] = intervals.hull(nodeTimes[s], interval);
    if (!isMeeting[t]) nodeTimes[t] = intervals.hull(nodeTimes[t], interval);
  }
  return { nodes: nodeTimes, edges: edgeTimes, dated: nodeTimes.some((interval) => interval !== undefined) };
}

/** Start/end of every node and edge key for the timeline (see the banner for the rules). */
export function timeline(graph: AbstractGraph): { nodes: Map<string, Interval>; edges: Map<string, Interval> } {
  const table = graphTable(graph);
  const { nodes: nodeList, edges: edgeList } = times(table.nodes, table.edges);
  const nodes = new Map<string, Interval>();
  nodeList.forEach((interval, i) => {
    if (interval) nodes.set(table.nodes[i]!.key, interval);
  });
  const edges = new Map<string, Interval>();
  edgeList.forEach((interval, i) => {
    if (interval) edges.set(table.edges[i]!.key, interval);
  });
  return { nodes, edges };
}

/** The date for `<meta lastmodifieddate>`: newest article `date`, else newest `lastSeen`, else undefined. */
export function newestDate(graph: AbstractGraph): string | undefined {
  let newestArticle: string | undefined;
  let newestSeen: string | undefined;
  graph.forEachNode((_key, attributes) => {
    if (attributes.kind === "article" && isIsoDate(attributes.date) && (!newestArticle || attributes.date > newestArticle)) {
      newestArticle = attributes.date;
    }
    if (isIsoDate(attributes.lastSeen) && (!newestSeen || attributes.lastSeen > newestSeen)) newestSeen = attributes.lastSeen;
  });
  return newestArticle ?? newestSeen;
}

/** Escapes one list item (without its quotes): backslash, double quote, LF, CR and tab get a backslash escape. */
function escapeListItem(item: string): string {
  const clean = stripForbidden(item);
  return /[\\"\n\r\t]/.test(clean)
    ? clean.replace(/[\\"\n\r\t]/g, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : `\\${c}`))
    : clean;
}

/** A liststring value as Gephi 0.9+ and graphology-gexf parse it: `["a", "b \"c\""]`; `[]` when empty. */
export function formatList(items: readonly string[]): string {
  return items.length ? `["${items.map(escapeListItem).join('", "')}"]` : "[]";
}

/**
 * `escapeAttribute(formatList(items))`, built item by item: the quotes around the items are
 * written escaped (`&quot;`) instead of being searched for and replaced in the whole list.
 */
function attributeList(items: readonly string[]): string {
  if (items.length === 0) return "[]";
  let text = "[&quot;";
  for (let i = 0; i < items.length; i++) text += (i ? "&quot;, &quot;" : "") + escapeAttribute(escapeListItem(items[i]!));
  return text + "&quot;]";
}

function formatCell(cell: Cell): string {
  if (Array.isArray(cell)) return formatList(cell);
  if (typeof cell === "number") return formatNumber(cell);
  return String(cell);
}

/** The indentation of each nesting level (all empty when not indenting). */
type Indents = readonly string[];

function declareColumns(kind: "node" | "edge", columns: Column[], lines: Lines, pad: Indents): void {
  if (columns.length === 0) return;
  lines.push(`${pad[2]}<attributes class="${kind}" mode="static">`);
  for (const column of columns) {
    const id = escapeAttribute(column.name);
    lines.push(`${pad[3]}<attribute id="${id}" title="${id}" type="${column.type}"${defaultFor(kind, column) ? ">" : "/>"}`);
    const fallback = defaultFor(kind, column);
    if (fallback !== undefined) {
      lines.push(`${pad[4]}<default>${escapeText(fallback)}</default>`);
      lines.push(`${pad[3]}</attribute>`);
    }
  }
  lines.push(`${pad[2]}</attributes>`);
}

/** Defaults declared for the attributes every node has by contract (DESIGN.md): lists empty, mentions 0. */
function defaultFor(kind: "node" | "edge", column: Column): string | undefined {
  if (kind !== "node") return undefined;
  if ((column.name === "aliases" || column.name === "articles") && column.type === "liststring") return "[]";
  if (column.name === "mentions" && column.type === "integer") return "0";
  return undefined;
}

/** The start of each column's `<attvalue>` line, escaped once for the whole file. */
function attvalueHeads(columns: Column[], indent: string): string[] {
  return columns.map((column) => `${indent}<attvalue for="${escapeAttribute(column.name)}" value="`);
}

/** The `<attvalues>` block of one element, ending with "\n" ("" when it has no values). */
function attvalues(columns: Column[], heads: string[], attributes: Record<string, unknown>, indent: string): string {
  let values = "";
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const value = attributes[column.name];
    const evidence = column.name === "evidence" ? evidenceList(value) : undefined;
    const cell = evidence ? undefined : cellOf(column, value);
    if (!evidence && cell === undefined) continue;
    // Numbers need no escaping.
    const text = evidence
      ? escapedEvidence(evidence, escapeAttribute, "&#10;")
      : typeof cell === "number" ? formatNumber(cell) : Array.isArray(cell) ? attributeList(cell) : escapeAttribute(formatCell(cell!));
    values += `${heads[i]}${text}"/>\n`;
  }
  return values.length === 0 ? "" : `${indent}<attvalues>\n${values}${indent}</attvalues>\n`;
}

/** The `<viz:color>` line (ending with "\n") of each colour (a graph has a few), or undefined for none. */
function colorElements(indent: string): (color: unknown) => string | undefined {
  const lines = new Map<string, string | undefined>();
  return (color) => {
    if (typeof color !== "string") return undefined;
    if (!lines.has(color)) lines.set(color, colorElement(color, indent));
    return lines.get(color);
  };
}

function colorElement(color: string, indent: string): string | undefined {
  const rgba = parseColor(color);
  if (!rgba) return undefined;
  const alpha = rgba.a !== undefined ? ` a="${formatNumber(rgba.a)}"` : "";
  return `${indent}<viz:color r="${rgba.r}" g="${rgba.g}" b="${rgba.b}"${alpha}/>\n`;
}

function finite(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function checkUnique(keys: string[], what: string): void {
  // Keys without a character to remove stay distinct: only a graph with such a key needs the check.
  if (!keys.some(mayHoldForbidden)) return;
  const seen = new Map<string, string>();
  for (const key of keys) {
    const cleaned = stripForbidden(key);
    const other = seen.get(cleaned);
    if (other !== undefined) {
      throw new Error(
        `gexf: ${what} keys ${JSON.stringify(other)} and ${JSON.stringify(key)} become the same id once characters XML cannot hold are removed; rename one of them`,
      );
    }
    seen.set(cleaned, key);
  }
}

/**
 * The GEXF document of `graph` as one string (see {@link writeGexf}).
 */
export function toGexf(graph: AbstractGraph, options?: Partial<GexfOptions>): string {
  const parts: string[] = [];
  writeGexf(graph, (text) => parts.push(text), options);
  return parts.join("");
}

/**
 * Writes `graph` as a GEXF document (UTF-8 text, LF line ends, 2-space indents unless `indent` is
 * false), piece by piece to `write`, so a large graph never has to be one string in memory.
 * `table` lets several writers share one sort of the keys (see {@link graphTable}).
 * Nodes and edges are written in key order, so the same graph always gives the same bytes.
 * @throws (before writing anything) when two keys differ only by characters XML cannot hold, or
 * lastModified is not YYYY-MM-DD.
 */
export function writeGexf(
  graph: AbstractGraph,
  write: (text: string) => void,
  options?: Partial<GexfOptions>,
  table: GraphTable = graphTable(graph),
): void {
  const opts: GexfOptions = { ...GEXF_DEFAULTS, ...options };
  const namespaces = GEXF_NAMESPACES[opts.version];
  if (!namespaces) throw new Error(`gexf: version must be "1.3" or "1.2", got ${JSON.stringify(opts.version)}`);
  if (opts.lastModified !== undefined && !isIsoDate(opts.lastModified)) {
    throw new Error(`gexf: lastModified must be a date YYYY-MM-DD, got ${JSON.stringify(opts.lastModified)}`);
  }
  if (graph.type === "undirected") throw new Error("gexf: expected a directed graph; this writer writes directed edges only");

  const { nodeKeys, edgeKeys } = table;
  checkUnique(nodeKeys, "node");
  checkUnique(edgeKeys, "edge");
  const nodeColumns = table.columns("node", NODE_RESERVED);
  const edgeColumns = table.columns("edge", EDGE_RESERVED);
  const pad: Indents = [0, 1, 2, 3, 4, 5].map((level) => (opts.indent ? "  ".repeat(level) : ""));
  const timeline: Times = opts.dynamic ? times(table.nodes, table.edges) : { nodes: [], edges: [], dated: false };
  // An edge with dates gives them to its ends (or touches a dated meeting): no node dates, no edge dates.
  const dynamic = timeline.dated;
  // The text of each distinct interval, made once.
  const spans = new Map<Interval, string>();
  const span = (interval: Interval | undefined): string => {
    if (!interval) return "";
    let text = spans.get(interval);
    if (text === undefined) spans.set(interval, (text = ` start="${interval.start}" end="${interval.end}"`));
    return text;
  };

  const lines = linesTo(write);
  lines.push('<?xml version="1.0" encoding="UTF-8"?>');
  const version = opts.version === "1.3" ? "1.3" : "1.2";
  lines.push(`<gexf xmlns="${namespaces.gexf}" xmlns:viz="${namespaces.viz}" version="${version}">`);

  const lastModified = opts.lastModified ?? newestDate(graph);
  const graphAttributes = graph.getAttributes();
  const creator = typeof graphAttributes.generator === "string" ? graphAttributes.generator : opts.creator;
  lines.push(`${pad[1]}<meta${lastModified ? ` lastmodifieddate="${lastModified}"` : ""}>`);
  lines.push(`${pad[2]}<creator>${escapeText(creator)}</creator>`);
  if (typeof graphAttributes.name === "string") lines.push(`${pad[2]}<description>${escapeText(graphAttributes.name)}</description>`);
  lines.push(`${pad[1]}</meta>`);

  lines.push(`${pad[1]}<graph defaultedgetype="directed"${dynamic ? ' mode="dynamic" timeformat="date"' : ' mode="static"'}>`);
  declareColumns("node", nodeColumns, lines, pad);
  declareColumns("edge", edgeColumns, lines, pad);

  const nodeHeads = attvalueHeads(nodeColumns, pad[5]!);
  const edgeHeads = attvalueHeads(edgeColumns, pad[5]!);
  const colorLine = colorElements(pad[4]!);
  lines.push(`${pad[2]}<nodes count="${nodeKeys.length}">`);
  // One piece of text per element.
  // Each node's id escaped once, for its element and for its edges.
  const ids = table.nodes.map(({ key }) => escapeAttribute(key));
  for (let i = 0; i < table.nodes.length; i++) {
    const { attributes } = table.nodes[i]!;
    const label = typeof attributes.label === "string" ? ` label="${escapeAttribute(toToken(attributes.label))}"` : "";
    let text = `${pad[3]}<node id="${ids[i]}"${label}${span(timeline.nodes[i])}>\n`;
    text += attvalues(nodeColumns, nodeHeads, attributes, pad[4]!);
    const color = colorLine(attributes.color);
    if (color) text += color;
    if (finite(attributes.size)) text += `${pad[4]}<viz:size value="${formatNumber(Math.max(0, attributes.size))}"/>\n`;
    if (finite(attributes.x) && finite(attributes.y)) {
      const z = finite(attributes.z) ? attributes.z : 0;
      text += `${pad[4]}<viz:position x="${formatNumber(attributes.x)}" y="${formatNumber(attributes.y)}" z="${formatNumber(z)}"/>\n`;
    }
    write(`${text}${pad[3]}</node>\n`);
  }
  lines.push(`${pad[2]}</nodes>`);

  lines.push(`${pad[2]}<edges count="${edgeKeys.length}">`);
  // Edges share a few labels (one per relation): each is cleaned and escaped once.
  const edgeLabels = new Map<string, string>();
  const edgeLabel = (label: unknown): string => {
    if (typeof label !== "string") return "";
    let text = edgeLabels.get(label);
    if (text === undefined) edgeLabels.set(label, (text = ` label="${escapeAttribute(toToken(label))}"`));
    return text;
  };
  for (let i = 0; i < table.edges.length; i++) {
    const edge = table.edges[i]!;
    const { key, attributes } = edge;
    const label = edgeLabel(attributes.label);
    const weight = finite(attributes.weight) ? ` weight="${formatNumber(attributes.weight)}"` : "";
    const source = ids[edge.sourceIndex];
    const target = ids[edge.targetIndex];
    let text = `${pad[3]}<edge id="${escapeAttribute(key)}" source="${source}" target="${target}"${label}${weight}${dynamic ? span(timeline.edges[i]) : ""}>\n`;
    text += attvalues(edgeColumns, edgeHeads, attributes, pad[4]!);
    const color = colorLine(attributes.color);
    if (color) text += color;
    if (finite(attributes.size)) text += `${pad[4]}<viz:thickness value="${formatNumber(Math.max(0, attributes.size))}"/>\n`;
    write(`${text}${pad[3]}</edge>\n`);
  }
  lines.push(`${pad[2]}</edges>`);
  lines.push(`${pad[1]}</graph>`);
  lines.push("</gexf>");
}
