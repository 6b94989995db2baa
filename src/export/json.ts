// JSON export: graphology's own serialisation (`graph.export()`), which the web view loads with
// `graph.import()`. Every value is kept whole (evidence objects included); nodes and edges are in
// key order and attribute keys sorted, so the same graph always gives the same bytes.

import type { AbstractGraph, SerializedGraph } from "graphology-types";
import { sortedEdges, sortedNodes } from "./columns.js";

export interface JsonOptions {
  /** Indent with two spaces (true) or write one compact line (false). */
  pretty: boolean;
}

/** Defaults of {@link toJson}. */
export const JSON_DEFAULTS: Readonly<JsonOptions> = Object.freeze({ pretty: true });

/** Returns a copy of `value` whose plain objects have their keys in code-unit order (arrays keep their order). */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
    }
    return sorted;
  }
  return value;
}

/**
 * Serialises `graph` like `graph.export()` (options, attributes, nodes, edges), with nodes and edges
 * in key order and sorted attribute keys. Non-finite numbers become null (as JSON.stringify does).
 */
export function toJson(graph: AbstractGraph, options?: Partial<JsonOptions>): string {
  const opts: JsonOptions = { ...JSON_DEFAULTS, ...options };
  const exported = graph.export();
  const nodeOrder = new Map(sortedNodes(graph).map((key, index) => [key, index]));
  const edgeOrder = new Map(sortedEdges(graph).map((key, index) => [key, index]));
  const serialised: SerializedGraph = {
    options: exported.options,
    attributes: sortKeys(exported.attributes) as SerializedGraph["attributes"],
    nodes: exported.nodes
      .slice()
      .sort((a, b) => nodeOrder.get(a.key)! - nodeOrder.get(b.key)!)
      .map((node) => (node.attributes ? { key: node.key, attributes: sortKeys(node.attributes) as object } : { key: node.key })),
    edges: exported.edges
      .slice()
      .sort((a, b) => edgeOrder.get(a.key!)! - edgeOrder.get(b.key!)!)
      .map((edge) => sortKeys(edge) as (typeof exported.edges)[number]),
  };
  return JSON.stringify(serialised, null, opts.pretty ? 2 : undefined) + "\n";
}
