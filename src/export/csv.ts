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
import { graphTable, type Cell, type CellColumn, type CellTable, type CellView, type Column, type ColumnType, type GraphTable } from "./columns.js";
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

/** The field of each distinct cell of each column (a value is formatted once), by row: "" when absent. */
function fieldsOf(columns: readonly CellColumn[]): ((row: number) => string)[] {
  return columns.map((column) => {
    const fields = column.values.map((cell) => field(cell));
    return (row) => {
      const id = column.ids[row]!;
      return id < 0 ? "" : fields[id]!;
    };
  });
}

/** The text `format` gives each distinct value of a view, by row (`absent` for a row without one). */
function viewText<V, A extends string | undefined>(view: CellView<V>, format: (value: V) => string, absent: A): (row: number) => string | A {
  const texts = view.values.map((value) => (value === undefined ? absent : format(value)));
  return (row) => {
    const id = view.ids[row]!;
    return id < 0 ? absent : texts[id]!;
  };
}

/** The attribute columns of one kind, and the field of each of their cells. */
function attributeColumns(columns: readonly CellColumn[], reserved: ReadonlySet<string>): { header: string; fields: (row: number) => string } {
  const kept = columns.filter((column) => !reserved.has(column.name));
  const each = fieldsOf(kept);
  return {
    header: kept.map((column) => "," + header(column)).join(""),
    fields: (row) => {
      let text = "";
      for (const fieldOf of each) text += "," + fieldOf(row);
      return text;
    },
  };
}

/** Writes nodes.csv, row by row, to `write`; `table` lets several writers share one sort of the keys and one flattening of the cells. */
export function writeCsvNodes(graph: AbstractGraph, write: (text: string) => void, table: GraphTable = graphTable(graph)): void {
  writeCsvNodesCells(table.cells(), write);
}

/** {@link writeCsvNodes} from the graph's cells (see {@link GraphTable.cells}; they may have been posted from another thread). */
export function writeCsvNodesCells({ nodes }: CellTable, write: (text: string) => void): void {
  const attributes = attributeColumns(nodes.columns, NODE_RESERVED);
  write(`Id,Label,:ID,:LABEL${attributes.header}\r\n`);
  const label = viewText(nodes.views.label, textField, undefined);
  const kind = viewText(nodes.views.kind, (value) => textField(neo4jLabel(value)), textField(neo4jLabel(undefined)));
  for (let row = 0; row < nodes.keys.length; row++) {
    const key = textField(nodes.keys[row]!);
    write(`${key},${label(row) ?? key},${key},${kind(row)}${attributes.fields(row)}\r\n`);
  }
}

/** Writes edges.csv, row by row, to `write`; `table` lets several writers share one sort of the keys and one flattening of the cells. */
export function writeCsvEdges(graph: AbstractGraph, write: (text: string) => void, table: GraphTable = graphTable(graph)): void {
  writeCsvEdgesCells(table.cells(), write);
}

/** {@link writeCsvEdges} from the graph's cells (see {@link GraphTable.cells}; they may have been posted from another thread). */
export function writeCsvEdgesCells({ nodes, edges }: CellTable, write: (text: string) => void): void {
  const attributes = attributeColumns(edges.columns, EDGE_RESERVED);
  write(`Source,Target,Type,Id,Label,Weight,:START_ID,:END_ID,:TYPE${attributes.header}\r\n`);
  // Node keys as fields, once: every edge names two of them twice.
  const ends = nodes.keys.map(textField);
  const weight = viewText(edges.views.weight, String, "1");
  const label = viewText(edges.views.label, textField, undefined);
  const relation = viewText(edges.views.relationText, textField, "");
  const type = viewText(edges.views.relation, (value) => textField(neo4jType(value)), textField(neo4jType(undefined)));
  for (let row = 0; row < edges.keys.length; row++) {
    const source = ends[edges.sources[row]!]!;
    const target = ends[edges.targets[row]!]!;
    // Without a label, the relation as it is.
    const text = label(row) ?? relation(row);
    const direction = edges.undirected[row] ? "Undirected" : "Directed";
    write(`${source},${target},${direction},${textField(edges.keys[row]!)},${text},${weight(row)},${source},${target},${type(row)}${attributes.fields(row)}\r\n`);
  }
}
