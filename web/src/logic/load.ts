// Reading a graph the explorer was given: graphology JSON (graph.export()) or GEXF, then making it
// drawable (every node needs numeric x, y; missing ones get a deterministic circle).
import Graph, { MultiGraph } from "graphology";
import type { AbstractGraph, GraphConstructor, SerializedGraph } from "graphology-types";
import type { EdgeAttributes, KgGraph, NodeAttributes } from "../types.js";

/** The graph class the explorer uses: mixed and multi, so any exported graph imports. */
export function newGraph(): KgGraph {
  return new Graph<NodeAttributes, EdgeAttributes>({ type: "mixed", multi: true, allowSelfLoops: true });
}

/** "gexf" when the name ends in .gexf or the text starts like XML, else "json". */
export function detectFormat(name: string, text: string): "gexf" | "json" {
  if (/\.gexf(\?|#|$)/i.test(name)) return "gexf";
  if (/\.json(\?|#|$)/i.test(name)) return "json";
  return text.trimStart().startsWith("<") ? "gexf" : "json";
}

/** Parses graphology JSON; throws a message that says what is wrong. */
export function parseGraphJson(text: string): KgGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`explorer: the graph is not valid JSON (${(error as Error).message}); give a graph.json from kg build or a .gexf file`);
  }
  if (!data || typeof data !== "object" || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new Error("explorer: the JSON has no nodes array; give a graph.json written by kg build (graphology export)");
  }
  const graph = newGraph();
  graph.import(data as SerializedGraph<NodeAttributes, EdgeAttributes>);
  return graph;
}

/** A GEXF parser (graphology-gexf's, given by the caller so that this module stays DOM-free). */
export type GexfParse = (Graph: GraphConstructor, text: string) => AbstractGraph;

/** Parses a GEXF text into the explorer's graph class. */
export function parseGraphGexf(text: string, parse: GexfParse): KgGraph {
  let parsed: AbstractGraph;
  try {
    parsed = parse(MultiGraph as unknown as GraphConstructor, text);
  } catch (error) {
    throw new Error(`explorer: the GEXF could not be read (${(error as Error).message}); check that it is a GEXF 1.2 or 1.3 file`);
  }
  const graph = newGraph();
  graph.import(parsed.export() as SerializedGraph<NodeAttributes, EdgeAttributes>);
  return graph;
}

/**
 * Makes a graph drawable without touching what the builder computed: nodes lacking numeric x/y
 * are placed on a circle (in key order), a missing label becomes the key. Returns how many nodes
 * had to be placed.
 */
export function makeDrawable(graph: AbstractGraph): number {
  const missing: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (typeof attrs.label !== "string" || !attrs.label) graph.setNodeAttribute(key, "label", key);
    if (!Number.isFinite(attrs.x) || !Number.isFinite(attrs.y)) missing.push(key);
  });
  missing.sort();
  const radius = 10 * Math.sqrt(missing.length + 1);
  missing.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / missing.length;
    graph.mergeNodeAttributes(key, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  return missing.length;
}
