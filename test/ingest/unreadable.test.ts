// An unreadable file, simulated: tests run as root, where chmod 000 does not stop reading,
// so the file system answers EACCES for one path through mocks of node:fs/promises (listing) and
// node:fs (reading).
import { describe, expect, it, vi } from "vitest";

const LOCKED = "test/fixtures/ingest/no-header.txt";

vi.mock("node:fs/promises", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs/promises")>();
  const denied = (p: unknown): boolean => String(p) === LOCKED;
  const eacces = (): Error => Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
  return {
    ...real,
    access: async (p: Parameters<typeof real.access>[0], mode?: number) => {
      if (denied(p)) throw eacces();
      return real.access(p, mode);
    },
    readFile: (async (p: Parameters<typeof real.readFile>[0], o?: unknown) => {
      if (denied(p)) throw eacces();
      return real.readFile(p, o as never);
    }) as typeof real.readFile,
  };
});

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  return {
    ...real,
    readFileSync: ((p: Parameters<typeof real.readFileSync>[0], o?: unknown) => {
      if (String(p) === LOCKED) throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      return real.readFileSync(p, o as never);
    }) as typeof real.readFileSync,
  };
});

const { listInputs, readArticles } = await import("../../src/ingest/index.js");

describe("unreadable file (simulated EACCES)", () => {
  it("listInputs rejects it with a permission reason", async () => {
    const { files, rejections } = await listInputs([LOCKED]);
    expect(files).toEqual([]);
    expect(rejections).toEqual([{ path: LOCKED, reason: "cannot be read (permission denied); check its permissions" }]);
  });
  it("readArticles rejects it with a permission reason", async () => {
    const { articles, rejections } = await readArticles(LOCKED);
    expect(articles).toEqual([]);
    expect(rejections[0]!.reason).toContain("permission denied");
  });
});
