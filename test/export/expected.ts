// Test helper: what a graph should look like after a GEXF write + read, computed independently of
// the writer from the rules it documents (XML-forbidden characters removed, labels whitespace-collapsed,
// evidence flattened, colours as lower-case hex, edge size ↔ viz:thickness).

import type { AbstractGraph, Attributes } from "graphology-types";

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const clean = (text: string) => text.replace(FORBIDDEN, "");

function expectValue(name: string, value: unknown): unknown {
  if (name === "evidence" && Array.isArray(value)) {
    return clean(value.map((e: { article: string; sentence: number; text: string }) => `[${e.article} #${e.sentence}] ${e.text}`).join("\n"));
  }
  if (typeof value === "string") return clean(value);
  if (Array.isArray(value)) return value.map((item) => clean(String(item)));
  return value;
}

/** The attributes a node or edge should have after a GEXF round trip. */
export function expectedAttributes(attributes: Attributes): Attributes {
  const result: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null) continue;
    if (name === "label") {
      const label = clean(String(value)).replace(/[\t\n\r ]+/g, " ").trim();
      if (label !== "") result.label = label;
    } else if (name === "color") {
      result.color = String(value).toLowerCase();
    } else {
      result[name] = expectValue(name, value);
    }
  }
  return result;
}

/** Node and edge tables keyed by cleaned key, for toEqual comparisons. */
export function expectedGraph(graph: AbstractGraph) {
  const nodes: Record<string, Attributes> = {};
  const edges: Record<string, { source: string; target: string; attributes: Attributes }> = {};
  graph.forEachNode((key, attributes) => {
    nodes[clean(key)] = expectedAttributes(attributes);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    edges[clean(key)] = { source: clean(source), target: clean(target), attributes: expectedAttributes(attributes) };
  });
  return { nodes, edges };
}

/** The same tables, read from a graph as it is (the graph read back). */
export function actualGraph(graph: AbstractGraph) {
  const nodes: Record<string, Attributes> = {};
  const edges: Record<string, { source: string; target: string; attributes: Attributes }> = {};
  graph.forEachNode((key, attributes) => {
    nodes[key] = { ...attributes };
  });
  graph.forEachEdge((key, attributes, source, target) => {
    edges[key] = { source, target, attributes: { ...attributes } };
  });
  return { nodes, edges };
}
