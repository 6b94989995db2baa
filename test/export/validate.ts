// Test helper: validates GEXF text against the official RELAX NG schemas in ../shared/gexf
// (1.3/gexf.rng, and 1.2draft/gexf.regenerated.rng whose viz include is namespaced right),
// with xmllint-wasm; the schema's included files are passed as preloads.

import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

/** The shared GEXF folder beside the project root: `<root>/../shared/gexf`. */
export const GEXF_SHARED = fileURLToPath(new URL("../../../shared/gexf/", import.meta.url));

const MAIN_SCHEMA = { "1.3": "gexf.rng", "1.2": "gexf.regenerated.rng" } as const;
const FOLDER = { "1.3": "1.3", "1.2": "1.2draft" } as const;

function schemaFiles(version: "1.3" | "1.2") {
  const folder = join(GEXF_SHARED, FOLDER[version]);
  const main = MAIN_SCHEMA[version];
  const preload = readdirSync(folder)
    .filter((name) => name.endsWith(".rng") && name !== main)
    .sort()
    .map((name) => ({ fileName: name, contents: readFileSync(join(folder, name), "utf8") }));
  return { schema: { fileName: main, contents: readFileSync(join(folder, main), "utf8") }, preload };
}

/**
 * Validates one or more GEXF documents of the same version in one xmllint run.
 * Returns the error messages (empty when all are valid).
 */
export async function validateGexf(documents: string | string[], version: "1.3" | "1.2" = "1.3"): Promise<string[]> {
  const list = Array.isArray(documents) ? documents : [documents];
  const { schema, preload } = schemaFiles(version);
  const result = await validateXML({
    xml: list.map((contents, index) => ({ fileName: `doc${index}.gexf`, contents })),
    schema: [schema],
    preload,
    extension: "relaxng",
    maxMemoryPages: 16384,
  });
  return result.valid ? [] : result.errors.map((error) => error.rawMessage);
}
