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
import { graphTable, isIsoDate, valueAt, type Cell, type CellColumn, type CellTable, type CellView, type Column, type GraphTable } from "./columns.js";
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

function seenInterval(attributes: Record<string, unknown>): Interval | undefined {
  const first = isIsoDate(attributes.firstSeen) ? attributes.firstSeen : undefined;
  const last = isIsoDate(attributes.lastSeen) ? attributes.lastSeen : undefined;
  const start = first ?? last;
  const end = last ?? first;
  if (start === undefined || end === undefined) return undefined;
  return start <= end ? { start, end } : { start: end, end: start };
}

function hull(a: Interval | undefined, b: Interval | undefined): Interval | undefined {
  if (!a) return b;
  if (!b) return a;
  // Intervals are never changed once made: one that holds the other is the hull itself.
  if (a.start <= b.start && a.end >= b.end) return a;
  return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
}

/** Each node's date on the timeline (undefined: none), and the own date of each meeting (see the banner). */
interface NodeTimes {
  nodes: (Interval | undefined)[];
  meetingDate: (Interval | undefined)[];
  /** How many nodes have a date. */
  dated: number;
}

/** The dates of an element from its firstSeen and lastSeen views (see seenInterval). */
function seenAt(first: CellView<string>, last: CellView<string>, row: number): Interval | undefined {
  return seenInterval({ firstSeen: valueAt(first, row), lastSeen: valueAt(last, row) });
}

/** An edge's own firstSeen–lastSeen stretched over the dates of the meetings it touches. */
function edgeInterval(edges: CellTable["edges"], row: number, meetingDate: readonly (Interval | undefined)[]): Interval | undefined {
  const { firstSeen, lastSeen } = edges.views;
  return hull(hull(seenAt(firstSeen, lastSeen, row), meetingDate[edges.sources[row]!]), meetingDate[edges.targets[row]!]);
}

/**
 * Start/end of every node: its own, stretched to cover each of its edges (every edge is visited
 * once here; its own interval is worked out again when it is written, instead of being kept for
 * half a million edges).
 */
function nodeTimes({ nodes, edges }: CellTable): NodeTimes {
  const { kind, date, firstSeen, lastSeen } = nodes.views;
  const times: (Interval | undefined)[] = new Array(nodes.keys.length).fill(undefined);
  const meetingDate: (Interval | undefined)[] = new Array(nodes.keys.length).fill(undefined);
  for (let row = 0; row < nodes.keys.length; row++) {
    const own = valueAt(kind, row) === "meeting" ? parseInterval(valueAt(date, row)) : undefined;
    meetingDate[row] = own;
    times[row] = own ?? seenAt(firstSeen, lastSeen, row);
  }
  for (let row = 0; row < edges.keys.length; row++) {
    const interval = edgeInterval(edges, row, meetingDate);
    if (!interval) continue;
    const source = edges.sources[row]!;
    const target = edges.targets[row]!;
    if (!meetingDate[source]) times[source] = hull(times[source], interval);
    if (!meetingDate[target]) times[target] = hull(times[target], interval);
  }
  return { nodes: times, meetingDate, dated: times.filter((interval) => interval !== undefined).length };
}

/** Start/end of every node and edge key for the timeline (see the banner for the rules). */
export function timeline(graph: AbstractGraph): { nodes: Map<string, Interval>; edges: Map<string, Interval> } {
  const input = graphTable(graph).cells();
  const times = nodeTimes(input);
  const nodes = new Map<string, Interval>();
  input.nodes.keys.forEach((key, row) => {
    const interval = times.nodes[row];
    if (interval) nodes.set(key, interval);
  });
  const edges = new Map<string, Interval>();
  input.edges.keys.forEach((key, row) => {
    const interval = edgeInterval(input.edges, row, times.meetingDate);
    if (interval) edges.set(key, interval);
  });
  return { nodes, edges };
}

/** The date for `<meta lastmodifieddate>`: newest article `date`, else newest `lastSeen`, else undefined. */
export function newestDate(graph: AbstractGraph): string | undefined {
  return newestOf(graphTable(graph).cells().nodes);
}

