// JSON export: graphology's own serialisation (`graph.export()`), which the web view loads with
// `graph.import()`. Every value is kept whole (evidence objects included); nodes and edges are in
// key order and attribute keys sorted, so the same graph always gives the same bytes.

import type { AbstractGraph } from "graphology-types";
import { sortedEdges, sortedNodes } from "./columns.js";

export interface JsonOptions {
  /** Indent with two spaces (true) or write one compact line (false). */
  pretty: boolean;
}

/** Defaults of {@link toJson}. */
export const JSON_DEFAULTS: Readonly<JsonOptions> = Object.freeze({ pretty: true });

/**
 * Serialises `graph` like `graph.export()` (options, attributes, nodes, edges), with nodes and edges
 * in key order and sorted attribute keys. Non-finite numbers become null (as JSON.stringify does).
 */
export function toJson(graph: AbstractGraph, options?: Partial<JsonOptions>): string {
  const parts: string[] = [];
  writeJson(graph, (text) => parts.push(text), options);
  return parts.join("");
}

/**
 * Every property name used anywhere in the graph's attributes (nested objects such as evidence
 * included) and in the serialised node and edge records, in code-unit order. Given to
 * JSON.stringify as its replacer list, it prints every object with its keys in that order
 * without copying anything.
 */
function allKeys(graph: AbstractGraph): string[] {
  const keys = new Set<string>(["key", "source", "target", "attributes", "undirected"]);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === "object") visit(item);
    } else if (value !== null && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        keys.add(key);
        if (inner !== null && typeof inner === "object") visit(inner);
      }
    }
  };
  visit(graph.getAttributes());
  graph.forEachNode((_key, attributes) => visit(attributes));
  graph.forEachEdge((_key, attributes) => visit(attributes));
  return [...keys].sort();
}

/**
 * Writes the text of {@link toJson} piece by piece to `write` (one node or edge at a time), so a
 * large graph is never copied whole nor held as one string.
 */
export function writeJson(graph: AbstractGraph, write: (text: string) => void, options?: Partial<JsonOptions>): void {
  const pretty = { ...JSON_DEFAULTS, ...options }.pretty;
  const keys = allKeys(graph);
  // A value as JSON.stringify would print it `depth` levels deep in the whole document.
  const nested = (value: unknown, depth: number): string => {
    const text = JSON.stringify(value, keys, pretty ? 2 : undefined);
    return pretty ? text.replace(/\n/g, "\n" + "  ".repeat(depth)) : text;
  };
  const [open, comma, close] = pretty ? ["\n    ", ",\n    ", "\n  "] : ["", ",", ""];
  const list = (name: string, items: string[], item: (key: string) => unknown, last: boolean): void => {
    write(pretty ? `  "${name}": [` : `"${name}":[`);
    items.forEach((key, index) => write((index === 0 ? open : comma) + nested(item(key), 2)));
    write((items.length ? close : "") + "]" + (last ? "" : pretty ? ",\n" : ","));
  };
  // graphology's own order for the options (as graph.export() writes them), not sorted.
  const graphOptions = JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops }, null, pretty ? 2 : undefined);
  write(pretty ? "{\n" : "{");
  write(pretty ? `  "options": ${graphOptions.replace(/\n/g, "\n  ")},\n` : `"options":${graphOptions},`);
  write(pretty ? `  "attributes": ${nested(graph.getAttributes(), 1)},\n` : `"attributes":${nested(graph.getAttributes(), 1)},`);
  list("nodes", sortedNodes(graph), (key) => {
    const attributes = graph.getNodeAttributes(key);
    return Object.keys(attributes).length ? { key, attributes } : { key };
  }, false);
  list("edges", sortedEdges(graph), (key) => {
    const attributes = graph.getEdgeAttributes(key);
    const edge: Record<string, unknown> = { key, source: graph.source(key), target: graph.target(key) };
    if (Object.keys(attributes).length) edge.attributes = attributes;
    if (graph.isUndirected(key)) edge.undirected = true;
    return edge;
  }, true);
  write(pretty ? "\n}\n" : "}\n");
}
