// One measurement of the benchmark, run in its own Node process (dist/bench/measure.js) so that
// the peak memory of one corpus size or mode never leaks into another. The parent (cli.ts) passes
// a JSON task as the only argument; the last line written to stdout is the JSON result.
//
// Modes: "floor" reads the corpus and splits it into tokens (ingest + tokenize only);
// "extract" only reads, analyses and extracts on `workers` threads, dropping the results (the
// streaming part alone: its memory stays flat whatever the corpus size);
// "build" runs buildGraph of src/pipeline.ts (what `kg build` runs) and then the exports, each timed.

import * as fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { listInputs, readArticles } from "../ingest/index.js";
import { tokenize } from "../text/index.js";
import type { KnowledgeGraph } from "../graph/assemble.js";
import { addMs, extractFiles } from "../parallel/index.js";
import { createProgress } from "../progress.js";
import { loadResources } from "../resources/load.js";
import { buildGraph } from "../pipeline.js";
import { FILE_NAMES, FORMATS, writeOutputs } from "../export/write.js";

/** What the parent asks for. */
export interface MeasureTask {
  mode: "floor" | "build" | "extract";
  /** The corpus folder. */
  dir: string;
  /** Worker threads (build). */
  workers?: number;
  /** Folder to write the exports into (build); none: no exports. */
  outDir?: string;
  /** Layout and metrics seed. */
  seed?: number;
  /** Show a progress bar on stderr (when it is a terminal). */
  progress?: boolean;
}

/** What one measurement found. Times in milliseconds, memory in bytes. */
export interface MeasureResult {
  mode: MeasureTask["mode"];
  workers?: number;
  files: number;
  articles: number;
  bytes: number;
  tokens?: number;
  /** Wall time of the whole measurement (build: up to the finished graph with metrics and layout, exports apart). */
  totalMs: number;
  /** Time per stage; ingest/text/extract are summed over threads when workers > 1. */
  ms: Record<string, number>;
  /** Wall time from the first file to the last extraction (the part workers share). */
  extractWallMs?: number;
  /**
   * CPU time of the whole process (every thread: workers, collector, thread pool) during the build
   * (to the finished graph) and during the exports: unlike wall times, it barely moves when other
   * processes load the machine.
   */
  cpuMs?: number;
  exportCpuMs?: number;
  nodes?: number;
  edges?: number;
  /** Per export format: time and bytes written. */
  exports?: { format: string; file: string; ms: number; bytes: number }[];
  exportMs?: number;
  /** Stages that could not run, with the reason (module not written yet …). */
  skipped: string[];
  peakRss: number;
  peakHeap: number;
}

/** Samples the heap (between awaits) and reads the peak RSS of the process at the end. */
function memoryProbe(): { stop(): { peakRss: number; peakHeap: number } } {
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed + m.external + m.arrayBuffers);
  };
  const timer = setInterval(sample, 20);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      // maxRSS is in kibibytes; it covers every thread of the process (workers included).
      return { peakRss: process.resourceUsage().maxRSS * 1024, peakHeap };
    },
  };
}

async function floor(task: MeasureTask): Promise<MeasureResult> {
  const probe = memoryProbe();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const { files } = await listInputs([task.dir]);
  let articles = 0;
  let bytes = 0;
  let tokens = 0;
  let tRead = 0;
  let tTok = 0;
  for (const file of files) {
    const t = performance.now();
    const read = await readArticles(file);
    const t1 = performance.now();
    for (const a of read.articles) {
      articles++;
      bytes += Buffer.byteLength(a.text);
      tokens += tokenize(a.text, a.lang ?? "ro").length;
    }
    tRead += t1 - t;
    tTok += performance.now() - t1;
  }
  const totalMs = performance.now() - t0;
  const cpuMs = cpuSince(cpu0);
  return { mode: "floor", files: files.length, articles, bytes, tokens, totalMs, cpuMs, ms: { ingest: tRead, tokenize: tTok }, skipped: [], ...probe.stop() };
}

