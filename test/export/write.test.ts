// writeOutputs and writeFileAtomic: file names, atomic replacement, no temporary files left, and
// parseFormats' errors. A failing fsync/rename is simulated by mocking node:fs and node:fs/promises.

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { MultiDirectedGraph } from "graphology";
import { smallGraph } from "../fixtures/graphs/small.js";

const failures = vi.hoisted(() => ({ rename: 0, sync: 0 }));

vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (failures.rename > 0) {
        failures.rename--;
        throw new Error("simulated rename failure");
      }
      return actual.rename(from, to);
    },
  };
});

vi.mock("node:fs", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs")>();
  return {
    ...actual,
    fsync: (fd: number, callback: (error: Error | null) => void) => {
      if (failures.sync > 0) {
        failures.sync--;
        actual.writeSync(fd, "garbage");
        callback(new Error("simulated fsync failure"));
        return;
      }
      actual.fsync(fd, callback);
    },
  };
});

const { parseFormats, writeFileAtomic, writeOutputs, PRETTY_JSON_MAX, INDENT_MAX } = await import("../../src/export/write.js");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kg-write-"));
  failures.rename = 0;
  failures.sync = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("writeOutputs", () => {
  it("writes every format with its file names, creating the folder", async () => {
    const out = join(dir, "nested", "out");
    const paths = await writeOutputs(smallGraph(), out, ["gexf", "json", "graphml", "csv"]);
    expect(paths.map((p) => p.slice(out.length + 1))).toEqual(["graph.gexf", "graph.json", "graph.graphml", "nodes.csv", "edges.csv"]);
    expect(readdirSync(out).sort()).toEqual(["edges.csv", "graph.gexf", "graph.graphml", "graph.json", "nodes.csv"]);
    expect(readFileSync(join(out, "graph.gexf"), "utf8")).toContain('<gexf xmlns="http://gexf.net/1.3"');
  });

  it("indents graph.json for small graphs and writes large ones on one line, the same graph either way", async () => {
    await writeOutputs(smallGraph(), dir, ["json"]);
    const small = readFileSync(join(dir, "graph.json"), "utf8");
    expect(small.split("\n").length).toBeGreaterThan(50);
    const large = new MultiDirectedGraph();
    for (let i = 0; i <= PRETTY_JSON_MAX; i++) large.addNode(`n${i}`, { label: `é ${i}` });
    await writeOutputs(large, dir, ["json"]);
    const text = readFileSync(join(dir, "graph.json"), "utf8");
    expect(text.indexOf("\n")).toBe(text.length - 1);
    const back = new MultiDirectedGraph();
    back.import(JSON.parse(text));
    expect(back.order).toBe(PRETTY_JSON_MAX + 1);
    expect(back.getNodeAttribute("n7", "label")).toBe("é 7");
  });

  it("writes the GEXF and GraphML of large graphs without indentation, one element per line", async () => {
    await writeOutputs(smallGraph(), dir, ["gexf", "graphml"]);
    expect(readFileSync(join(dir, "graph.gexf"), "utf8")).toContain("\n      <node id=");
    expect(readFileSync(join(dir, "graph.graphml"), "utf8")).toContain("\n    <node id=");
    const large = new MultiDirectedGraph();
    for (let i = 0; i <= INDENT_MAX; i++) large.addNode(`n${i}`, { label: `é ${i}`, kind: "person" });
    await writeOutputs(large, dir, ["gexf", "graphml"]);
    for (const name of ["graph.gexf", "graph.graphml"]) {
      const lines = readFileSync(join(dir, name), "utf8").split("\n");
      expect(lines.length).toBeGreaterThan(INDENT_MAX);
      expect(lines.filter((line) => line.startsWith(" "))).toEqual([]);
    }
    expect(readFileSync(join(dir, "graph.gexf"), "utf8")).toContain('\n<node id="n7" label="é 7">\n<attvalues>\n<attvalue for="kind" value="person"/>\n</attvalues>\n</node>\n');
  });

  it("puts every file in place before it returns, and reports a failed one after the others are settled", async () => {
    const seen: string[] = [];
    await writeOutputs(smallGraph(), dir, ["gexf", "json", "csv"], { onWritten: (path) => seen.push(path.slice(dir.length + 1)) });
    expect(seen.sort()).toEqual(["edges.csv", "graph.gexf", "graph.json", "nodes.csv"]);
    const before = Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), "utf8")]));
    // The first file's fsync fails: its old version stays, the others are written, no temporary file is left.
    failures.sync = 1;
    writeFileSync(join(dir, "graph.gexf"), "old gexf");
    await expect(writeOutputs(smallGraph(), dir, ["gexf", "json", "csv"])).rejects.toThrow(/graph\.gexf .*simulated fsync failure/);
    expect(readdirSync(dir).sort()).toEqual(["edges.csv", "graph.gexf", "graph.json", "nodes.csv"]);
    expect(readFileSync(join(dir, "graph.gexf"), "utf8")).toBe("old gexf");
    for (const name of ["graph.json", "nodes.csv", "edges.csv"]) expect(readFileSync(join(dir, name), "utf8")).toBe(before[name]);
  });

  it("passes GEXF options through", async () => {
    await writeOutputs(smallGraph(), dir, ["gexf"], { gexf: { version: "1.2" } });
    expect(readFileSync(join(dir, "graph.gexf"), "utf8")).toContain('version="1.2"');
  });

  it("writes the same bytes twice", async () => {
    await writeOutputs(smallGraph(), join(dir, "a"), ["gexf", "json", "csv"]);
    await writeOutputs(smallGraph(), join(dir, "b"), ["gexf", "json", "csv"]);
    for (const name of ["graph.gexf", "graph.json", "nodes.csv", "edges.csv"]) {
      expect(readFileSync(join(dir, "b", name))).toEqual(readFileSync(join(dir, "a", name)));
    }
  });
});

