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
import { Worker } from "node:worker_threads";
import { compiledScript } from "../compiled.js";
import { MultiUndirectedGraph, UndirectedGraph, type MultiDirectedGraph } from "graphology";
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
  /** startLayout: ForceAtlas2 on a worker thread for this many nodes or more (0: always, once compiled). */
  workerAbove?: number;
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
  const plan = planLayout(graph, options);
  plan.finish(plan.input ? forceAtlas2Positions(plan.input) : undefined);
}

/**
 * {@link layoutGraph} with its ForceAtlas2 run on a worker thread: call it once the graph is
 * assembled, compute the metrics and appearance meanwhile, then await `finish()`. ForceAtlas2
 * reads the graph's structure only (node sizes matter to noverlap alone, which runs in `finish`),
 * so the positions are the ones layoutGraph gives. Without a worker script (running from the
 * TypeScript sources without dist/), or for small inputs, ForceAtlas2 runs in `finish()`.
 * Do not add or remove nodes or edges before `finish()`; their attributes may change.
 */
export function startLayout(graph: KgGraph, options?: Partial<LayoutOptions>): { onThread: boolean; finish(): Promise<void> } {
  const plan = planLayout(graph, options);
  const input = plan.input;
  const script = input && input.keys.length >= (options?.workerAbove ?? WORKER_ABOVE) ? forceWorkerScript() : undefined;
  const positions = script && input ? forceAtlas2InWorker(script, input) : undefined;
  // Rejections are handled in finish(); until then do not let one count as unhandled.
  positions?.catch(() => {});
  return {
    onThread: positions !== undefined,
    async finish() {
      plan.finish(positions ? await positions : input ? forceAtlas2Positions(input) : undefined);
    },
  };
}

/** Fewer ForceAtlas2 nodes than this run in the calling thread (a worker takes ~50 ms to start). */
const WORKER_ABOVE = 500;

/**
 * What ForceAtlas2 reads of the graph it lays out: nodes (key, start) and edges (ends, weight) in
 * graph order, and its settings. Typed arrays and strings, cheap to hand to another thread.
 */
export interface ForceInput {
  keys: string[];
  x: Float64Array;
  y: Float64Array;
  /** Ends of each edge, as indices into `keys`. */
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
  iterations: number;
  barnesHut: boolean;
}

/**
 * ForceAtlas2 on `input`: x and y of each node in `keys` order (x0, y0, x1, y1 …). The graph is
 * rebuilt with the same nodes and edges in the same order, which is all ForceAtlas2 reads (its
 * matrices hold the positions, the masses from the weighted degrees, and the edges), so the
 * positions are those ForceAtlas2 gives on the original graph.
 */
export function forceAtlas2Positions(input: ForceInput): Float64Array {
  const graph = new MultiUndirectedGraph<{ x: number; y: number }, { weight: number }>();
  const { keys, x, y, sources, targets, weights } = input;
  keys.forEach((key, i) => graph.addNode(key, { x: x[i]!, y: y[i]! }));
  for (let e = 0; e < sources.length; e++) graph.addEdge(keys[sources[e]!]!, keys[targets[e]!]!, { weight: weights[e]! });
  if (input.iterations > 0 && graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations: input.iterations,
      settings: { ...forceAtlas2Module.inferSettings(graph), barnesHutOptimize: input.barnesHut },
      getEdgeWeight: "weight",
    });
  }
  const positions = new Float64Array(2 * keys.length);
  let i = 0;
  graph.forEachNode((_key, a) => {
    positions[i++] = a.x;
    positions[i++] = a.y;
  });
  return positions;
}

/** The worker script of forceAtlas2Positions (dist/graph/force-worker.js), or undefined when not compiled. */
function forceWorkerScript(): URL | undefined {
  return compiledScript(import.meta.url, "graph", "force-worker.js");
}

function forceAtlas2InWorker(script: URL, input: ForceInput): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    worker.once("message", (positions: Float64Array) => {
      resolve(positions);
      void worker.terminate();
    });
    worker.once("error", (e) => reject(new Error(`layout: the ForceAtlas2 thread failed: ${e.message}`)));
    worker.once("exit", (code) => reject(new Error(`layout: the ForceAtlas2 thread exited (code ${code}) before answering`)));
  });
}

type Point = { x: number; y: number };

/**
 * The layout in two halves around ForceAtlas2: `input` is what ForceAtlas2 lays out (the whole
 * graph, or its core in large graphs; none when there is nothing to run), and `finish` writes every
 * node's x and y from ForceAtlas2's positions (undefined: the start positions). Nothing is written
 * on the graph before `finish`, so the node attributes keep their order (x and y last).
 */
