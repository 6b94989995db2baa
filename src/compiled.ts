// Where the compiled script of a worker thread is: next to the calling module when it runs from
// dist/, else in dist/ beside the sources (vitest runs the TypeScript sources, but a worker thread
// needs JavaScript).

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** `dist/<folder>/<name>` as seen from the module at `moduleUrl` (in src/<folder>/ or dist/<folder>/), or undefined. */
export function compiledScript(moduleUrl: string, folder: string, name: string): URL | undefined {
  for (const candidate of [`./${name}`, `../../dist/${folder}/${name}`]) {
    const url = new URL(candidate, moduleUrl);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}
