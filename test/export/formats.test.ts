// CSV, GraphML and JSON exports, and reading JSON back.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { detectFormat, readGraph, toCsv, toGraphml, toJson } from "../../src/export/index.js";
import { neutralise, quoteField } from "../../src/export/csv.js";
import { smallGraph } from "../fixtures/graphs/small.js";

/** A small RFC 4180 parser (quoted fields, doubled quotes, CRLF rows) to read our CSV back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) throw new Error("csv does not end with CRLF");
  return rows;
}

describe("toCsv", () => {
  it("has headers for both Gephi and neo4j-admin, and one row per node and edge", () => {
    const { nodes, edges } = toCsv(smallGraph());
    const nodeRows = parseCsv(nodes);
    const edgeRows = parseCsv(edges);
    expect(nodeRows[0]!.slice(0, 4)).toEqual(["Id", "Label", ":ID", ":LABEL"]);
    expect(nodeRows[0]).toContain("mentions:int");
    expect(nodeRows[0]).toContain("aliases:string[]");
    expect(edgeRows[0]!.slice(0, 9)).toEqual(["Source", "Target", "Type", "Id", "Label", "Weight", ":START_ID", ":END_ID", ":TYPE"]);
    // the edge attribute `source` must not be taken by Gephi for its Source column
    expect(edgeRows[0]!.filter((h) => h.toLowerCase() === "source")).toEqual(["Source"]);
    expect(edgeRows[0]).toContain("attr_source");
    expect(nodeRows).toHaveLength(1 + 9);
    expect(edgeRows).toHaveLength(1 + 9);
    for (const row of nodeRows) expect(row).toHaveLength(nodeRows[0]!.length);
    for (const row of edgeRows) expect(row).toHaveLength(edgeRows[0]!.length);
  });

  it("writes values a reader gets back exactly (quotes, commas, newlines, CR)", () => {
    const { nodes, edges } = toCsv(smallGraph());
    const nodeRows = parseCsv(nodes);
    const header = nodeRows[0]!;
    const witkoff = nodeRows.find((row) => row[0] === "person:steve-witkoff")!;
    expect(witkoff[header.indexOf(":LABEL")]).toBe("Person");
    expect(witkoff[header.indexOf("aliases:string[]")]).toBe('Witkoff;Steve Witkoff;trimisul "special"');
    expect(witkoff[header.indexOf("description")]).toBe("US special envoy, ]]> & <b>bold</b>");
    expect(witkoff[header.indexOf("pagerank:double")]).toBe("0.21");
    const edgeRows = parseCsv(edges);
    const eh = edgeRows[0]!;
    const supports = edgeRows.find((row) => row[3] === "relation:person:steve-witkoff->country:united-states#1")!;
    expect(supports[eh.indexOf(":TYPE")]).toBe("SUPPORTS");
    expect(supports[eh.indexOf("Weight")]).toBe("3");
    expect(supports[eh.indexOf("Type")]).toBe("Directed");
    expect(supports[eh.indexOf("evidence")]).toContain("tab\there, CR\rLF\n, lone  surrogate.");
  });

  it("neutralises cells that a spreadsheet would run as formulas, but not numbers", () => {
    for (const bad of ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"]) expect(neutralise(bad)).toBe(`'${bad}`);
    expect(neutralise("ok=1")).toBe("ok=1");
    const graph = new MultiDirectedGraph();
    graph.addNode("=HYPERLINK(\"http://evil\")", { label: "@evil", x: -3.5, kind: "person" });
    const rows = parseCsv(toCsv(graph).nodes);
    expect(rows[1]![0]).toBe("'=HYPERLINK(\"http://evil\")");
    expect(rows[1]![1]).toBe("'@evil");
    expect(rows[1]![rows[0]!.indexOf("x:double")]).toBe("-3.5");
  });

  it("quotes per RFC 4180", () => {
    expect(quoteField("plain")).toBe("plain");
    expect(quoteField('a "b", c')).toBe('"a ""b"", c"');
    expect(quoteField("line\nbreak")).toBe('"line\nbreak"');
  });
});

describe("toGraphml", () => {
  it("declares typed keys and writes one node and edge element each", () => {
    const text = toGraphml(smallGraph());
    expect(text).toContain('<key id="n3" for="node" attr.name="mentions" attr.type="int"/>');
    expect(text).toContain('attr.name="pagerank" attr.type="double"');
    expect(text.match(/<node /g)).toHaveLength(9);
    expect(text.match(/<edge /g)).toHaveLength(9);
    expect(text).not.toContain("<script>");
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
  });

  const networkx = spawnSync("python3", ["-c", "import networkx"]).status === 0;
  it.skipIf(!networkx)("is read by networkx.read_graphml with the same counts and typed values", () => {
    const dir = mkdtempSync(join(tmpdir(), "kg-graphml-"));
    try {
      const file = join(dir, "graph.graphml");
      writeFileSync(file, toGraphml(smallGraph()));
      const script = `
import json, sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
n = g.nodes["person:steve-witkoff"]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "mentions": n["mentions"], "aliases": json.loads(n["aliases"]), "label": n["label"]}))`;
      const out = JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }));
      expect(out).toEqual({ nodes: 9, edges: 9, mentions: 4, aliases: ["Witkoff", "Steve Witkoff", 'trimisul "special"'], label: "Steve Witkoff" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("toJson and readGraph(json)", () => {
  it("round-trips every attribute, evidence objects included", () => {
    const graph = smallGraph();
    const back = readGraph(toJson(graph), "json");
    expect(back.order).toBe(graph.order);
    graph.forEachNode((key, attributes) => expect(back.getNodeAttributes(key)).toEqual(attributes));
    graph.forEachEdge((key, attributes, source, target) => {
      expect(back.getEdgeAttributes(key)).toEqual(attributes);
      expect([back.source(key), back.target(key)]).toEqual([source, target]);
    });
    expect(back.getAttributes()).toEqual(graph.getAttributes());
  });

  it("is pretty by default and compact on request, nodes and edges in key order, the same graph either way", () => {
    const graph = smallGraph();
    const pretty = toJson(graph);
    expect(pretty.split("\n").length).toBeGreaterThan(100);
    const compact = toJson(graph, { pretty: false });
    expect(compact.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(compact)).toEqual(JSON.parse(pretty));
    const parsed = JSON.parse(compact) as { nodes: { key: string }[]; edges: { key: string }[] };
    for (const list of [parsed.nodes, parsed.edges]) expect(list.map((x) => x.key)).toEqual(list.map((x) => x.key).sort());
    expect(parsed.edges.length).toBe(graph.size);
  });

  it("gives clear errors for bad input", () => {
    expect(() => readGraph("{nope", "json")).toThrow(/^read: this JSON could not be parsed/);
    expect(() => readGraph('{"a":1}', "json")).toThrow(/^read: this JSON is not a graphology export/);
    expect(() => readGraph("<not-gexf/>", "gexf")).toThrow(/^read: this GEXF could not be read/);
  });

  it("detects the format from the extension", () => {
    expect(detectFormat("out/graph.json")).toBe("json");
    expect(detectFormat("OUT/GRAPH.GEXF")).toBe("gexf");
    expect(() => detectFormat("graph.graphml")).toThrow(/read: cannot tell the format/);
  });
});
