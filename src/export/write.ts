// Writing the export files: one function that writes every chosen format into a folder, each file
// atomically (temporary file in the same folder, fsync, rename), so a reader never sees half a file
// and a failed write leaves the previous file as it was. Large graphs are written on two threads:
// this one writes graph.json, a worker thread the formats that read the flattened cells.

import { close, closeSync, fsync, openSync, rmSync, writeSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import { Worker } from "node:worker_threads";
import type { AbstractGraph } from "graphology-types";
import { compiledScript } from "../compiled.js";
import { graphTable, type CellTable, type GraphTable } from "./columns.js";
import { writeCsvEdgesCells, writeCsvNodesCells } from "./csv.js";
import { writeGexfCells, type GexfOptions } from "./gexf.js";
import { writeGraphmlCells, type GraphmlOptions } from "./graphml.js";
import { writeJson, type JsonOptions } from "./json.js";

/** The export formats. */
export type Format = "gexf" | "json" | "graphml" | "csv";

/** Every format, in the order files are written. */
export const FORMATS: readonly Format[] = Object.freeze(["gexf", "json", "graphml", "csv"]);

/** File names per format, inside the output folder. */
export const FILE_NAMES: Readonly<Record<Format, readonly string[]>> = Object.freeze({
  gexf: ["graph.gexf"],
  json: ["graph.json"],
  graphml: ["graph.graphml"],
  csv: ["nodes.csv", "edges.csv"],
});

/**
 * Up to this many nodes + edges the files are indented for people to read; above it graph.json is
 * one line and graph.gexf / graph.graphml have one element per line without indentation (unless
 * the options say otherwise): at 10k articles indentation was a seventh of the GEXF.
 */
export const INDENT_MAX = 20_000;

/** graph.json is indented up to this many nodes + edges, one line above (see INDENT_MAX). */
export const PRETTY_JSON_MAX = INDENT_MAX;

export interface WriteOptions {
  gexf?: Partial<GexfOptions>;
  json?: Partial<JsonOptions>;
  graphml?: Partial<GraphmlOptions>;
  /**
   * Called after each file is in place, with the milliseconds spent writing its bytes, on the
   * thread that wrote it (the first file of this thread also counts the sorting of the keys and the
   * flattening of the cells); its fsync and rename overlap the writing of the next file.
   */
  onWritten?: (path: string, ms: number) => void;
  /**
   * Write GEXF and GraphML on a worker thread (true), on this thread (false), or on a worker when
   * the graph has more than THREAD_ABOVE nodes + edges (undefined). Without the compiled worker
   * script (running from the TypeScript sources without dist/) everything runs on this thread.
   */
  thread?: boolean;
}

/**
 * Graphs with more nodes + edges than this are written on two threads (see writeOutputs); for
 * smaller ones, starting a thread costs more than it saves.
 */
export const THREAD_ABOVE = INDENT_MAX;

/**
 * The files the worker thread writes; the others are written on this thread, beside it. At 10k
 * articles this thread spends about as long sorting the keys, flattening the cells and writing
 * graph.json and the CSV files as the worker spends receiving the cells and writing GEXF and GraphML.
 */
const ON_THREAD: ReadonlySet<CellFile> = new Set(["graph.gexf", "graph.graphml"]);

/** The files written from the cells of a graph (see GraphTable.cells), which a worker thread can write. */
export type CellFile = "graph.gexf" | "graph.graphml" | "nodes.csv" | "edges.csv";

/** One file for the worker thread: its name, the open temporary file to write it into, and the writer's options. */
export interface CellJob {
  file: CellFile;
  fd: number;
  gexf?: Partial<GexfOptions>;
  graphml?: Partial<GraphmlOptions>;
}

/** What the worker thread is sent: the cells and its files. */
export interface CellTask {
  cells: CellTable;
  jobs: CellJob[];
}

/** What the worker thread answers for each file: the milliseconds it took, or why it failed. */
export type CellReply = { file: CellFile; ms: number } | { file: CellFile; error: string };

/** Writes the text of `job.file` from `cells`, piece by piece, to `write`. */
export function writeCellFile(cells: CellTable, job: Omit<CellJob, "fd">, write: (text: string) => void): void {
  switch (job.file) {
    case "graph.gexf":
      return writeGexfCells(cells, write, job.gexf);
    case "graph.graphml":
      return writeGraphmlCells(cells, write, job.graphml);
    case "nodes.csv":
      return writeCsvNodesCells(cells, write);
    case "edges.csv":
      return writeCsvEdgesCells(cells, write);
  }
}

/**
 * Parses a comma-separated list of formats (`"gexf,json"`, `"all"` for every one), trimming spaces,
 * dropping duplicates, keeping the given order.
 * @throws naming the unknown format and the known ones.
 */
export function parseFormats(list: string): Format[] {
  const names = list.split(",").map((name) => name.trim().toLowerCase()).filter((name) => name.length > 0);
  if (names.length === 0) throw new Error(`write: no format given; use a comma-separated list of ${FORMATS.join(", ")} (or all)`);
  const result: Format[] = [];
  for (const name of names) {
    const formats = name === "all" ? FORMATS : FORMATS.includes(name as Format) ? [name as Format] : undefined;
    if (!formats) throw new Error(`write: unknown format ${JSON.stringify(name)}; use ${FORMATS.join(", ")} or all`);
    for (const format of formats) if (!result.includes(format)) result.push(format);
  }
  return result;
}

let counter = 0;

/** A file's content given piece by piece: it calls `write` with each piece, in order. */
export type Producer = (write: (text: string) => void) => void;

/** Bytes gathered before each write to the file. */
const CHUNK = 4 << 20;
/**
 * Code units of text joined before they are encoded. Encoding flattens the joined text into one new
 * string: kept well under V8's large-object size (128 KB, i.e. 64K two-byte code units), it is
 * allocated in the young generation and dies there. At 64K each flattened piece was a large object
 * that only a full collection frees, and at 10k articles (a 1 GB heap) those collections took half
 * of the export time.
 */
const PIECE = 8 << 10;

/**
 * Writes the text `produce` gives to the open file `fd`. Small pieces are joined into a string of
 * about PIECE code units first (one Buffer.write per piece costs more than the piece), which is
 * encoded into one reused buffer, written out whenever it is full.
 */
export function writeProduced(fd: number, produce: Producer): void {
  const buffer = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  let pending = "";
  const writeBytes = (bytes: Buffer, length: number): void => {
    for (let offset = 0; offset < length; ) offset += writeSync(fd, bytes, offset, length - offset);
  };
  const encode = (text: string): void => {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (used + text.length * 3 > CHUNK) {
      writeBytes(buffer, used);
      used = 0;
      if (text.length * 3 > CHUNK) {
        const bytes = Buffer.from(text, "utf8");
        writeBytes(bytes, bytes.length);
        return;
      }
    }
    used += buffer.write(text, used, "utf8");
  };
  produce((text) => {
    pending += text;
    if (pending.length >= PIECE) {
      encode(pending);
      pending = "";
    }
  });
  encode(pending);
  writeBytes(buffer, used);
}

/**
 * Writes `data` (a string, or a producer that streams it) to `path` atomically: a temporary file
 * beside it (`.<name>.<pid>.<n>.tmp`) is written, fsynced and renamed over `path`; the folder is
 * fsynced where the system allows it. On any failure (the producer throwing included) the
 * temporary file is removed and `path` is untouched.
 */
export async function writeFileAtomic(path: string, data: string | Producer): Promise<void> {
  await settle(writeTemporary(path, data));
}

/** A temporary file holding every byte of the file it will become, still open. */
interface Written {
  path: string;
  temporary: string;
  fd: number;
}

/** Writes the bytes of `path` to a temporary file beside it, now; throws (file removed) when anything fails. */
function writeTemporary(path: string, data: string | Producer): Written {
  const file = openTemporary(path);
  try {
    writeProduced(file.fd, typeof data === "string" ? (write) => write(data) : data);
    return file;
  } catch (error) {
    discard(file);
    throw couldNotWrite(path, error);
  }
}

/** A new, empty temporary file beside `path`, open for writing. */
function openTemporary(path: string): Written {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    return { path, temporary, fd: openSync(temporary, "w") };
  } catch (error) {
    throw couldNotWrite(path, error);
  }
}

