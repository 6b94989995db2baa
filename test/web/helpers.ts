// Loads the explorer's fixture graph (test/fixtures/web/graph.json) for the view-logic tests.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseGraphJson } from "../../web/src/logic/load.js";
import type { KgGraph } from "../../web/src/types.js";

export const fixturePath = fileURLToPath(new URL("../fixtures/web/graph.json", import.meta.url));

/** A fresh copy of the fixture graph. */
export function fixture(): KgGraph {
  return parseGraphJson(readFileSync(fixturePath, "utf8"));
}
