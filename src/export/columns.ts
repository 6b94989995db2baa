// The table every writer reads: nodes and edges sorted by key once for all the files of an export,
// and for the GEXF, GraphML and CSV writers the cells: which node and edge attributes exist, their
// type, their order, and each value flattened (evidence objects → text), worked out in one pass over
// the attributes, each distinct value once. The cells are plain data (strings, arrays, typed
// arrays), so they can be handed to a worker thread. JSON keeps every value whole and reads the
// graph's own attribute objects instead.

import type { AbstractGraph as Graph } from "graphology-types";
import type { Attributes } from "graphology-types";
import type { Evidence } from "../types.js";

/** The value types every target format can express. */
export type ColumnType = "string" | "integer" | "double" | "boolean" | "liststring";

export interface Column {
  /** The attribute name on the graph. */
  name: string;
  type: ColumnType;
}

/** A flattened value: what a writer prints (lists stay lists so each format can encode them). */
export type Cell = string | number | boolean | string[];

/** Node attributes in the order of DESIGN.md; others follow in name order. */
export const NODE_ORDER: readonly string[] = [
  "label", "kind", "aliases", "mentions", "articles", "firstSeen", "lastSeen", "wikidata", "roles", "description",
  "status", "date", "place", "trigger", "meetingType",
  "title", "lang", "source", "url", "path",
  "degree", "weightedDegree", "betweenness", "pagerank", "community",
  "x", "y", "size", "color",
];

/** Edge attributes in the order of DESIGN.md; others follow in name order. */
export const EDGE_ORDER: readonly string[] = [
  "label", "relation", "role", "modality", "source", "evidence", "articles", "firstSeen", "lastSeen",
  "weight", "size", "color",
];

/** Numbers that are doubles even when every value happens to be whole. */
const ALWAYS_DOUBLE = new Set(["weightedDegree", "betweenness", "pagerank", "weight", "size", "x", "y"]);

/** Separator between evidence items in the flattened text. */
export const EVIDENCE_SEPARATOR = "\n";

function isEvidence(value: unknown): value is Evidence {
  return typeof value === "object" && value !== null && typeof (value as Evidence).text === "string";
}

/**
 * Evidence as one string: each item `[article #sentence] text`, items separated by a newline.
 * Non-evidence values inside the array are written as JSON. `items` keeps the text of each evidence
 * object already met (relations, meetings and participants citing one sentence share its object).
 */
export function flattenEvidence(evidence: unknown, items?: Map<object, string>): string {
  const list = Array.isArray(evidence) ? evidence : [evidence];
  const item = (value: unknown): string => {
    if (!isEvidence(value)) return JSON.stringify(value) ?? "";
    let text = items?.get(value);
    if (text === undefined) {
      text = `[${String(value.article)} #${String(value.sentence)}] ${value.text}`;
      items?.set(value, text);
    }
    return text;
  };
  // One item (most edges): its text itself, the same string for every edge citing that sentence.
  return list.length === 1 ? item(list[0]) : list.map(item).join(EVIDENCE_SEPARATOR);
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === "number" && !Number.isFinite(value));
}

function typeOf(name: string, value: unknown): ColumnType | "mixed" {
  if (name === "evidence") return "string";
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") {
    return Number.isInteger(value) && Math.abs(value) <= 0x7fffffff && !ALWAYS_DOUBLE.has(name) ? "integer" : "double";
  }
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return "liststring";
  return "mixed";
}

