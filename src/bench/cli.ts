// The benchmark: `npm run bench [-- --sizes 1000,10000] [--full] [--workers 1,2] [--out bench-results/bench.json]`.
// For each size it generates (or reuses) a synthetic corpus, then measures, each in its own process:
// the FLOOR (read + tokenize only) and the build (per stage, peak memory, exports) with 1 and N
// worker threads. Ratios to the floor make the figures comparable across noisy machines.
// Prints a table and writes the figures as JSON.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { GENERATOR_VERSION, generateCorpus, readManifest, type CorpusManifest } from "./corpus.js";
import type { MeasureResult, MeasureTask } from "./measure.js";

/** Default options of the benchmark. */
export const BENCH_DEFAULTS = Object.freeze({
  sizes: [1000, 10_000] as readonly number[],
  fullSize: 100_000,
  seed: 1,
  out: "bench-results/bench.json",
  cacheDir: path.join(os.tmpdir(), "kg-bench"),
  explorerSizes: [1000, 10_000, 50_000] as readonly number[],
});

/** The targets the figures are reported against (never asserted in tests). */
export const TARGETS = Object.freeze({ size: 10_000, buildWithExportsMs: 15_000, peakRssBytes: 1.5 * 1024 ** 3, extractFloorRatio: 8 });

/** Everything one size gave. */
export interface SizeReport {
  size: number;
  corpus: CorpusManifest & { dir: string; generatedMs?: number };
  floor: MeasureResult;
  builds: (MeasureResult & { buildFloorRatio: number; extractFloorRatio: number; articlesPerSecond: number; mbPerSecond: number })[];
}

const MB = 1024 * 1024;

