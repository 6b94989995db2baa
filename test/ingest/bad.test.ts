// The bad-input suite: every file in test/fixtures/bad gives a Rejection with the expected reason,
// plus the cases made at test time (huge file, symbolic link loop, unreadable file, 1 MB line).
import { chmod, mkdir, mkdtemp, open, rm, symlink, writeFile } from "node:fs/promises";
import { readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listInputs, readArticles } from "../../src/ingest/index.js";
import { analyze, findDates } from "../../src/text/index.js";

const BAD = "test/fixtures/bad";
const expected = JSON.parse(readFileSync(`${BAD}/expected.json`, "utf8")) as Record<string, string>;

describe("bad inputs in test/fixtures/bad", () => {
  it("has an expectation for every fixture file", () => {
    const files = readdirSync(BAD).filter((f) => f !== "expected.json").sort();
    expect(files).toEqual(Object.keys(expected).sort());
  });

  for (const [name, fragment] of Object.entries(expected)) {
    it(`${name} → "${fragment}"`, async () => {
      const { articles, rejections } = await readArticles(`${BAD}/${name}`);
      expect(rejections.length).toBeGreaterThan(0);
      expect(rejections[0]!.reason).toContain(fragment);
      expect(rejections[0]!.path).toBe(`${BAD}/${name}`);
      for (const r of rejections) expect(r.reason).not.toMatch(/\n/);
      if (name !== "broken.jsonl") expect(articles).toEqual([]);
    });
  }

  it("keeps the good lines of a broken JSONL file and names each bad line", async () => {
    const { articles, rejections } = await readArticles(`${BAD}/broken.jsonl`);
    expect(articles.map((a) => [a.id, a.line, a.text])).toEqual([["broken-1", 1, "Bun."], ["broken-3", 3, "Tot bun."]]);
    expect(rejections.map((r) => r.line)).toEqual([2, 4, 5]);
    expect(rejections[2]!.reason).toContain('malformed date "2025-13-01"');
  });

  it("names the line of invalid UTF-8", async () => {
    const { rejections } = await readArticles(`${BAD}/invalid-utf8.txt`);
    expect(rejections[0]!.line).toBe(3);
  });
});

describe("bad inputs made at test time", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kg-ingest-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("rejects a 50 MB file from its size alone, before reading it", async () => {
    const big = path.join(dir, "big.txt");
    const handle = await open(big, "w");
    await handle.truncate(50 * 1024 * 1024); // sparse: no 50 MB written to disk
    await handle.close();
    const started = Date.now();
    const { articles, rejections } = await readArticles(big);
    expect(articles).toEqual([]);
    expect(rejections[0]!.reason).toContain("file is 50.0 MiB, larger than the limit of 16.0 MiB (maxFileBytes)");
    expect(Date.now() - started).toBeLessThan(1000);
    const small = await readArticles(path.join(BAD, "../ingest/no-header.txt"), { maxFileBytes: 10 });
    expect(small.rejections[0]!.reason).toContain("larger than the limit");
  });

  it("reports a symbolic link loop, never loops or throws", async () => {
    const loops = path.join(dir, "loops");
    await mkdir(path.join(loops, "inner"), { recursive: true });
    await writeFile(path.join(loops, "inner", "a.txt"), "Text.\n");
    await symlink("self.txt", path.join(loops, "self.txt")); // a link to itself: ELOOP
    await symlink("..", path.join(loops, "inner", "up")); // a folder link back to an ancestor
    const { files, rejections } = await listInputs([loops]);
    expect(files).toEqual([path.join(loops, "inner", "a.txt")]);
    const reasons = rejections.map((r) => `${path.relative(loops, r.path)}: ${r.reason}`).sort();
    expect(reasons).toHaveLength(2);
    expect(reasons.some((r) => r.startsWith("self.txt: symbolic link loop"))).toBe(true);
    expect(reasons.some((r) => r.startsWith("inner/up: symbolic link loop"))).toBe(true);
    const direct = await readArticles(path.join(loops, "self.txt"));
    expect(direct.rejections[0]!.reason).toContain("symbolic link loop");
  });

  it("rejects a file it may not read (chmod 000; skipped as root, see unreadable.test.ts)", async (ctx) => {
    if (process.getuid?.() === 0) {
      ctx.skip("running as root: chmod 000 does not stop root; the mocked test in unreadable.test.ts covers it");
      return;
    }
    const locked = path.join(dir, "locked.txt");
    await writeFile(locked, "Text.\n");
    await chmod(locked, 0o000);
    const listed = await listInputs([locked]);
    expect(listed.rejections[0]!.reason).toContain("permission denied");
    const read = await readArticles(locked);
    expect(read.rejections[0]!.reason).toContain("permission denied");
  });

  it("reads a 1 MB line with no punctuation quickly, and analyses it without hanging", async () => {
    const long = path.join(dir, "long.txt");
    const words = Array.from({ length: 1024 * 1024 / 8 }, (_, i) => `cuv${(i % 9973).toString(36)}ant`).join(" ");
    await writeFile(long, ` date 2025-12-18 ${words}\n`);
    const started = Date.now();
    const { articles } = await readArticles(long);
    expect(articles).toHaveLength(1);
    const doc = analyze(articles[0]!);
    expect(doc.sentences).toHaveLength(1);
    findDates(doc.text, "ro", "2025-12-18");
    const nospace = "a".repeat(1024 * 1024);
    const doc2 = analyze({ id: "x", path: "x", text: nospace });
    expect(doc2.tokens).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe("special files", () => {
  it("rejects a named pipe instead of blocking on it", async (ctx) => {
    const { execFileSync } = await import("node:child_process");
    const dir = await mkdtemp(path.join(os.tmpdir(), "kg-fifo-"));
    const fifo = path.join(dir, "pipe.txt");
    try {
      execFileSync("mkfifo", [fifo]);
    } catch {
      ctx.skip("mkfifo is not available here");
      return;
    }
    try {
      const { rejections } = await readArticles(fifo);
      expect(rejections[0]!.reason).toContain("not a regular file");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
