// applyAppearance: sizes from the chosen metric within bounds, colours by kind, edge labels in words.

import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { applyAppearance, KIND_COLORS, RELATION_COLORS, relationFamily, relationLabel } from "../../src/graph/appearance.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes, NodeKind } from "../../src/types.js";

type G = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

function graph(): G {
  const g: G = new MultiDirectedGraph();
  const kinds: NodeKind[] = ["article", "person", "organization", "country", "place", "group", "meeting", "topic"];
  kinds.forEach((kind, i) =>
    g.addNode(`${kind}:x`, { kind, label: kind, aliases: [], mentions: 1, articles: [], pagerank: i / 10, degree: 7 - i, weightedDegree: i * i }),
  );
  g.addEdgeWithKey("m", "article:x", "person:x", { relation: "mentions", weight: 9 });
  g.addEdgeWithKey("p", "person:x", "meeting:x", { relation: "participates_in", role: "lead", weight: 1 });
  g.addEdgeWithKey("s", "person:x", "country:x", { relation: "son_in_law_of", weight: 4 });
  g.addEdgeWithKey("r", "person:x", "country:x", { relation: "rejects", weight: 1000 });
  return g;
}

describe("applyAppearance", () => {
  it("gives each of the eight kinds its own palette colour", () => {
    const g = graph();
    applyAppearance(g);
    const colours = new Set<string>();
    g.forEachNode((_k, a) => {
      expect(a.color).toBe(KIND_COLORS[a.kind]);
      colours.add(a.color!);
    });
    expect(colours.size).toBe(8);
    for (const colour of Object.values(KIND_COLORS)) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("sizes by pagerank by default, from min to max, biggest for the highest value", () => {
    const g = graph();
    applyAppearance(g, { minNodeSize: 3, maxNodeSize: 24 });
    expect(g.getNodeAttribute("article:x", "size")).toBe(3); // pagerank 0
    expect(g.getNodeAttribute("topic:x", "size")).toBe(24); // pagerank 0.7
    const sizes = ["article", "person", "organization", "country", "place", "group", "meeting", "topic"].map(
      (k) => g.getNodeAttribute(`${k}:x`, "size")!,
    );
    expect(sizes).toEqual(sizes.slice().sort((a, b) => a - b));
  });

  it("can size by degree or weightedDegree instead", () => {
    const g = graph();
    applyAppearance(g, { sizeBy: "degree" });
    expect(g.getNodeAttribute("article:x", "size")).toBe(24); // degree 7
    expect(g.getNodeAttribute("topic:x", "size")).toBe(3);
    expect(() => applyAppearance(g, { sizeBy: "colour" as never })).toThrow(/^appearance: sizeBy/);
  });

  it("colours and sizes edges by relation and weight, and labels them in words", () => {
    const g = graph();
    applyAppearance(g);
    expect(g.getEdgeAttributes("m")).toMatchObject({ color: RELATION_COLORS.mention, size: 0.5, label: "mentions" });
    expect(g.getEdgeAttributes("p")).toMatchObject({ color: RELATION_COLORS.meeting, size: 1, label: "participates in (lead)" });
    expect(g.getEdgeAttributes("s")).toMatchObject({ color: RELATION_COLORS.family, size: 3, label: "son-in-law of" });
    expect(g.getEdgeAttributes("r")).toMatchObject({ color: RELATION_COLORS.stance, size: 6, label: "rejects" });
  });

  it("puts relations in families", () => {
    expect(relationFamily("envoy_of")).toBe("role");
    expect(relationFamily("held_in")).toBe("meeting");
    expect(relationFamily("pressures")).toBe("stance");
    expect(relationFamily("whatever")).toBe("other");
    expect(relationLabel("head_of")).toBe("head of");
  });
});
