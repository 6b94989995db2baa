// The whole build: files → articles → documents → extractions → graph (with metrics, layout and
// appearance). Reads one file at a time, so memory holds the graph, not the corpus.

import { listInputs } from "./ingest/index.js";
import { extractFiles } from "./parallel/index.js";
import { createAssembler, type KnowledgeGraph } from "./graph/assemble.js";
import { computeMetrics } from "./graph/metrics.js";
import { startLayout } from "./graph/layout.js";
import { applyAppearance } from "./graph/appearance.js";
import { loadResources, type Resources } from "./resources/load.js";
import type { Lang, Rejection } from "./types.js";

export interface BuildOptions {
  /** Language of every article; "auto" detects it per article. */
  lang: Lang | "auto";
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Most articles read; the rest are rejected with a message. */
  maxArticles: number;
  /** Run ForceAtlas2 + noverlap (ForceAtlas2 on a worker thread, beside the metrics). */
  layout: boolean;
  /** Node size by this metric. */
  sizeBy: "pagerank" | "weightedDegree" | "degree";
  /** Seed of the layout and of the communities. */
  seed: number;
  /** Extraction threads (default: the cores; few files always run in this thread). */
  workers?: number;
  /** Measure the CPU time of each file's extraction (`stats.ms.extractCpu`; the bench asks). */
  cpuTimes?: boolean;
  /** Called after each file, for progress bars. */
  onProgress?: (done: number, total: number) => void;
  /** Knowledge base and lexicons (default: the project's data/). */
  resources?: Resources;
}

export const BUILD_DEFAULTS: Readonly<BuildOptions> = Object.freeze({
  lang: "auto",
  maxFileBytes: 16 * 1024 * 1024,
  maxArticles: 200_000,
  layout: true,
  sizeBy: "pagerank",
  seed: 42,
});

export interface BuildStats {
  files: number;
  articles: number;
  rejected: number;
  /**
   * Milliseconds per stage; ingest, text and extract are elapsed times summed over the threads, and
   * `extractCpu` the CPU time of those three stages, summed over the threads, when `cpuTimes` asked
   * for it (else their elapsed time; see StageMs.cpu).
   * `layout` is what the layout takes after the metrics (its ForceAtlas2 runs beside them).
   */
  ms: { resources: number; ingest: number; text: number; extract: number; extractCpu: number; assemble: number; metrics: number; layout: number };
}

export interface BuildResult {
  graph: KnowledgeGraph;
  rejections: Rejection[];
  stats: BuildStats;
}

/**
 * Builds the knowledge graph of every article under `paths`. Files are read, analysed and
 * extracted on worker threads when there are many (results come back in file order), and
 * assembled one at a time, so memory holds the graph and a few files, never the corpus.
 * Stage times in `stats.ms` are summed over threads.
 */
export async function buildGraph(paths: string[], options: Partial<BuildOptions> = {}): Promise<BuildResult> {
  const opts = resolveBuildOptions(options);
  const ms = { resources: 0, ingest: 0, text: 0, extract: 0, extractCpu: 0, assemble: 0, metrics: 0, layout: 0 };
  let t = performance.now();
  const resources = opts.resources ?? loadResources();
  const lap = (stage: keyof typeof ms): void => {
    const now = performance.now();
    ms[stage] += now - t;
    t = now;
  };

  lap("resources");
  const { files, rejections } = await listInputs(paths, { maxFileBytes: opts.maxFileBytes });
  lap("ingest");
  const assembler = createAssembler();
  let articles = 0;
  let done = 0;
  for await (const result of extractFiles(files, {
    resources,
    lang: opts.lang,
    maxFileBytes: opts.maxFileBytes,
    maxArticles: opts.maxArticles,
    ...(opts.workers ? { workers: opts.workers } : {}),
    ...(opts.cpuTimes ? { cpuTimes: true } : {}),
  })) {
    rejections.push(...result.rejections);
    ms.ingest += result.ms.ingest;
    ms.text += result.ms.text;
    ms.extract += result.ms.extract;
    ms.extractCpu += result.ms.cpu;
    t = performance.now();
    for (const x of result.extractions) {
      assembler.add(x);
      articles++;
    }
    lap("assemble");
    opts.onProgress?.(++done, files.length);
  }
  const graph = assembler.finish();
  lap("assemble");
  // ForceAtlas2 reads the graph's structure only: it runs on another thread (the workers are done)
  // while this one computes the metrics and sizes; noverlap and the rest of the layout follow.
  const layout = opts.layout ? startLayout(graph, { seed: opts.seed }) : undefined;
  computeMetrics(graph, { seed: opts.seed });
  applyAppearance(graph, { sizeBy: opts.sizeBy });
  lap("metrics");
  await layout?.finish();
  lap("layout");
  return { graph, rejections, stats: { files: files.length, articles, rejected: rejections.length, ms } };
}

/** Merges options over the defaults and checks them. */
export function resolveBuildOptions(options: Partial<BuildOptions>): BuildOptions {
  const o: BuildOptions = { ...BUILD_DEFAULTS, ...stripUndefined(options) };
  if (!["ro", "en", "auto"].includes(o.lang)) throw new Error(`build: --lang must be ro, en or auto, got "${o.lang}"`);
  if (!(o.maxFileBytes > 0)) throw new Error(`build: the largest file size must be a positive number of bytes`);
  if (!(o.maxArticles > 0)) throw new Error(`build: the most articles must be a positive number`);
  if (o.workers !== undefined && !(Number.isInteger(o.workers) && o.workers >= 1)) throw new Error("build: --workers must be a positive whole number");
  if (!["pagerank", "weightedDegree", "degree"].includes(o.sizeBy)) throw new Error(`build: --size-by must be pagerank, weightedDegree or degree`);
  return o;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
