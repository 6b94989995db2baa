// What the scripts that write data files from a package share: write the file, or with `--check` say whether
// it is what the package gives (exit 1 when it is not, a missing file included).

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes `text` to `file` and says how many `items` it holds, or, when the command line has `--check`, exits 1 unless
 * the file is already `text`. `script` names the npm script, `source` the package the text comes from.
 */
export function writeOrCheck(script: string, source: string, file: string, text: string, items: number): void {
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(file, "utf8");
    } catch {
      // (a missing file is out of date too)
    }
    if (current !== text) {
      process.stderr.write(`${script}: ${file} is not what ${source} gives; run npm run ${script}\n`);
      process.exit(1);
    }
    process.stdout.write(`${script}: up to date\n`);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  process.stdout.write(`${script}: ${items} names written to ${file}\n`);
}