/** Closes and removes a temporary file that will not be put in place. */
function discard({ temporary, fd }: Written): void {
  try {
    closeSync(fd);
  } finally {
    rmSync(temporary, { force: true });
  }
}

function couldNotWrite(path: string, error: unknown): Error {
  return new Error(`write: could not write ${path} (${(error as Error).message}); check the folder and free space`);
}

const fsyncFile = promisify(fsync);
const closeFile = promisify(close);

/**
 * Puts a written temporary file in place: fsync (on libuv's thread pool, so the caller can write
 * the next file meanwhile), close, rename over the path, fsync the folder.
 */
async function settle({ path, temporary, fd }: Written): Promise<void> {
  try {
    try {
      await fsyncFile(fd);
    } finally {
      await closeFile(fd);
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw couldNotWrite(path, error);
  }
  try {
    const directory = await open(dirname(path), "r");
    try {
      await directory.sync();
    } finally {
      await directory.close();
    }
  } catch {
    // Some systems cannot fsync a folder; the rename is still atomic.
  }
}

/**
 * Writes the graph in each format into `outDir` (created if missing): graph.gexf, graph.json,
 * graph.graphml, nodes.csv + edges.csv. Returns the written paths, in format order.
 *
 * The keys are sorted and the cells flattened once for every file (see graphTable). For a large
 * graph (see `options.thread`) a worker thread writes GEXF and GraphML from the cells, posted to it
 * as plain data, while this thread writes graph.json from the graph's own objects and the CSV
 * files from the cells. Every file is written to a temporary file, fsynced and renamed into place; when one
 * fails, the others are still put in place and the first failure (in format order) is thrown once
 * every file has landed or been removed.
 */
export async function writeOutputs(
  graph: AbstractGraph,
  outDir: string,
  formats: readonly Format[],
  options: WriteOptions = {},
): Promise<string[]> {
  for (const format of formats) {
    if (!FORMATS.includes(format)) throw new Error(`write: unknown format ${JSON.stringify(format)}; use ${FORMATS.join(", ")}`);
  }
  await mkdir(outDir, { recursive: true });
  // Indented while a person might read it; compact for large graphs (smaller, faster).
  const indent = graph.order + graph.size <= INDENT_MAX;
  const jobs: Omit<CellJob, "fd">[] = [];
  for (const format of formats) {
    if (format === "gexf") jobs.push({ file: "graph.gexf", gexf: { indent, ...options.gexf } });
    else if (format === "graphml") jobs.push({ file: "graph.graphml", graphml: { indent, ...options.graphml } });
    else if (format === "csv") jobs.push({ file: "nodes.csv" }, { file: "edges.csv" });
  }
  const script = jobs.some(({ file }) => ON_THREAD.has(file)) && (options.thread ?? graph.order + graph.size > THREAD_ABOVE) ? cellWorkerScript() : undefined;
  // Started now, so that it loads its modules while this thread sorts the keys.
  const worker = script ? cellWorker(script) : undefined;
  const threadJobs = worker ? jobs.filter(({ file }) => ON_THREAD.has(file)) : [];

  // Every file, in format order, with the promise of its landing.
  const landing = new Map<string, Promise<void>>();
  const done = (path: string, file: Written, ms: number): void => {
    landing.set(path, settle(file).then(() => options.onWritten?.(path, ms)));
  };
  let table: GraphTable | undefined;
  let t = performance.now();
  // Writes a file on this thread; its fsync and rename run on the thread pool while the next is written.
  const here = (name: string, produce: Producer): void => {
    const path = join(outDir, name);
    const file = writeTemporary(path, produce);
    done(path, file, performance.now() - t);
    t = performance.now();
  };
  try {
    table = graphTable(graph);
    if (worker) {
      // The worker writes into temporary files opened here, so that this thread puts them in place
      // (or removes them) whatever happens to the worker.
      const opened: { job: Omit<CellJob, "fd">; file: Written }[] = [];
      let replies: Map<CellFile, Promise<number>>;
      try {
        for (const job of threadJobs) opened.push({ job, file: openTemporary(join(outDir, job.file)) });
        let cells: CellTable;
        try {
          cells = table.cells();
        } catch (error) {
          throw couldNotWrite(opened[0]!.file.path, error);
        }
        replies = worker.write({ cells, jobs: opened.map(({ job, file }) => ({ ...job, fd: file.fd })) });
      } catch (error) {
        for (const { file } of opened) discard(file);
        throw error;
      }
      for (const { job, file } of opened) {
        landing.set(
          file.path,
          replies.get(job.file)!.then(
            (ms) => settle(file).then(() => options.onWritten?.(file.path, ms)),
            (error: unknown) => {
              discard(file);
              throw couldNotWrite(file.path, error);
            },
          ),
        );
      }
    }
    for (const format of formats) {
      if (format === "json") here("graph.json", (write) => writeJson(graph, write, { pretty: indent, ...options.json }, table));
      for (const job of jobs) {
        if (FILE_NAMES[format].includes(job.file) && !threadJobs.includes(job)) here(job.file, (write) => writeCellFile(table!.cells(), job, write));
      }
    }
  } finally {
    // Every file started is put in place (or removed) before returning or throwing.
    const paths = formats.flatMap((format) => FILE_NAMES[format].map((name) => join(outDir, name)));
    const results = await Promise.allSettled(paths.filter((path) => landing.has(path)).map((path) => landing.get(path)!));
    if (worker) await worker.terminate();
    const failed = results.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
  }
  return formats.flatMap((format) => FILE_NAMES[format].map((name) => join(outDir, name)));
}

/** The worker script of writeOutputs (dist/export/worker.js), or undefined when not compiled. */
function cellWorkerScript(): URL | undefined {
  return compiledScript(import.meta.url, "export", "worker.js");
}

/**
 * Starts the worker thread (see worker.ts); `write` hands it a task and returns, per file, the
 * promise of its reply: the milliseconds its writing took, or an error with the worker's message.
 * If the worker fails or stops before answering for a file (even before the task), that file fails.
 */
function cellWorker(script: URL): { write(task: CellTask): Map<CellFile, Promise<number>>; terminate(): Promise<number> } {
  const worker = new Worker(script);
  const pending = new Map<CellFile, { resolve(ms: number): void; reject(error: Error): void }>();
  let stopped: string | undefined;
  const stop = (why: string): void => {
    stopped ??= why;
    for (const { reject } of pending.values()) reject(new Error(stopped));
    pending.clear();
  };
  worker.on("message", (reply: CellReply) => {
    const waiting = pending.get(reply.file);
    pending.delete(reply.file);
    if ("error" in reply) waiting?.reject(new Error(reply.error));
    else waiting?.resolve(reply.ms);
  });
  worker.on("error", (error) => stop(`the export thread failed: ${error.message}`));
  worker.on("exit", (code) => stop(`the export thread stopped (exit code ${code}) before writing it`));
  return {
    write(task) {
      const replies = new Map<CellFile, Promise<number>>();
      for (const { file } of task.jobs) {
        replies.set(file, new Promise((resolve, reject) => (stopped ? reject(new Error(stopped)) : pending.set(file, { resolve, reject }))));
      }
      if (!stopped) worker.postMessage(task);
      return replies;
    },
    terminate: () => worker.terminate(),
  };
}
