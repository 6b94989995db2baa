// layoutGraph: positions for every node, deterministic, seed-dependent, independent of insertion order.

import { existsSync } from "node:fs";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { iterationBudget, layoutGraph, noverlapBudget, startLayout } from "../../src/graph/layout.js";
import { hashString, mulberry32 } from "../../src/graph/random.js";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../src/types.js";
import { smallGraph } from "../fixtures/graphs/small.js";

type G = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

function positions(graph: G): Record<string, [number, number]> {
  const result: Record<string, [number, number]> = {};
  graph.forEachNode((key, a) => (result[key] = [a.x!, a.y!]));
  return result;
}

/** Two camps of 12 people; meetings join people of one camp only; articles mention a camp. */
function camps(): G {
  const graph: G = new MultiDirectedGraph();
  const person = (camp: string, i: number) => `person:${camp}${i}`;
  for (const camp of ["a", "b"]) {
    for (let i = 0; i < 12; i++) graph.addNode(person(camp, i), { kind: "person", label: person(camp, i), aliases: [], mentions: 1, articles: [] });
    for (let m = 0; m < 30; m++) {
      const key = `meeting:${camp}${m}`;
      graph.addNode(key, { kind: "meeting", label: key, aliases: [], mentions: 1, articles: [] });
      for (const i of [m % 12, (m * 5 + 1) % 12]) graph.addEdge(person(camp, i), key, { relation: "participates_in", weight: 1 });
    }
    graph.addNode(`article:${camp}`, { kind: "article", label: camp, aliases: [], mentions: 0, articles: [] });
    for (let i = 0; i < 12; i++) graph.addEdge(`article:${camp}`, person(camp, i), { relation: "mentions", weight: 1 });
    // A place only the article mentions: nothing pulls it in the core.
    graph.addNode(`place:${camp}`, { kind: "place", label: camp, aliases: [], mentions: 1, articles: [] });
    graph.addEdge(`article:${camp}`, `place:${camp}`, { relation: "mentions", weight: 1 });
  }
  return graph;
}

function ring(n: number, reverse = false): G {
  const graph: G = new MultiDirectedGraph();
  const keys = Array.from({ length: n }, (_, i) => `person:p${i}`);
  for (const key of reverse ? keys.slice().reverse() : keys) {
    graph.addNode(key, { kind: "person", label: key, aliases: [], mentions: 1, articles: [], size: 5 });
  }
  const edges = keys.map((key, i) => [key, keys[(i + 1) % n]!] as const);
  for (const [s, t] of reverse ? edges.slice().reverse() : edges) graph.addEdge(s, t, { relation: "supports", weight: 1 });
  return graph;
}

describe("random", () => {
  it("mulberry32 is reproducible and in [0, 1)", () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(new Set(values).size).toBeGreaterThan(990);
    expect(mulberry32(2)()).not.toBe(mulberry32(1)());
    expect(hashString("abc", 1)).not.toBe(hashString("abc", 2));
  });
});

