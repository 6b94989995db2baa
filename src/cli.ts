#!/usr/bin/env node
// The `kg` command line: build, stats, export, serve. Parses arguments, reports progress and
// rejections on stderr, and maps outcomes to exit codes (0 ok, 1 some input rejected, 2 usage).
// All the work is done by the library (src/index.ts).

import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { BuildOptions } from "./pipeline.js";
import type { Format } from "./export/index.js";
import { createProgress } from "./progress.js";
import type { KnowledgeGraph } from "./graph/assemble.js";

// Modules are loaded when a command needs them, so `kg --help` and usage errors answer at once.
const exporter = () => import("./export/index.js");

const VERSION = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;

const HELP = `kg ${VERSION} — news articles to an explorable knowledge graph

Usage:
  kg build [paths…] [options]     read articles (files or folders; default data/articles) and write the graph
  kg stats <graph.json|graph.gexf> top actors, meetings and topics of a graph
  kg export <graph.json> --format gexf,graphml,csv [--out DIR]   re-export an existing graph
  kg serve [graph.json|graph.gexf] [--port N] [--host H]        open the explorer (default out/graph.json)

Build options:
  --out DIR              output folder (default out)
  --format LIST          any of gexf,json,graphml,csv (default gexf,json)
  --gexf-version V       1.3 (default) or 1.2
  --lang ro|en|auto      language of the articles (default auto: detected per article)
  --site DIR             also write a static explorer site (viewer + graph) to DIR
  --no-layout            skip ForceAtlas2 (positions stay seeded-random)
  --size-by METRIC       pagerank (default), weightedDegree or degree
  --max-file-bytes N     largest file read (default 16777216)
  --max-articles N       most articles read (default 200000)
  --workers N            extraction threads (default: cores, 1 for few files)
  --strict               any rejected input is fatal (exit 1, nothing written)
  --quiet                no progress bar or summary
  -h, --help             this help
  -v, --version          the version

Exit codes: 0 all went well, 1 some input was rejected (or --strict failed), 2 usage error.`;

class UsageError extends Error {}

function int(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--${name} must be a positive whole number, got "${value}"`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      format: { type: "string" },
      "gexf-version": { type: "string" },
      lang: { type: "string" },
      site: { type: "string" },
      "no-layout": { type: "boolean" },
      "size-by": { type: "string" },
      "max-file-bytes": { type: "string" },
      "max-articles": { type: "string" },
      workers: { type: "string" },
      strict: { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
      port: { type: "string" },
      host: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
  if (values.version) {
    console.log(VERSION);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  const gexfVersion = values["gexf-version"] ?? "1.3";
  if (gexfVersion !== "1.3" && gexfVersion !== "1.2") throw new UsageError(`--gexf-version must be 1.3 or 1.2, got "${gexfVersion}"`);
  const { parseFormats } = await exporter();
  const formatsOf = (fallback: string): Format[] => {
    try {
      return parseFormats(values.format ?? fallback);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  };

  switch (command) {
    case "build": {
      const formats = formatsOf("gexf,json");
      const lang = values.lang ?? "auto";
      if (!["ro", "en", "auto"].includes(lang)) throw new UsageError(`--lang must be ro, en or auto, got "${lang}"`);
      const sizeBy = values["size-by"] ?? "pagerank";
      if (!["pagerank", "weightedDegree", "degree"].includes(sizeBy)) throw new UsageError(`--size-by must be pagerank, weightedDegree or degree`);
      const paths = rest.length ? rest : ["data/articles"];
      const started = performance.now();
      let progress: ReturnType<typeof createProgress> | undefined;
      const options: Partial<BuildOptions> = {
        lang: lang as BuildOptions["lang"],
        layout: !values["no-layout"],
        sizeBy: sizeBy as BuildOptions["sizeBy"],
        maxFileBytes: int("max-file-bytes", values["max-file-bytes"]),
        maxArticles: int("max-articles", values["max-articles"]),
        workers: int("workers", values.workers),
        onProgress: (_done, total) => {
          progress ??= createProgress({ total, quiet: !!values.quiet });
          progress.tick();
        },
      };
      const { buildGraph } = await import("./pipeline.js");
      const { formatRejection } = await import("./ingest/index.js");
      const { writeOutputs, toJson } = await exporter();
      const { graph, rejections, stats } = await buildGraph(paths, options);
      progress?.done();
      for (const r of rejections) console.error(`warning: ${formatRejection(r)}`);
      if (values.strict && rejections.length) {
        console.error(`kg build: ${rejections.length} input(s) rejected and --strict is set; nothing written`);
        return 1;
      }
      if (stats.articles === 0) {
        console.error(`kg build: no article could be read from ${paths.join(", ")}; nothing written`);
        return 1;
      }
      const out = values.out ?? "out";
      const written = await writeOutputs(graph, out, formats, { gexf: { version: gexfVersion } });
      if (values.site) await (await import("./serve/index.js")).writeSite(toJson(graph), values.site);
      if (!values.quiet) {
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        console.error(`kg build: ${stats.articles} articles, ${summarizeNodes(graph)}, ${graph.size} edges, ${rejections.length} rejected, ${seconds} s`);
        console.error(`wrote ${[...written, ...(values.site ? [values.site + "/"] : [])].join(", ")}`);
      }
      return rejections.length ? 1 : 0;
    }
    case "stats": {
      const file = rest[0];
      if (!file) throw new UsageError("kg stats needs a graph file: kg stats out/graph.json");
      const graph = await loadGraph(file);
      const { graphStats, formatStats } = await import("./stats.js");
      console.log(formatStats(graphStats(graph)));
      return 0;
    }
    case "export": {
      const file = rest[0];
      if (!file) throw new UsageError("kg export needs a graph file: kg export out/graph.json --format gexf --out DIR");
      const graph = await loadGraph(file);
      const { writeOutputs } = await exporter();
      const written = await writeOutputs(graph, values.out ?? path.dirname(file), formatsOf("gexf"), { gexf: { version: gexfVersion } });
      if (!values.quiet) console.error(`wrote ${written.join(", ")}`);
      return 0;
    }
    case "serve": {
      const file = rest[0] ?? "out/graph.json";
      const port = values.port === undefined ? 5178 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0–65535, got "${values.port}"`);
      const { serve } = await import("./serve/index.js");
      const server = await serve({ graph: file, port, host: values.host ?? "127.0.0.1" });
      console.log(`Explorer running at ${server.url}  (Ctrl+C to stop)`);
      await new Promise<void>((resolve) => {
        const stop = (): void => {
          void server.close().then(resolve);
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"; try kg --help`);
  }
}

async function loadGraph(file: string): Promise<KnowledgeGraph> {
  const { readGraph, detectFormat } = await exporter();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return readGraph(text, detectFormat(file)) as KnowledgeGraph;
  } catch (e) {
    throw new InputError(`${file} is not a graph this tool can read: ${(e as Error).message}`);
  }
}

class InputError extends Error {}

function summarizeNodes(graph: KnowledgeGraph): string {
  const counts = new Map<string, number>();
  graph.forEachNode((_, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
  const parts = [...counts.entries()].sort().map(([k, n]) => `${n} ${k}`);
  return `${graph.order} nodes (${parts.join(", ")})`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`kg: ${(e as Error).message}\nTry kg --help.`);
      process.exitCode = 2;
    } else if (e instanceof InputError) {
      console.error(`kg: ${(e as Error).message}`);
      process.exitCode = 1;
    } else {
      console.error(`kg: ${(e as Error)?.message ?? String(e)}`);
      if (process.env.KG_DEBUG) console.error(e);
      process.exitCode = 1;
    }
  },
);
