// The kg command as a user runs it (compiled, in a child process): outputs, exit codes,
// messages for rejected input, usage errors, and byte-identical output for the same input.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const cli = path.join(root, "dist/cli.js");
const seed = path.join(root, "data/articles/2025-12-18-ro-miami-meeting-us-russia-ukraine-talks.txt");

function kg(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  execFileSync("npx", ["tsc", "-p", "tsconfig.json"], { cwd: root });
}, 120_000);

describe("kg build", () => {
  it("writes graph.json and graph.gexf, prints a summary, exits 0", () => {
    const out = mkdtempSync(path.join(tmpdir(), "kg-"));
    const r = kg(["build", seed, "--out", out, "--no-layout"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 articles, \d+ nodes \(.*person.*\), \d+ edges, 0 rejected, [\d.]+ s/);
    const graph = JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8"));
    expect(graph.nodes.some((n: { key: string }) => n.key === "person:steve-witkoff")).toBe(true);
    expect(readFileSync(path.join(out, "graph.gexf"), "utf8")).toContain('xmlns="http://gexf.net/1.3"');
  });

  it("gives byte-identical files for the same input", () => {
    const a = mkdtempSync(path.join(tmpdir(), "kg-"));
    const b = mkdtempSync(path.join(tmpdir(), "kg-"));
    expect(kg(["build", seed, "--out", a, "--format", "all", "-q"]).code).toBe(0);
    expect(kg(["build", seed, "--out", b, "--format", "all", "-q"]).code).toBe(0);
    for (const f of ["graph.json", "graph.gexf", "graph.graphml", "nodes.csv", "edges.csv"]) {
      expect(readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))), f).toBe(true);
    }
  });

  it("names each rejected file, still builds the others, exits 1", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kg-in-"));
    copyFileSync(seed, path.join(dir, "good.txt"));
    writeFileSync(path.join(dir, "empty.txt"), "   \n");
    writeFileSync(path.join(dir, "bad-date.txt"), " date 2025-13-45 Text of an article.\n");
    const out = path.join(dir, "out");
    const r = kg(["build", dir, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.txt: .*(empty|white space)/i);
    expect(r.stderr).toMatch(/bad-date\.txt:1: malformed date "2025-13-45"/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(path.join(out, "graph.json"))).toBe(true);
  });

  it("gives the bad-input suite (test/fixtures/bad) one line per file with its reason, exit 1, no stack trace", () => {
    const out = mkdtempSync(path.join(tmpdir(), "kg-"));
    const r = kg(["build", "test/fixtures/bad", seed, "--out", out, "--no-layout"]);
    expect(r.code).toBe(1);
    const expected = JSON.parse(readFileSync(path.join(root, "test/fixtures/bad/expected.json"), "utf8")) as Record<string, string>;
    // Inside a folder, files of other types are skipped quietly; named directly, they are rejected.
    expect(kg(["build", "test/fixtures/bad/unsupported.pdf", "--out", out]).stderr).toContain("unsupported file type .pdf");
    for (const [file, reason] of Object.entries(expected).filter(([f]) => !f.endsWith(".pdf"))) {
      const line = r.stderr.split("\n").find((l) => l.includes(`bad/${file}`));
      expect(line, file).toBeDefined();
      expect(line!.replace(/:\d+: line \d+: /, ": "), file).toContain(reason.replace(/^line \d+: /, ""));
    }
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(readFileSync(path.join(out, "graph.json"), "utf8")).nodes.length).toBeGreaterThan(10);
  });

  it("with --strict writes nothing when an input is rejected", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kg-in-"));
    copyFileSync(seed, path.join(dir, "good.txt"));
    writeFileSync(path.join(dir, "empty.txt"), "");
    const r = kg(["build", dir, "--out", path.join(dir, "out"), "--strict"]);
    expect(r.code).toBe(1);
    expect(existsSync(path.join(dir, "out", "graph.json"))).toBe(false);
  });

  it("reports a missing path and exits 1 with nothing read", () => {
    const r = kg(["build", "/nonexistent/articles", "--out", mkdtempSync(path.join(tmpdir(), "kg-"))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("/nonexistent/articles");
  });

  it("answers usage errors with exit code 2 and a hint", () => {
    for (const args of [["frobnicate"], ["build", "--format", "pdf"], ["build", "--lang", "fr"], ["build", "--bogus"], []]) {
      const r = kg(args);
      expect(r.code, args.join(" ")).toBe(2);
    }
    expect(kg(["build", "--format", "pdf"]).stderr).toMatch(/unknown format.*pdf/);
  });

  it("prints help and version", () => {
    expect(kg(["--help"]).stdout).toContain("kg build");
    expect(kg(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("kg stats and kg export", () => {
  it("summarises a graph and re-exports it to other formats", () => {
    const out = mkdtempSync(path.join(tmpdir(), "kg-"));
    expect(kg(["build", seed, "--out", out, "-q", "--no-layout"]).code).toBe(0);
    const stats = kg(["stats", path.join(out, "graph.json")]);
    expect(stats.code).toBe(0);
    expect(stats.stdout).toMatch(/Top actors:[\s\S]*United States/);
    expect(stats.stdout).toMatch(/unconfirmed\s+\w+ in Miami/);
    const again = path.join(out, "again");
    mkdirSync(again);
    expect(kg(["export", path.join(out, "graph.json"), "--format", "graphml,csv", "--out", again]).code).toBe(0);
    expect(readFileSync(path.join(again, "nodes.csv"), "utf8").split("\n").length).toBeGreaterThan(10);
    expect(kg(["stats", path.join(out, "missing.json")]).code).toBe(1);
  });
});
