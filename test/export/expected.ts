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
  if (Object.is(value, -0)) return 0; // written as "0"
  if (Array.isArray(value)) return value.map((item) => clean(String(item)));
  return value;
}

/** Colours come back as lower-case `#rrggbb` (or `#rrggbbaa`): `#abc` and `rgb(1,2,3)` are expanded. */
function hexColor(color: string): string {
  const text = color.toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  const rgb = /^rgb\((\d+),(\d+),(\d+)\)$/.exec(text);
  if (rgb) return "#" + [rgb[1], rgb[2], rgb[3]].map((v) => Number(v).toString(16).padStart(2, "0")).join("");
  return text;
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
      result.color = hexColor(String(value));
    } else {
      result[name] = expectValue(name, value);
    }
  }
  // viz:position is written only when both x and y are numbers.
  if (typeof result.x !== "number" || typeof result.y !== "number") {
    delete result.x;
    delete result.y;
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
