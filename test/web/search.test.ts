// Search: folded prefix match over labels and aliases, Romanian case endings, ranking.
import { describe, expect, it } from "vitest";
import { baseForms, fold } from "../../web/src/logic/fold.js";
import { buildSearchIndex, search } from "../../web/src/logic/search.js";
import { fixture } from "./helpers.js";

const graph = fixture();
const index = buildSearchIndex(
  graph.mapNodes((key, a) => ({ key, label: a.label, kind: a.kind, aliases: a.aliases, mentions: a.mentions })),
);
const keys = (q: string) => search(index, q).map((hit) => hit.key);

describe("fold", () => {
  it("removes case and both families of Romanian diacritics", () => {
    expect(fold("Delegația Rusă")).toBe("delegatia rusa");
    expect(fold("Delegaţia")).toBe("delegatia");
    expect(fold("ÎNTÂLNIRE  ȘI   Ţară")).toBe("intalnire si tara");
  });
  it("gives base forms without case endings, never shorter than 3 letters", () => {
    expect(baseForms("kievului")).toContain("kiev");
    expect(baseForms("ucrainei")).toContain("ucrain");
    expect(baseForms("sua")).toEqual(["sua"]);
  });
});

describe("search", () => {
  it("finds Ukraine from every alias form, insensitive to case and diacritics", () => {
    for (const q of ["Kiev", "kyiv", "KIEVUL", "Kievului", "Ucraina", "ucrainei", "Ukr"]) {
      expect(keys(q)[0], q).toBe("country:ukraine");
    }
  });
  it("matches a word prefix inside a label (surname alone)", () => {
    expect(keys("Witkoff")[0]).toBe("person:steve-witkoff");
    expect(keys("witk")).toContain("person:steve-witkoff");
  });
  it("matches aliases written with or without diacritics", () => {
    expect(keys("delegatia rusa")[0]).toBe("group:russian-delegation");
    expect(keys("Casa Alba")[0]).toBe("organization:white-house");
  });
  it("reports the alias that matched", () => {
    const hit = search(index, "Kyiv")[0];
    expect(hit?.label).toBe("Ukraine");
    expect(hit?.matched).toBe("Kyiv");
  });
  it("ranks an exact label above a prefix, then by mentions", () => {
    // "Putin" is an exact alias of Putin; the speech meeting only has "Putin" as a word prefix
    const hits = keys("Putin");
    expect(hits[0]).toBe("person:vladimir-putin");
    expect(hits).toContain("meeting:2025-12-17-moscow-speech");
  });
  it("returns nothing for empty or unmatched queries, and honours the limit", () => {
    expect(search(index, "   ")).toEqual([]);
    expect(search(index, "zzzz")).toEqual([]);
    expect(search(index, "a", 3)).toHaveLength(3);
  });
  it("does not match in the middle of a word", () => {
    expect(keys("koff")).not.toContain("person:steve-witkoff");
  });
});
