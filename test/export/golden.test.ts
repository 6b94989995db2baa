// Golden files for every export format, written from the fixed fixture graph.
// Regenerate with UPDATE_GOLDEN=1 (then read the diff by eye before committing).

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { toCsv, toGexf, toGraphml, toJson } from "../../src/export/index.js";
import { smallGraph } from "../fixtures/graphs/small.js";

const GOLDEN = fileURLToPath(new URL("../golden/", import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === "1";

function outputs(): Record<string, string> {
  const graph = smallGraph();
  const csv = toCsv(graph);
  return {
    "small.gexf": toGexf(graph),
    "small.1.2.gexf": toGexf(graph, { version: "1.2" }),
    "small.json": toJson(graph),
    "small.graphml": toGraphml(graph),
    "small.nodes.csv": csv.nodes,
    "small.edges.csv": csv.edges,
  };
}

describe("golden exports of the fixture graph", () => {
  const files = outputs();
  for (const [name, text] of Object.entries(files)) {
    it(`${name} matches test/golden/${name}`, () => {
      const path = GOLDEN + name;
      if (UPDATE) {
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(path, text);
      }
      expect(existsSync(path), `missing golden ${name}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(text).toBe(readFileSync(path, "utf8"));
    });
  }

  it("is deterministic: a second run gives the same bytes", () => {
    expect(outputs()).toEqual(files);
  });

  it("does not depend on insertion order", () => {
    const graph = smallGraph();
    const reversed = graph.emptyCopy();
    reversed.clear();
    for (const node of graph.nodes().reverse()) reversed.addNode(node, graph.getNodeAttributes(node));
    for (const edge of graph.edges().reverse()) {
      reversed.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
    }
    reversed.replaceAttributes(graph.getAttributes());
    expect(toGexf(reversed)).toBe(files["small.gexf"]);
    expect(toJson(reversed)).toBe(files["small.json"]);
    expect(toCsv(reversed).edges).toBe(files["small.edges.csv"]);
  });
});