function merge(a: ColumnType | undefined, b: ColumnType | "mixed"): ColumnType {
  if (b === "mixed") return "string";
  if (a === undefined || a === b) return b;
  if ((a === "integer" && b === "double") || (a === "double" && b === "integer")) return "double";
  return "string";
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The flattened value of one attribute for a column, or undefined when absent.
 * Strings are returned raw: each writer escapes or sanitises for its own format.
 */
export function cellOf(column: Column, value: unknown): Cell | undefined {
  if (!isPresent(value)) return undefined;
  if (column.name === "evidence") return flattenEvidence(value);
  switch (column.type) {
    case "integer":
    case "double":
      return value as number;
    case "boolean":
      return value as boolean;
    case "liststring":
      return value as string[];
    case "string":
      if (typeof value === "string") return value;
      if (typeof value === "number" || typeof value === "boolean") return String(value);
      return JSON.stringify(value) ?? "";
  }
}

/** A node as the writers read it: its key and its attributes (the graph's own object). */
export interface NodeEntry {
  key: string;
  attributes: Attributes;
}

/** An edge as the writers read it: its key, ends, attributes (the graph's own object) and direction. */
export interface EdgeEntry {
  key: string;
  source: string;
  target: string;
  attributes: Attributes;
  undirected: boolean;
}

/**
 * Values by row, each distinct value stored once: the value of `row` is `values[ids[row]]`, and
 * there is none when `ids[row]` is -1 or that value is undefined.
 */
export interface CellView<V = Cell> {
  values: (V | undefined)[];
  ids: Int32Array;
}

/** The value of `row` in a view, or undefined. */
export function valueAt<V>(view: CellView<V>, row: number): V | undefined {
  const id = view.ids[row]!;
  return id < 0 ? undefined : view.values[id];
}

/** One attribute column: its name, type and the cell of every row (undefined: none). */
export interface CellColumn extends Column, CellView<Cell> {}

/** Attributes a writer reads itself, as `typeof` sees the graph's own value: strings, finite numbers. */
export interface NodeViews {
  label: CellView<string>;
  color: CellView<string>;
  kind: CellView<string>;
  date: CellView<string>;
  firstSeen: CellView<string>;
  lastSeen: CellView<string>;
  size: CellView<number>;
  x: CellView<number>;
  y: CellView<number>;
  z: CellView<number>;
}

export interface EdgeViews {
  label: CellView<string>;
  color: CellView<string>;
  relation: CellView<string>;
  firstSeen: CellView<string>;
  lastSeen: CellView<string>;
  weight: CellView<number>;
  size: CellView<number>;
  /** `String(relation ?? "")` for every edge whose relation is not undefined (CSV's label of an edge without one). */
  relationText: CellView<string>;
}

/** The rows of one kind in writing order: their keys, every attribute column and the views. */
export interface CellRows<V> {
  keys: string[];
  /** Every attribute present on some row (see NODE_ORDER for the order), typed over all rows. */
  columns: CellColumn[];
  views: V;
}

/** What the GEXF, GraphML and CSV writers read of a graph: plain data, no graph objects. */
export interface CellTable {
  /** graphology's type of the graph ("directed", "undirected" or "mixed"). */
  type: string;
  /** The graph attributes `generator` and `name`, when strings. */
  generator?: string;
  name?: string;
  nodes: CellRows<NodeViews>;
  edges: CellRows<EdgeViews> & {
    /** Per edge, the row of its source (target) among the nodes. */
    sources: Int32Array;
    targets: Int32Array;
    /** Per edge, 1 when undirected. */
    undirected: Uint8Array;
  };
}

/**
 * What the writers need of one graph, worked out once for all the files of an export: nodes and
 * edges in writing order with their attributes and ends, and the cells (sorting half a million
 * edge keys, visiting every attribute and flattening the evidence took seconds per file at 10k
 * articles).
 */
export interface GraphTable {
  nodeKeys: string[];
  edgeKeys: string[];
  /** The nodes in key order (the order of `nodeKeys`). */
  nodes: NodeEntry[];
  /** The edges in key order (the order of `edgeKeys`). */
  edges: EdgeEntry[];
  /** The cells of the nodes and edges, in the same order; computed on the first call. */
  cells(): CellTable;
}

/** The table of `graph` as it is now; do not change the graph while it is in use. */
export function graphTable(graph: Graph): GraphTable {
  const nodes: NodeEntry[] = [];
  graph.forEachNode((key, attributes) => nodes.push({ key, attributes }));
  const edges: EdgeEntry[] = [];
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => edges.push({ key, source, target, attributes, undirected }));
  // Plain code-unit order, as sortedNodes / sortedEdges give it (keys are unique: no ties).
  nodes.sort((a, b) => compareStrings(a.key, b.key));
  edges.sort((a, b) => compareStrings(a.key, b.key));
  let cells: CellTable | undefined;
  const table: GraphTable = {
    nodeKeys: nodes.map((node) => node.key),
    edgeKeys: edges.map((edge) => edge.key),
    nodes,
    edges,
    cells: () => (cells ??= cellTable(graph, table)),
  };
  return table;
}

