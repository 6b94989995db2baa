// The seed article end to end (issue 2, item 5): the graph holds the people, countries,
// organisations, places, meetings and topics that the article states, with the right status,
// dates, participants and evidence.
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraph } from "../src/pipeline.js";
import type { KnowledgeGraph } from "../src/graph/assemble.js";

let g: KnowledgeGraph;
beforeAll(async () => {
  ({ graph: g } = await buildGraph(["data/articles"], { layout: false }));
});

const node = (key: string) => {
  expect(g.hasNode(key), `node ${key}`).toBe(true);
  return g.getNodeAttributes(key);
};
const meetings = () => g.filterNodes((_, a) => a.kind === "meeting").map((k) => ({ key: k, ...g.getNodeAttributes(k) }));
const participants = (m: string) => g.inNeighbors(m).filter((n) => g.edges(n, m).some((e) => g.getEdgeAttribute(e, "relation") === "participates_in"));
const topics = (m: string) => g.outNeighbors(m).filter((n) => g.getNodeAttribute(n, "kind") === "topic");

describe("the seed article", () => {
  it("holds the six people, each with a role", () => {
    for (const key of ["person:donald-trump", "person:kirill-dmitriev", "person:steve-witkoff", "person:jared-kushner", "person:vladimir-putin", "person:rustem-umerov"]) {
      expect(node(key).kind).toBe("person");
      expect(node(key).roles?.length, key).toBeGreaterThan(0);
    }
  });

  it("resolves the inflected and metonymic forms to the three countries", () => {
    expect(node("country:united-states").aliases).toEqual(expect.arrayContaining(["Washingtonul", "partea americană"]));
    expect(node("country:russia").aliases).toContain("Moscovei");
    expect(node("country:ukraine").aliases).toContain("Kievul");
  });

  it("holds the organisations and places", () => {
    for (const key of ["organization:nato", "organization:european-union", "organization:russian-direct-investment-fund", "organization:politico", "place:white-house", "place:berlin", "place:miami", "place:moscow"]) {
      node(key);
    }
  });

  it("finds the Berlin negotiations: this week, happened, with Witkoff, Kushner and Ukrainian and European officials, on four topics", () => {
    const m = meetings().find((x) => x.place === "Berlin")!;
    expect(m).toMatchObject({ status: "happened", date: "2025-12-15/2025-12-21" });
    // Exactly these: Trump, named earlier as the one who sent them, did not take part.
    expect(participants(m.key).sort()).toEqual(["group:european-officials", "group:ukrainian-officials", "person:jared-kushner", "person:steve-witkoff"]);
    expect(topics(m.key)).toEqual(expect.arrayContaining(["topic:security-guarantees", "topic:territorial-concessions", "topic:mutual-defence-commitment", "topic:nato-membership"]));
  });

  it("finds the Miami meeting: unconfirmed, the American side and the Russian delegation led by Dmitriev", () => {
    const m = meetings().find((x) => x.place === "Miami")!;
    expect(m.status).toBe("unconfirmed");
    expect(participants(m.key)).toEqual(expect.arrayContaining(["person:steve-witkoff", "person:jared-kushner", "group:russian-delegation", "person:kirill-dmitriev"]));
    const lead = g.edges("person:kirill-dmitriev", m.key).map((e) => g.getEdgeAttributes(e));
    expect(lead.some((a) => a.relation === "participates_in" && a.role === "lead")).toBe(true);
    // The evidence is the sentence that says it, attributed to sources.
    const e = lead.find((a) => a.relation === "participates_in")!;
    expect(e.evidence![0]!.text).toContain("condusă de Kirill Dmitriev");
  });

  it("finds Putin's speech to defence officials in Moscow on Wednesday 2025-12-17", () => {
    const m = meetings().find((x) => x.place === "Moscow")!;
    expect(m).toMatchObject({ date: "2025-12-17", status: "happened", meetingType: "speech" });
    expect(participants(m.key)).toContain("person:vladimir-putin");
  });

  it("finds the planned meeting of military experts and Umerov's planned meeting with the American delegation", () => {
    const experts = meetings().find((x) => participants(x.key).includes("group:military-experts"))!;
    expect(experts.status).toBe("planned");
    const umerov = meetings().find((x) => participants(x.key).includes("person:rustem-umerov"))!;
    expect(umerov.status).toBe("planned");
    expect(participants(umerov.key)).toContain("group:american-delegation");
  });

  it("finds the topics", () => {
    for (const key of ["topic:ceasefire", "topic:territorial-concessions", "topic:security-guarantees", "topic:mutual-defence-commitment", "topic:nato-membership", "topic:eu-accession"]) {
      expect(node(key).kind).toBe("topic");
    }
  });

  it("links the roles with evidence: Witkoff envoy of the US, Kushner son-in-law of Trump, Dmitriev head of the RDIF", () => {
    const rel = (s: string, r: string, t: string) => g.edges(s, t).map((e) => g.getEdgeAttributes(e)).find((a) => a.relation === r);
    expect(rel("person:steve-witkoff", "envoy_of", "country:united-states")?.evidence?.[0]?.text).toContain("Steve Witkoff");
    expect(rel("person:jared-kushner", "son_in_law_of", "person:donald-trump")).toBeDefined();
    expect(rel("person:kirill-dmitriev", "head_of", "organization:russian-direct-investment-fund")).toBeDefined();
    expect(rel("country:united-states", "pressures", "country:ukraine")).toBeDefined();
  });
});
