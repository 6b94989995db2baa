// The attribute table shared by the GEXF, GraphML and CSV writers: which node and edge attributes
// exist, their type, their order, and how each value is flattened (evidence objects → text).
// JSON keeps every value whole and does not use this.

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
 * Non-evidence values inside the array are written as JSON.
 */
export function flattenEvidence(evidence: unknown): string {
  const items = Array.isArray(evidence) ? evidence : [evidence];
  return items
    .map((item) =>
      isEvidence(item) ? `[${String(item.article)} #${String(item.sentence)}] ${item.text}` : JSON.stringify(item) ?? "",
    )
    .join(EVIDENCE_SEPARATOR);
}

/** The items of an evidence value that is a list of evidence objects (as the builder makes it); undefined otherwise. */
export function evidenceList(value: unknown): readonly Evidence[] | undefined {
  return Array.isArray(value) && value.every(isEvidence) ? value : undefined;
}

/**
 * `escape(flattenEvidence(items))` worked out item by item, without joining the whole text and
 * scanning it again: `escape` must change each character on its own (the parts are joined by ASCII
 * text it leaves as it is), and `separator` is EVIDENCE_SEPARATOR as `escape` writes it.
 */
export function escapedEvidence(items: readonly Evidence[], escape: (text: string) => string, separator: string): string {
  let text = "";
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    text += `${i ? separator : ""}[${escape(String(item.article))} #${escape(String(item.sentence))}] ${escape(item.text)}`;
  }
  return text;
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
 * The columns of the node or edge attributes of `graph`, minus `reserved` names (those a format
 * writes elsewhere: label, viz, weight). Only attributes present on at least one element are listed.
 */
export function collectColumns(
  graph: Graph,
  kind: "node" | "edge",
  reserved: ReadonlySet<string>,
): Column[] {
  const types = new Map<string, ColumnType>();
  const visit = (attributes: Attributes) => {
    // for…in visits the same own names as Object.entries (attribute objects are plain, with no
    // inherited enumerable names) without making an array of pairs for each of half a million objects.
    for (const name in attributes) {
      const value: unknown = attributes[name];
      if (reserved.has(name) || !isPresent(value)) continue;
      types.set(name, merge(types.get(name), typeOf(name, value)));
    }
  };
  if (kind === "node") graph.forEachNode((_key, attributes) => visit(attributes));
  else graph.forEachEdge((_key, attributes) => visit(attributes));

  const order = kind === "node" ? NODE_ORDER : EDGE_ORDER;
  const rank = (name: string) => {
    const index = order.indexOf(name);
    return index === -1 ? order.length : index;
  };
  return [...types.entries()]
    .map(([name, type]) => ({ name, type }))
    .sort((a, b) => rank(a.name) - rank(b.name) || compareStrings(a.name, b.name));
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
  /** Where the ends are in the table's `nodes`: what a writer keeps per node it reads from arrays, not maps by key. */
  sourceIndex: number;
  targetIndex: number;
}

/**
 * What the writers need of one graph, worked out once for all the files of an export: nodes and
 * edges in writing order with their attributes and ends, and the attribute columns (sorting half a
 * million edge keys and visiting every attribute took seconds per file at 10k articles, and
 * looking each edge up again by key in every writer a few more).
 */
export interface GraphTable {
  nodeKeys: string[];
  edgeKeys: string[];
  /** The nodes in key order (the order of `nodeKeys`). */
  nodes: NodeEntry[];
  /** The edges in key order (the order of `edgeKeys`). */
  edges: EdgeEntry[];
  /** The columns of {@link collectColumns}, computed once per kind and filtered by `reserved`. */
  columns(kind: "node" | "edge", reserved: ReadonlySet<string>): Column[];
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** The table of `graph` as it is now; do not change the graph while it is in use. */
export function graphTable(graph: Graph): GraphTable {
  const all: { node?: Column[]; edge?: Column[] } = {};
  const nodes: NodeEntry[] = [];
  graph.forEachNode((key, attributes) => nodes.push({ key, attributes }));
  const edges: EdgeEntry[] = [];
  // Plain code-unit order, as sortedNodes / sortedEdges give it (keys are unique: no ties).
  nodes.sort((a, b) => compareStrings(a.key, b.key));
  const index = new Map<string, number>();
  nodes.forEach(({ key }, i) => index.set(key, i));
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) =>
    edges.push({ key, source, target, attributes, undirected, sourceIndex: index.get(source)!, targetIndex: index.get(target)! }),
  );
  edges.sort((a, b) => compareStrings(a.key, b.key));
  return {
    nodeKeys: nodes.map((node) => node.key),
    edgeKeys: edges.map((edge) => edge.key),
    nodes,
    edges,
    columns(kind, reserved) {
      // Leaving names out of the full list keeps the order and types collectColumns gives.
      const list = (all[kind] ??= collectColumns(graph, kind, NO_NAMES));
      return reserved.size ? list.filter((column) => !reserved.has(column.name)) : list;
    },
  };
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
