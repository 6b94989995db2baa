// Writing the export files: one function that writes every chosen format into a folder, each file
// atomically (temporary file in the same folder, fsync, rename), so a reader never sees half a file
// and a failed write leaves the previous file as it was.

import { mkdir, open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { AbstractGraph } from "graphology-types";
import { toCsv } from "./csv.js";
import { toGexf, type GexfOptions } from "./gexf.js";
import { toGraphml } from "./graphml.js";
import { toJson, type JsonOptions } from "./json.js";

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

export interface WriteOptions {
  gexf?: Partial<GexfOptions>;
  json?: Partial<JsonOptions>;
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

/**
 * Writes `data` to `path` atomically: a temporary file beside it (`.<name>.<pid>.<n>.tmp`) is
 * written, fsynced and renamed over `path`; the folder is fsynced where the system allows it.
 * On any failure the temporary file is removed and `path` is untouched.
 */
export async function writeFileAtomic(path: string, data: string): Promise<void> {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  try {
    const handle = await open(temporary, "w");
    try {
      await handle.writeFile(data, "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new Error(`write: could not write ${path} (${(error as Error).message}); check the folder and free space`);
  }
  try {
    const directory = await open(folder, "r");
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
  const put = async (name: string, data: string) => {
    const path = join(outDir, name);
    await writeFileAtomic(path, data);
    written.push(path);
  };
  for (const format of formats) {
    if (format === "gexf") await put("graph.gexf", toGexf(graph, options.gexf));
    else if (format === "json") await put("graph.json", toJson(graph, options.json));
    else if (format === "graphml") await put("graph.graphml", toGraphml(graph));
    else {
      const csv = toCsv(graph);
      await put("nodes.csv", csv.nodes);
      await put("edges.csv", csv.edges);
    }
  }
  return written;
}
