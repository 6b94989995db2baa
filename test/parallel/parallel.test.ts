// Parallel extraction gives the same results as one thread: same graph bytes, same rejections, same
// article ids and the same article cap, in file order. Workers run the compiled dist/parallel/worker.js,
// so beforeAll compiles the project with tsc (as `npm test` does) — type errors elsewhere do not stop it.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/bench/corpus.js";
import { createAssembler } from "../../src/graph/assemble.js";
import { listInputs } from "../../src/ingest/index.js";
import { extractFiles, type ExtractFilesOptions, type FileResult } from "../../src/parallel/index.js";
import { resources } from "../fixtures/resources.js";

const root = path.resolve(import.meta.dirname, "../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kg-parallel-"));
const corpus = path.join(tmp, "corpus");
let files: string[] = [];

beforeAll(async () => {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: root, stdio: "pipe" });
  } catch {
    // type errors in files being written elsewhere: tsc still emits dist/
  }
  expect(fs.existsSync(path.join(root, "dist/parallel/worker.js"))).toBe(true);
  generateCorpus({ articles: 90, seed: 5, dir: corpus, perFolder: 40 });
  // Two files with the same name in different folders (same article id), and a bad file in between.
  const first = fs.readdirSync(path.join(corpus, "0000"))[0]!; // a000000-ro.txt or a000000-en.txt
  fs.mkdirSync(path.join(corpus, "zz"));
  fs.copyFileSync(path.join(corpus, "0000", first), path.join(corpus, "zz", first));
  fs.writeFileSync(path.join(corpus, "0001/a000050-bad.txt"), " date 2024-13-45 not a real date\n");
  files = (await listInputs([corpus])).files;
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function run(options: Partial<ExtractFilesOptions>): Promise<{ results: FileResult[]; graph: string }> {
  const results: FileResult[] = [];
  const assembler = createAssembler();
  for await (const r of extractFiles(files, { resources, ...options })) {
    results.push(r);
    for (const x of r.extractions) assembler.add(x);
  }
  return { results, graph: JSON.stringify(assembler.finish().export()) };
}

describe("extractFiles", () => {
  it("gives byte-identical graphs with 1 and 2 workers, results in file order", async () => {
    const one = await run({ workers: 1 });
    const two = await run({ workers: 2, minFilesForWorkers: 1, batchSize: 4 });
    expect(one.results.map((r) => r.file)).toEqual(files);
    expect(two.results.map((r) => r.file)).toEqual(files);
    expect(two.graph.length).toBeGreaterThan(10_000);
    expect(two.graph).toBe(one.graph);
    expect(two.results.map((r) => r.rejections)).toEqual(one.results.map((r) => r.rejections));
    // the graph is not trivial: articles, people and meetings from the synthetic corpus
    const nodes = (JSON.parse(one.graph) as { nodes: { key: string }[] }).nodes.map((n) => n.key);
    expect(nodes.filter((k) => k.startsWith("article:"))).toHaveLength(91);
    expect(nodes.some((k) => k.startsWith("meeting:"))).toBe(true);
  });

  it("gives the same graph with one worker thread as in this thread (one worker runs on a thread once there are enough files)", async () => {
    const here = await run({ workers: 1 });
    const thread = await run({ workers: 1, minFilesForWorkers: 1, batchSize: 6 });
    expect(thread.results.map((r) => r.file)).toEqual(files);
    expect(thread.graph).toBe(here.graph);
  });

  it("hands over one evidence object per sentence of an article, from workers too", async () => {
    for (const options of [{ workers: 1 }, { workers: 2, minFilesForWorkers: 1, batchSize: 4 }]) {
      let evidence = 0;
      const objects = new Set<object>();
      for (const { extractions } of (await run(options)).results) {
        for (const x of extractions) {
          const bySentence = new Map<number, object>();
          const all = [...x.meetings.flatMap((m) => [m.evidence, ...m.participants.map((p) => p.evidence)]), ...x.relations.map((r) => r.evidence)];
          for (const e of all) {
            evidence++;
            objects.add(e);
            if (!bySentence.has(e.sentence)) bySentence.set(e.sentence, e);
            expect(e).toBe(bySentence.get(e.sentence));
          }
        }
      }
      expect(objects.size).toBeLessThan(evidence / 2);
    }
  });

  it("makes clashing article ids unique in file order, whatever the threads", async () => {
    for (const options of [{ workers: 1 }, { workers: 2, minFilesForWorkers: 1, batchSize: 7 }]) {
      const { results } = await run(options);
      const ids = results.flatMap((r) => r.extractions.map((x) => x.article.id));
      expect(new Set(ids).size).toBe(ids.length);
      const copy = results.find((r) => r.file.includes(`${path.sep}zz${path.sep}`))!;
      expect(copy.extractions[0]!.article.id).toMatch(/^a000000-(ro|en)-2$/);
      // the renamed article is extracted under its new id (evidence points at it)
      const x = copy.extractions[0]!;
      for (const r of x.relations) expect(r.evidence.article).toBe(x.article.id);
    }
  });

  it("reports the bad file as a rejection at its place", async () => {
    const { results } = await run({ workers: 2, minFilesForWorkers: 1, batchSize: 5 });
    const bad = results.find((r) => r.file.endsWith("a000050-bad.txt"))!;
    expect(bad.extractions).toEqual([]);
    expect(bad.rejections[0]!.reason).toMatch(/date/);
  });

  it("caps the articles the same way with workers", async () => {
    const cap = async (workers: number) => {
      const { results } = await run({ workers, minFilesForWorkers: 1, batchSize: 3, maxArticles: 20 });
      return {
        kept: results.flatMap((r) => r.extractions.map((x) => x.article.path)),
        rejected: results.flatMap((r) => r.rejections.filter((j) => /more than 20 articles/.test(j.reason)).map((j) => j.path)),
      };
    };
    const one = await cap(1);
    const two = await cap(2);
    expect(one.kept).toEqual(files.slice(0, 20));
    expect(one.rejected).toHaveLength(files.length - 20 - 1); // minus the bad file
    expect(two).toEqual(one);
  });

  it("runs in this thread for few files (no worker script needed)", async () => {
    const results: FileResult[] = [];
    for await (const r of extractFiles(files.slice(0, 3), { resources, workers: 2, workerScript: "/nonexistent/worker.js" })) results.push(r);
    expect(results).toHaveLength(3);
  });

  it("stops the workers when the caller breaks early", async () => {
    let n = 0;
    for await (const r of extractFiles(files, { resources, workers: 2, minFilesForWorkers: 1, batchSize: 2 })) {
      expect(r.file).toBe(files[n]);
      if (++n === 5) break;
    }
    expect(n).toBe(5);
  });

  it("reports a worker that cannot start with a parallel: error", async () => {
    const broken = path.join(tmp, "broken-worker.mjs");
    fs.writeFileSync(broken, "throw new Error('boom');\n");
    const go = async () => {
      for await (const _ of extractFiles(files, { resources, workers: 2, minFilesForWorkers: 1, workerScript: broken }));
    };
    await expect(go()).rejects.toThrow(/^parallel: .*boom/);
  });

  it("checks its options", async () => {
    await expect(extractFiles(files, { resources, workers: 0 }).next()).rejects.toThrow(/^parallel: workers must be a positive integer/);
    await expect(extractFiles(files, { resources, lang: "fr" as "ro" }).next()).rejects.toThrow(/^parallel: lang must be/);
  });
});