/**
 * The cells of a sorted table: one pass over the node attributes and one over the edge attributes
 * (each object read once), everything else per distinct value.
 */
function cellTable(graph: Graph, table: GraphTable): CellTable {
  const rowOf = new Map<string, number>();
  table.nodeKeys.forEach((key, row) => rowOf.set(key, row));
  const sources = new Int32Array(table.edges.length);
  const targets = new Int32Array(table.edges.length);
  const undirected = new Uint8Array(table.edges.length);
  const evidence = new Map<object, string>();
  const nodes = attributeValues(table.nodes, evidence);
  const edges = attributeValues(table.edges, evidence, (row, edge) => {
    sources[row] = rowOf.get(edge.source)!;
    targets[row] = rowOf.get(edge.target)!;
    undirected[row] = edge.undirected ? 1 : 0;
  });
  const attributes = graph.getAttributes();
  return {
    type: graph.type,
    ...(typeof attributes.generator === "string" ? { generator: attributes.generator } : {}),
    ...(typeof attributes.name === "string" ? { name: attributes.name } : {}),
    nodes: {
      keys: table.nodeKeys,
      columns: columnsOf(nodes, NODE_ORDER),
      views: {
        label: stringView(nodes, "label", table.nodes.length),
        color: stringView(nodes, "color", table.nodes.length),
        kind: stringView(nodes, "kind", table.nodes.length),
        date: stringView(nodes, "date", table.nodes.length),
        firstSeen: stringView(nodes, "firstSeen", table.nodes.length),
        lastSeen: stringView(nodes, "lastSeen", table.nodes.length),
        size: numberView(nodes, "size", table.nodes.length),
        x: numberView(nodes, "x", table.nodes.length),
        y: numberView(nodes, "y", table.nodes.length),
        z: numberView(nodes, "z", table.nodes.length),
      },
    },
    edges: {
      keys: table.edgeKeys,
      columns: columnsOf(edges, EDGE_ORDER),
      views: {
        label: stringView(edges, "label", table.edges.length),
        color: stringView(edges, "color", table.edges.length),
        relation: stringView(edges, "relation", table.edges.length),
        firstSeen: stringView(edges, "firstSeen", table.edges.length),
        lastSeen: stringView(edges, "lastSeen", table.edges.length),
        weight: numberView(edges, "weight", table.edges.length),
        size: numberView(edges, "size", table.edges.length),
        relationText: view(edges, "relation", table.edges.length, (value) => String(value ?? "")),
      },
      sources,
      targets,
      undirected,
    },
  };
}

/**
 * Every value one attribute takes (undefined aside), each distinct one once, and each row's: the
 * column's type, its cells and the views are then worked out per distinct value. The evidence is
 * kept as its flattened text; lists of strings are told apart by their items, other objects by
 * identity.
 */
interface AttributeValues {
  values: unknown[];
  ids: Int32Array;
}

/** The values of every attribute name of `entries`, in one pass; `each` sees every entry too. */
function attributeValues<T extends { attributes: Attributes }>(
  entries: readonly T[],
  evidence: Map<object, string>,
  each?: (row: number, entry: T) => void,
): Map<string, AttributeValues> {
  const byName = new Map<string, Collector>();
  for (let row = 0; row < entries.length; row++) {
    const entry = entries[row]!;
    const attributes = entry.attributes;
    // for…in visits the attributes an object has (V8 reads them through its enum cache).
    for (const name in attributes) {
      let collector = byName.get(name);
      if (!collector) byName.set(name, (collector = new Collector(entries.length, name === "evidence" ? evidence : undefined)));
      collector.add(row, attributes[name]);
    }
    each?.(row, entry);
  }
  return new Map([...byName].map(([name, collector]) => [name, { values: collector.values, ids: collector.ids }]));
}

