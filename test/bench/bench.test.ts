// The benchmark's measurements and report: the floor and a one-thread build on a tiny corpus give
// consistent counts, and the report prints ratios and the targets from the figures it is given.
import * as fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatReport, TARGETS, type SizeReport } from "../../src/bench/cli.js";
import { generateCorpus } from "../../src/bench/corpus.js";
import { measure, type MeasureResult } from "../../src/bench/measure.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kg-bench-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("measure", () => {
  const dir = path.join(tmp, "c");
  const manifest = generateCorpus({ articles: 12, seed: 4, dir });

  it("floor: reads every article and counts its tokens", async () => {
    const r = await measure({ mode: "floor", dir });
    expect(r.files).toBe(12);
    expect(r.articles).toBe(12);
    expect(r.tokens!).toBeGreaterThan(manifest.words); // words plus punctuation
    expect(r.peakRss).toBeGreaterThan(0);
    expect(Object.keys(r.ms)).toEqual(["ingest", "tokenize"]);
    // its CPU time, which the extraction's CPU time is divided by
    expect(r.cpuMs!).toBeGreaterThan(0);
  });

  it("build: every stage timed, the graph counted, the articles all in it", async () => {
    const r = await measure({ mode: "build", dir, workers: 1 });
    expect(r.articles).toBe(12);
    expect(r.bytes).toBe(manifest.bytes);
    for (const k of ["resources", "ingest", "text", "extract", "assemble", "metrics", "layout"]) expect(r.ms[k]).toBeGreaterThanOrEqual(0);
    expect(r.cpuMs!).toBeGreaterThan(0);
    expect(r.nodes!).toBeGreaterThan(12); // 12 article nodes and what they name
    expect(r.edges!).toBeGreaterThan(0);
  });
});

function fakeBuild(workers: number, totalMs: number, extractMs: number): SizeReport["builds"][number] {
  const b: MeasureResult = {
    mode: "build", workers, files: 10_000, articles: 10_000, bytes: 25 * 1024 * 1024, totalMs,
    ms: { ingest: 1000, text: 500, extract: extractMs, assemble: 300, metrics: 200, layout: 400 },
    nodes: 5, edges: 7, skipped: ["exports: export/index.js not found"], peakRss: 2 * 1024 ** 3, peakHeap: 1024 ** 3,
    cpuMs: totalMs * 1.5,
  };
  return { ...b, buildFloorRatio: totalMs / 1000, extractFloorRatio: (500 + extractMs) / 1000, articlesPerSecond: 10_000 / (totalMs / 1000), mbPerSecond: 25 / (totalMs / 1000) };
}

describe("formatReport", () => {
  const floor: MeasureResult = { mode: "floor", files: 10_000, articles: 10_000, bytes: 25 * 1024 * 1024, totalMs: 1000, ms: {}, skipped: [], peakRss: 1, peakHeap: 1 };
  const report: SizeReport = {
    size: TARGETS.size,
    corpus: { generator: 1, seed: 1, articles: 10_000, bytes: 25 * 1024 * 1024, words: 1, byLang: { ro: 6000, en: 4000 }, dir: "/x" },
    floor,
    builds: [fakeBuild(1, 20_000, 6500), fakeBuild(2, 12_000, 7000)],
  };
  const text = formatReport([report], ["skipped: explorer (test)"]);

  it("prints each run with its throughput and its ratio to the floor", () => {
    expect(text).toMatch(/build, 1 worker\s+25\.0\s+20\.00\s+500\s+1\.25\s+20\.0\s+7\.0/);
    expect(text).toMatch(/build, 2 workers\s+25\.0\s+12\.00\s+833/);
  });

  it("prints the process CPU time of each build beside its stages", () => {
    expect(text).toMatch(/build, 1 worker(\s+\S+){9}\s+30\.00\s+–\s*$/m);
    expect(text).toMatch(/build, 2 workers(\s+\S+){9}\s+18\.00\s+–\s*$/m);
  });

  it("judges the targets from the figures", () => {
    expect(text).toMatch(/graph \+ exports ≤ 15 s: 12\.00 s with 2 worker\(s\) — met \(no exports measured\)/);
    expect(text).toMatch(/peak memory ≤ 1536\.0 MB: 2048\.0 MB RSS — NOT met/);
    expect(text).toMatch(/≤ 8× the token floor: 7\.0× \(1 worker\(s\), CPU time\) — met/);
  });

  it("lists what was skipped, once", () => {
    expect(text.match(/skipped: exports/g)).toHaveLength(1);
    expect(text).toContain("skipped: explorer (test)");
  });
});
