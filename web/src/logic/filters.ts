// Filters as pure functions: which nodes are shown for a given filter list. The graph is never
// changed; the renderer hides everything else through its reducers.
import type { AbstractGraph } from "graphology-types";
import type { Filter, FilterState, NodeAttributes } from "../types.js";

type G = AbstractGraph<NodeAttributes>;

/** The filter state that shows everything. */
export function emptyFilterState(): FilterState {
  return { hiddenKinds: [], topics: [], statuses: [], hideIsolated: false };
}

/** Turns the controls' state into the list of active filters (inactive ones are left out). */
export function toFilters(state: FilterState): Filter[] {
  const filters: Filter[] = [];
  if (state.hiddenKinds.length) filters.push({ type: "kinds", hidden: [...state.hiddenKinds] });
  if (state.topics.length) filters.push({ type: "topics", topics: [...state.topics] });
  if (state.statuses.length) filters.push({ type: "status", statuses: [...state.statuses] });
  if (state.from || state.to) {
    const dates: Filter = { type: "dates" };
    if (state.from) dates.from = state.from;
    if (state.to) dates.to = state.to;
    filters.push(dates);
  }
  if (state.hideIsolated) filters.push({ type: "isolated" });
  return filters;
}

/**
 * The [start, end] day range of a date value: `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an interval
 * `a/b` of those. Returns undefined for anything else. Ends are padded so that string comparison
 * of ISO days works ("2025-12" → ["2025-12-01", "2025-12-31"]).
 */
export function dateRange(value: string | undefined): [string, string] | undefined {
  if (typeof value !== "string" || !value) return undefined;
  const [a, b] = value.split("/");
  const start = padDay(a, "start");
  const end = padDay(b ?? a, "end");
  if (!start || !end) return undefined;
  return start <= end ? [start, end] : [end, start];
}

function padDay(value: string | undefined, side: "start" | "end"): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) return v.slice(0, 10);
  if (/^\d{4}-\d{2}$/.test(v)) return side === "start" ? `${v}-01` : `${v}-31`;
  if (/^\d{4}$/.test(v)) return side === "start" ? `${v}-01-01` : `${v}-12-31`;
  return undefined;
}

/** The date range of a node: its own date (articles, meetings), else firstSeen..lastSeen. */
export function nodeDateRange(attrs: NodeAttributes): [string, string] | undefined {
  if (attrs.kind === "article" || attrs.kind === "meeting") {
    const own = dateRange(attrs.date);
    if (own) return own;
  }
  const first = dateRange(attrs.firstSeen);
  const last = dateRange(attrs.lastSeen ?? attrs.firstSeen);
  if (first && last) return [first[0], last[1]];
  return undefined;
}

/** Sorted distinct days of article and meeting dates: the stops of the timeline slider. */
export function timelineDays(graph: G): string[] {
  const days = new Set<string>();
  graph.forEachNode((_key, attrs) => {
    if (attrs.kind !== "article" && attrs.kind !== "meeting") return;
    const range = dateRange(attrs.date);
    if (range) {
      days.add(range[0]);
      days.add(range[1]);
    }
  });
  return [...days].sort();
}

/** Topic keys of the graph with their labels, sorted by label. */
export function topicList(graph: G): Array<{ key: string; label: string }> {
  const topics: Array<{ key: string; label: string }> = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "topic") topics.push({ key, label: String(attrs.label ?? key) });
  });
  return topics.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.key < b.key ? -1 : 1));
}

/**
 * Nodes in the scope of some topics: the topics, their neighbours (meetings that discuss them,
 * articles about them, actors linked to them) and the neighbours of those meetings (participants, place).
 */
export function topicScope(graph: G, topics: readonly string[]): Set<string> {
  const scope = new Set<string>();
  for (const topic of topics) {
    if (!graph.hasNode(topic)) continue;
    scope.add(topic);
    graph.forEachNeighbor(topic, (neighbor, attrs) => {
      scope.add(neighbor);
      if (attrs.kind === "meeting") graph.forEachNeighbor(neighbor, (n) => scope.add(n));
    });
  }
  return scope;
}

/** Whether one node passes one node-local filter ("topics" and "isolated" need the whole graph). */
function passes(filter: Filter, attrs: NodeAttributes): boolean {
  switch (filter.type) {
    case "kinds":
      return !filter.hidden.includes(attrs.kind);
    case "status":
      return attrs.kind !== "meeting" || (attrs.status !== undefined && filter.statuses.includes(attrs.status));
    case "dates": {
      const range = nodeDateRange(attrs);
      if (!range) return true;
      if (filter.from && range[1] < filter.from) return false;
      if (filter.to && range[0] > filter.to) return false;
      return true;
    }
    case "topics":
    case "isolated":
      return true;
  }
}

/** The set of node keys shown under the given filters (all of them when the list is empty). */
export function visibleNodes(graph: G, filters: readonly Filter[]): Set<string> {
  const visible = new Set<string>();
  const scopes = filters
    .filter((f): f is Extract<Filter, { type: "topics" }> => f.type === "topics")
    .map((f) => topicScope(graph, f.topics));
  graph.forEachNode((key, attrs) => {
    if (!filters.every((f) => passes(f, attrs))) return;
    if (!scopes.every((scope) => scope.has(key))) return;
    visible.add(key);
  });
  if (filters.some((f) => f.type === "isolated")) {
    const before = new Set(visible);
    for (const key of before) {
      let linked = false;
      graph.forEachNeighbor(key, (neighbor) => {
        if (neighbor !== key && before.has(neighbor)) linked = true;
      });
      if (!linked) visible.delete(key);
    }
  }
  return visible;
}

/** Whether an edge is shown: both ends shown. */
export function edgeVisible(visible: ReadonlySet<string>, source: string, target: string): boolean {
  return visible.has(source) && visible.has(target);
}
