// serve(): static files only from its folder (traversal refused, no listings), graph at /graph.json
// (GEXF converted), security headers, loopback by default; writeSite(): a self-contained static site.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import http from "node:http";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CONTENT_SECURITY_POLICY, graphFileToJson, resolveRequestPath, serve, writeSite, type Served } from "../../src/serve/index.js";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const fixtureGraph = path.join(projectRoot, "test/fixtures/web/graph.json");

/** A raw GET whose path is sent exactly as written (no URL normalisation by the client). */
function get(url: string, rawPath: string, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

let tmp: string;
let site: string;
let server: Served;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "kg-serve-"));
  site = path.join(tmp, "site");
  await mkdir(path.join(site, "assets", "sub"), { recursive: true });
  await writeFile(path.join(site, "index.html"), "<!doctype html><title>kg</title>");
  await writeFile(path.join(site, "assets", "app.js"), "console.log(1);");
  await writeFile(path.join(site, "assets", "app.css"), "body{}");
  await writeFile(path.join(site, "assets", "sub", "x.txt"), "x");
  await writeFile(path.join(tmp, "secret.txt"), "TOP SECRET");
  server = await serve({ graph: fixtureGraph, siteDir: site, port: 0 });
});
afterAll(async () => {
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe("serve", () => {
  it("binds 127.0.0.1 on a free port by default when port 0 is given", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toMatch(/:0\/$/);
  });
  it("serves index.html, assets with their content types, and the security headers", async () => {
    const index = await get(server.url, "/");
    expect(index.status).toBe(200);
    expect(index.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(index.headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers["x-content-type-options"]).toBe("nosniff");
    expect((await get(server.url, "/assets/app.js")).headers["content-type"]).toMatch(/^text\/javascript/);
    expect((await get(server.url, "/assets/app.css")).headers["content-type"]).toMatch(/^text\/css/);
    expect((await get(server.url, "/assets/app.js?v=1")).status).toBe(200);
  });
  it("forbids inline script in its CSP", () => {
    const script = /script-src ([^;]*)/.exec(CONTENT_SECURITY_POLICY)?.[1] ?? "";
    expect(script).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-eval");
  });
  it("serves the given graph at /graph.json", async () => {
    const res = await get(server.url, "/graph.json");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(JSON.parse(res.body).nodes.length).toBe(JSON.parse(readFileSync(fixtureGraph, "utf8")).nodes.length);
  });
  it("refuses every way out of the folder", async () => {
    const attempts = [
      "/../secret.txt",
      "/assets/../../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E/secret.txt",
      "/assets/%2e%2e/%2e%2e/secret.txt",
      "/..%2fsecret.txt",
      "/%2e%2e%2fsecret.txt",
      "/..\\secret.txt",
      "/..%5csecret.txt",
      "/assets%5c..%5c..%5csecret.txt",
      "//etc/passwd",
      "/%2fetc%2fpasswd",
      "/%00secret.txt",
      "/C:/Windows/win.ini",
      `/${path.join(tmp, "secret.txt")}`,
      "/%252e%252e/secret.txt",
    ];
    for (const attempt of attempts) {
      const res = await get(server.url, attempt);
      expect([400, 403, 404], attempt).toContain(res.status);
      expect(res.body, attempt).not.toContain("TOP SECRET");
    }
    expect((await get(server.url, "/../secret.txt")).status).toBe(403);
    expect((await get(server.url, "/%2e%2e/secret.txt")).status).toBe(403);
    expect((await get(server.url, "/..%5csecret.txt")).status).toBe(403);
  });
  it("lists no directories", async () => {
    for (const dir of ["/assets", "/assets/", "/assets/sub/"]) {
      const res = await get(server.url, dir);
      expect(res.status, dir).toBe(404);
      expect(res.body).not.toContain("app.js");
    }
  });
  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await get(server.url, "/assets/app.js", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect((await get(server.url, "/", "POST")).status).toBe(405);
  });
  it("maps request paths inside the root only", () => {
    const root = path.resolve("/srv/site");
    expect(resolveRequestPath(root, "/a/b.js")).toBe(path.join(root, "a/b.js"));
    expect(resolveRequestPath(root, "/%2e%2e/x")).toBe(403);
    expect(resolveRequestPath(root, "/%E0%A4%A")).toBe(400);
  });
  it("converts a GEXF graph to JSON at start", async () => {
    const gexf = readFileSync(path.resolve(projectRoot, "../shared/gexf/samples/basic.gexf"), "utf8");
    const json = JSON.parse(graphFileToJson(gexf, "basic.gexf")) as { nodes: unknown[]; edges: unknown[] };
    expect(json.nodes.length).toBeGreaterThan(0);
    const file = path.join(tmp, "basic.gexf");
    await writeFile(file, gexf);
    const other = await serve({ graph: file, siteDir: site, port: 0 });
    try {
      const res = await get(other.url, "/graph.json");
      expect(JSON.parse(res.body).nodes.length).toBe(json.nodes.length);
    } finally {
      await other.close();
    }
  });
  it("says what to do when the viewer is not built or the graph is wrong", async () => {
    await expect(serve({ siteDir: path.join(tmp, "nothing"), port: 0 })).rejects.toThrow(/serve: .*npm run prepare/);
    await expect(serve({ siteDir: site, graph: path.join(tmp, "missing.json"), port: 0 })).rejects.toThrow(/serve: cannot read the graph/);
    expect(() => graphFileToJson("{}", "g.json")).toThrow(/serve: g\.json is not a graph\.json/);
  });
});

describe("writeSite", () => {
  it("copies the viewer and writes graph.json beside it", async () => {
    const out = path.join(tmp, "out-site");
    const json = readFileSync(fixtureGraph, "utf8");
    await writeSite(json, out, { siteDir: site });
    expect(existsSync(path.join(out, "index.html"))).toBe(true);
    expect(existsSync(path.join(out, "assets", "app.js"))).toBe(true);
    expect(JSON.parse(await readFile(path.join(out, "graph.json"), "utf8"))).toEqual(JSON.parse(json));
    // and it serves as is
    const s = await serve({ siteDir: out, port: 0 });
    try {
      expect((await get(s.url, "/graph.json")).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});

describe("web/index.html", () => {
  const html = readFileSync(path.join(projectRoot, "web/index.html"), "utf8");
  it("carries the same CSP as a <meta>, for static hosts", () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
  });
  it("has no inline script, no inline handler and no inline style", () => {
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc=/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
    expect(html).not.toMatch(/<style\b/i);
  });
});
