// GraphML writer (graphology-graphml only parses): typed <key>s that yEd, Cytoscape, igraph,
// networkx and Gephi read. Lists have no GraphML type, so they are written as JSON array strings
// (`["a","b"]`); evidence is flattened to text as in GEXF. Position, size and colour are plain
// keys (x, y, size, color) — readers map them as they like. Ids are the graph keys, escaped.

import type { AbstractGraph } from "graphology-types";
import { cellOf, escapedEvidence, EVIDENCE_SEPARATOR, evidenceList, graphTable, type Cell, type Column, type ColumnType, type GraphTable } from "./columns.js";
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

/** The `<data>` lines of one element, each ending with "\n" ("" when it has none). */
function data(list: Key[], attributes: Record<string, unknown>, indent: string): string {
  let lines = "";
  for (const { id, column } of list) {
    const value = attributes[column.name];
    const evidence = column.name === "evidence" ? evidenceList(value) : undefined;
    const cell = evidence ? undefined : cellOf(column, value);
    if (!evidence && cell === undefined) continue;
    const text = evidence ? escapedEvidence(evidence, escapeText, EVIDENCE_SEPARATOR) : escapeText(formatCell(cell!));
    lines += `${indent}<data key="${id}">${text}</data>\n`;
  }
  return lines;
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
 * fixed attribute order. `table` lets several writers share one sort of the keys (see graphTable).
 */
export function writeGraphml(
  graph: AbstractGraph,
  write: (text: string) => void,
  options?: Partial<GraphmlOptions>,
  table: GraphTable = graphTable(graph),
): void {
  const { indent } = { ...GRAPHML_DEFAULTS, ...options };
  const pad = [0, 1, 2, 3].map((level) => (indent ? "  ".repeat(level) : ""));
  const nodeKeys = keys("n", table.columns("node", new Set()));
  const edgeKeys = keys("e", table.columns("edge", new Set()));
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
  // One piece of text per element.
  // Each node's id escaped once, for its element and for its edges.
  const ids = table.nodes.map(({ key }) => escapeAttribute(key));
  table.nodes.forEach(({ attributes }, i) => {
    const head = `${pad[2]}<node id="${ids[i]}"`;
    const body = data(nodeKeys, attributes, pad[3]!);
    write(body ? `${head}>\n${body}${pad[2]}</node>\n` : `${head}/>\n`);
  });
  for (const { key, sourceIndex, targetIndex, attributes } of table.edges) {
    const head = `${pad[2]}<edge id="${escapeAttribute(key)}" source="${ids[sourceIndex]}" target="${ids[targetIndex]}"`;
    const body = data(edgeKeys, attributes, pad[3]!);
    write(body ? `${head}>\n${body}${pad[2]}</edge>\n` : `${head}/>\n`);
  }
  lines.push(`${pad[1]}</graph>`, "</graphml>");
}
