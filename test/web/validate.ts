// Validates a GEXF text against the official 1.3 RELAX NG schema (../shared/gexf/1.3/gexf.rng,
// which includes viz.rng) with xmllint-wasm.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { validateXML } from "xmllint-wasm";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const schemaDir = path.resolve(projectRoot, "../shared/gexf/1.3");

/** Returns the list of schema errors (empty = valid). */
export async function gexf13Errors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: { fileName: "view.gexf", contents: xml },
    schema: { fileName: "gexf.rng", contents: readFileSync(path.join(schemaDir, "gexf.rng"), "utf8") },
    // gexf.rng includes viz.rng and dynamics.rng
    preload: ["viz.rng", "dynamics.rng"].map((fileName) => ({ fileName, contents: readFileSync(path.join(schemaDir, fileName), "utf8") })),
    extension: "relaxng",
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage ?? String(e));
}