function parseList(value: string | undefined, fallback: readonly number[], name: string): number[] {
  if (value === undefined) return [...fallback];
  const list = value.split(",").map((s) => Number(s.trim()));
  if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bench: --${name} takes positive integers separated by commas, got "${value}"`);
  return list;
}

/** A corpus of `size` articles: reused from the cache when its manifest matches, else generated. */
function corpusFor(size: number, seed: number, cacheDir: string, fresh: boolean): SizeReport["corpus"] {
  const dir = path.join(cacheDir, `${size}-s${seed}-g${GENERATOR_VERSION}`);
  const m = readManifest(dir);
  if (!fresh && m && m.generator === GENERATOR_VERSION && m.seed === seed && m.articles === size) return { ...m, dir };
  process.stderr.write(`bench: generating ${size} articles in ${dir} …\n`);
  const t = performance.now();
  const manifest = generateCorpus({ articles: size, seed, dir });
  return { ...manifest, dir, generatedMs: performance.now() - t };
}

/** Runs one measurement in a child process and returns its result. */
function runMeasure(task: MeasureTask): MeasureResult {
  const script = fileURLToPath(new URL("./measure.js", import.meta.url));
  const child = spawnSync(process.execPath, [script, JSON.stringify(task)], { stdio: ["ignore", "pipe", "inherit"], encoding: "utf8", maxBuffer: 64 * MB });
  if (child.status !== 0) throw new Error(`bench: the ${task.mode} measurement failed (exit ${child.status}); see the error above`);
  const last = child.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(last) as MeasureResult;
}

const s = (ms: number): string => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : "–");
const mb = (bytes: number): string => (bytes / MB).toFixed(1);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  ")).join("\n");
}

/** The report as text: one table of runs, one of stages, one of exports, and the targets. */
export function formatReport(reports: SizeReport[], explorer: string[]): string {
  const lines: string[] = [];
  const runs: string[][] = [["articles", "run", "MB", "time s", "art/s", "MB/s", "×floor", "extract ×floor", "peak RSS MB", "peak heap MB", "nodes", "edges"]];
  const stages: string[][] = [["articles", "run", "ingest", "text", "extract", "(extract CPU)", "(extract wall)", "assemble", "metrics", "layout", "exports", "process CPU", "exports CPU"]];
  const exportsRows: string[][] = [["articles", "file", "ms", "MB"]];
  for (const r of reports) {
    runs.push([String(r.size), "floor (read+tokenize)", mb(r.corpus.bytes), s(r.floor.totalMs), (r.floor.articles / (r.floor.totalMs / 1000)).toFixed(0), (r.floor.bytes / MB / (r.floor.totalMs / 1000)).toFixed(1), "1.0", "", mb(r.floor.peakRss), mb(r.floor.peakHeap), "", ""]);
    for (const b of r.builds) {
      const label = `${b.mode === "extract" ? "extract only" : "build"}, ${b.workers} worker${b.workers === 1 ? "" : "s"}`;
      runs.push([String(r.size), label, mb(r.corpus.bytes), s(b.totalMs), b.articlesPerSecond.toFixed(0), b.mbPerSecond.toFixed(2), b.buildFloorRatio.toFixed(1), b.extractFloorRatio.toFixed(1), mb(b.peakRss), mb(b.peakHeap), String(b.nodes ?? "–"), String(b.edges ?? "–")]);
      const m = b.ms;
      stages.push([String(r.size), label, s(m.ingest!), s(m.text!), s(m.extract!), s(m.extractCpu ?? m.cpu ?? NaN), s(b.extractWallMs ?? NaN), s(m.assemble!), s(m.metrics!), s(m.layout!), s(b.exportMs ?? NaN), s(b.cpuMs ?? NaN), s(b.exportCpuMs ?? NaN)]);
      for (const e of b.exports ?? []) exportsRows.push([String(r.size), e.file, Number.isFinite(e.ms) ? e.ms.toFixed(0) : "–", mb(e.bytes)]);
    }
  }
  lines.push("Runs (time s: wall time to the finished graph with metrics and layout, exports apart)", table(runs), "");
  lines.push(
    "Stages, seconds (ingest/text/extract: elapsed times summed over threads, waits for a core included; 'extract CPU': the CPU time of those three stages summed over threads; 'extract wall': the elapsed time of that part; 'process CPU' and 'exports CPU': the CPU time of every thread of the process during the build and during the exports, which other load on the machine barely changes)",
    table(stages),
    "",
  );
  if (exportsRows.length > 1) lines.push("Exports", table(exportsRows), "");
  const skipped = [...new Set(reports.flatMap((r) => r.builds.flatMap((b) => b.skipped)))];
  for (const k of skipped) lines.push(`skipped: ${k}`);
  for (const e of explorer) lines.push(e);
  const target = reports.find((r) => r.size === TARGETS.size);
  if (target) {
    // The fastest build that also wrote every export (the target counts both), else the fastest one.
    const builds = target.builds.filter((b) => b.mode === "build");
    const withExports = builds.filter((b) => b.exports?.length);
    const best = (withExports.length ? withExports : builds).sort((a, b) => a.totalMs + (a.exportMs ?? 0) - (b.totalMs + (b.exportMs ?? 0)))[0];
    const one = target.builds.find((b) => b.workers === 1) ?? best;
    if (one) {
      const buildMs = best ? best.totalMs + (best.exportMs ?? 0) : NaN;
      const mark = (ok: boolean): string => (ok ? "met" : "NOT met");
      const peak = Math.max(...target.builds.map((b) => b.peakRss));
      lines.push(
        "",
        `Targets at ${TARGETS.size} articles${best ? "" : " (no full build measured: extraction only)"}:`,
        ...(best ? [`  graph + exports ≤ ${TARGETS.buildWithExportsMs / 1000} s: ${s(buildMs)} s with ${best.workers} worker(s) — ${mark(buildMs <= TARGETS.buildWithExportsMs)}${best.exports ? "" : " (no exports measured)"}`] : []),
        `  peak memory ≤ ${mb(TARGETS.peakRssBytes)} MB: ${mb(peak)} MB RSS${best ? "" : " (extraction only)"} — ${mark(peak <= TARGETS.peakRssBytes)}`,
        `  extraction stages ≤ ${TARGETS.extractFloorRatio}× the token floor: ${one.extractFloorRatio.toFixed(1)}× (${one.workers} worker(s), CPU time) — ${mark(one.extractFloorRatio <= TARGETS.extractFloorRatio)}`,
      );
    }
  }
  return lines.join("\n");
}

/**
 * Runs the explorer benchmark of src/bench/explorer.ts (imported only here: it starts chromium);
 * returns lines for the report, or why it was skipped (no chromium, no built site …).
 */
async function explorerRows(sizes: readonly number[]): Promise<{ lines: string[]; rows: unknown }> {
  try {
    const { benchExplorer } = await import("./explorer.js");
    const rows = await benchExplorer([...sizes]);
    const lines = ["Explorer (browser)"];
    if (rows.length) {
      const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))] as (keyof (typeof rows)[number])[];
      lines.push(table([keys, ...rows.map((r) => keys.map((k) => (typeof r[k] === "number" ? String(Math.round((r[k] as number) * 10) / 10) : String(r[k] ?? ""))))]));
    }
    return { lines, rows };
  } catch (e) {
    return { lines: [`skipped: explorer (${String((e as Error).message).split("\n")[0]})`], rows: null };
  }
}

/** Runs the whole benchmark with command-line arguments; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string" },
      full: { type: "boolean", default: false },
      workers: { type: "string" },
      seed: { type: "string" },
      out: { type: "string", default: BENCH_DEFAULTS.out },
      cache: { type: "string", default: BENCH_DEFAULTS.cacheDir },
      fresh: { type: "boolean", default: false },
      "no-exports": { type: "boolean", default: false },
      "extract-only": { type: "boolean", default: false },
      "no-explorer": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      "npm run bench -- [--sizes 1000,10000] [--full] [--workers 1,2] [--seed 1] [--out bench-results/bench.json]\n" +
        "                 [--cache DIR] [--fresh] [--no-exports] [--no-explorer] [--extract-only]\n",
    );
    return 0;
  }
  const sizes = parseList(values.sizes, BENCH_DEFAULTS.sizes, "sizes");
  if (values.full && !sizes.includes(BENCH_DEFAULTS.fullSize)) sizes.push(BENCH_DEFAULTS.fullSize);
  const cores = Math.max(1, os.availableParallelism());
  const workers = parseList(values.workers, cores > 1 ? [1, cores] : [1], "workers");
  const seed = values.seed === undefined ? BENCH_DEFAULTS.seed : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`bench: --seed must be an integer, got "${values.seed}"`);

  const reports: SizeReport[] = [];
  for (const size of sizes) {
    const corpus = corpusFor(size, seed, values.cache!, values.fresh!);
    process.stderr.write(`bench: ${size} articles (${mb(corpus.bytes)} MB): floor …\n`);
    const floor = runMeasure({ mode: "floor", dir: corpus.dir });
    const builds: SizeReport["builds"] = [];
    for (const [i, w] of workers.entries()) {
      process.stderr.write(`bench: ${size} articles: ${values["extract-only"] ? "extraction" : "build"} with ${w} worker(s) …\n`);
      const outDir = values["no-exports"] || i !== workers.length - 1 ? undefined : path.join(values.cache!, `out-${size}`);
      const mode = values["extract-only"] ? "extract" : "build";
      const b = runMeasure({ mode, dir: corpus.dir, workers: w, seed, progress: true, ...(outDir && mode === "build" ? { outDir } : {}) });
      builds.push({
        ...b,
        buildFloorRatio: b.totalMs / floor.totalMs,
        // CPU over CPU: the extraction stages' CPU time summed over threads against the floor process's CPU time
        // (wall times of several threads on a busy machine include their waits for a core)
        extractFloorRatio: (b.ms.extractCpu ?? b.ms.cpu ?? (b.ms.ingest ?? 0) + (b.ms.text ?? 0) + (b.ms.extract ?? 0)) / (floor.cpuMs ?? floor.totalMs),
        articlesPerSecond: b.articles / (b.totalMs / 1000),
        mbPerSecond: b.bytes / MB / (b.totalMs / 1000),
      });
    }
    reports.push({ size, corpus, floor, builds });
    // Partial figures after each size, so a long run is never lost.
    writeJson(path.resolve(values.out!), seed, reports, null);
    if (size !== sizes[sizes.length - 1]) process.stderr.write(`${formatReport(reports, [])}\n\n`);
  }
  const explorer = values["no-explorer"] ? { lines: [], rows: null } : await explorerRows(BENCH_DEFAULTS.explorerSizes);
  process.stdout.write(`${formatReport(reports, explorer.lines)}\n`);
  const out = path.resolve(values.out!);
  writeJson(out, seed, reports, explorer.rows);
  process.stderr.write(`bench: figures written to ${path.relative(process.cwd(), out) || out}\n`);
  return 0;
}

/** Writes the figures, with the machine they were measured on. */
function writeJson(out: string, seed: number, reports: SizeReport[], explorer: unknown): void {
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const json = {
    when: new Date().toISOString(),
    machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus()[0]?.model ?? "?", cores: os.availableParallelism(), memory: os.totalmem(), load: os.loadavg() },
    seed,
    generator: GENERATOR_VERSION,
    targets: TARGETS,
    sizes: reports,
    explorer,
  };
  fs.writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: Error) => {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    },
  );
}
