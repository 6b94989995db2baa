// computeMetrics on graphs whose answers are known: a star, two cliques joined by a bridge.

import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { computeMetrics } from "../../src/graph/metrics.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/types.js";

type G = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

function node(graph: G, key: string) {
  graph.addNode(key, { kind: "person", label: key, aliases: [], mentions: 1, articles: [] });
}

function star(leaves: number): G {
  const graph: G = new MultiDirectedGraph();
  node(graph, "centre");
  for (let i = 0; i < leaves; i++) {
    node(graph, `leaf${i}`);
    // directions mixed on purpose: metrics treat the graph as undirected
    if (i % 2) graph.addEdge("centre", `leaf${i}`, { relation: "supports", weight: 1 });
    else graph.addEdge(`leaf${i}`, "centre", { relation: "supports", weight: 1 });
  }
  return graph;
}

describe("computeMetrics", () => {
  it("on a star: the centre has the highest degree, pagerank and betweenness", () => {
    const graph = star(6);
    const report = computeMetrics(graph);
    expect(report.betweenness).toBe("exact");
    const centre = graph.getNodeAttributes("centre");
    expect(centre.degree).toBe(6);
    expect(centre.betweenness).toBe(1); // normalised: every leaf-to-leaf path passes through it
    for (let i = 0; i < 6; i++) {
      const leaf = graph.getNodeAttributes(`leaf${i}`);
      expect(leaf.degree).toBe(1);
      expect(leaf.betweenness).toBe(0);
      expect(leaf.pagerank!).toBeLessThan(centre.pagerank!);
    }
    let total = 0;
    graph.forEachNode((_k, a) => (total += a.pagerank!));
    expect(total).toBeCloseTo(1, 4);
  });

  it("sums weights and parallel edges into weightedDegree", () => {
    const graph = star(2);
    graph.addEdge("centre", "leaf0", { relation: "rejects", weight: 3 });
    computeMetrics(graph);
    expect(graph.getNodeAttribute("centre", "degree")).toBe(3);
    expect(graph.getNodeAttribute("centre", "weightedDegree")).toBe(5);
    expect(graph.getNodeAttribute("leaf0", "weightedDegree")).toBe(4);
  });

  it("leaves `mentions` edges out by default, and counts them on request", () => {
    const graph = star(2);
    node(graph, "article");
    graph.addEdge("article", "leaf0", { relation: "mentions", weight: 1 });
    graph.addEdge("article", "leaf1", { relation: "mentions", weight: 1 });
    expect(computeMetrics(graph).edgesUsed).toBe(2);
    expect(graph.getNodeAttribute("article", "degree")).toBe(0);
    expect(computeMetrics(graph, { excludeRelations: [] }).edgesUsed).toBe(4);
    expect(graph.getNodeAttribute("article", "degree")).toBe(2);
  });

  it("finds two communities in two cliques joined by one edge, numbered by size, deterministically", () => {
    const build = () => {
      const graph: G = new MultiDirectedGraph();
      const a = ["a1", "a2", "a3", "a4", "a5"];
      const b = ["b1", "b2", "b3", "b4"];
      for (const key of [...a, ...b]) node(graph, key);
      for (const group of [a, b]) {
        for (let i = 0; i < group.length; i++) {
          for (let j = i + 1; j < group.length; j++) graph.addEdge(group[i]!, group[j]!, { relation: "supports", weight: 1 });
        }
      }
      graph.addEdge("a1", "b1", { relation: "supports", weight: 1 });
      return graph;
    };
    const graph = build();
    const report = computeMetrics(graph, { seed: 7 });
    expect(report.communities).toBe(2);
    expect(report.modularity).toBeGreaterThan(0.3);
    for (const key of ["a1", "a2", "a3", "a4", "a5"]) expect(graph.getNodeAttribute(key, "community")).toBe(0);
    for (const key of ["b1", "b2", "b3", "b4"]) expect(graph.getNodeAttribute(key, "community")).toBe(1);
    // the bridge ends carry all the between-group paths
    expect(graph.getNodeAttribute("a1", "betweenness")!).toBeGreaterThan(graph.getNodeAttribute("a2", "betweenness")!);
    const again = build();
    computeMetrics(again, { seed: 7 });
    expect(again.export().nodes).toEqual(graph.export().nodes);
  });

  it("skips betweenness above the size threshold and says so", () => {
    const graph = star(4);
    graph.mergeNodeAttributes("centre", { betweenness: 0.9 });
    const report = computeMetrics(graph, { betweennessMaxNodes: 3 });
    expect(report.betweenness).toBe("skipped");
    expect(graph.getNodeAttribute("centre", "betweenness")).toBeUndefined();
    expect(graph.getNodeAttribute("centre", "pagerank")).toBeGreaterThan(0);
  });

  it("copes with empty and edgeless graphs", () => {
    expect(computeMetrics(new MultiDirectedGraph())).toEqual({ betweenness: "exact", communities: 0, modularity: 0, edgesUsed: 0 });
    const graph: G = new MultiDirectedGraph();
    node(graph, "x");
    node(graph, "y");
    const report = computeMetrics(graph);
    expect(report.communities).toBe(2);
    expect(graph.getNodeAttributes("x")).toMatchObject({ degree: 0, weightedDegree: 0, pagerank: 0.5, community: 0 });
    expect(graph.getNodeAttribute("y", "community")).toBe(1);
  });

  it("rejects a bad threshold with a clear message", () => {
    expect(() => computeMetrics(star(1), { betweennessMaxNodes: -1 })).toThrow(/^metrics: betweennessMaxNodes/);
  });
});

describe("pairPagerank", () => {
  it("gives graphology-metrics' PageRank to the last bit, neighbours in the view's order", async () => {
    const { UndirectedGraph } = await import("graphology");
    const pagerankModule = await import("graphology-metrics/centrality/pagerank.js");
    const pagerank = (pagerankModule.default ?? pagerankModule) as unknown as (g: unknown, o: object) => Record<string, number>;
    const { mulberry32 } = await import("../../src/graph/random.js");
    const { pairPagerank } = await import("../../src/graph/metrics.js");
    const random = mulberry32(7);
    const nodes = Array.from({ length: 300 }, (_, i) => `node:${(i * 7919) % 1000}`);
    const view = new UndirectedGraph();
    for (const key of nodes) view.addNode(key);
    const pairs: { source: string; target: string; weight: number }[] = [];
    for (let k = 0; k < 1200; k++) {
      const source = nodes[Math.floor(random() * nodes.length)]!;
      const target = nodes[Math.floor(random() * nodes.length)]!;
      if (source === target || view.hasEdge(source, target)) continue;
      const weight = 1 + Math.floor(random() * 5) + random();
      view.addEdge(source, target, { weight });
      pairs.push({ source, target, weight });
    }
    expect(pairPagerank(view.nodes(), pairs)).toEqual(pagerank(view, { getEdgeWeight: "weight" }));
    // Array-index keys come first in the view's lists: left to graphology-metrics.
    expect(pairPagerank(["7", "a"], [{ source: "a", target: "7", weight: 1 }])).toBeUndefined();
  });
});
