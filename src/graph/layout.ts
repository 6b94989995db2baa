// Node positions for the graph: seeded start positions, ForceAtlas2, then noverlap.
// Same graph + same options → the same x, y on every run (rounded for byte-stable exports).
// Run it after applyAppearance: noverlap uses the node `size` to keep discs apart.
//
// Large graphs are laid out in two levels. Most of their nodes are articles and meetings: leaves
// hanging off a much smaller core of actors, places and topics (10k articles: ~63k leaves, ~2.4k
// core). ForceAtlas2's Barnes-Hut repulsion costs ~1.8 s per pass on 66k nodes here, so above
// `coreAbove` nodes it runs on the core alone, where two actors are pulled together by every
// meeting they share (its participants, place and topics joined pairwise), and each leaf is then
// placed at the centre of its core neighbours, with a small seeded offset so leaves that share
// neighbours do not sit on one point.

import forceAtlas2Module from "graphology-layout-forceatlas2";
import noverlapModule from "graphology-layout-noverlap";
import { UndirectedGraph, type MultiDirectedGraph } from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../types.js";
import { hashString, mulberry32 } from "./random.js";

export interface LayoutOptions {
  /** false: only the seeded start positions (so every node still has x, y), no ForceAtlas2. */
  enabled: boolean;
  /** Seed of the start positions. */
  seed: number;
  /** ForceAtlas2 iterations; undefined → a budget from the graph size (500 small … 50 at 50k nodes). */
  iterations?: number;
  /** Use the Barnes-Hut approximation above this many nodes. */
  barnesHutAbove: number;
  /** noverlap iterations after ForceAtlas2 (0 to skip); undefined → a budget from the graph size. */
  noverlapIterations?: number;
  /** Decimals kept in x and y. */
  decimals: number;
  /** Above this many nodes, lay out the core only and place articles and meetings around it. */
  coreAbove: number;
}

/** Defaults of {@link layoutGraph}. */
export const LAYOUT_DEFAULTS: Readonly<LayoutOptions> = Object.freeze({
  enabled: true,
  seed: 42,
  iterations: undefined,
  barnesHutAbove: 1000,
  noverlapIterations: undefined,
  decimals: 2,
  coreAbove: 5000,
});

/** Node kinds laid out as leaves around the core in large graphs. */
const LEAF_KINDS: ReadonlySet<string> = new Set(["article", "meeting"]);
/** A leaf with more core neighbours than this pulls no pairs together (an article naming 30 actors says little about each pair). */
const MAX_PAIRING_DEGREE = 8;

// These packages are CommonJS whose typings say `export default`: under NodeNext the default
// import is the module object itself at run time, so the typings need this cast.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;
const noverlap = noverlapModule as unknown as typeof noverlapModule.default;

type KgGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/**
 * ForceAtlas2 iteration budget for a graph of `order` nodes: 500 up to 500 nodes, then
 * shrinking with the square root of the size, never below 50 (50 000 nodes → 50).
 */
export function iterationBudget(order: number): number {
  if (order <= 300) return 500;
  return Math.max(50, Math.round(500 * (300 / order) ** 0.75));
}

/**
 * noverlap iteration budget: 100 up to 1000 nodes, 20 up to 5000, none above (measured: 30 passes
 * on 5000 nodes took ~11 s and 10 passes on 20 000 took ~48 s on the 2-core build machine).
 * It stops early anyway once nothing overlaps.
 */
export function noverlapBudget(order: number): number {
  if (order <= 1000) return 100;
  if (order <= 5000) return 20;
  return 0;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}

function resolve(options: Partial<LayoutOptions> | undefined): LayoutOptions {
  const resolved: LayoutOptions = { ...LAYOUT_DEFAULTS, ...options };
  if (resolved.iterations !== undefined && (!Number.isInteger(resolved.iterations) || resolved.iterations < 0)) {
    throw new Error(`layout: iterations must be a non-negative integer, got ${resolved.iterations}; pass e.g. 300 or leave it out`);
  }
  if (!Number.isFinite(resolved.seed)) {
    throw new Error(`layout: seed must be a finite number, got ${resolved.seed}`);
  }
  return resolved;
}

/**
 * Lays the graph out in place: writes `x` and `y` on every node.
 * Start positions depend only on each node's key and the seed (not on node order), so a node
 * keeps its start when others are added. Deterministic: same input → same positions.
 */
export function layoutGraph(graph: KgGraph, options?: Partial<LayoutOptions>): void {
  const opts = resolve(options);
  const order = graph.order;
  if (order === 0) return;

  // Seeded start: a disc whose radius grows with √n so density stays about constant.
  const radius = 10 * Math.sqrt(order);
  graph.forEachNode((key) => {
    const rng = mulberry32(hashString(key, opts.seed));
    const angle = rng() * 2 * Math.PI;
    const distance = radius * Math.sqrt(rng());
    graph.mergeNodeAttributes(key, { x: distance * Math.cos(angle), y: distance * Math.sin(angle) });
  });

  if (opts.enabled && graph.size > 0) {
    if (order > opts.coreAbove) layoutCoreAndLeaves(graph, opts);
    else forceDirected(graph, opts);
  }

  graph.forEachNode((key, attributes) => {
    const x = Number.isFinite(attributes.x) ? (attributes.x as number) : 0;
    const y = Number.isFinite(attributes.y) ? (attributes.y as number) : 0;
    graph.mergeNodeAttributes(key, { x: round(x, opts.decimals), y: round(y, opts.decimals) });
  });
}

