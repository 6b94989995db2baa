// GEXF: valid against the official schemas (1.3 and 1.2draft), read back by graphology-gexf into the
// same graph, read by networkx where it is installed, and with the dynamics Gephi's timeline needs.

import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { readGraph, toGexf } from "../../src/export/index.js";
import { formatList, timeline } from "../../src/export/gexf.js";
import { escapeAttribute, escapeText, stripForbidden, toToken } from "../../src/export/xml.js";
import { smallGraph } from "../fixtures/graphs/small.js";
import { actualGraph, expectedGraph } from "./expected.js";
import { GEXF_SHARED, validateGexf } from "./validate.js";

describe("toGexf", () => {
  it("writes GEXF 1.3 valid against 1.3/gexf.rng, with the 1.3 namespaces", async () => {
    const text = toGexf(smallGraph());
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
    expect(await validateGexf(text, "1.3")).toEqual([]);
  });

  it("writes GEXF 1.2draft valid against 1.2draft/gexf.regenerated.rng, with the www namespaces", async () => {
    const text = toGexf(smallGraph(), { version: "1.2" });
    expect(text).toContain('xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2"');
    expect(await validateGexf(text, "1.2")).toEqual([]);
  });

  it("without indentation is the indented document with each line's leading spaces removed, valid in both versions", async () => {
    for (const version of ["1.3", "1.2"] as const) {
      const indented = toGexf(smallGraph(), { version });
      const compact = toGexf(smallGraph(), { version, indent: false });
      expect(compact).toBe(indented.replace(/^ +/gm, ""));
      expect(compact.split("\n").some((line) => line.startsWith(" "))).toBe(false);
      expect(await validateGexf(compact, version)).toEqual([]);
      expect(actualGraph(readGraph(compact, "gexf"))).toEqual(actualGraph(readGraph(indented, "gexf")));
    }
  });

  it("escapes, lists and labels give the same text on their fast paths as the plain definitions", () => {
    const plainEscape = (t: string) => stripForbidden(t).replace(/[&<>"'\t\n\r]/g, (c) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos", "\t": "#9", "\n": "#10", "\r": "#13" }[c]};`);
    for (const t of ["plain", "", "a & b", '"q" <x>', "\u0001&", "\t\n\r", "\uD800x&", "ăîșț 'x'"]) expect(escapeAttribute(t)).toBe(plainEscape(t));
    expect(escapeText("a\r\n<b> & c\u0002")).toBe("a&#13;\n&lt;b&gt; &amp; c");
    expect(toToken("a \u0001 b")).toBe("a b");
    expect(toToken("\u00a0Kyiv ")).toBe("Kyiv");
    expect(toToken(" a\t\n b  c ")).toBe("a b c");
    expect(formatList([])).toBe("[]");
    expect(formatList(['a"b', "c\\d", "e\nf"])).toBe('["a\\"b", "c\\\\d", "e\\nf"]');
  });

  it("is rejected by the validator when broken (the validation can fail)", async () => {
    const broken = toGexf(smallGraph()).replace('start="2025-12-20"', 'start="next week"');
    expect((await validateGexf(broken, "1.3")).length).toBeGreaterThan(0);
  });

  it("validates for an empty graph and an edgeless graph (edges element always present)", async () => {
    const empty = new MultiDirectedGraph();
    const one = new MultiDirectedGraph();
    one.addNode("a", { kind: "topic", label: "A", aliases: [], mentions: 0, articles: [] });
    const texts = [toGexf(empty), toGexf(one)];
    expect(texts[0]).toContain('<edges count="0">');
    expect(await validateGexf(texts, "1.3")).toEqual([]);
    expect(await validateGexf([toGexf(empty, { version: "1.2" }), toGexf(one, { version: "1.2" })], "1.2")).toEqual([]);
  });

  it("declares every attribute with its type and the contract's defaults", () => {
    const text = toGexf(smallGraph());
    expect(text).toContain('<attribute id="mentions" title="mentions" type="integer">');
    expect(text).toContain('<attribute id="pagerank" title="pagerank" type="double"/>');
    expect(text).toContain('<attribute id="aliases" title="aliases" type="liststring">\n        <default>[]</default>');
    expect(text).toContain('<attribute id="evidence" title="evidence" type="string"/>');
    // weightedDegree values are whole numbers here but the column is double
    expect(text).toContain('<attribute id="weightedDegree" title="weightedDegree" type="double"/>');
  });

  it("writes viz colour, size, position and thickness, and edge weight and label", () => {
    const text = toGexf(smallGraph());
    expect(text).toMatch(/<node id="person:steve-witkoff" label="Steve Witkoff"[^>]*>[\s\S]*?<viz:color r="0" g="114" b="178"\/>\s*<viz:size value="18.5"\/>\s*<viz:position x="10.5" y="-3.25" z="0"\/>/);
    expect(text).toMatch(/label="supports" weight="3"[\s\S]*?<viz:thickness value="2.58"\/>/);
  });

  it("puts dates on Gephi's timeline: meetings at their date, edges and actors stretched to cover them", () => {
    const graph = smallGraph();
    const text = toGexf(graph);
    expect(text).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    expect(text).toContain('<node id="meeting:2025-12-20-miami-talks" label="Miami talks (weekend)" start="2025-12-20" end="2025-12-21">');
    const { nodes, edges } = timeline(graph);
    // every edge lies within both of its ends, so Gephi never shows an edge without its nodes…
    graph.forEachEdge((edge, _a, source, target) => {
      const interval = edges.get(edge)!;
      for (const end of [source, target]) {
        if (end.startsWith("meeting:")) continue;
        expect(nodes.get(end)!.start <= interval.start && interval.end <= nodes.get(end)!.end).toBe(true);
      }
    });
    // …and a participant is alive on the meeting's date
    expect(nodes.get("person:jared-kushner")).toEqual({ start: "2025-12-18", end: "2025-12-21" });
    // an edge not touching a meeting keeps its own dates
    expect(edges.get("relation:person:rustem-umerov->country:ukraine#0")).toEqual({ start: "2025-12-18", end: "2025-12-18" });
  });

  it("writes a static graph when there are no dates or dynamic is off", () => {
    const graph = new MultiDirectedGraph();
    graph.addNode("a", { label: "A", date: "sometime" });
    expect(toGexf(graph)).toContain('<graph defaultedgetype="directed" mode="static">');
    expect(toGexf(smallGraph(), { dynamic: false })).not.toContain("start=");
  });

  it("takes lastmodifieddate from the newest article date, or the option — never the clock", () => {
    const graph = smallGraph();
    graph.addNode("article:later", { kind: "article", label: "Later", aliases: [], mentions: 0, articles: [], date: "2026-01-05" });
    expect(toGexf(graph)).toContain('<meta lastmodifieddate="2026-01-05">');
    expect(toGexf(graph, { lastModified: "2024-02-29" })).toContain('<meta lastmodifieddate="2024-02-29">');
    expect(() => toGexf(graph, { lastModified: "2024-02-30" })).toThrow(/gexf: lastModified/);
    expect(toGexf(new MultiDirectedGraph())).toContain("<meta>");
  });

  it("escapes hostile text and removes characters XML 1.0 forbids", () => {
    const text = toGexf(smallGraph());
    expect(text).not.toContain("<script>");
    expect(text).not.toMatch(/\]\]>/);
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(text).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(text).toContain("tab&#9;here, CR&#13;LF&#10;");
    expect(text).toContain("🇺🇦");
  });

  it("writes lists so that quotes, commas and backslashes survive", () => {
    expect(formatList([])).toBe("[]");
    expect(formatList(['a, b', 'say "hi"', "back\\slash", "line\nbreak"])).toBe('["a, b", "say \\"hi\\"", "back\\\\slash", "line\\nbreak"]');
    const graph = new MultiDirectedGraph();
    graph.addNode("n", { label: "N", aliases: ['a, b', 'say "hi"', "back\\slash", "line\nbreak", "[x]", ""] });
    expect(readGraph(toGexf(graph), "gexf").getNodeAttribute("n", "aliases")).toEqual(['a, b', 'say "hi"', "back\\slash", "line\nbreak", "[x]", ""]);
  });

  it("refuses keys that collide once forbidden characters are removed", () => {
    const graph = new MultiDirectedGraph();
    graph.addNode("a\u0001");
    graph.addNode("a");
    expect(() => toGexf(graph)).toThrow(/gexf: node keys .* rename one/);
  });
});

describe("GEXF read back (graphology-gexf parser)", () => {
  for (const version of ["1.3", "1.2"] as const) {
    it(`gives the same nodes, edges and attribute values (${version})`, () => {
      const graph = smallGraph();
      const back = readGraph(toGexf(graph, { version }), "gexf");
      expect(back.order).toBe(graph.order);
      expect(back.size).toBe(graph.size);
      expect(actualGraph(back)).toEqual(expectedGraph(graph));
      expect(back.getAttributes()).toEqual({ generator: "article-kg test", name: "Fixture: Miami talks", lastModifiedDate: "2025-12-18" });
    });
  }

  it("keeps the hostile evidence text except the forbidden characters", () => {
    const back = readGraph(toGexf(smallGraph()), "gexf");
    const evidence = back.getEdgeAttribute("relation:person:steve-witkoff->country:united-states#1", "evidence") as string;
    expect(evidence).toBe(
      '[2025-12-18-miami-talks #1] Witkoff said "<script>alert(1)</script>" & \'more\' ]]> 🇺🇦 emoji, שלום עולם RTL, ctrl bell, tab\there, CR\rLF\n, lone  surrogate.',
    );
  });
});

describe("the official sample files", () => {
  const folder = join(GEXF_SHARED, "samples");
  for (const name of readdirSync(folder).filter((file) => file.endsWith(".gexf")).sort()) {
    it(`reads ${name}`, () => {
      const graph = readGraph(readFileSync(join(folder, name), "utf8"), "gexf");
      expect(graph.order).toBeGreaterThan(0);
    });
  }

  it("reads the numbers it should from celegans and viz", () => {
    const celegans = readGraph(readFileSync(join(folder, "celegans.gexf"), "utf8"), "gexf");
    expect([celegans.order, celegans.size]).toEqual([306, 2345]);
    const viz = readGraph(readFileSync(join(folder, "viz.gexf"), "utf8"), "gexf");
    expect(viz.getNodeAttributes(viz.nodes()[0]!)).toMatchObject({ label: "glossy", color: "#efad4299", x: 15.783598 });
  });
});

function hasNetworkx(): boolean {
  const result = spawnSync("python3", ["-c", "import networkx"], { encoding: "utf8" });
  return result.status === 0;
}

const NETWORKX = hasNetworkx();
if (!NETWORKX) console.warn("gexf.test: python3 with networkx is not importable; the networkx read test is skipped");

describe.skipIf(!NETWORKX)("networkx reads the files", () => {
  const script = `
import json, sys, networkx as nx
g = nx.read_gexf(sys.argv[1], version=sys.argv[2]) if sys.argv[3] == "gexf" else nx.read_graphml(sys.argv[1])
n = g.nodes["person:steve-witkoff"]
e = [d for _, _, k, d in g.edges(keys=True, data=True) if d.get("id", k) == "relation:person:steve-witkoff->country:united-states#1"]
print(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
  "label": n.get("label"), "mentions": n.get("mentions"), "pagerank": n.get("pagerank"), "kind": n.get("kind"),
  "weight": e[0].get("weight") if e else None, "relation": e[0].get("relation") if e else None,
  "evidence": e[0].get("evidence") if e else None}))
`;
  const cases = [
    ["gexf", "1.3", toGexf(smallGraph())],
    ["gexf", "1.2draft", toGexf(smallGraph(), { version: "1.2" })],
  ] as const;
  for (const [format, version, text] of cases) {
    it(`networkx.read_gexf reads GEXF ${version} with the same counts and attributes`, () => {
      const dir = mkdtempSync(join(tmpdir(), "kg-nx-"));
      try {
        const file = join(dir, "graph.gexf");
        writeFileSync(file, text);
        const out = JSON.parse(execFileSync("python3", ["-c", script, file, version, format], { encoding: "utf8" }));
        expect(out).toMatchObject({ nodes: 9, edges: 9, directed: true, label: "Steve Witkoff", mentions: 4, pagerank: 0.21, kind: "person", weight: 3, relation: "supports" });
        expect(out.evidence).toContain('"<script>alert(1)</script>" & \'more\' ]]>');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
