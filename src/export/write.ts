// Writing the export files: one function that writes every chosen format into a folder, each file
// atomically (temporary file in the same folder, fsync, rename), so a reader never sees half a file
// and a failed write leaves the previous file as it was.

import { close, closeSync, fsync, openSync, rmSync, writeSync } from "node:fs";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { promisify } from "node:util";
import type { AbstractGraph } from "graphology-types";
import { graphTable, type GraphTable } from "./columns.js";
import { writeCsvEdges, writeCsvNodes } from "./csv.js";
import { writeGexf, type GexfOptions } from "./gexf.js";
import { writeGraphml, type GraphmlOptions } from "./graphml.js";
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
   * Called after each file is in place, with the milliseconds spent writing its bytes (the first
   * also sorts the keys); its fsync and rename overlap the writing of the next file.
   */
  onWritten?: (path: string, ms: number) => void;
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
function writeProduced(fd: number, produce: Producer): void {
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
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, "w");
    writeProduced(fd, typeof data === "string" ? (write) => write(data) : data);
    return { path, temporary, fd };
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw new Error(`write: could not write ${path} (${(error as Error).message}); check the folder and free space`);
  }
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
    throw new Error(`write: could not write ${path} (${(error as Error).message}); check the folder and free space`);
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
  const written: string[] = [];
  // Each file is written in turn on this thread; its fsync and rename then run on the thread pool
  // while the next one is written.
  const settling: Promise<void>[] = [];
  // Keys sorted and columns collected once for every file.
  let table: GraphTable | undefined;
  const put = (name: string, produce: (write: (text: string) => void, table: GraphTable) => void): void => {
    const path = join(outDir, name);
    const t = performance.now();
    table ??= graphTable(graph);
    const shared = table;
    const file = writeTemporary(path, (write) => produce(write, shared));
    const ms = performance.now() - t;
    written.push(path);
    settling.push(settle(file).then(() => options.onWritten?.(path, ms)));
  };
  // Indented while a person might read it; compact for large graphs (smaller, faster).
  const indent = graph.order + graph.size <= INDENT_MAX;
  try {
    for (const format of formats) {
      if (format === "gexf") put("graph.gexf", (write, t) => writeGexf(graph, write, { indent, ...options.gexf }, t));
      else if (format === "json") put("graph.json", (write, t) => writeJson(graph, write, { pretty: indent, ...options.json }, t));
      else if (format === "graphml") put("graph.graphml", (write, t) => writeGraphml(graph, write, { indent, ...options.graphml }, t));
      else {
        put("nodes.csv", (write, t) => writeCsvNodes(graph, write, t));
        put("edges.csv", (write, t) => writeCsvEdges(graph, write, t));
      }
    }
  } finally {
    // Every file started is put in place (or removed) before returning or throwing.
    const failed = (await Promise.allSettled(settling)).find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
  }
  return written;
}