/** ForceAtlas2 (Barnes-Hut when large) then noverlap, on the whole of `graph`, each with its budget. */
function forceDirected(graph: KgGraph | UndirectedGraph, opts: LayoutOptions): void {
  const order = graph.order;
  const iterations = opts.iterations ?? iterationBudget(order);
  if (iterations > 0 && graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations,
      settings: { ...forceAtlas2Module.inferSettings(graph), barnesHutOptimize: order > opts.barnesHutAbove },
      getEdgeWeight: (_edge: string, attributes: Record<string, unknown>) => {
        const weight = attributes.weight;
        return typeof weight === "number" && Number.isFinite(weight) && weight > 0 ? weight : 1;
      },
    });
  }
  const noverlapIterations = opts.noverlapIterations ?? noverlapBudget(order);
  if (noverlapIterations > 0) {
    noverlap.assign(graph, { maxIterations: noverlapIterations, settings: { margin: 2, ratio: 1.2 } });
  }
}

/**
 * The two-level layout of large graphs (see the top of this file), in three passes:
 * 1. ForceAtlas2 on the core nodes that something pulls (a direct link or a shared meeting);
 * 2. each leaf (article, meeting) at the centre of its laid-out core neighbours;
 * 3. the rest (a place or person only articles mention, a leaf with no laid-out neighbour) at the
 *    centre of its neighbours placed so far, else at its seeded start scaled to the layout's size.
 * Each node placed at a centre is offset by a seeded step, so nodes that share neighbours fan out.
 */
function layoutCoreAndLeaves(graph: KgGraph, opts: LayoutOptions): void {
  const isCore = new Set<string>();
  graph.forEachNode((key, a) => {
    if (!LEAF_KINDS.has(a.kind)) isCore.add(key);
  });
  // The pull between two core nodes, summed per pair (either way round) in the order the pulls
  // come; each pair keeps the ends of its first pull, and the pairs their first-seen order.
  const pairs = new Map<string, Map<string, { source: string; target: string; weight: number }>>();
  const order: { source: string; target: string; weight: number }[] = [];
  const pull = (a: string, b: string, weight: number): void => {
    if (a === b) return;
    const [low, high] = a < b ? [a, b] : [b, a];
    let row = pairs.get(low);
    if (!row) pairs.set(low, (row = new Map()));
    const seen = row.get(high);
    if (seen) seen.weight += weight;
    else {
      const pair = { source: a, target: b, weight };
      row.set(high, pair);
      order.push(pair);
    }
  };
  // Direct links between core nodes (roles, stances …).
  graph.forEachEdge((_edge, a, source, target) => {
    if (isCore.has(source) && isCore.has(target)) pull(source, target, a.weight > 0 ? a.weight : 1);
  });
  // Each meeting's core neighbours, pairwise, weighted so a meeting adds the same pull whatever its size.
  graph.forEachNode((key, a) => {
    if (a.kind !== "meeting") return;
    const list: string[] = [];
    graph.forEachNeighbor(key, (n) => {
      if (isCore.has(n)) list.push(n);
    });
    if (list.length < 2 || list.length > MAX_PAIRING_DEGREE) return;
    list.sort();
    const weight = 1 / (list.length - 1);
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) pull(list[i]!, list[j]!, weight);
  });
  // The core graph: the core nodes something pulls, in graph order, then the pairs as edges (keyed
  // by their ends: unique, so graphology generates no key), in first-seen order.
  const pulled = new Set<string>();
  for (const { source, target } of order) pulled.add(source).add(target);
  const core = new UndirectedGraph<{ x: number; y: number; size?: number }, { weight: number }>();
  graph.forEachNode((key, a) => {
    if (pulled.has(key)) core.addNode(key, { x: a.x!, y: a.y!, ...(a.size !== undefined ? { size: a.size } : {}) });
  });
  for (const { source, target, weight } of order) core.addEdgeWithKey(`${source}\u0000${target}`, source, target, { weight });
  forceDirected(core, opts);

  const placed = new Map<string, { x: number; y: number }>();
  let extent = 1;
  core.forEachNode((key, a) => {
    placed.set(key, { x: a.x, y: a.y });
    extent = Math.max(extent, Math.abs(a.x), Math.abs(a.y));
  });
  const step = extent / Math.sqrt(Math.max(1, core.order));
  /** The centre of `key`'s neighbours that have a position in `from`, plus its seeded offset; undefined when none has. */
  const centreOf = (key: string, from: ReadonlyMap<string, { x: number; y: number }>): { x: number; y: number } | undefined => {
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachNeighbor(key, (neighbour) => {
      const p = from.get(neighbour);
      if (!p) return;
      x += p.x;
      y += p.y;
      n++;
    });
    if (n === 0) return undefined;
    const rng = mulberry32(hashString(key, opts.seed + 1));
    const angle = rng() * 2 * Math.PI;
    const distance = step * (0.5 + rng());
    return { x: x / n + distance * Math.cos(angle), y: y / n + distance * Math.sin(angle) };
  };
  // Pass 2 reads the core positions only, so leaves do not depend on each other.
  const corePositions = new Map(placed);
  graph.forEachNode((key, a) => {
    if (!LEAF_KINDS.has(a.kind)) return;
    const p = centreOf(key, corePositions);
    if (p) placed.set(key, p);
  });
  // Pass 3, in key order so the result does not depend on insertion order.
  const radius = 10 * Math.sqrt(graph.order);
  for (const key of graph.nodes().filter((k) => !placed.has(k)).sort()) {
    const a = graph.getNodeAttributes(key);
    placed.set(key, centreOf(key, placed) ?? { x: (a.x! / radius) * extent, y: (a.y! / radius) * extent });
  }
  graph.forEachNode((key) => graph.mergeNodeAttributes(key, placed.get(key)!));
}
