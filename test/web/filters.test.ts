// Filters: kinds, topics, meeting status, dates, isolated nodes — as pure functions on the fixture.
import { describe, expect, it } from "vitest";
import { dateRange, emptyFilterState, timelineDays, toFilters, topicScope, visibleNodes } from "../../web/src/logic/filters.js";
import { fixture } from "./helpers.js";

const graph = fixture();
const all = graph.order;

describe("toFilters", () => {
  it("gives no filter for the empty state and one per active control", () => {
    expect(toFilters(emptyFilterState())).toEqual([]);
    const filters = toFilters({ hiddenKinds: ["article"], topics: ["topic:peace-plan"], statuses: ["planned"], from: "2025-12-01", hideIsolated: true });
    expect(filters.map((f) => f.type)).toEqual(["kinds", "topics", "status", "dates", "isolated"]);
  });
});

describe("visibleNodes", () => {
  it("shows everything without filters and never changes the graph", () => {
    const before = JSON.stringify(graph.export());
    expect(visibleNodes(graph, []).size).toBe(all);
    visibleNodes(graph, toFilters({ ...emptyFilterState(), hiddenKinds: ["person"], hideIsolated: true }));
    expect(JSON.stringify(graph.export())).toBe(before);
  });
  it("hides the kinds asked", () => {
    const visible = visibleNodes(graph, [{ type: "kinds", hidden: ["person", "article"] }]);
    const kinds = new Set([...visible].map((k) => graph.getNodeAttribute(k, "kind")));
    expect(kinds.has("person")).toBe(false);
    expect(kinds.has("article")).toBe(false);
    expect(kinds.has("country")).toBe(true);
    const persons = graph.filterNodes((_k, a) => a.kind === "person" || a.kind === "article").length;
    expect(visible.size).toBe(all - persons);
  });
  it("keeps only meetings with the chosen statuses, other kinds untouched", () => {
    const visible = visibleNodes(graph, [{ type: "status", statuses: ["planned"] }]);
    const meetings = [...visible].filter((k) => graph.getNodeAttribute(k, "kind") === "meeting");
    expect(meetings).toEqual(["meeting:2025-12-20-miami-talks"]);
    expect(visible.has("person:steve-witkoff")).toBe(true);
  });
  it("keeps a topic, what links to it, and the actors of meetings about it", () => {
    const scope = topicScope(graph, ["topic:peace-plan"]);
    expect(scope.has("topic:peace-plan")).toBe(true);
    expect(scope.has("meeting:2025-11-23-geneva-talks")).toBe(true);
    expect(scope.has("country:ukraine")).toBe(true); // participant of the Geneva talks
    expect(scope.has("place:geneva")).toBe(true);
    expect(scope.has("person:steve-witkoff")).toBe(false);
    const visible = visibleNodes(graph, [{ type: "topics", topics: ["topic:peace-plan"] }]);
    expect([...visible].sort()).toEqual([...scope].sort());
  });
  it("filters dated nodes by overlap with the range and keeps undated ones", () => {
    const visible = visibleNodes(graph, [{ type: "dates", from: "2025-12-01" }]);
    expect(visible.has("meeting:2025-11-23-geneva-talks")).toBe(false);
    expect(visible.has("article:2025-11-23-geneva-plan")).toBe(false);
    expect(visible.has("place:geneva")).toBe(false); // seen only on 2025-11-23
    expect(visible.has("meeting:2025-12-20-miami-talks")).toBe(true);
    expect(visible.has("country:ukraine")).toBe(true); // seen 2025-11-23 … 2025-12-18
    expect(visible.has("meeting:2025-12-19-umerov-meeting")).toBe(true); // "2025-12" overlaps
    const until = visibleNodes(graph, [{ type: "dates", to: "2025-12-16" }]);
    expect(until.has("meeting:2025-12-15-berlin-negotiations")).toBe(true);
    expect(until.has("meeting:2025-12-20-miami-talks")).toBe(false);
    expect(until.has("article:2025-12-18-miami-talks")).toBe(false);
  });
  it("hides nodes left without a visible neighbour", () => {
    const iso = visibleNodes(graph, [{ type: "isolated" }]);
    expect(iso.has("place:nowhere")).toBe(false);
    expect(iso.size).toBe(all - 1);
    // Politico is linked only through the article: hiding articles isolates it
    const noArticles = visibleNodes(graph, [{ type: "kinds", hidden: ["article"] }, { type: "isolated" }]);
    expect(noArticles.has("organization:politico")).toBe(false);
    expect(noArticles.has("person:steve-witkoff")).toBe(true);
  });
});

describe("dates", () => {
  it("reads days, months, years and intervals", () => {
    expect(dateRange("2025-12-18")).toEqual(["2025-12-18", "2025-12-18"]);
    expect(dateRange("2025-12")).toEqual(["2025-12-01", "2025-12-31"]);
    expect(dateRange("2025")).toEqual(["2025-01-01", "2025-12-31"]);
    expect(dateRange("2025-12-20/2025-12-21")).toEqual(["2025-12-20", "2025-12-21"]);
    expect(dateRange("soon")).toBeUndefined();
    expect(dateRange(undefined)).toBeUndefined();
  });
  it("collects the timeline stops from articles and meetings, sorted", () => {
    const days = timelineDays(graph);
    expect(days[0]).toBe("2025-11-23");
    expect(days).toContain("2025-12-18");
    expect(days).toContain("2025-12-21");
    expect([...days].sort()).toEqual(days);
  });
});
