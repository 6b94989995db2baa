// Shared set-up for the browser tests: build the viewer once into a temp folder, serve it with
// serve(), and drive Debian's chromium through playwright-core (skipped when chromium is missing).
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { chromium, type Browser } from "playwright-core";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
export const CHROMIUM = process.env.KG_CHROMIUM ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
export const fixtureGraph = path.join(projectRoot, "test/fixtures/web/graph.json");

if (!hasChromium) {
  console.warn(`e2e: ${CHROMIUM} not found; browser tests are skipped (install it: apt-get install -y chromium)`);
}

/** Builds web/ into a fresh temp folder; returns the folder and a cleanup. */
export async function buildSite(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "kg-web-"));
  await build({
    configFile: path.join(projectRoot, "web/vite.config.ts"),
    logLevel: "warn",
    build: { outDir: dir, emptyOutDir: true },
  });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Launches headless chromium with the flags that work without a GPU (SwiftShader WebGL). */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--use-gl=angle",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
    ],
  });
}