/** Stores the value of each row, each distinct value once (see AttributeValues). */
class Collector {
  readonly values: unknown[] = [];
  readonly ids: Int32Array;
  private readonly index = new Map<unknown, number>();
  /** Lists of strings by their item when they have one (most do), else by their JSON. */
  private readonly singles = new Map<unknown, number>();
  private readonly lists = new Map<unknown, number>();
  /** The previous row's value and id: neighbouring rows (the edges of one article, say) often share values. */
  private last: unknown = undefined;
  private lastId = -1;

  constructor(
    rows: number,
    /** The evidence items' texts, when this is the evidence (kept as its flattened text). */
    private readonly evidence: Map<object, string> | undefined,
  ) {
    this.ids = new Int32Array(rows).fill(-1);
  }

  add(row: number, value: unknown): void {
    if (value === undefined) return;
    if (value !== this.last) {
      this.last = value;
      if (this.evidence && isPresent(value)) {
        const text = flattenEvidence(value, this.evidence);
        this.lastId = this.store(text, this.index, text);
      } else if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
        this.lastId = value.length === 1 ? this.store(value, this.singles, value[0]) : this.store(value, this.lists, JSON.stringify(value));
      } else this.lastId = this.store(value, this.index, value);
    }
    this.ids[row] = this.lastId;
  }

  private store(value: unknown, map: Map<unknown, number>, key: unknown): number {
    let id = map.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      map.set(key, id);
    }
    return id;
  }
}

/** The columns of the attributes present on some row (see NODE_ORDER), typed over every value. */
function columnsOf(attributes: ReadonlyMap<string, AttributeValues>, order: readonly string[]): CellColumn[] {
  const columns: CellColumn[] = [];
  for (const [name, { values, ids }] of attributes) {
    let type: ColumnType | undefined;
    for (const value of values) if (isPresent(value)) type = merge(type, typeOf(name, value));
    if (type === undefined) continue;
    const column = { name, type };
    // The evidence is flattened already (the collector keeps its text).
    const cell = name === "evidence" ? (value: unknown) => (isPresent(value) ? (value as string) : undefined) : (value: unknown) => cellOf(column, value);
    columns.push({ ...column, values: values.map(cell), ids });
  }
  const rank = (name: string) => {
    const index = order.indexOf(name);
    return index === -1 ? order.length : index;
  };
  return columns.sort((a, b) => rank(a.name) - rank(b.name) || compareStrings(a.name, b.name));
}

/** `of` of each distinct value of an attribute, by row (rows without the attribute have none). */
function view<V>(attributes: ReadonlyMap<string, AttributeValues>, name: string, rows: number, of: (value: unknown) => V | undefined): CellView<V> {
  const { values, ids } = attributes.get(name) ?? { values: [], ids: new Int32Array(rows).fill(-1) };
  return { values: values.map(of), ids };
}

function stringView(attributes: ReadonlyMap<string, AttributeValues>, name: string, rows: number): CellView<string> {
  return view(attributes, name, rows, (value) => (typeof value === "string" ? value : undefined));
}

function numberView(attributes: ReadonlyMap<string, AttributeValues>, name: string, rows: number): CellView<number> {
  return view(attributes, name, rows, (value) => (typeof value === "number" && Number.isFinite(value) ? value : undefined));
}

/** Node keys in plain code-unit order: the order every writer uses. */
export function sortedNodes(graph: Graph): string[] {
  // The default sort compares strings by UTF-16 code units, like compareStrings, without a callback.
  return graph.nodes().sort();
}

/** Edge keys in plain code-unit order: the order every writer uses. */
export function sortedEdges(graph: Graph): string[] {
  return graph.edges().sort();
}

/** Answers of isIsoDate: a graph holds few distinct dates, each asked about for many nodes and edges. */
const isoDateCache = new Map<string, boolean>();

/** Dates as the GEXF timeline and xsd:date take them: `YYYY-MM-DD`, a real calendar day. */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== "string") return false;
  let answer = isoDateCache.get(text);
  if (answer === undefined) {
    answer = checkIsoDate(text);
    if (isoDateCache.size >= 100_000) isoDateCache.clear();
    isoDateCache.set(text, answer);
  }
  return answer;
}

function checkIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
