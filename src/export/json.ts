// JSON export: graphology's own serialisation (`graph.export()`), which the web view loads with
// `graph.import()`. Every value is kept whole (evidence objects included); nodes and edges are in
// key order and each one's attributes in the order the graph holds them, so the same graph always
// gives the same bytes (the build adds attributes in a fixed order). Attribute keys are not sorted:
// copying every object to sort it made the 10k-article export 4× slower (18 s against 4 s).

import type { AbstractGraph } from "graphology-types";
import { graphTable, type GraphTable } from "./columns.js";

export interface JsonOptions {
  /** Indent with two spaces (true) or write one compact line (false). */
  pretty: boolean;
}

/** Defaults of {@link toJson}. */
export const JSON_DEFAULTS: Readonly<JsonOptions> = Object.freeze({ pretty: true });

/** Whether `object` has an own enumerable name (as Object.keys(object).length, without making the array). */
function hasKeys(object: object): boolean {
  for (const name in object) if (Object.hasOwn(object, name)) return true;
  return false;
}

/**
 * Serialises `graph` like `graph.export()` (options, attributes, nodes, edges), with nodes and edges
 * in key order. Non-finite numbers become null (as JSON.stringify does).
 */
export function toJson(graph: AbstractGraph, options?: Partial<JsonOptions>): string {
  const parts: string[] = [];
  writeJson(graph, (text) => parts.push(text), options);
  return parts.join("");
}

/**
 * Writes the text of {@link toJson} piece by piece to `write` (one node or edge at a time), so a
 * large graph is never copied whole nor held as one string. `table` gives the nodes and edges in
 * order when another writer has sorted them already (see graphTable).
 */
export function writeJson(
  graph: AbstractGraph,
  write: (text: string) => void,
  options?: Partial<JsonOptions>,
  table: Pick<GraphTable, "nodes" | "edges"> = graphTable(graph),
): void {
  const pretty = { ...JSON_DEFAULTS, ...options }.pretty;
  // A value as JSON.stringify would print it `depth` levels deep in the whole document.
  const nested = (value: unknown, depth: number): string => {
    const text = JSON.stringify(value, null, pretty ? 2 : undefined);
    return pretty ? text.replace(/\n/g, "\n" + "  ".repeat(depth)) : text;
  };
  const [open, comma, close] = pretty ? ["\n    ", ",\n    ", "\n  "] : ["", ",", ""];
  const list = <T>(name: string, items: T[], item: (entry: T) => unknown, last: boolean): void => {
    write(pretty ? `  "${name}": [` : `"${name}":[`);
    items.forEach((entry, index) => write((index === 0 ? open : comma) + nested(item(entry), 2)));
    write((items.length ? close : "") + "]" + (last ? "" : pretty ? ",\n" : ","));
  };
  // graphology's own order for the options (as graph.export() writes them), not sorted.
  const graphOptions = JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }, null, pretty ? 2 : undefined);
  write(pretty ? "{\n" : "{");
  write(pretty ? `  "options": ${graphOptions.replace(/\n/g, "\n  ")},\n` : `"options":${graphOptions},`);
  write(pretty ? `  "attributes": ${nested(graph.getAttributes(), 1)},\n` : `"attributes":${nested(graph.getAttributes(), 1)},`);
  list("nodes", table.nodes, ({ key, attributes }) => (hasKeys(attributes) ? { key, attributes } : { key }), false);
  list("edges", table.edges, ({ key, source, target, attributes, undirected }) => {
    const edge: Record<string, unknown> = { key, source, target };
    if (hasKeys(attributes)) edge.attributes = attributes;
    if (undirected) edge.undirected = true;
    return edge;
  }, true);
  write(pretty ? "\n}\n" : "}\n");
}
