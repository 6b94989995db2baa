// Appearance of the graph: node size from a metric, node colour by kind, edge colour, size and label.
// The palette is Okabe–Ito (colour-blind safe); it is exported so the web view's legend uses the same colours.
// Only the builder sets these attributes; the web view never changes them (DESIGN.md).

import type { MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, NodeKind } from "../types.js";

/** Colour of each node kind (Okabe–Ito, plus its grey for articles), as `#rrggbb`. */
export const KIND_COLORS: Readonly<Record<NodeKind, string>> = Object.freeze({
  person: "#0072b2", // blue
  organization: "#009e73", // bluish green
  country: "#d55e00", // vermillion
  place: "#e69f00", // orange
  group: "#56b4e9", // sky blue
  meeting: "#cc79a7", // reddish purple
  topic: "#f0e442", // yellow
  article: "#999999", // grey
});

/** Edge families and their colours; {@link relationFamily} says which family a relation is in. */
export const RELATION_COLORS = Object.freeze({
  mention: "#d0d0d0",
  meeting: "#cc79a7",
  role: "#0072b2",
  family: "#009e73",
  stance: "#d55e00",
  other: "#8c8c8c",
});

export type RelationFamily = keyof typeof RELATION_COLORS;

const MEETING_RELATIONS = new Set(["participates_in", "held_in", "discusses", "about"]);
const STANCE_RELATIONS = new Set(["pressures", "proposes", "rejects", "supports", "accepts", "criticizes", "threatens", "opposes"]);
const FAMILY_RELATIONS = /^(son|daughter|father|mother|brother|sister|wife|husband|spouse|child|parent|son_in_law|daughter_in_law|father_in_law|mother_in_law|brother_in_law|sister_in_law)_of$/;

/** The family of a relation, which sets its edge colour. */
export function relationFamily(relation: string): RelationFamily {
  if (relation === "mentions") return "mention";
  if (MEETING_RELATIONS.has(relation)) return "meeting";
  if (STANCE_RELATIONS.has(relation)) return "stance";
  if (FAMILY_RELATIONS.test(relation)) return "family";
  if (relation.endsWith("_of")) return "role";
  return "other";
}

/** Relation names in words where replacing `_` by a space is not enough. */
const RELATION_WORDS: Readonly<Record<string, string>> = Object.freeze({
  son_in_law_of: "son-in-law of",
  daughter_in_law_of: "daughter-in-law of",
  father_in_law_of: "father-in-law of",
  mother_in_law_of: "mother-in-law of",
  brother_in_law_of: "brother-in-law of",
  sister_in_law_of: "sister-in-law of",
});

/** A relation in words: `participates_in` → "participates in", `son_in_law_of` → "son-in-law of". */
export function relationLabel(relation: string, role?: string): string {
  const words = RELATION_WORDS[relation] ?? relation.replace(/_+/g, " ").trim();
  return role ? `${words} (${role})` : words;
}

export interface AppearanceOptions {
  /** Which node attribute sets the size; missing values are computed from the graph (degree). */
  sizeBy: "pagerank" | "weightedDegree" | "degree";
  minNodeSize: number;
  maxNodeSize: number;
  minEdgeSize: number;
  maxEdgeSize: number;
  /** Size of `mentions` edges (thin: they are context, not claims). */
  mentionEdgeSize: number;
}

/** Defaults of {@link applyAppearance}. */
export const APPEARANCE_DEFAULTS: Readonly<AppearanceOptions> = Object.freeze({
  sizeBy: "pagerank",
  minNodeSize: 3,
  maxNodeSize: 24,
  minEdgeSize: 1,
  maxEdgeSize: 6,
  mentionEdgeSize: 0.5,
});

type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Sets `size` and `color` on every node and `size`, `color` and `label` on every edge.
 * Node size grows with the square root of the chosen metric, scaled into [minNodeSize, maxNodeSize];
 * when all values are equal every node gets minNodeSize. Edge size grows with log2(weight).
 */
export function applyAppearance(graph: KgGraph, options?: Partial<AppearanceOptions>): void {
  const opts: AppearanceOptions = { ...APPEARANCE_DEFAULTS, ...options };
  if (!["pagerank", "weightedDegree", "degree"].includes(opts.sizeBy)) {
    throw new Error(`appearance: sizeBy must be pagerank, weightedDegree or degree, got ${String(opts.sizeBy)}`);
  }
  if (!(opts.minNodeSize >= 0 && opts.maxNodeSize >= opts.minNodeSize)) {
    throw new Error("appearance: need 0 <= minNodeSize <= maxNodeSize");
  }

  const values = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    const value = attributes[opts.sizeBy];
    values.set(key, typeof value === "number" && Number.isFinite(value) ? value : graph.degree(key));
  });
  let low = Infinity;
  let high = -Infinity;
  for (const value of values.values()) {
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  const span = high - low;
  graph.forEachNode((key, attributes) => {
    const t = span > 0 ? Math.sqrt(((values.get(key) ?? low) - low) / span) : 0;
    graph.mergeNodeAttributes(key, {
      size: round2(opts.minNodeSize + t * (opts.maxNodeSize - opts.minNodeSize)),
      color: KIND_COLORS[attributes.kind] ?? RELATION_COLORS.other,
    });
  });

  // Set on the attribute object forEachEdge gives (the graph's own, as mergeEdgeAttributes would
  // change it), without looking each of half a million edges up again by key. A graph has a few
  // dozen relations and roles: each one's family and label are worked out once, so every edge of a
  // relation shares one label string.
  const styles = new Map<string, { family: RelationFamily; label: string }>();
  graph.forEachEdge((_key, attributes) => {
    const id = attributes.role === undefined ? attributes.relation : `${attributes.relation}\u0000${attributes.role}`;
    let style = styles.get(id);
    if (!style) styles.set(id, (style = { family: relationFamily(attributes.relation), label: relationLabel(attributes.relation, attributes.role) }));
    const weight = typeof attributes.weight === "number" && attributes.weight > 0 ? attributes.weight : 1;
    const size =
      style.family === "mention"
        ? opts.mentionEdgeSize
        : Math.min(opts.maxEdgeSize, opts.minEdgeSize + Math.log2(Math.max(1, weight)));
    attributes.size = round2(size);
    attributes.color = RELATION_COLORS[style.family];
    attributes.label = style.label;
  });
}
