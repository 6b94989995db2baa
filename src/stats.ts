// `kg stats`: what a graph holds at a glance — counts by kind, the most central actors,
// the meetings with their status and date, and the topics most talked about.

import type { NodeAttributes } from "./types.js";

/** Anything with graphology's read API over our attributes. */
interface ReadableGraph {
  order: number;
  size: number;
  forEachNode(cb: (key: string, attributes: NodeAttributes) => void): void;
  degree(key: string): number;
}

export interface GraphStats {
  nodes: number;
  edges: number;
  byKind: Record<string, number>;
  actors: { key: string; label: string; kind: string; score: number; mentions: number }[];
  meetings: { key: string; label: string; status: string; date: string; place: string }[];
  topics: { key: string; label: string; mentions: number; articles: number }[];
}

const ACTORS = new Set(["person", "organization", "country", "group"]);

/** Summarises a graph; `top` limits each list. */
export function graphStats(graph: ReadableGraph, top = 10): GraphStats {
  const byKind: Record<string, number> = {};
  const actors: GraphStats["actors"] = [];
  const meetings: GraphStats["meetings"] = [];
  const topics: GraphStats["topics"] = [];
  graph.forEachNode((key, a) => {
    byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
    if (ACTORS.has(a.kind)) {
      actors.push({ key, label: a.label, kind: a.kind, score: a.pagerank ?? graph.degree(key), mentions: a.mentions });
    } else if (a.kind === "meeting") {
      meetings.push({ key, label: a.label, status: a.status ?? "", date: a.date ?? "", place: a.place ?? "" });
    } else if (a.kind === "topic") {
      topics.push({ key, label: a.label, mentions: a.mentions, articles: a.articles.length });
    }
  });
  actors.sort((x, y) => y.score - x.score || y.mentions - x.mentions || (x.key < y.key ? -1 : 1));
  meetings.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.key < y.key ? -1 : 1));
  topics.sort((x, y) => y.mentions - x.mentions || (x.key < y.key ? -1 : 1));
  return {
    nodes: graph.order,
    edges: graph.size,
    byKind,
    actors: actors.slice(0, top),
    meetings: meetings.slice(0, top * 3),
    topics: topics.slice(0, top),
  };
}

/** Plain-text report of `graphStats`. */
export function formatStats(s: GraphStats): string {
  const lines: string[] = [];
  const kinds = Object.entries(s.byKind)
    .sort()
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
  lines.push(`${s.nodes} nodes (${kinds}), ${s.edges} edges`, "", "Top actors:");
  for (const a of s.actors) lines.push(`  ${a.label.padEnd(40)} ${a.kind.padEnd(13)} ${a.mentions} mentions`);
  lines.push("", "Meetings:");
  for (const m of s.meetings) lines.push(`  ${(m.date || "(no date)").padEnd(23)} ${m.status.padEnd(12)} ${m.label}`);
  lines.push("", "Topics:");
  for (const t of s.topics) lines.push(`  ${t.label.padEnd(40)} ${t.mentions} mentions in ${t.articles} article(s)`);
  return lines.join("\n");
}
