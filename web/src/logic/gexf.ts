// GEXF 1.3 of what the explorer shows: the visible nodes and the edges between them, attributes
// flattened to GEXF types (lists of strings stay lists; evidence becomes JSON text), viz from the
// builder's x, y, size and colour. Uses graphology-gexf's writer, which runs in the browser.
import Graph from "graphology";
import write from "graphology-gexf/common/writer.js";
import type { AbstractGraph, Attributes } from "graphology-types";

/** A GEXF scalar or a list of scalars; anything else is written as JSON text. */
function flatten(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.length ? value : undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === "number")) return value.length ? value : undefined;
  return JSON.stringify(value);
}

function attributesOf(attrs: Attributes, skip: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(attrs)) {
    if (skip.has(name)) continue;
    const value = flatten(attrs[name]);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

const NODE_VIZ = new Set(["label", "x", "y", "size", "color", "hidden", "highlighted", "type", "zIndex", "forceLabel"]);
const EDGE_VIZ = new Set(["label", "weight", "size", "color", "hidden", "type", "zIndex", "forceLabel", "kind"]);

function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/**
 * Writes the visible part of a graph as GEXF 1.3 (namespace http://gexf.net/1.3, viz
 * http://gexf.net/1.3/viz), valid against the official 1.3 RELAX NG schema. Nodes and edges keep
 * the graph's order, so the same view gives the same bytes.
 */
export function visibleGexf(graph: AbstractGraph, visible: ReadonlySet<string>, description = "article-kg view"): string {
  const sub = new Graph({ type: "mixed", multi: true, allowSelfLoops: true });
  sub.replaceAttributes({ creator: "article-kg explorer", description });
  graph.forEachNode((key, attrs) => {
    if (visible.has(key)) sub.addNode(key, attrs);
  });
  graph.forEachEdge((key, attrs, source, target, _s, _t, undirected) => {
    if (!visible.has(source) || !visible.has(target)) return;
    if (undirected) sub.addUndirectedEdgeWithKey(key, source, target, attrs);
    else sub.addDirectedEdgeWithKey(key, source, target, attrs);
  });
  const xml = write(sub, {
    version: "1.3",
    pedantic: true,
    formatNode: (key, attrs) => {
      const viz: { color?: string; size?: number; x?: number; y?: number } = {};
      if (typeof attrs.color === "string") viz.color = attrs.color;
      const size = num(attrs.size);
      if (size !== undefined) viz.size = size;
      const x = num(attrs.x);
      const y = num(attrs.y);
      if (x !== undefined && y !== undefined) {
        viz.x = x;
        viz.y = y;
      }
      return { label: String(attrs.label ?? key), viz, attributes: attributesOf(attrs, NODE_VIZ) };
    },
    formatEdge: (_key, attrs) => {
      const viz: { color?: string; thickness?: number } = {};
      if (typeof attrs.color === "string") viz.color = attrs.color;
      const thickness = num(attrs.size);
      if (thickness !== undefined) viz.thickness = thickness;
      const out: { label?: string; weight?: number; viz: typeof viz; attributes: Record<string, unknown> } = {
        viz,
        attributes: attributesOf(attrs, EDGE_VIZ),
      };
      const label = attrs.label ?? attrs.relation;
      if (typeof label === "string" && label) out.label = label;
      const weight = num(attrs.weight);
      if (weight !== undefined) out.weight = weight;
      return out;
    },
  });
  // RELAX NG validators do not ignore xsi:* attributes (shared/gexf/README.md, defect 3): drop them.
  return xml.replace(/\s+xmlns:xsi="[^"]*"/, "").replace(/\s+xsi:schemaLocation="[^"]*"/, "");
}
