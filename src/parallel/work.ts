// The work of one file, the same in a worker thread and in the main thread: read the file
// (ingest), analyse each article (text) and extract it (extract), timing each stage.
// Kept apart from index.ts so that the worker script loads only what it needs.

import { openSync, readSync } from "node:fs";
import { readArticles } from "../ingest/index.js";
import { analyze } from "../text/index.js";
import { extract } from "../extract/index.js";
import type { Resources } from "../resources/schema.js";
import type { Article, Evidence, Extraction, Lang, Rejection } from "../types.js";

/** Milliseconds spent per stage (summed over the files; in parallel runs, over all threads). */
export interface StageMs {
  /** Elapsed (wall) time of each stage: it includes the time the thread waited for a core. */
  ingest: number;
  text: number;
  extract: number;
  /**
   * CPU time the thread spent on the three stages when it was asked for (`cpuTimes`, the bench)
   * and the system tells it (Linux), else their wall time. With more busy threads than free cores
   * the wall times grow and this does not.
   */
  cpu: number;
}

/**
 * CPU time (user + system) of the calling thread in milliseconds, from /proc/thread-self/stat
 * (Linux, 10 ms ticks); undefined where the system does not tell it. Node 20 has no per-thread
 * CPU clock (process.cpuUsage() counts every thread of the process).
 */
export function threadCpuMs(): number | undefined {
  if (threadCpuUnavailable) return undefined;
  try {
    // The file is opened once per thread (each worker has its own copy of this module) and read
    // again from its start: opening it for each read cost ~40 µs, counted in the figures measured.
    statFd ??= openSync("/proc/thread-self/stat", "r");
    const stat = statBytes.toString("latin1", 0, readSync(statFd, statBytes, 0, statBytes.length, 0));
    // After "pid (name) ": utime and stime are fields 14 and 15 of stat(5), in ticks of 1/100 s.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    if (Number.isFinite(ticks)) return ticks * 10;
  } catch {
    // not Linux, or /proc not mounted
  }
  threadCpuUnavailable = true;
  return undefined;
}
let threadCpuUnavailable = false;
let statFd: number | undefined;
const statBytes = Buffer.alloc(1024);

/** What one file gave: its extractions in article order, its rejections, and the time per stage. */
export interface FileResult {
  file: string;
  extractions: Extraction[];
  rejections: Rejection[];
  ms: StageMs;
}

/** The per-file options the work needs. */
export interface FileWorkOptions {
  /** Language of every article; "auto" detects it per article. */
  lang: Lang | "auto";
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /**
   * Measure each file's CPU time (the bench asks): two reads of /proc per file, ~0.1 ms, which a
   * build does not need.
   */
  cpuTimes: boolean;
}

/**
 * Text and extraction of one article, exactly as the pipeline does it: the forced language, else the
 * article's own, else detected. `lap` is called after each stage (for timings).
 */
export function extractArticle(
  article: Article,
  resources: Resources,
  lang: Lang | "auto" = "auto",
  lap: (stage: "text" | "extract") => void = () => {},
): Extraction {
  const doc = analyze(article, { lang: lang === "auto" ? (article.lang ?? "auto") : lang });
  lap("text");
  const x = extract(doc, resources);
  shareEvidence(x);
  lap("extract");
  return x;
}

/**
 * Points every evidence of one sentence at one object. The extractor gives each relation, meeting
 * and participant its own copy of its sentence's evidence (a sentence backs four on average);
 * shared, a worker's structured clone carries each sentence once (clones keep shared objects
 * shared: a third fewer bytes and objects for the main thread to rebuild) and the graph holds one
 * object per sentence. Copies that differ in any field (none should) stay apart.
 */
export function shareEvidence(x: Extraction): void {
  const bySentence = new Map<number, Evidence>();
  const share = (e: Evidence): Evidence => {
    const seen = bySentence.get(e.sentence);
    if (seen === undefined) bySentence.set(e.sentence, e);
    else if (seen.start === e.start && seen.end === e.end && seen.text === e.text && seen.article === e.article) return seen;
    return e;
  };
  for (const m of x.meetings) {
    m.evidence = share(m.evidence);
    for (const p of m.participants) p.evidence = share(p.evidence);
  }
  for (const r of x.relations) r.evidence = share(r.evidence);
}

/** Reads one file's articles with the pipeline's ingest options. */
export function readFile(file: string, options: FileWorkOptions): ReturnType<typeof readArticles> {
  return readArticles(file, { maxFileBytes: options.maxFileBytes, ...(options.lang !== "auto" ? { lang: options.lang } : {}) });
}

/** Reads, analyses and extracts every article of one file. Never throws on bad input (rejections instead). */
export async function extractFile(file: string, resources: Resources, options: FileWorkOptions): Promise<FileResult> {
  const ms: StageMs = { ingest: 0, text: 0, extract: 0, cpu: 0 };
  const cpu = options.cpuTimes ? threadCpuMs() : undefined;
  const start = performance.now();
  let t = start;
  const lap = (stage: "ingest" | "text" | "extract"): void => {
    const now = performance.now();
    ms[stage] += now - t;
    t = now;
  };
  const read = await readFile(file, options);
  lap("ingest");
  const extractions = read.articles.map((a) => extractArticle(a, resources, options.lang, lap));
  const cpuNow = cpu !== undefined ? threadCpuMs() : undefined;
  ms.cpu = cpu !== undefined && cpuNow !== undefined ? cpuNow - cpu : performance.now() - start;
  return { file, extractions, rejections: read.rejections, ms };
}
