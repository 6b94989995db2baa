// writeOutputs on two threads: GEXF and GraphML written by the worker thread (dist/export/worker.js,
// compiled by `npm test`) give the same bytes as on this thread, the worker is really used, and a
// worker that stops before answering fails its files by name, removes them, and lets the others land.

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { smallGraph, HOSTILE_TEXT } from "../fixtures/graphs/small.js";

const workers = vi.hoisted(() => ({ started: 0, crash: false }));

vi.mock("node:worker_threads", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:worker_threads")>();
  class Worker extends actual.Worker {
    constructor(script: string | URL, options?: import("node:worker_threads").WorkerOptions) {
      // A crashing worker exits at once, without answering.
      if (workers.crash) super("process.exit(3)", { eval: true });
      else super(script, options);
      workers.started++;
    }
  }
  return { ...actual, Worker };
});

const { writeOutputs, FORMATS } = await import("../../src/export/write.js");

const FILES = ["edges.csv", "graph.gexf", "graph.graphml", "graph.json", "nodes.csv"];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kg-thread-"));
  workers.started = 0;
  workers.crash = false;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A graph of `n` nodes and about 6n edges with the odd values writers must handle alike on either thread. */
function oddGraph(n: number): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  graph.replaceAttributes({ name: "odd <graph>", generator: 7 });
  const shared = { article: "a1", sentence: 3, start: 0, end: 9, text: HOSTILE_TEXT };
  const kinds = ["person", "meeting", "article", "country"];
  for (let i = 0; i < n; i++) {
    graph.addNode(`k${i}${i % 7 === 0 ? "<ș\u0001" : ""}`, {
      kind: kinds[i % 4],
      label: i % 11 === 0 ? i : `Node ${i} "ș" ${i % 5 === 0 ? HOSTILE_TEXT : ""}`,
      aliases: i % 3 ? [`a${i}`, "b,c"] : [],
      articles: [`a${i % 9}`],
      date: i % 4 === 1 ? "2024-02-01/2024-02-09" : i % 4 === 2 ? "2024-01-0" + (1 + (i % 9)) : "sometime",
      firstSeen: `2024-01-${String(1 + (i % 28)).padStart(2, "0")}`,
      ...(i % 6 ? { lastSeen: "2024-03-01" } : {}),
      x: i % 13 === 0 ? NaN : i * 1.5 - 40,
      y: -i / 3,
      ...(i % 10 === 0 ? { z: -0 } : {}),
      size: i % 17 === 0 ? "big" : i % 5,
      color: ["#0072b2", "#abc", "rgb(1,2,3)", "nope"][i % 4],
      flag: i % 2 === 0,
    });
  }
  const keys = graph.nodes();
  for (let e = 0; e < 6 * n; e++) {
    const source = keys[(e * 7) % n]!;
    const target = keys[(e * 13 + 1) % n]!;
    graph.addEdgeWithKey(`e${e}|${source}`, source, target, {
      relation: e % 9 === 0 ? null : ["mentions", "participates_in", "rejects"][e % 3],
      ...(e % 4 ? { label: e % 8 === 1 ? "" : "link" } : {}),
      weight: e % 10 === 0 ? "heavy" : 1 + (e % 4),
      evidence: e % 3 ? [shared] : [shared, { article: "a2", sentence: e, start: 1, end: 2, text: `sentence ${e} ț` }],
      articles: e % 5 ? ["a1"] : ["a1", "a2"],
      firstSeen: "2024-01-05",
      lastSeen: e % 2 ? "2024-02-10" : "2024-01-06",
      size: e % 3,
      color: "#cc79a7",
    });
  }
  return graph;
}

function read(folder: string): Record<string, Buffer> {
  return Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name))]));
}

describe("writeOutputs on a worker thread", () => {
  it("needs the compiled worker script (npm test compiles it)", () => {
    expect(existsSync(fileURLToPath(new URL("../../dist/export/worker.js", import.meta.url)))).toBe(true);
  });

  for (const [name, make] of [["the fixture graph", smallGraph], ["a graph of odd values, indented", () => oddGraph(300)], ["a large graph of odd values", () => oddGraph(3000)]] as const) {
    it(`writes the same bytes as this thread: ${name}`, async () => {
      const graph = make();
      await writeOutputs(graph, join(dir, "here"), FORMATS, { thread: false });
      expect(workers.started).toBe(0);
      await writeOutputs(graph, join(dir, "there"), FORMATS, { thread: true });
      expect(workers.started).toBe(1);
      const here = read(join(dir, "here"));
      const there = read(join(dir, "there"));
      expect(Object.keys(here)).toEqual(FILES);
      expect(Object.keys(there)).toEqual(FILES);
      // Buffer.equals: a deep comparison of megabytes would take minutes.
      for (const file of FILES) expect(there[file]!.equals(here[file]!), file).toBe(true);
    });
  }

  it("is used by default above THREAD_ABOVE nodes + edges only", async () => {
    await writeOutputs(oddGraph(300), dir, FORMATS);
    expect(workers.started).toBe(0);
    await writeOutputs(oddGraph(3000), dir, FORMATS);
    expect(workers.started).toBe(1);
    await writeOutputs(oddGraph(3000), dir, ["json", "csv"]);
    expect(workers.started).toBe(1);
  });

  it("reports a file that fails on the worker by name, leaves its old version, and puts the others in place", async () => {
    const graph = smallGraph();
    // Two keys that become one id once XML's forbidden characters are removed: the GEXF writer refuses them.
    graph.addNode("person:x\u0001", { label: "X" });
    graph.addNode("person:x", { label: "X again" });
    writeFileSync(join(dir, "graph.gexf"), "old gexf");
    await expect(writeOutputs(graph, dir, FORMATS, { thread: true })).rejects.toThrow(/^write: could not write .*graph\.gexf \(gexf: node keys .* become the same id/);
    expect(workers.started).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(FILES);
    expect(readFileSync(join(dir, "graph.gexf"), "utf8")).toBe("old gexf");
    expect(readFileSync(join(dir, "graph.graphml"), "utf8")).toContain("</graphml>");
  });

  it("fails every file of a worker that stops before answering, by name, and removes them", async () => {
    writeFileSync(join(dir, "graph.graphml"), "old graphml");
    workers.crash = true;
    await expect(writeOutputs(smallGraph(), dir, FORMATS, { thread: true })).rejects.toThrow(
      /^write: could not write .*graph\.gexf \(the export thread stopped \(exit code 3\) before writing it\)/,
    );
    expect(workers.started).toBe(1);
    // graph.json and the CSV files are written on this thread; no temporary file is left.
    expect(readdirSync(dir).sort()).toEqual(["edges.csv", "graph.graphml", "graph.json", "nodes.csv"]);
    expect(readFileSync(join(dir, "graph.graphml"), "utf8")).toBe("old graphml");
    expect(readFileSync(join(dir, "graph.json"), "utf8")).toContain('"nodes"');
  });
});
