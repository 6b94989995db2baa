// Reading a graph back: JSON (graphology's serialisation, as toJson writes it) or GEXF (any version,
// through graphology-gexf's parser, tolerant of undeclared attributes, edges to missing nodes and
// wrong namespaces). Used by `kg serve`/`kg stats` on existing files and by the round-trip tests.

import { extname } from "node:path";
import { MultiDirectedGraph, MultiGraph } from "graphology";
import type { Attributes, SerializedGraph } from "graphology-types";
import * as gexf from "graphology-gexf";
import { parseColor, toHexColor } from "./xml.js";

/** The formats readGraph reads. */
export type ReadFormat = "json" | "gexf";

/**
 * The format of a graph file from its extension: `.json` → json, `.gexf` → gexf.
 * @throws for any other extension, naming the ones it knows.
 */
export function detectFormat(path: string): ReadFormat {
  const extension = extname(path).toLowerCase();
  if (extension === ".json") return "json";
  if (extension === ".gexf") return "gexf";
  throw new Error(`read: cannot tell the format of ${JSON.stringify(path)}; use a .json or .gexf file`);
}

/** GEXF viz back to graphology attributes: `rgb(…)` → `#rrggbb`, thickness → size, z = 0 dropped. */
function normaliseViz(attributes: Attributes, isEdge: boolean): Attributes {
  const result = { ...attributes };
  if (typeof result.color === "string") {
    const rgba = parseColor(result.color);
    if (rgba) result.color = toHexColor(rgba);
  }
  if (result.z === 0) delete result.z;
  if (isEdge && typeof result.thickness === "number") {
    result.size = result.thickness;
    delete result.thickness;
  }
  return result;
}

function readGexf(text: string): MultiDirectedGraph {
  let parsed: MultiGraph;
  try {
    // MultiGraph takes the type the file declares (directed, undirected or mixed) and parallel edges.
    parsed = gexf.parse(MultiGraph, text, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    throw new Error(`read: this GEXF could not be read (${(error as Error).message}); check that it is a GEXF file`);
  }
  const graph = new MultiDirectedGraph();
  const meta = parsed.getAttributes();
  const attributes: Attributes = {};
  if (typeof meta.creator === "string") attributes.generator = meta.creator;
  if (typeof meta.description === "string") attributes.name = meta.description;
  if (typeof meta.lastModifiedDate === "string") attributes.lastModifiedDate = meta.lastModifiedDate;
  graph.replaceAttributes(attributes);
  parsed.forEachNode((key, nodeAttributes) => {
    graph.addNode(key, normaliseViz(nodeAttributes, false));
  });
  // Edges keep their ids; an edge without one gets `e<index>` (graphology would invent a random key).
  // Undirected edges become directed from source to target: this graph type is directed only.
  let index = 0;
  parsed.forEachEdge((key, edgeAttributes, source, target) => {
    const finalKey = key.startsWith("geid_") ? `e${index}` : key;
    index++;
    graph.addEdgeWithKey(finalKey, source, target, normaliseViz(edgeAttributes, true));
  });
  return graph;
}

function readJson(text: string): MultiDirectedGraph {
  let data: SerializedGraph;
  try {
    data = JSON.parse(text) as SerializedGraph;
  } catch (error) {
    throw new Error(`read: this JSON could not be parsed (${(error as Error).message}); check the file`);
  }
  if (!data || typeof data !== "object" || !Array.isArray(data.nodes)) {
    throw new Error("read: this JSON is not a graphology export (no `nodes` array); write it with toJson or graph.export()");
  }
  const graph = new MultiDirectedGraph();
  try {
    graph.import({ ...data, options: { type: "directed", multi: true, allowSelfLoops: true } });
  } catch (error) {
    throw new Error(`read: this JSON graph could not be imported as a directed multigraph (${(error as Error).message})`);
  }
  return graph;
}

/**
 * Reads a graph from text. JSON keeps every attribute as written (evidence objects included);
 * GEXF gives typed attvalues (lists as arrays), label, weight, `color` as `#rrggbb`, `size`, `x`, `y`,
 * with evidence as its flattened text. Graph attributes from GEXF meta: generator, name, lastModifiedDate.
 */
export function readGraph(text: string, format: ReadFormat): MultiDirectedGraph {
  if (format === "json") return readJson(text);
  if (format === "gexf") return readGexf(text);
  throw new Error(`read: unknown format ${JSON.stringify(format)}; use "json" or "gexf"`);
}
