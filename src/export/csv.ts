// CSV export: nodes.csv and edges.csv that both Gephi's spreadsheet import and neo4j-admin import
// take as they are. One header row serves both, by carrying both sets of reserved columns:
//   nodes: Id, Label (Gephi) · :ID, :LABEL (neo4j: id, and the kind as label, e.g. Person) · attributes
//   edges: Source, Target, Type, Id, Label, Weight (Gephi) · :START_ID, :END_ID, :TYPE (neo4j) · attributes
// An attribute whose name Gephi reserves (the edge attribute `source`) is written as `attr_source`.
// Gephi sees the neo4j columns as ordinary attributes and neo4j sees the Gephi ones as string
// properties. Attribute columns carry neo4j types in their header when not strings
// (`mentions:int`, `pagerank:double`, `aliases:string[]`); list items are joined with `;`, neo4j's
// default array delimiter. For neo4j-admin pass --multiline-fields=true (evidence has newlines).
// RFC 4180: CRLF line ends, fields quoted when they hold `"`, `,`, CR or LF, quotes doubled.
// Text cells that start with = + - @ tab or CR get a leading `'` so spreadsheets do not run them
// as formulas (numbers are written as numbers and never changed).

import type { AbstractGraph } from "graphology-types";
import { cellOf, graphTable, type Cell, type Column, type ColumnType, type GraphTable } from "./columns.js";
import { stripForbidden } from "./xml.js";

const NEO4J_TYPES: Readonly<Record<ColumnType, string>> = Object.freeze({
  string: "",
  integer: ":int",
  double: ":double",
  boolean: ":boolean",
  liststring: ":string[]",
});

/** Separator of list items inside one cell (neo4j-admin's default array delimiter). */
export const CSV_LIST_SEPARATOR = ";";

/** Prefixes a text cell that a spreadsheet would read as a formula. */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Quotes a field per RFC 4180 when needed. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A text cell: forbidden characters stripped (as in the XML formats), neutralised, quoted. */
function textField(text: string): string {
  return quoteField(neutralise(stripForbidden(text)));
}

function field(cell: Cell | undefined): string {
  if (cell === undefined) return "";
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "true" : "false";
  if (Array.isArray(cell)) return textField(cell.join(CSV_LIST_SEPARATOR));
  return textField(cell);
}

/** Gephi's spreadsheet import reads these headers (any case) as its own columns. */
const GEPHI_RESERVED = new Set(["id", "label", "source", "target", "type", "weight", "interval", "timeset", "timestamp"]);

/**
 * The header of an attribute column: the name, plus the neo4j type when not a string. A name Gephi
 * would take for one of its own columns (the edge attribute `source`, say) gets an `attr_` prefix.
 */
function header(column: Column): string {
  const name = GEPHI_RESERVED.has(column.name.toLowerCase()) || column.name.startsWith(":") ? `attr_${column.name}` : column.name;
  return textField(`${name}${NEO4J_TYPES[column.type]}`);
}

function row(fields: string[]): string {
  return fields.join(",") + "\r\n";
}

/** `person` → `Person`: the neo4j label of a node kind. */
function neo4jLabel(kind: unknown): string {
  const text = typeof kind === "string" && kind.length > 0 ? kind : "Node";
  return text[0]!.toUpperCase() + text.slice(1);
}

/** `participates_in` → `PARTICIPATES_IN`: the neo4j relationship type of a relation. */
function neo4jType(relation: unknown): string {
  return typeof relation === "string" && relation.length > 0 ? relation.toUpperCase() : "RELATED_TO";
}

const NODE_RESERVED = new Set(["label"]);
const EDGE_RESERVED = new Set(["label", "weight"]);

/**
 * The graph as two CSV texts, `nodes` and `edges` (see the banner for the columns).
 * Rows are in key order; the same graph always gives the same bytes.
 */
export function toCsv(graph: AbstractGraph): { nodes: string; edges: string } {
  const nodes: string[] = [];
  const edges: string[] = [];
  writeCsvNodes(graph, (text) => nodes.push(text));
  writeCsvEdges(graph, (text) => edges.push(text));
  return { nodes: nodes.join(""), edges: edges.join("") };
}

/** Writes nodes.csv, row by row, to `write`; `table` lets several writers share one sort of the keys. */
export function writeCsvNodes(graph: AbstractGraph, write: (text: string) => void, table: GraphTable = graphTable(graph)): void {
  const nodeColumns = table.columns("node", NODE_RESERVED);
  write(row(["Id", "Label", ":ID", ":LABEL", ...nodeColumns.map(header)]));
  // Each row built as one string (no array of fields per row).
  for (const { key, attributes } of table.nodes) {
    const label = typeof attributes.label === "string" ? attributes.label : key;
    const id = textField(key);
    let line = `${id},${textField(label)},${id},${textField(neo4jLabel(attributes.kind))}`;
    for (const column of nodeColumns) line += "," + field(cellOf(column, attributes[column.name]));
    write(line + "\r\n");
  }
}

/** Writes edges.csv, row by row, to `write`; `table` lets several writers share one sort of the keys. */
export function writeCsvEdges(graph: AbstractGraph, write: (text: string) => void, table: GraphTable = graphTable(graph)): void {
  const edgeColumns = table.columns("edge", EDGE_RESERVED);
  write(row(["Source", "Target", "Type", "Id", "Label", "Weight", ":START_ID", ":END_ID", ":TYPE", ...edgeColumns.map(header)]));
  // Edges share a few labels and relations: each field is made once.
  const labels = new Map<string, string>();
  const types = new Map<unknown, string>();
  // Each node's id field made once.
  const ids = table.nodes.map(({ key }) => textField(key));
  for (const edge of table.edges) {
    const { key, attributes } = edge;
    const source = ids[edge.sourceIndex]!;
    const target = ids[edge.targetIndex]!;
    const weight = typeof attributes.weight === "number" && Number.isFinite(attributes.weight) ? String(attributes.weight) : "1";
    const label = typeof attributes.label === "string" ? attributes.label : String(attributes.relation ?? "");
    let labelField = labels.get(label);
    if (labelField === undefined) labels.set(label, (labelField = textField(label)));
    let typeField = types.get(attributes.relation);
    if (typeField === undefined) types.set(attributes.relation, (typeField = textField(neo4jType(attributes.relation))));
    let line = `${source},${target},${edge.undirected ? "Undirected" : "Directed"},${textField(key)},${labelField},${weight},${source},${target},${typeField}`;
    for (const column of edgeColumns) line += "," + field(cellOf(column, attributes[column.name]));
    write(line + "\r\n");
  }
}
