// Parallel extraction: reads, analyses and extracts many files on worker threads (one per core),
// and yields the results in FILE ORDER, so the graph built from them is byte for byte the one a
// single thread builds. Few files (or `workers: 1`) run in this thread with no worker at all.
// Memory stays bounded: only a few batches of files are in flight or waiting to be yielded.
//
// The worker script is dist/parallel/worker.js (next to this file once compiled). When this file
// runs from its .ts source (vitest, tsx), the worker is loaded from ../../dist/parallel/worker.js:
// compile first (`npx tsc -p tsconfig.json`), or give `workerScript`.

import os from "node:os";
import { compiledScript } from "../compiled.js";
import { Worker } from "node:worker_threads";
import type { Resources } from "../resources/schema.js";
import type { Article, Extraction, Lang, Rejection } from "../types.js";
import type { BatchReply, BatchRequest, WorkerInit } from "./worker.js";
import { extractArticle, extractFile, readFile, threadCpuMs, type FileResult, type StageMs } from "./work.js";

export { extractArticle, extractFile, shareEvidence, threadCpuMs, type FileResult, type StageMs } from "./work.js";

export interface ExtractFilesOptions {
  /** Knowledge base and lexicons (e.g. `loadResources()`); sent to each worker once. */
  resources: Resources;
  /** Worker threads; 1 runs in this thread. Default: the cores available (`os.availableParallelism()`). */
  workers: number;
  /** Language of every article; "auto" detects it per article. */
  lang: Lang | "auto";
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Measure each file's CPU time (`ms.cpu`; the bench asks), else `ms.cpu` is the wall time. */
  cpuTimes: boolean;
  /** Most articles extracted; the rest become rejections (in file order, as one thread does it). */
  maxArticles: number;
  /** Fewer files than this run in this thread (starting workers costs more than it saves). */
  minFilesForWorkers: number;
  /** Files per message to a worker. */
  batchSize: number;
  /** Batches in flight or waiting to be yielded, per worker (bounds memory). */
  batchesAhead: number;
  /** The worker script (default: worker.js next to this module, else dist/parallel/worker.js). */
  workerScript?: string | URL;
}

/** Default options, except `resources` which the caller gives. */
export const PARALLEL_DEFAULTS: Readonly<Omit<ExtractFilesOptions, "resources">> = Object.freeze({
  workers: Math.max(1, typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length),
  lang: "auto",
  maxFileBytes: 16 * 1024 * 1024,
  cpuTimes: false,
  maxArticles: 200_000,
  minFilesForWorkers: 200,
  batchSize: 16,
  batchesAhead: 3,
});

/** Merges options over the defaults and checks them. */
export function resolveParallelOptions(options: Partial<ExtractFilesOptions> & { resources: Resources }): ExtractFilesOptions {
  const o: ExtractFilesOptions = { ...PARALLEL_DEFAULTS, ...stripUndefined(options) } as ExtractFilesOptions;
  if (!o.resources?.kb || !o.resources?.lexicons) throw new Error("parallel: give the resources (loadResources()) to extractFiles");
  for (const key of ["workers", "maxArticles", "batchSize", "batchesAhead"] as const) {
    if (!(Number.isInteger(o[key]) && o[key] >= 1)) throw new Error(`parallel: ${key} must be a positive integer, got ${String(o[key])}`);
  }
  if (!(o.maxFileBytes > 0)) throw new Error("parallel: maxFileBytes must be a positive number of bytes");
  if (!["ro", "en", "auto"].includes(o.lang)) throw new Error(`parallel: lang must be ro, en or auto, got "${o.lang}"`);
  return o;
}

/**
 * Reads, analyses and extracts `files`, yielding one result per file IN THE ORDER GIVEN:
 * `{ file, extractions, rejections, ms }`. Article ids are made unique across files (`id`, `id-2`, …)
 * and articles beyond `maxArticles` are rejected, exactly as a single-threaded loop over the files
 * would do it, so the results do not depend on the number of workers.
 *
 * With at least `minFilesForWorkers` files, `workers` worker threads do the work in batches (one
 * too: the extraction then runs beside the caller, which assembles the graph, and its garbage stays
 * out of the caller's heap); with fewer files it runs in this thread. Stop early with `break`: the
 * workers are terminated.
 */
export async function* extractFiles(
  files: readonly string[],
  options: Partial<ExtractFilesOptions> & { resources: Resources },
): AsyncGenerator<FileResult, void, undefined> {
  const opts = resolveParallelOptions(options);
  const order = createOrderKeeper(opts);
  const useWorkers = opts.workers >= 1 && files.length >= opts.minFilesForWorkers;
  const source = useWorkers ? inWorkers(files, opts) : inThisThread(files, opts);
  // Evidence objects arrive shared as extractArticle shared them (shareEvidence): a structured
  // clone keeps shared objects shared, so the graph holds each sentence once per article.
  for await (const result of source) yield await order.fix(result);
}

