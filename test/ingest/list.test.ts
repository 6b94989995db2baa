// listInputs: folder expansion (recursive, sorted, hidden skipped) and rejections, never throws.
import { mkdtemp, mkdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listInputs } from "../../src/ingest/index.js";

const TREE = "test/fixtures/ingest/tree";

describe("listInputs", () => {
  it("expands a folder recursively, sorted, skipping hidden entries, README and unsupported files", async () => {
    const { files, rejections } = await listInputs([TREE]);
    expect(files).toEqual([`${TREE}/a.txt`, `${TREE}/sub/b.md`, `${TREE}/sub/c.jsonl`]);
    expect(rejections).toEqual([]);
  });

  it("lists a file given twice once, keeps the order of the arguments", async () => {
    const { files } = await listInputs([`${TREE}/sub/b.md`, TREE, `${TREE}/a.txt`]);
    expect(files).toEqual([`${TREE}/sub/b.md`, `${TREE}/a.txt`, `${TREE}/sub/c.jsonl`]);
  });

  it("rejects a missing path, an unsupported file and a folder with no articles", async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), "kg-empty-"));
    await mkdir(path.join(empty, "nested"));
    try {
      const { files, rejections } = await listInputs(["no/such/file.txt", `${TREE}/notes.pdf`, empty]);
      expect(files).toEqual([]);
      expect(rejections).toEqual([
        { path: "no/such/file.txt", reason: "does not exist; check the path" },
        { path: `${TREE}/notes.pdf`, reason: "unsupported file type .pdf; give .txt .md .json .jsonl .html .htm" },
        { path: empty, reason: "folder has no article files (.txt .md .json .jsonl .html .htm)" },
      ]);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it("still reads a hidden or README file named explicitly", async () => {
    const { files } = await listInputs([`${TREE}/.hidden.txt`, `${TREE}/README.md`]);
    expect(files).toEqual([`${TREE}/.hidden.txt`, `${TREE}/README.md`]);
  });
});
