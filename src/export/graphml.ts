// GraphML writer (graphology-graphml only parses): typed <key>s that yEd, Cytoscape, igraph,
// networkx and Gephi read. Lists have no GraphML type, so they are written as JSON array strings
// (`["a","b"]`); evidence is flattened to text as in GEXF. Position, size and colour are plain
// keys (x, y, size, color) — readers map them as they like. Ids are the graph keys, escaped.

import type { AbstractGraph } from "graphology-types";
import { graphTable, type Cell, type CellColumn, type CellTable, type Column, type ColumnType, type GraphTable } from "./columns.js";
import { escapeAttribute, escapeText, formatNumber, linesTo, type Lines } from "./xml.js";

const GRAPHML_TYPES: Readonly<Record<ColumnType, string>> = Object.freeze({
  string: "string",
  integer: "int",
  double: "double",
  boolean: "boolean",
  liststring: "string",
});

function formatCell(cell: Cell): string {
  if (Array.isArray(cell)) return JSON.stringify(cell);
  if (typeof cell === "number") return formatNumber(cell);
  return String(cell);
}

interface Key {
  id: string;
  column: Column;
}

function keys(prefix: "n" | "e", columns: Column[]): Key[] {
  return columns.map((column, index) => ({ id: `${prefix}${index}`, column }));
}

/** The `<data>` line of each distinct cell of each column: a value is formatted and escaped once. */
function dataLines(list: readonly Key[], columns: readonly CellColumn[], indent: string): string[][] {
  return columns.map((column, c) => column.values.map((cell) => (cell === undefined ? "" : `${indent}<data key="${list[c]!.id}">${escapeText(formatCell(cell))}</data>\n`)));
}

/** The `<data>` lines of `row`, "" when it has no value. */
function data(columns: readonly CellColumn[], lines: readonly string[][], row: number): string {
  let text = "";
  for (let c = 0; c < columns.length; c++) {
    const id = columns[c]!.ids[row]!;
    if (id >= 0) text += lines[c]![id]!;
  }
  return text;
}

export interface GraphmlOptions {
  /** Indent nested elements by two spaces per level (false: every line starts at its element). */
  indent: boolean;
}

/** Defaults of {@link toGraphml}. */
export const GRAPHML_DEFAULTS: Readonly<GraphmlOptions> = Object.freeze({ indent: true });

/** The GraphML document of `graph` as one string (see {@link writeGraphml}). */
export function toGraphml(graph: AbstractGraph, options?: Partial<GraphmlOptions>): string {
  const parts: string[] = [];
  writeGraphml(graph, (text) => parts.push(text), options);
  return parts.join("");
}

/**
 * Writes `graph` as GraphML (UTF-8, LF line ends), piece by piece to `write`. Every attribute present
 * on some node or edge gets a typed `<key>`; key ids are `n0…` for nodes and `e0…` for edges, in a
 * fixed attribute order. `table` lets several writers share one sort of the keys and one flattening of
 * the cells (see graphTable).
 */
export function writeGraphml(
  graph: AbstractGraph,
  write: (text: string) => void,
  options?: Partial<GraphmlOptions>,
  table: GraphTable = graphTable(graph),
): void {
  writeGraphmlCells(table.cells(), write, options);
}

/** {@link writeGraphml} from the graph's cells (see {@link GraphTable.cells}; they may have been posted from another thread). */
export function writeGraphmlCells({ nodes, edges }: CellTable, write: (text: string) => void, options?: Partial<GraphmlOptions>): void {
  const { indent } = { ...GRAPHML_DEFAULTS, ...options };
  const pad = [0, 1, 2, 3].map((level) => (indent ? "  ".repeat(level) : ""));
  const nodeKeys = keys("n", nodes.columns);
  const edgeKeys = keys("e", edges.columns);
  const lines: Lines = linesTo(write);
  lines.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  for (const [domain, list] of [["node", nodeKeys], ["edge", edgeKeys]] as const) {
    for (const { id, column } of list) {
      const name = escapeAttribute(column.name);
      lines.push(`${pad[1]}<key id="${id}" for="${domain}" attr.name="${name}" attr.type="${GRAPHML_TYPES[column.type]}"/>`);
    }
  }
  lines.push(`${pad[1]}<graph id="G" edgedefault="directed">`);
  // Node ids, escaped once: the edges use them again as their source and target.
  const ids = nodes.keys.map(escapeAttribute);
  const nodeData = dataLines(nodeKeys, nodes.columns, pad[3]!);
  for (let row = 0; row < nodes.keys.length; row++) {
    const body = data(nodes.columns, nodeData, row);
    write(body ? `${pad[2]}<node id="${ids[row]}">\n${body}${pad[2]}</node>\n` : `${pad[2]}<node id="${ids[row]}"/>\n`);
  }
  const edgeData = dataLines(edgeKeys, edges.columns, pad[3]!);
  for (let row = 0; row < edges.keys.length; row++) {
    const head = `${pad[2]}<edge id="${escapeAttribute(edges.keys[row]!)}" source="${ids[edges.sources[row]!]}" target="${ids[edges.targets[row]!]}"`;
    const body = data(edges.columns, edgeData, row);
    write(body ? `${head}>\n${body}${pad[2]}</edge>\n` : `${head}/>\n`);
  }
  lines.push(`${pad[1]}</graph>`, "</graphml>");
}