async function extractOnly(task: MeasureTask): Promise<MeasureResult> {
  const probe = memoryProbe();
  const t0 = performance.now();
  const resources = loadResources();
  const ms: Record<string, number> = { resources: performance.now() - t0, ingest: 0, text: 0, extract: 0, cpu: 0 };
  const { files } = await listInputs([task.dir]);
  let articles = 0;
  let bytes = 0;
  const bar = createProgress({ total: files.length, quiet: !task.progress });
  const t = performance.now();
  for await (const r of extractFiles(files, { resources, workers: task.workers ?? 1, cpuTimes: true })) {
    addMs(ms as { ingest: number; text: number; extract: number; cpu: number }, r.ms);
    articles += r.extractions.length;
    bar.tick();
  }
  bar.done();
  const extractWallMs = performance.now() - t;
  for (const f of files) bytes += fs.statSync(f).size;
  return { mode: "extract", workers: task.workers ?? 1, files: files.length, articles, bytes, totalMs: performance.now() - t0, ms, extractWallMs, skipped: [], ...probe.stop() };
}

/** The build through `buildGraph` of src/pipeline.ts: exactly what `kg build` runs. */
async function build(task: MeasureTask): Promise<MeasureResult> {
  const probe = memoryProbe();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let bar: ReturnType<typeof createProgress> | undefined;
  let lastFile = t0;
  const { graph, stats } = await buildGraph([task.dir], {
    workers: task.workers ?? 1,
    cpuTimes: true,
    seed: task.seed ?? 42,
    onProgress: (done, total) => {
      bar ??= createProgress({ total, quiet: !task.progress });
      bar.tick();
      lastFile = performance.now();
    },
  });
  bar?.done();
  const totalMs = performance.now() - t0;
  const cpuMs = cpuSince(cpu0);
  let bytes = 0;
  for (const f of (await listInputs([task.dir])).files) bytes += fs.statSync(f).size;
  const result: MeasureResult = {
    mode: "build",
    workers: task.workers ?? 1,
    files: stats.files,
    articles: stats.articles,
    bytes,
    totalMs,
    ms: { ...stats.ms },
    // from the start to the last file extracted and assembled (the part the workers share)
    extractWallMs: lastFile - t0 - (stats.ms.assemble ?? 0),
    cpuMs,
    nodes: graph.order,
    edges: graph.size,
    skipped: [],
    peakRss: 0,
    peakHeap: 0,
  };
  if (task.outDir) Object.assign(result, await exportAll(graph, task.outDir));
  return { ...result, ...probe.stop() };
}

/**
 * Writes every export format with one `writeOutputs` call (as `kg build` does: the keys are sorted
 * once for all the files), timing each file as it lands and summing the sizes per format.
 */
async function exportAll(graph: KnowledgeGraph, outDir: string): Promise<Pick<MeasureResult, "exports" | "exportMs" | "exportCpuMs">> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const times = new Map<string, number>();
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  await writeOutputs(graph, outDir, FORMATS, { onWritten: (file, ms) => times.set(path.basename(file), ms) });
  const exportMs = performance.now() - t;
  const exportCpuMs = cpuSince(cpu0);
  const written = FORMATS.map((format) => {
    const names = FILE_NAMES[format];
    return {
      format,
      file: names.join(" + "),
      ms: names.reduce((n, name) => n + (times.get(name) ?? 0), 0),
      bytes: names.reduce((n, name) => n + fs.statSync(path.join(outDir, name)).size, 0),
    };
  });
  return { exports: written, exportMs, exportCpuMs };
}

/** Milliseconds of CPU (user + system, every thread of the process) since `start`. */
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Runs one task and returns its result. */
export async function measure(task: MeasureTask): Promise<MeasureResult> {
  return task.mode === "floor" ? floor(task) : task.mode === "extract" ? extractOnly(task) : build(task);
}

// Entry point when run as a script: `node dist/bench/measure.js '<task json>'`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const task = JSON.parse(process.argv[2] ?? "{}") as MeasureTask;
  measure(task).then(
    (r) => {
      process.stdout.write(`${JSON.stringify(r)}\n`);
      process.exit(0);
    },
    (e: Error) => {
      process.stderr.write(`${e.stack ?? e.message}\n`);
      process.exit(1);
    },
  );
}
