// Node metrics for the graph: degree, weighted degree, betweenness, PageRank and Louvain communities.
// Computed on an "analysis view": the graph as undirected and simple (parallel edges summed into one
// weight), without the relations in `excludeRelations` (by default `mentions`, which would make every
// article a hub). Numbers are rounded so exports stay byte-stable.

import { UndirectedGraph } from "graphology";
import type { MultiDirectedGraph } from "graphology";
import betweennessModule from "graphology-metrics/centrality/betweenness.js";
import pagerankModule from "graphology-metrics/centrality/pagerank.js";
import louvainModule from "graphology-communities-louvain";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../types.js";
import { mulberry32 } from "./random.js";

// CommonJS packages typed with `export default`: under NodeNext the default import is the module itself.
const betweenness = betweennessModule as unknown as typeof betweennessModule.default;
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;
const louvain = louvainModule as unknown as typeof louvainModule.default;

export interface MetricsOptions {
  /** Relations left out of every metric (the edges stay in the graph). */
  excludeRelations: string[];
  /** Exact betweenness up to this many nodes; above it betweenness is skipped (O(n·m)). */
  betweennessMaxNodes: number;
  /** Seed of Louvain's random numbers. */
  seed: number;
  /** Louvain resolution (higher → more, smaller communities). */
  resolution: number;
  /** Significant digits kept for pagerank and betweenness. */
  precision: number;
}

/** Defaults of {@link computeMetrics}. */
export const METRICS_DEFAULTS: Readonly<MetricsOptions> = Object.freeze({
  excludeRelations: ["mentions"],
  betweennessMaxNodes: 5000,
  seed: 42,
  resolution: 1,
  precision: 6,
});

/** What computeMetrics did, for logs and the CLI. */
export interface MetricsReport {
  /** "exact", or "skipped" when the graph had more nodes than `betweennessMaxNodes`. */
  betweenness: "exact" | "skipped";
  /** Number of Louvain communities (0 for an empty graph). */
  communities: number;
  /** Modularity of the partition, rounded; 0 for an empty or edgeless graph. */
  modularity: number;
  /** Edges counted (after `excludeRelations`). */
  edgesUsed: number;
}

type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** Two nodes of the analysis view, the ends of their first edge, and the summed weight. */
interface Pair {
  source: string;
  target: string;
  weight: number;
}

function significant(value: number, digits: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  return Number(value.toPrecision(digits));
}

function edgeWeight(attributes: EdgeAttributes): number {
  const weight = attributes.weight;
  return typeof weight === "number" && Number.isFinite(weight) && weight > 0 ? weight : 1;
}

/**
 * Computes metrics and writes them as node attributes: `degree` (edges in the analysis view,
 * parallel edges counted), `weightedDegree` (sum of their weights), `betweenness` (normalised,
 * unweighted shortest paths; omitted when skipped), `pagerank` (weighted), `community`
 * (Louvain, numbered 0 = largest community, ties broken by smallest node key).
 */
export function computeMetrics(graph: KgGraph, options?: Partial<MetricsOptions>): MetricsReport {
  const opts: MetricsOptions = { ...METRICS_DEFAULTS, ...options };
  if (!Number.isInteger(opts.betweennessMaxNodes) || opts.betweennessMaxNodes < 0) {
    throw new Error(`metrics: betweennessMaxNodes must be a non-negative integer, got ${opts.betweennessMaxNodes}`);
  }
  const excluded = new Set(opts.excludeRelations);

  // The analysis view: undirected, simple, weighted; self loops dropped.
  const view = new UndirectedGraph<{ weight?: number }, { weight: number }>();
  // Per node: its degree and weighted degree, and the pairs it is the lower end of (below).
  const stats = new Map<string, { degree: number; weighted: number; pairs?: Map<string, Pair> }>();
  graph.forEachNode((key) => {
    view.addNode(key);
    stats.set(key, { degree: 0, weighted: 0 });
  });
  let edgesUsed = 0;
  // Parallel edges (and both directions) of a pair become one view edge: their weights are summed
  // under the pair's lower end (keyed by the other end, so no key is built per edge), and the view
  // edges added once, in the order each pair was first seen.
  const pairs: Pair[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (excluded.has(attributes.relation)) return;
    edgesUsed++;
    const weight = edgeWeight(attributes);
    const from = stats.get(source)!;
    if (source === target) {
      from.degree += 2;
      from.weighted += 2 * weight;
      return;
    }
    const to = stats.get(target)!;
    from.degree++;
    to.degree++;
    from.weighted += weight;
    to.weighted += weight;
    const low = source < target ? from : to;
    const high = source < target ? target : source;
    low.pairs ??= new Map();
    const seen = low.pairs.get(high);
    if (seen) seen.weight += weight;
    else {
      const pair = { source, target, weight };
      low.pairs.set(high, pair);
      pairs.push(pair);
    }
  });
  // Keyed by the pair (unique here): no edge key for graphology to generate and check. The metrics
  // read the view's adjacency, never its edge keys, so they do not change.
  for (const { source, target, weight } of pairs) {
    view.addEdgeWithKey(source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`, source, target, { weight });
  }

  const doBetweenness = graph.order <= opts.betweennessMaxNodes;
  const between = doBetweenness && view.size > 0 ? betweenness(view, { getEdgeWeight: null, normalized: true }) : {};
  const ranks = view.size > 0 ? pagerank(view, { getEdgeWeight: "weight" }) : {};

  // Louvain with seeded random numbers, then communities renumbered by size (desc), then smallest key.
  let communities: Record<string, number> = {};
  let modularity = 0;
  if (view.size > 0) {
    const result = louvain.detailed(view, {
      getEdgeWeight: "weight",
      resolution: opts.resolution,
      rng: mulberry32(opts.seed),
    });
    communities = result.communities;
    modularity = result.modularity;
  }
  const members = new Map<number, string[]>();
  const keys = graph.nodes().slice().sort(compareStrings);
  keys.forEach((key, index) => {
    // Without edges every node is its own community.
    const raw = view.size > 0 ? (communities[key] ?? -1 - index) : -1 - index;
    const list = members.get(raw);
    if (list) list.push(key);
    else members.set(raw, [key]);
  });
  const ordered = [...members.values()].sort((a, b) => b.length - a.length || compareStrings(a[0]!, b[0]!));
  const renumbered = new Map<string, number>();
  ordered.forEach((list, index) => list.forEach((key) => renumbered.set(key, index)));

  graph.forEachNode((key) => {
    const attributes: Partial<NodeAttributes> = {
      degree: stats.get(key)?.degree ?? 0,
      weightedDegree: Math.round((stats.get(key)?.weighted ?? 0) * 1e4) / 1e4,
      pagerank: significant(ranks[key] ?? (view.size > 0 ? 0 : 1 / graph.order), opts.precision),
      community: renumbered.get(key) ?? 0,
    };
    if (doBetweenness) attributes.betweenness = significant(between[key] ?? 0, opts.precision);
    graph.mergeNodeAttributes(key, attributes);
    if (!doBetweenness) graph.removeNodeAttribute(key, "betweenness");
  });

  return {
    betweenness: doBetweenness ? "exact" : "skipped",
    communities: ordered.length,
    modularity: significant(modularity, 6),
    edgesUsed,
  };
}

/** Plain code-unit order (locale-independent, so the same on every machine). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
