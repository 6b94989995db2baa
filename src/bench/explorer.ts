// Benchmark of the explorer (not a test): generates random graphs of the given sizes, serves the
// built viewer (dist/web) with each, and measures in headless chromium the time to first render
// and the time to highlight a neighbourhood (hover). Run: node dist/bench/explorer.js 1000 10000 50000
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { MultiDirectedGraph } from "graphology";
import { chromium } from "playwright-core";
import type { EdgeAttributes, NodeAttributes, NodeKind } from "../types.js";
import { serve } from "../serve/index.js";
import { KIND_COLORS } from "../graph/appearance.js";
import { mulberry32 } from "../graph/random.js";

/** One measured size. */
export interface Row {
  nodes: number;
  edges: number;
  /** Size of graph.json in bytes. */
  bytes: number;
  /** ms from navigation start to the first frame drawn with the graph (fetch + parse + index + draw). */
  firstRenderMs: number;
  /** Median ms to redraw with a hub's neighbourhood highlighted (hover), over `DEFAULTS.highlightRuns`. */
  highlightMs: number;
}

/** Benchmark settings. */
export const DEFAULTS = {
  chromium: process.env.KG_CHROMIUM ?? "/usr/bin/chromium",
  /** Average out-degree of the random graphs. */
  edgesPerNode: 2,
  highlightRuns: 7,
  seed: 42,
  viewport: { width: 1280, height: 800 },
  timeoutMs: 180_000,
} as const;

/** The page's global object as the bench sees it (src/ has no DOM types). */
declare const window: { __kg?: { ready: boolean; firstRenderMs: number; stages: Record<string, number>; error?: string; highlight(key?: string): number } };

const KINDS: NodeKind[] = ["person", "person", "person", "organization", "country", "place", "group", "meeting", "meeting", "topic", "article"];
const COLORS = KIND_COLORS;

/**
 * A random graph shaped like the builder's output: kinds, labels, aliases, positions in clusters,
 * sizes by degree, skewed degrees (a few hubs), evidence on edges. Deterministic for a seed.
 */
export function randomGraph(order: number, seed: number = DEFAULTS.seed): MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  const random = mulberry32(seed);
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const clusters = Math.max(1, Math.round(Math.sqrt(order) / 3));
  for (let i = 0; i < order; i++) {
    const kind = KINDS[Math.floor(random() * KINDS.length)] ?? "person";
    const cluster = Math.floor(random() * clusters);
    const angle = (2 * Math.PI * cluster) / clusters;
    const spread = 30 * Math.sqrt(order / clusters);
    const r = spread * Math.sqrt(random());
    const a = 2 * Math.PI * random();
    const label = `${kind} ${i.toString(36)}`;
    graph.addNode(`${kind}:n${i}`, {
      kind,
      label,
      aliases: [label, `alias ${i}`],
      mentions: 1 + Math.floor(random() * 5),
      articles: ["bench"],
      x: Math.cos(angle) * spread * 3 + r * Math.cos(a),
      y: Math.sin(angle) * spread * 3 + r * Math.sin(a),
      size: 3,
      color: COLORS[kind],
      ...(kind === "meeting" ? { status: "happened" as const, date: "2025-12-18" } : {}),
    });
  }
  const keys = graph.nodes();
  const edges = order * DEFAULTS.edgesPerNode;
  for (let e = 0; e < edges; e++) {
    const source = keys[Math.floor(random() * keys.length)]!;
    // skewed target: low indexes are hubs
    const target = keys[Math.floor(keys.length * random() ** 3)]!;
    if (source === target) continue;
    graph.addDirectedEdge(source, target, {
      relation: "participates_in",
      label: "participates in",
      weight: 1,
      size: 1,
      color: "#c8c8c8",
      modality: "asserted",
      evidence: [{ article: "bench", sentence: 0, start: 0, end: 20, text: "A generated sentence." }],
    });
  }
  graph.forEachNode((key) => graph.setNodeAttribute(key, "size", 2 + Math.min(20, Math.sqrt(graph.degree(key)) * 1.5)));
  return graph;
}

/** Measures each size in a fresh page; needs the viewer built (npm run prepare) and chromium. */
export async function benchExplorer(sizes: number[]): Promise<Row[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kg-bench-"));
  const browser = await chromium.launch({
    executablePath: DEFAULTS.chromium,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader"],
  });
  const rows: Row[] = [];
  try {
    for (const size of sizes) {
      const graph = randomGraph(size);
      const file = path.join(dir, `graph-${size}.json`);
      const json = JSON.stringify(graph.export());
      await writeFile(file, json);
      let hub = "";
      let best = -1;
      graph.forEachNode((key) => {
        const degree = graph.degree(key);
        if (degree > best) [hub, best] = [key, degree];
      });
      const server = await serve({ graph: file, port: 0 });
      const page = await browser.newPage({ viewport: DEFAULTS.viewport });
      try {
        await page.goto(`${server.url}?kgtest=1`);
        await page.waitForFunction(() => window.__kg?.ready === true, null, { timeout: DEFAULTS.timeoutMs });
        const result = await page.evaluate(
          ({ hub, runs }) => {
            const kg = window.__kg!;
            const times: number[] = [];
            for (let i = 0; i < runs; i++) {
              times.push(kg.highlight(hub));
              kg.highlight(undefined);
            }
            times.sort((a, b) => a - b);
            return { stages: kg.stages, first: kg.firstRenderMs, highlight: times[Math.floor(times.length / 2)] ?? Number.NaN, error: kg.error };
          },
          { hub, runs: DEFAULTS.highlightRuns },
        );
        if (process.env.KG_BENCH_DEBUG) console.error(size, result.stages);
        if (result.error) throw new Error(`bench: the page could not load the ${size}-node graph (${result.error})`);
        rows.push({ nodes: graph.order, edges: graph.size, bytes: Buffer.byteLength(json), firstRenderMs: Math.round(result.first), highlightMs: Math.round(result.highlight * 10) / 10 });
      } finally {
        await page.close();
        await server.close();
      }
    }
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  benchExplorer(sizes.length ? sizes : [1000, 10_000, 50_000]).then(
    (rows) => console.table(rows),
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