function newestOf(nodes: CellTable["nodes"]): string | undefined {
  let newestArticle: string | undefined;
  let newestSeen: string | undefined;
  for (let row = 0; row < nodes.keys.length; row++) {
    const date = valueAt(nodes.views.date, row);
    if (valueAt(nodes.views.kind, row) === "article" && isIsoDate(date) && (!newestArticle || date > newestArticle)) newestArticle = date;
    const lastSeen = valueAt(nodes.views.lastSeen, row);
    if (isIsoDate(lastSeen) && (!newestSeen || lastSeen > newestSeen)) newestSeen = lastSeen;
  }
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

/**
 * The `<attvalue>` line of each distinct cell of each column (joined per row into `<attvalues>`):
 * a value is formatted and escaped once however many rows hold it.
 */
function attvalueLines(columns: readonly CellColumn[], indent: string): string[][] {
  return columns.map((column) => {
    const head = `${indent}<attvalue for="${escapeAttribute(column.name)}" value="`;
    // Numbers need no escaping.
    return column.values.map((cell) =>
      cell === undefined ? "" : `${head}${typeof cell === "number" ? formatNumber(cell) : Array.isArray(cell) ? attributeList(cell) : escapeAttribute(formatCell(cell))}"/>\n`,
    );
  });
}

/** The `<attvalues>` element of `row` (with its line end), or "" when it has no value. */
function attvalues(columns: readonly CellColumn[], lines: readonly string[][], row: number, indent: string): string {
  let values = "";
  for (let c = 0; c < columns.length; c++) {
    const id = columns[c]!.ids[row]!;
    if (id >= 0) values += lines[c]![id]!;
  }
  return values === "" ? "" : `${indent}<attvalues>\n${values}${indent}</attvalues>\n`;
}

/** The text `format` gives each distinct value of a view, by row ("" for a row without one). */
function viewText<V>(view: CellView<V>, format: (value: V) => string): (row: number) => string {
  const texts = view.values.map((value) => (value === undefined ? "" : format(value)));
  return (row) => {
    const id = view.ids[row]!;
    return id < 0 ? "" : texts[id]!;
  };
}

function colorElement(color: string, indent: string): string | undefined {
  const rgba = parseColor(color);
  if (!rgba) return undefined;
  const alpha = rgba.a !== undefined ? ` a="${formatNumber(rgba.a)}"` : "";
  return `${indent}<viz:color r="${rgba.r}" g="${rgba.g}" b="${rgba.b}"${alpha}/>`;
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
 * `table` lets several writers share one sort of the keys and one flattening of the cells (see
 * {@link graphTable}). Nodes and edges are written in key order, so the same graph always gives
 * the same bytes.
 * @throws (before writing anything) when two keys differ only by characters XML cannot hold, or
 * lastModified is not YYYY-MM-DD.
 */
export function writeGexf(
  graph: AbstractGraph,
  write: (text: string) => void,
  options?: Partial<GexfOptions>,
  table: GraphTable = graphTable(graph),
): void {
  writeGexfCells(table.cells(), write, options);
}

/** {@link writeGexf} from the graph's cells (see {@link GraphTable.cells}; they may have been posted from another thread). */
export function writeGexfCells(input: CellTable, write: (text: string) => void, options?: Partial<GexfOptions>): void {
  const opts: GexfOptions = { ...GEXF_DEFAULTS, ...options };
  const namespaces = GEXF_NAMESPACES[opts.version];
  if (!namespaces) throw new Error(`gexf: version must be "1.3" or "1.2", got ${JSON.stringify(opts.version)}`);
  if (opts.lastModified !== undefined && !isIsoDate(opts.lastModified)) {
    throw new Error(`gexf: lastModified must be a date YYYY-MM-DD, got ${JSON.stringify(opts.lastModified)}`);
  }
  if (input.type === "undirected") throw new Error("gexf: expected a directed graph; this writer writes directed edges only");

  const { nodes, edges } = input;
  const nodeColumns = nodes.columns.filter((column) => !NODE_RESERVED.has(column.name));
  const edgeColumns = edges.columns.filter((column) => !EDGE_RESERVED.has(column.name));
  checkUnique(nodes.keys, "node");
  checkUnique(edges.keys, "edge");
  const pad: Indents = [0, 1, 2, 3, 4, 5].map((level) => (opts.indent ? "  ".repeat(level) : ""));
  const times: NodeTimes = opts.dynamic ? nodeTimes(input) : { nodes: [], meetingDate: [], dated: 0 };
  // An edge with dates gives them to its ends (or touches a dated meeting): no node dates, no edge dates.
  const dynamic = times.dated > 0;
  const span = (interval: Interval | undefined) => (interval ? ` start="${interval.start}" end="${interval.end}"` : "");

  const lines = linesTo(write);
  lines.push('<?xml version="1.0" encoding="UTF-8"?>');
  const version = opts.version === "1.3" ? "1.3" : "1.2";
  lines.push(`<gexf xmlns="${namespaces.gexf}" xmlns:viz="${namespaces.viz}" version="${version}">`);

  const lastModified = opts.lastModified ?? newestOf(nodes);
  const creator = input.generator ?? opts.creator;
  lines.push(`${pad[1]}<meta${lastModified ? ` lastmodifieddate="${lastModified}"` : ""}>`);
  lines.push(`${pad[2]}<creator>${escapeText(creator)}</creator>`);
  if (input.name !== undefined) lines.push(`${pad[2]}<description>${escapeText(input.name)}</description>`);
  lines.push(`${pad[1]}</meta>`);

  lines.push(`${pad[1]}<graph defaultedgetype="directed"${dynamic ? ' mode="dynamic" timeformat="date"' : ' mode="static"'}>`);
  declareColumns("node", nodeColumns, lines, pad);
  declareColumns("edge", edgeColumns, lines, pad);

  // Every distinct value is formatted once; a row joins the texts of its values.
  const label = (view: CellView<string>) => viewText(view, (value) => ` label="${escapeAttribute(toToken(value))}"`);
  const color = (view: CellView<string>) => viewText(view, (value) => {
    const element = colorElement(value, pad[4]!);
    return element ? element + "\n" : "";
  });
  const size = (view: CellView<number>, element: string) => viewText(view, (value) => `${pad[4]}<viz:${element} value="${formatNumber(Math.max(0, value))}"/>\n`);
  const x = viewText(nodes.views.x, formatNumber);
  const y = viewText(nodes.views.y, formatNumber);
  const z = viewText(nodes.views.z, formatNumber);

  lines.push(`${pad[2]}<nodes count="${nodes.keys.length}">`);
  const nodeLines = attvalueLines(nodeColumns, pad[5]!);
  const nodeLabel = label(nodes.views.label);
  const nodeColor = color(nodes.views.color);
  const nodeSize = size(nodes.views.size, "size");
  // Node ids, escaped once: the edges use them again as their source and target.
  const ids = nodes.keys.map(escapeAttribute);
  for (let row = 0; row < nodes.keys.length; row++) {
    let text = `${pad[3]}<node id="${ids[row]}"${nodeLabel(row)}${span(times.nodes[row])}>\n`;
    text += attvalues(nodeColumns, nodeLines, row, pad[4]!);
    text += nodeColor(row);
    text += nodeSize(row);
    const px = x(row);
    const py = y(row);
    if (px && py) text += `${pad[4]}<viz:position x="${px}" y="${py}" z="${z(row) || "0"}"/>\n`;
    write(`${text}${pad[3]}</node>\n`);
  }
  lines.push(`${pad[2]}</nodes>`);

  lines.push(`${pad[2]}<edges count="${edges.keys.length}">`);
  const edgeLines = attvalueLines(edgeColumns, pad[5]!);
  const edgeLabel = label(edges.views.label);
  const edgeColor = color(edges.views.color);
  const edgeSize = size(edges.views.size, "thickness");
  const weight = viewText(edges.views.weight, (value) => ` weight="${formatNumber(value)}"`);
  for (let row = 0; row < edges.keys.length; row++) {
    const interval = dynamic ? span(edgeInterval(edges, row, times.meetingDate)) : "";
    let text = `${pad[3]}<edge id="${escapeAttribute(edges.keys[row]!)}" source="${ids[edges.sources[row]!]}" target="${ids[edges.targets[row]!]}"${edgeLabel(row)}${weight(row)}${interval}>\n`;
    text += attvalues(edgeColumns, edgeLines, row, pad[4]!);
    text += edgeColor(row);
    text += edgeSize(row);
    write(`${text}${pad[3]}</edge>\n`);
  }
  lines.push(`${pad[2]}</edges>`);
  lines.push(`${pad[1]}</graph>`);
  lines.push("</gexf>");
}
