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
  const ranks = view.size > 0 ? (pairPagerank(view.nodes(), pairs) ?? pagerank(view, { getEdgeWeight: "weight" })) : {};

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

/** A key V8 lists before the others when it enumerates an object's names (an array index). */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/;

/**
 * graphology-metrics' weighted PageRank (alpha 0.85, 100 iterations at most, tolerance 1e-6) of the
 * analysis view, worked out from its pairs instead of through the view: graphology-metrics lists
 * each node's edges by key and looks the other end of each up again (about 2 s at 10k articles).
 * The same numbers to the last bit: each node's neighbours are listed in the order the view holds
 * them (the order its edges were added), and every sum is made in the same order. Undefined when
 * a node key is an array index (the view would list those first): the caller then asks graphology-metrics.
 * Exported for the tests.
 */
export function pairPagerank(nodes: string[], pairs: readonly Pair[]): Record<string, number> | undefined {
  if (nodes.some((key) => ARRAY_INDEX.test(key) && Number(key) < 2 ** 32 - 1)) return undefined;
  const N = nodes.length;
  const ids = new Map<string, number>();
  nodes.forEach((key, i) => ids.set(key, i));
  // Adjacency as graphology-indices' WeightedNeighborhoodIndex builds it: node i's neighbours at
  // starts[i] … starts[i + 1] - 1, each pair listed under both of its ends.
  const ends = new Uint32Array(pairs.length * 2);
  const starts = new Uint32Array(N + 1);
  pairs.forEach(({ source, target }, k) => {
    const s = ids.get(source)!;
    const t = ids.get(target)!;
    ends[2 * k] = s;
    ends[2 * k + 1] = t;
    starts[s + 1]!++;
    starts[t + 1]!++;
  });
  for (let i = 0; i < N; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, N);
  const neighborhood = new Uint32Array(pairs.length * 2);
  const weights = new Float64Array(pairs.length * 2);
  pairs.forEach(({ weight }, k) => {
    const s = ends[2 * k]!;
    const t = ends[2 * k + 1]!;
    neighborhood[fill[s]!] = t;
    weights[fill[s]!++] = weight;
    neighborhood[fill[t]!] = s;
    weights[fill[t]!++] = weight;
  });

  // From here on, graphology-metrics' pagerank line by line.
  const alpha = 0.85;
  const p = 1 / N;
  const outDegrees = new Float64Array(N);
  const normalized = new Float64Array(weights.length);
  const dangling: number[] = [];
  let x = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    x[i] = p;
    for (let j = starts[i]!; j < starts[i + 1]!; j++) outDegrees[i]! += weights[j]!;
    if (outDegrees[i] === 0) dangling.push(i);
    for (let j = starts[i]!; j < starts[i + 1]!; j++) normalized[j] = weights[j]! / outDegrees[i]!;
  }
  for (let iteration = 0; iteration < 100; iteration++) {
    const last = x;
    x = new Float64Array(N);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += last[i]!;
    dangleSum *= alpha;
    for (let i = 0; i < N; i++) {
      for (let j = starts[i]!; j < starts[i + 1]!; j++) x[neighborhood[j]!]! += alpha * last[i]! * normalized[j]!;
      x[i]! += dangleSum * p + (1 - alpha) * p;
    }
    let error = 0;
    for (let i = 0; i < N; i++) error += Math.abs(x[i]! - last[i]!);
    if (error < N * 1e-6) {
      const ranks: Record<string, number> = {};
      for (let i = 0; i < N; i++) ranks[nodes[i]!] = x[i]!;
      return ranks;
    }
  }
  throw new Error("metrics: PageRank did not converge in 100 iterations");
}

/** Plain code-unit order (locale-independent, so the same on every machine). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
