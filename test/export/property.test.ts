// Property tests: random graphs with hostile strings (<, &, ]]>, quotes, control characters, lone
// surrogates, emoji, right-to-left text) always give GEXF that is schema-valid (1.3 and 1.2draft),
// reads back into the same graph, and exports to JSON/CSV/GraphML without throwing.

import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { readGraph, toCsv, toGexf, toGraphml, toJson } from "../../src/export/index.js";
import { actualGraph, clean, expectedGraph } from "./expected.js";
import { validateGexf } from "./validate.js";

const HOSTILE = ["<", ">", "&", "]]>", '"', "'", "\u0000", "\u0001", "\u001f", "\t", "\n", "\r", "\uD800", "\uDFFF",
  "🇷🇴", "😀", "שלום", "مرحبا", "\u202E", "ș", "ț", "\\", "[", "]", ",", "|", " ", "=", "-", "\uFFFE"];

/** Strings mixing ordinary text with the hostile pieces. */
const hostileString = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 4 }), fc.string({ unit: "grapheme", maxLength: 3 })), { maxLength: 6 })
  .map((parts) => parts.join(""));

/** Keys: hostile but never two that are equal once forbidden characters are removed. */
const keys = (min: number, max: number) =>
  fc.uniqueArray(hostileString.map((s) => `k${s}`), { minLength: min, maxLength: max, selector: (key) => clean(key) });

const evidenceArb = fc.record({
  article: hostileString,
  sentence: fc.nat(50),
  start: fc.nat(1000),
  end: fc.nat(1000),
  text: hostileString,
});

const dateArb = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const nodeAttributesArb = fc.record(
  {
    kind: fc.constantFrom("person", "country", "meeting", "topic", "article", "organization", "place", "group"),
    label: hostileString,
    aliases: fc.array(hostileString, { maxLength: 3 }),
    mentions: fc.nat(100),
    articles: fc.array(hostileString, { maxLength: 2 }),
    description: hostileString,
    firstSeen: dateArb,
    date: fc.oneof(dateArb, fc.tuple(dateArb, dateArb).map(([a, b]) => (a <= b ? `${a}/${b}` : `${b}/${a}`)), hostileString),
    pagerank: fc.double({ min: 0, max: 1, noNaN: true }),
    community: fc.nat(10),
    x: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    y: fc.double({ min: -1e4, max: 1e4, noNaN: true }),
    size: fc.double({ min: 0, max: 50, noNaN: true }),
    color: fc.constantFrom("#0072b2", "#E69F00", "#abc", "#11223380"),
    flag: fc.boolean(),
  },
  { requiredKeys: ["kind", "label", "aliases", "mentions", "articles"] },
);

const edgeAttributesArb = fc.record(
  {
    relation: fc.constantFrom("mentions", "participates_in", "envoy_of", "rejects"),
    label: hostileString,
    weight: fc.integer({ min: 1, max: 20 }),
    evidence: fc.array(evidenceArb, { minLength: 1, maxLength: 3 }),
    source: hostileString,
    articles: fc.array(hostileString, { maxLength: 2 }),
    lastSeen: dateArb,
    size: fc.double({ min: 0, max: 10, noNaN: true }),
    color: fc.constantFrom("#cc79a7", "rgb(1,2,3)"),
  },
  { requiredKeys: ["relation", "weight"] },
);

const graphArb = keys(1, 8).chain((nodeKeys) =>
  fc
    .record({
      nodes: fc.array(nodeAttributesArb, { minLength: nodeKeys.length, maxLength: nodeKeys.length }),
      edges: fc.array(
        fc.record({ source: fc.nat(nodeKeys.length - 1), target: fc.nat(nodeKeys.length - 1), attributes: edgeAttributesArb }),
        { maxLength: 12 },
      ),
      name: fc.option(hostileString, { nil: undefined }),
    })
    .map(({ nodes, edges, name }) => {
      const graph = new MultiDirectedGraph();
      if (name !== undefined) graph.setAttribute("name", name);
      nodeKeys.forEach((key, index) => graph.addNode(key, nodes[index]));
      edges.forEach((edge, index) =>
        graph.addEdgeWithKey(`e${index}:${nodeKeys[edge.source]}`, nodeKeys[edge.source]!, nodeKeys[edge.target]!, edge.attributes),
      );
      return graph;
    }),
);

const SEED = 20251218;

describe("random graphs with hostile strings", () => {
  it("round-trip through GEXF 1.3 and 1.2 into the same graph", () => {
    fc.assert(
      fc.property(graphArb, (graph) => {
        for (const version of ["1.3", "1.2"] as const) {
          const back = readGraph(toGexf(graph, { version }), "gexf");
          expect(actualGraph(back)).toEqual(expectedGraph(graph));
        }
      }),
      { numRuns: 150, seed: SEED },
    );
  });

  it("export to JSON (lossless), CSV and GraphML, deterministically", () => {
    fc.assert(
      fc.property(graphArb, (graph) => {
        const json = toJson(graph);
        expect(toJson(graph)).toBe(json);
        const back = readGraph(json, "json");
        graph.forEachNode((key, attributes) => {
          expect(JSON.parse(JSON.stringify(back.getNodeAttributes(key)))).toEqual(JSON.parse(JSON.stringify(attributes)));
        });
        expect(back.size).toBe(graph.size);
        const csv = toCsv(graph);
        expect(csv.nodes.split("\r\n")[0]).toMatch(/^Id,Label,:ID,:LABEL/);
        expect(toGraphml(graph)).toContain("</graphml>");
      }),
      { numRuns: 100, seed: SEED },
    );
  });

  for (const version of ["1.3", "1.2"] as const) {
    it(`always give GEXF ${version} valid against the official schema (50 graphs, one xmllint run)`, async () => {
      const graphs = fc.sample(graphArb, { numRuns: 50, seed: SEED });
      const documents = graphs.map((graph) => toGexf(graph, { version }));
      const errors = await validateGexf(documents, version);
      expect(errors).toEqual([]);
    });
  }
});
