// The assembler: one node per entity across articles, meetings merged when place, date and
// participants agree, evidence kept for every link, and a key-sorted, byte-stable result.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/text/index.js";
import { extract } from "../../src/extract/index.js";
import { assemble, monthsOf } from "../../src/graph/assemble.js";
import { toJson } from "../../src/export/json.js";
import type { Extraction } from "../../src/types.js";
import { resources } from "../fixtures/resources.js";

function x(id: string, date: string, text: string): Extraction {
  return extract(analyze({ id, path: `${id}.txt`, text, date }), resources);
}

const a = x("a", "2025-12-16", "Steve Witkoff s-a întâlnit luni la Berlin cu Rustem Umerov. Putin a tăcut.");
const b = x("b", "2025-12-18", "Witkoff și Rustem Umerov au avut luni o întâlnire la Berlin despre garanțiile de securitate.");
const c = x("c", "2025-12-18", "Vladimir Putin s-a întâlnit la Moscova cu Steve Witkoff.");

describe("assemble", () => {
  it("makes one node per entity across articles, with counts and first/last seen", () => {
    const g = assemble([a, b, c]);
    const w = g.getNodeAttributes("person:steve-witkoff");
    expect(w.articles).toEqual(["a", "b", "c"]);
    expect(w.mentions).toBe(3);
    expect(w.firstSeen).toBe("2025-12-16");
    expect(w.lastSeen).toBe("2025-12-18");
    expect(w.aliases).toEqual(["Steve Witkoff", "Witkoff"]);
    expect(g.getNodeAttribute("article:a", "kind")).toBe("article");
    expect(g.hasEdge("article:a|mentions|person:steve-witkoff")).toBe(true);
  });

  it("merges a meeting reported twice when place, date and participants agree, and keeps both evidences", () => {
    const g = assemble([a, b, c]);
    const berlin = g.filterNodes((_, n) => n.kind === "meeting" && n.place === "Berlin");
    expect(berlin).toHaveLength(1);
    const m = berlin[0]!;
    expect(g.getNodeAttribute(m, "date")).toBe("2025-12-15");
    const edge = g.edges("person:steve-witkoff", m)[0]!;
    expect(g.getEdgeAttribute(edge, "weight")).toBe(2);
    expect(g.getEdgeAttribute(edge, "evidence")!.map((e) => e.article)).toEqual(["a", "b"]);
    // The Moscow meeting is another one.
    expect(g.filterNodes((_, n) => n.kind === "meeting")).toHaveLength(2);
  });

  it("gives the same bytes for the same input, with nodes in key order in the JSON export", () => {
    const one = toJson(assemble([a, b, c]));
    const two = toJson(assemble([a, b, c]));
    expect(one).toBe(two);
    const keys = (JSON.parse(one) as { nodes: { key: string }[] }).nodes.map((n) => n.key);
    expect(keys.length).toBeGreaterThan(5);
    expect(keys).toEqual([...keys].sort());
  });

  it("keeps list attributes sorted whatever the order of the articles", () => {
    const g = assemble([c, b, a]);
    g.forEachNode((_key, n) => {
      expect(n.articles).toEqual([...n.articles].sort());
      expect(n.aliases).toEqual([...n.aliases].sort());
    });
  });

  it("puts evidence and modality on every edge but mentions", () => {
    const g = assemble([a, b, c]);
    g.forEachEdge((_, attr) => {
      if (attr.relation === "mentions") return;
      expect(attr.evidence?.length).toBeGreaterThan(0);
      expect(attr.modality).toBeDefined();
    });
  });

  it("indexes meetings by the months their date touches", () => {
    expect(monthsOf(undefined)).toEqual([""]);
    expect(monthsOf("2025-12-18")).toEqual(["2025-12"]);
    expect(monthsOf("2025-11-28/2026-01-02")).toEqual(["2025-11", "2025-12", "2026-01"]);
  });
});