describe("layoutGraph", () => {
  it("gives every node finite, rounded x and y", () => {
    const graph = ring(30);
    layoutGraph(graph);
    graph.forEachNode((_k, a) => {
      for (const v of [a.x!, a.y!]) {
        expect(Number.isFinite(v)).toBe(true);
        expect(Math.round(v * 100) / 100).toBe(v);
      }
    });
  });

  it("is deterministic: same input, same positions; and independent of insertion order", () => {
    const a = ring(40);
    const b = ring(40);
    layoutGraph(a);
    layoutGraph(b);
    expect(positions(a)).toEqual(positions(b));
    const fixture1 = smallGraph();
    const fixture2 = smallGraph();
    layoutGraph(fixture1, { seed: 3 });
    layoutGraph(fixture2, { seed: 3 });
    expect(positions(fixture1)).toEqual(positions(fixture2));
  });

  it("start positions depend on node keys, not on the order nodes were added", () => {
    const a = ring(20);
    const b = ring(20, true);
    layoutGraph(a, { enabled: false });
    layoutGraph(b, { enabled: false });
    expect(positions(b)).toEqual(positions(a));
  });

  it("changes with the seed", () => {
    const a = ring(20);
    const b = ring(20);
    layoutGraph(a, { seed: 1 });
    layoutGraph(b, { seed: 2 });
    expect(positions(a)).not.toEqual(positions(b));
  });

  it("pulls connected nodes together: ring neighbours end closer than the average pair", () => {
    const graph = ring(24);
    layoutGraph(graph);
    const p = positions(graph);
    const dist = (u: string, v: string) => Math.hypot(p[u]![0] - p[v]![0], p[u]![1] - p[v]![1]);
    let neighbours = 0;
    let all = 0;
    let pairs = 0;
    for (let i = 0; i < 24; i++) {
      neighbours += dist(`person:p${i}`, `person:p${(i + 1) % 24}`) / 24;
      for (let j = i + 1; j < 24; j++) {
        all += dist(`person:p${i}`, `person:p${j}`);
        pairs++;
      }
    }
    expect(neighbours).toBeLessThan(all / pairs);
  });

  it("has an iteration budget that shrinks with size: 500 small, ~50 at 50k nodes", () => {
    expect(iterationBudget(10)).toBe(500);
    expect(iterationBudget(300)).toBe(500);
    expect(iterationBudget(5000)).toBeLessThan(iterationBudget(2000));
    expect(iterationBudget(50_000)).toBe(50);
    expect(iterationBudget(2000)).toBeLessThan(150);
    expect(iterationBudget(1_000_000)).toBe(50);
    expect([noverlapBudget(100), noverlapBudget(3000), noverlapBudget(20_000)]).toEqual([100, 20, 0]);
  });

  it("handles an empty graph and rejects bad options", () => {
    expect(() => layoutGraph(new MultiDirectedGraph())).not.toThrow();
    expect(() => layoutGraph(ring(3), { iterations: -1 })).toThrow(/^layout: iterations/);
  });

  it("lays large graphs out in two levels: the core by ForceAtlas2, each meeting and article beside its actors", () => {
    const graph = camps();
    const person = (camp: string, i: number) => `person:${camp}${i}`;
    const twoLevel = graph.copy();
    layoutGraph(twoLevel, { coreAbove: 10 });
    const again = graph.copy();
    layoutGraph(again, { coreAbove: 10 });
    expect(positions(again)).toEqual(positions(twoLevel));

    const p = positions(twoLevel);
    const centre = (camp: string): [number, number] => {
      const xs = Array.from({ length: 12 }, (_, i) => p[person(camp, i)]!);
      return [xs.reduce((s, q) => s + q[0], 0) / 12, xs.reduce((s, q) => s + q[1], 0) / 12];
    };
    const [ca, cb] = [centre("a"), centre("b")];
    const gap = Math.hypot(ca[0] - cb[0], ca[1] - cb[1]);
    // The camps, joined by nothing, end apart; each camp's members are closer to their own centre.
    for (const camp of ["a", "b"]) {
      const own = camp === "a" ? ca : cb;
      const other = camp === "a" ? cb : ca;
      for (let i = 0; i < 12; i++) {
        const q = p[person(camp, i)]!;
        expect(Math.hypot(q[0] - own[0], q[1] - own[1])).toBeLessThan(Math.hypot(q[0] - other[0], q[1] - other[1]));
      }
      // A meeting sits near the midpoint of its two participants, an article near its camp.
      for (let m = 0; m < 30; m++) {
        const [u, v] = [person(camp, m % 12), person(camp, (m * 5 + 1) % 12)];
        const mid: [number, number] = [(p[u]![0] + p[v]![0]) / 2, (p[u]![1] + p[v]![1]) / 2];
        const q = p[`meeting:${camp}${m}`]!;
        expect(Math.hypot(q[0] - mid[0], q[1] - mid[1])).toBeLessThan(gap / 2);
      }
      const a = p[`article:${camp}`]!;
      expect(Math.hypot(a[0] - own[0], a[1] - own[1])).toBeLessThan(gap / 2);
      // The place only the article mentions sits by the article, not thrown out to the rim.
      const place = p[`place:${camp}`]!;
      expect(Math.hypot(place[0] - own[0], place[1] - own[1])).toBeLessThan(gap / 2);
    }
  });

  it("startLayout runs ForceAtlas2 on a thread while the sizes are set, and gives layoutGraph's positions", async () => {
    // The thread runs the compiled dist/graph/force-worker.js (npm test compiles first).
    expect(existsSync(new URL("../../dist/graph/force-worker.js", import.meta.url))).toBe(true);
    const sized = (graph: G): G => {
      graph.forEachNode((key, a) => graph.mergeNodeAttributes(key, { size: 3 + (key.length % 7) * (a.kind === "person" ? 3 : 1) }));
      return graph;
    };
    for (const [graph, options] of [[camps(), { coreAbove: 10 }], [ring(60), {}]] as const) {
      const expected = sized(graph.copy());
      layoutGraph(expected, options);
      // Sizes set between start and finish, as the pipeline's appearance does: noverlap reads them in finish.
      const started = startLayout(graph, { ...options, workerAbove: 0 });
      expect(started.onThread).toBe(true);
      sized(graph);
      await started.finish();
      expect(positions(graph)).toEqual(positions(expected));
      // x and y come last, as layoutGraph writes them after the other attributes.
      graph.forEachNode((key, a) => expect(Object.keys(a)).toEqual(Object.keys(expected.getNodeAttributes(key))));
    }
  });
});