function planLayout(graph: KgGraph, options?: Partial<LayoutOptions>): { input?: ForceInput; finish(positions?: Float64Array): void } {
  const opts = resolve(options);
  const order = graph.order;
  if (order === 0) return { finish() {} };

  // Seeded start: a disc whose radius grows with √n so density stays about constant.
  const radius = 10 * Math.sqrt(order);
  const start = (key: string): Point => {
    const rng = mulberry32(hashString(key, opts.seed));
    const angle = rng() * 2 * Math.PI;
    const distance = radius * Math.sqrt(rng());
    return { x: distance * Math.cos(angle), y: distance * Math.sin(angle) };
  };
  const write = (position: (key: string) => Point): void => {
    graph.forEachNode((key) => {
      const { x, y } = position(key);
      graph.mergeNodeAttributes(key, { x: round(Number.isFinite(x) ? x : 0, opts.decimals), y: round(Number.isFinite(y) ? y : 0, opts.decimals) });
    });
  };

  if (!opts.enabled || graph.size === 0) return { finish: () => write(start) };
  if (order > opts.coreAbove) return planCoreAndLeaves(graph, opts, start, write);

  // The whole graph: ForceAtlas2, then noverlap on the graph itself (it reads the node sizes).
  const keys = graph.nodes();
  const index = new Map(keys.map((key, i) => [key, i]));
  const edges: [number, number, number][] = [];
  graph.forEachEdge((_edge, a, source, target) => edges.push([index.get(source)!, index.get(target)!, edgeWeight(a)]));
  const input = forceInput(keys, start, edges, opts.iterations ?? iterationBudget(order), order > opts.barnesHutAbove);
  return {
    input,
    finish(positions) {
      keys.forEach((key, i) => graph.mergeNodeAttributes(key, positions ? { x: positions[2 * i]!, y: positions[2 * i + 1]! } : start(key)));
      const noverlapIterations = opts.noverlapIterations ?? noverlapBudget(order);
      if (noverlapIterations > 0) noverlap.assign(graph, { maxIterations: noverlapIterations, settings: { margin: 2, ratio: 1.2 } });
      write((key) => graph.getNodeAttributes(key) as Point);
    },
  };
}

function edgeWeight(attributes: { weight?: unknown }): number {
  const weight = attributes.weight;
  return typeof weight === "number" && Number.isFinite(weight) && weight > 0 ? weight : 1;
}

function forceInput(
  keys: string[],
  start: (key: string) => Point,
  edges: readonly (readonly [number, number, number])[],
  iterations: number,
  barnesHut: boolean,
): ForceInput {
  const x = new Float64Array(keys.length);
  const y = new Float64Array(keys.length);
  keys.forEach((key, i) => {
    const p = start(key);
    x[i] = p.x;
    y[i] = p.y;
  });
  return {
    keys,
    x,
    y,
    sources: Uint32Array.from(edges, (e) => e[0]),
    targets: Uint32Array.from(edges, (e) => e[1]),
    weights: Float64Array.from(edges, (e) => e[2]),
    iterations,
    barnesHut,
  };
}

/**
 * The two-level layout of large graphs (see the top of this file), in three passes:
 * 1. ForceAtlas2, then noverlap, on the core nodes something pulls (a direct link or a shared meeting);
 * 2. each leaf (article, meeting) at the centre of its laid-out core neighbours;
 * 3. the rest (a place or person only articles mention, a leaf with no laid-out neighbour) at the
 *    centre of its neighbours placed so far, else at its seeded start scaled to the layout's size.
 * Each node placed at a centre is offset by a seeded step, so nodes that share neighbours fan out.
 */
function planCoreAndLeaves(
  graph: KgGraph,
  opts: LayoutOptions,
  start: (key: string) => Point,
  write: (position: (key: string) => Point) => void,
): { input: ForceInput; finish(positions?: Float64Array): void } {
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
  // The core: the core nodes something pulls, in graph order, joined by the pairs in first-seen order.
  const pulled = new Set<string>();
  for (const { source, target } of order) pulled.add(source).add(target);
  const keys = graph.filterNodes((key) => pulled.has(key));
  const index = new Map(keys.map((key, i) => [key, i]));
  const edges = order.map(({ source, target, weight }) => [index.get(source)!, index.get(target)!, weight] as const);
  const input = forceInput(keys, start, edges, opts.iterations ?? iterationBudget(keys.length), keys.length > opts.barnesHutAbove);

  return {
    input,
    finish(positions) {
      // noverlap on the core, with the node sizes the graph has by now.
      const core = new UndirectedGraph<{ x: number; y: number; size?: number }>();
      keys.forEach((key, i) => {
        const { x, y } = positions ? { x: positions[2 * i]!, y: positions[2 * i + 1]! } : start(key);
        const size = graph.getNodeAttribute(key, "size");
        core.addNode(key, { x, y, ...(size !== undefined ? { size } : {}) });
      });
      const noverlapIterations = opts.noverlapIterations ?? noverlapBudget(core.order);
      if (noverlapIterations > 0) noverlap.assign(core, { maxIterations: noverlapIterations, settings: { margin: 2, ratio: 1.2 } });

      const placed = new Map<string, Point>();
      let extent = 1;
      core.forEachNode((key, a) => {
        placed.set(key, { x: a.x, y: a.y });
        extent = Math.max(extent, Math.abs(a.x), Math.abs(a.y));
      });
      const step = extent / Math.sqrt(Math.max(1, core.order));
      /** The centre of `key`'s neighbours that have a position in `from`, plus its seeded offset; undefined when none has. */
      const centreOf = (key: string, from: ReadonlyMap<string, Point>): Point | undefined => {
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
        const s = start(key);
        placed.set(key, centreOf(key, placed) ?? { x: (s.x / radius) * extent, y: (s.y / radius) * extent });
      }
      write((key) => placed.get(key)!);
    },
  };
}