describe("writeFileAtomic", () => {
  it("replaces the file and leaves no temporary file", async () => {
    const path = join(dir, "graph.json");
    writeFileSync(path, "old");
    await writeFileAtomic(path, "new");
    expect(readFileSync(path, "utf8")).toBe("new");
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it("leaves the old file intact and no temporary file when the rename fails", async () => {
    const path = join(dir, "graph.gexf");
    writeFileSync(path, "old content");
    failures.rename = 1;
    await expect(writeFileAtomic(path, "new content")).rejects.toThrow(/^write: could not write .*simulated rename failure/);
    expect(readFileSync(path, "utf8")).toBe("old content");
    expect(readdirSync(dir)).toEqual(["graph.gexf"]);
  });

  it("leaves the old file intact when fsync fails after a partial write", async () => {
    const path = join(dir, "nodes.csv");
    writeFileSync(path, "old rows");
    failures.sync = 1;
    await expect(writeFileAtomic(path, "new rows")).rejects.toThrow(/simulated fsync failure/);
    expect(readFileSync(path, "utf8")).toBe("old rows");
    expect(readdirSync(dir)).toEqual(["nodes.csv"]);
  });

  it("streams a producer's pieces in order, and leaves the old file intact when the producer throws half-way", async () => {
    const path = join(dir, "graph.json");
    const pieces = Array.from({ length: 5000 }, (_, i) => `piece ${i} ${"é".repeat(i % 500)}\n`);
    await writeFileAtomic(path, (write) => pieces.forEach(write));
    expect(readFileSync(path, "utf8")).toBe(pieces.join(""));
    await expect(
      writeFileAtomic(path, (write) => {
        pieces.forEach(write);
        throw new Error("gexf: two keys collide");
      }),
    ).rejects.toThrow(/^write: could not write .*two keys collide/);
    expect(readFileSync(path, "utf8")).toBe(pieces.join(""));
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it("fails cleanly when the folder does not exist", async () => {
    await expect(writeFileAtomic(join(dir, "missing", "x.json"), "{}")).rejects.toThrow(/^write: could not write/);
    expect(existsSync(join(dir, "missing"))).toBe(false);
  });
});

describe("parseFormats", () => {
  it("reads lists, 'all', spaces and duplicates", () => {
    expect(parseFormats("gexf,json")).toEqual(["gexf", "json"]);
    expect(parseFormats(" CSV , gexf,csv ")).toEqual(["csv", "gexf"]);
    expect(parseFormats("all")).toEqual(["gexf", "json", "graphml", "csv"]);
  });

  it("names the unknown format and the known ones", () => {
    expect(() => parseFormats("gexf,dot")).toThrow('write: unknown format "dot"; use gexf, json, graphml, csv or all');
    expect(() => parseFormats(" , ")).toThrow(/write: no format given/);
  });
});
