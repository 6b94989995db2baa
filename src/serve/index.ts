// The explorer's server: a small node:http static server for the built viewer (dist/web) plus the
// graph at /graph.json, and writeSite() that copies both into a self-contained static site.
// Only files inside the site folder are served; no directory listing; strict CSP on every answer.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, realpath, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readGraph } from "../export/read.js";

/**
 * The Content-Security-Policy of the explorer: scripts only from the site itself (no inline script,
 * no eval), styles from CSS files, workers from blob: (ForceAtlas2's worker), graphs fetched from the
 * site or any http(s) URL given by `?graph=`. web/index.html carries the same policy in a <meta>.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "worker-src 'self' blob:; connect-src 'self' https: http: blob: data:; object-src 'none'; " +
  "base-uri 'self'; form-action 'none'";

/** Options of serve(); every field is optional. */
export interface ServeOptions {
  /** Path to a graph.json (graphology export) or a .gexf file, served as /graph.json. */
  graph?: string;
  /** Folder of the built viewer; defaults to dist/web beside this module. */
  siteDir?: string;
  /** Port; 0 = any free port. */
  port?: number;
  /** Interface to bind; 127.0.0.1 unless told otherwise. */
  host?: string;
}

/** A running server. */
export interface Served {
  /** Address to open, e.g. `http://127.0.0.1:5317/`. */
  url: string;
  close(): Promise<void>;
}

/** Defaults of serve(). */
export const DEFAULTS = {
  siteDir: fileURLToPath(new URL("../web/", import.meta.url)),
  port: 5317,
  host: "127.0.0.1",
} as const;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".gexf": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Converts a graph file's text to graphology JSON text; GEXF is read with src/export/read.ts (readGraph). */
export function graphFileToJson(text: string, fileName: string): string {
  const isGexf = /\.gexf$/i.test(fileName) || text.trimStart().startsWith("<");
  if (!isGexf) {
    try {
      const data = JSON.parse(text) as { nodes?: unknown };
      if (!Array.isArray(data.nodes)) throw new Error("no nodes array");
    } catch (error) {
      throw new Error(`serve: ${fileName} is not a graph.json (${(error as Error).message}); give the graph.json written by kg build or a .gexf file`);
    }
    return text;
  }
  try {
    return JSON.stringify(readGraph(text, "gexf").export());
  } catch (error) {
    throw new Error(`serve: ${fileName} could not be read as GEXF (${(error as Error).message}); check the file`);
  }
}

function assertSite(siteDir: string): void {
  if (!existsSync(path.join(siteDir, "index.html"))) {
    throw new Error(`serve: the viewer is not built (no index.html in ${siteDir}); run \`npm run prepare\` (vite build) first`);
  }
}

/**
 * Maps a request path to a file path inside root, or a status code when it must be refused:
 * 400 for undecodable paths, 403 for anything that could leave the folder (`..`, `%2e%2e`,
 * backslashes, NUL, absolute or drive paths after decoding).
 */
export function resolveRequestPath(root: string, rawPath: string): string | 400 | 403 {
  const pathname = rawPath.split("?")[0]?.split("#")[0] ?? "/";
  if (pathname.includes("\\") || /%5c/i.test(pathname) || /%00/.test(pathname)) return 403;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 400;
  }
  if (!decoded.startsWith("/") || decoded.startsWith("//")) return 403;
  if (decoded.includes("\0") || decoded.includes("\\") || /(^|\/)\.\.(\/|$)/.test(decoded) || /^\/[a-z]:/i.test(decoded)) {
    return 403;
  }
  const resolved = path.resolve(root, "." + decoded);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return 403;
  return resolved;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean): void {
  res.writeHead(status, {
    "Content-Type": type,
    "Content-Length": Buffer.byteLength(body),
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-cache",
  });
  res.end(head ? undefined : body);
}

/**
 * Starts the server. Resolves once it listens; `url` carries the real port when `port` is 0.
 * A GEXF graph is converted to JSON once, at start.
 */
export async function serve(options: ServeOptions = {}): Promise<Served> {
  const root = path.resolve(options.siteDir ?? DEFAULTS.siteDir);
  assertSite(root);
  const realRoot = await realpath(root);
  const host = options.host ?? DEFAULTS.host;
  const port = options.port ?? DEFAULTS.port;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`serve: port ${String(port)} is not a port number; give 0..65535 (0 = any free port)`);
  }
  let graphJson: string | undefined;
  if (options.graph) {
    const text = await readFile(options.graph, "utf8").catch((error: Error) => {
      throw new Error(`serve: cannot read the graph ${options.graph} (${error.message}); run kg build first or give the right path`);
    });
    graphJson = graphFileToJson(text, options.graph);
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const head = req.method === "HEAD";
    if (req.method !== "GET" && !head) {
      res.setHeader("Allow", "GET, HEAD");
      return send(res, 405, "text/plain; charset=utf-8", "Method not allowed\n", head);
    }
    const raw = req.url ?? "/";
    const pathname = raw.split("?")[0] ?? "/";
    if (graphJson !== undefined && pathname === "/graph.json") {
      return send(res, 200, CONTENT_TYPES[".json"]!, graphJson, head);
    }
    const target = resolveRequestPath(realRoot, raw);
    if (target === 400) return send(res, 400, "text/plain; charset=utf-8", "Bad request\n", head);
    if (target === 403) return send(res, 403, "text/plain; charset=utf-8", "Forbidden\n", head);
    let file = target;
    if (pathname === "/" || pathname === "/index.html") file = path.join(realRoot, "index.html");
    try {
      const real = await realpath(file);
      if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
        return send(res, 403, "text/plain; charset=utf-8", "Forbidden\n", head);
      }
      const info = await stat(real);
      // no directory listings: a folder is "not found"
      if (!info.isFile()) return send(res, 404, "text/plain; charset=utf-8", "Not found\n", head);
      const type = CONTENT_TYPES[path.extname(real).toLowerCase()] ?? "application/octet-stream";
      return send(res, 200, type, await readFile(real), head);
    } catch {
      return send(res, 404, "text/plain; charset=utf-8", "Not found\n", head);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, "text/plain; charset=utf-8", "Internal error\n", false);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `serve: port ${port} on ${host} is in use; pass another --port (0 = any free port)`
            : `serve: cannot listen on ${host}:${port} (${error.message})`,
        ),
      );
    });
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const realPort = typeof address === "object" && address ? address.port : port;
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${realPort}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * Writes a static, self-contained site into `dir`: the built viewer (relative asset paths, opens
 * from any static host) and `graph.json`. `graphJson` is the graph's JSON text (graphology export).
 */
export async function writeSite(graphJson: string, dir: string, options: { siteDir?: string } = {}): Promise<void> {
  const root = path.resolve(options.siteDir ?? DEFAULTS.siteDir);
  assertSite(root);
  const text = graphFileToJson(graphJson, "graph.json");
  await mkdir(dir, { recursive: true });
  await cp(root, dir, { recursive: true, force: true });
  await writeFile(path.join(dir, "graph.json"), text.endsWith("\n") ? text : text + "\n");
}