async function* inThisThread(files: readonly string[], opts: ExtractFilesOptions): AsyncGenerator<FileResult> {
  for (const file of files) yield await extractFile(file, opts.resources, opts);
}

/**
 * What makes results independent of the threads: the running article count (cap) and the set of
 * ids seen, applied in file order. An article whose id clashes is extracted again here under its new
 * id (rare: two files with the same name in different folders).
 */
function createOrderKeeper(opts: ExtractFilesOptions): { fix(result: FileResult): Promise<FileResult> } {
  const ids = new Set<string>();
  let count = 0;
  return {
    async fix(result) {
      const extractions: Extraction[] = [];
      const rejections: Rejection[] = [...result.rejections];
      let reread: Article[] | undefined;
      for (const [i, x] of result.extractions.entries()) {
        if (count >= opts.maxArticles) {
          rejections.push({ path: x.article.path, reason: `more than ${opts.maxArticles} articles; raise --max-articles to read it` });
          continue;
        }
        count++;
        let id = x.article.id;
        for (let n = 2; ids.has(id); n++) id = `${x.article.id}-${n}`;
        ids.add(id);
        if (id === x.article.id) {
          extractions.push(x);
          continue;
        }
        reread ??= (await readFile(result.file, opts)).articles;
        const article = reread[i];
        if (!article || article.id !== x.article.id) throw new Error(`parallel: ${result.file} changed while it was read; run the build again`);
        const t = performance.now();
        const cpu = opts.cpuTimes ? threadCpuMs() : undefined;
        extractions.push(extractArticle({ ...article, id }, opts.resources, opts.lang));
        result.ms.extract += performance.now() - t;
        const cpuNow = cpu !== undefined ? threadCpuMs() : undefined;
        result.ms.cpu += cpu !== undefined && cpuNow !== undefined ? cpuNow - cpu : performance.now() - t;
      }
      return { file: result.file, extractions, rejections, ms: result.ms };
    },
  };
}

/** The worker script: next to this module when compiled, else the compiled copy in dist/. */
export function defaultWorkerScript(): URL {
  const script = compiledScript(import.meta.url, "parallel", "worker.js");
  if (script) return script;
  throw new Error("parallel: worker script dist/parallel/worker.js not found; run `npx tsc -p tsconfig.json` first, or use workers: 1");
}

async function* inWorkers(files: readonly string[], opts: ExtractFilesOptions): AsyncGenerator<FileResult> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += opts.batchSize) batches.push(files.slice(i, i + opts.batchSize));
  const count = Math.min(opts.workers, batches.length);
  const script = opts.workerScript ?? defaultWorkerScript();
  const init: WorkerInit = { resources: opts.resources, options: { lang: opts.lang, maxFileBytes: opts.maxFileBytes, cpuTimes: opts.cpuTimes } };
  const maxAhead = count * opts.batchesAhead;

  const finished = new Map<number, FileResult[]>();
  const idle: Worker[] = [];
  const busy = new Map<Worker, number>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let nextBatch = 0;
  let nextYield = 0;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  /** Sends batches to idle workers while the window (in flight + waiting) has room. */
  const pump = (): void => {
    while (!failure && idle.length > 0 && nextBatch < batches.length && nextBatch - nextYield < maxAhead) {
      const worker = idle.pop()!;
      busy.set(worker, nextBatch);
      worker.postMessage({ batch: nextBatch, files: batches[nextBatch]! } satisfies BatchRequest);
      nextBatch++;
    }
  };

  const workers: Worker[] = [];
  for (let i = 0; i < count; i++) {
    const worker = new Worker(script, { workerData: init });
    worker.on("message", (reply: BatchReply) => {
      busy.delete(worker);
      if ("error" in reply) failure ??= new Error(`parallel: a worker failed on batch ${reply.batch}: ${reply.error}`);
      else finished.set(reply.batch, reply.results);
      idle.push(worker);
      pump();
      notify();
    });
    worker.on("error", (e) => {
      failure ??= new Error(`parallel: a worker stopped: ${e.message}`);
      notify();
    });
    worker.on("exit", (code) => {
      if (busy.has(worker)) failure ??= new Error(`parallel: a worker exited (code ${code}) during batch ${busy.get(worker)}`);
      notify();
    });
    workers.push(worker);
    idle.push(worker);
  }

  try {
    pump();
    while (nextYield < batches.length) {
      while (!failure && !finished.has(nextYield)) await new Promise<void>((resolve) => (wake = resolve));
      if (failure) throw failure;
      const results = finished.get(nextYield)!;
      finished.delete(nextYield);
      nextYield++;
      pump();
      for (const r of results) yield r;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Sums stage times (for reports). */
export function addMs(total: StageMs, ms: StageMs): StageMs {
  total.ingest += ms.ingest;
  total.text += ms.text;
  total.extract += ms.extract;
  total.cpu += ms.cpu;
  return total;
}
