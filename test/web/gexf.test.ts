// GEXF export of the shown part of the graph: valid 1.3, filters applied, text escaped, stable bytes.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "graphology-gexf";
import { MultiGraph } from "graphology";
import { visibleGexf } from "../../web/src/logic/gexf.js";
import { toFilters, visibleNodes, emptyFilterState } from "../../web/src/logic/filters.js";
import { detectFormat, makeDrawable, parseGraphGexf, parseGraphJson } from "../../web/src/logic/load.js";
import type { GexfParse } from "../../web/src/logic/load.js";
import { fixture, fixturePath } from "./helpers.js";
import { gexf13Errors } from "./validate.js";

const graph = fixture();

describe("visibleGexf", () => {
  it("writes the whole fixture as GEXF 1.3 that the official schema accepts", async () => {
    const xml = visibleGexf(graph, visibleNodes(graph, []));
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).not.toContain("xsi:");
    expect(await gexf13Errors(xml)).toEqual([]);
  });
  it("(the validator itself rejects a GEXF without <edges> and one keeping xsi:schemaLocation)", async () => {
    const xml = visibleGexf(graph, visibleNodes(graph, []));
    expect((await gexf13Errors(xml.replace(/<edges>[\s\S]*<\/edges>/, ""))).length).toBeGreaterThan(0);
    expect((await gexf13Errors(xml.replace('version="1.3"', 'version="1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="a b"'))).length).toBeGreaterThan(0);
  });
  it("keeps only what the filters show, and the edges between shown nodes", async () => {
    const visible = visibleNodes(graph, toFilters({ ...emptyFilterState(), hiddenKinds: ["article", "person"] }));
    const xml = visibleGexf(graph, visible);
    expect(await gexf13Errors(xml)).toEqual([]);
    const back = parse(MultiGraph, xml);
    expect(back.order).toBe(visible.size);
    expect(back.hasNode("person:steve-witkoff")).toBe(false);
    expect(back.hasNode("country:ukraine")).toBe(true);
    const expectedEdges = graph.filterEdges((_e, _a, s, t) => visible.has(s) && visible.has(t)).length;
    expect(back.size).toBe(expectedEdges);
  });
  it("escapes hostile text and keeps evidence as JSON text, lists as lists", async () => {
    const xml = visibleGexf(graph, visibleNodes(graph, []));
    expect(xml).not.toContain("<img");
    expect(xml).not.toContain("<script>");
    expect(xml).toContain('label="&lt;img src=x onerror=alert(1)>"'); // ">" needs no escape in XML attributes
    const back = parse(MultiGraph, xml);
    expect(back.getNodeAttribute("person:hostile", "label")).toBe("<img src=x onerror=alert(1)>");
    expect(back.getNodeAttribute("country:ukraine", "aliases")).toContain("Kyiv");
    const edge = back.edges("person:steve-witkoff", "meeting:2025-12-20-miami-talks")[0]!;
    const evidence = JSON.parse(back.getEdgeAttribute(edge, "evidence") as string) as Array<{ text: string }>;
    expect(evidence[0]?.text).toContain("Steve Witkoff");
  });
  it("gives the same bytes for the same view", () => {
    const visible = visibleNodes(graph, []);
    expect(visibleGexf(fixture(), visible)).toBe(visibleGexf(graph, visible));
  });
});

describe("load", () => {
  it("detects the format from the name, then from the text", () => {
    expect(detectFormat("x.gexf", "{")).toBe("gexf");
    expect(detectFormat("graph.json?x=1", "<")).toBe("json");
    expect(detectFormat("blob", "  <?xml")).toBe("gexf");
    expect(detectFormat("blob", "{}")).toBe("json");
  });
  it("rejects JSON that is not a graph with a message saying what to give", () => {
    expect(() => parseGraphJson("not json")).toThrow(/explorer: .*graph\.json/);
    expect(() => parseGraphJson("{}")).toThrow(/no nodes array/);
  });
  it("places only the nodes that lack coordinates", () => {
    const g = parseGraphJson(readFileSync(fixturePath, "utf8"));
    const before = g.getNodeAttributes("person:steve-witkoff");
    g.addNode("extra", { kind: "place", label: "", aliases: [], mentions: 0, articles: [] });
    expect(makeDrawable(g)).toBe(1);
    expect(g.getNodeAttribute("person:steve-witkoff", "x")).toBe(before.x);
    expect(Number.isFinite(g.getNodeAttribute("extra", "x"))).toBe(true);
    expect(g.getNodeAttribute("extra", "label")).toBe("extra");
  });
  it("reads a GEXF with parallel edges into the multi graph", () => {
    const xml = visibleGexf(graph, visibleNodes(graph, []));
    const g = parseGraphGexf(xml, parse as unknown as GexfParse);
    expect(g.order).toBe(graph.order);
    expect(g.size).toBe(graph.size);
  });
});
