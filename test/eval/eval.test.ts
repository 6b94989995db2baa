// The development set and the held-out sets through the eval (issue 2, item 6). The targets are entity F1 ≥ 0.90,
// meeting recall ≥ 0.80 with status right for ≥ 0.80, topic recall ≥ 0.80. All four are met; the floors
// below are those targets (and a floor for meeting precision, a bit under the figure reached): a change
// that lowers them fails here.
// The scorer itself is checked on a hand-made case first.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/eval/cli.js";
import { sameRelation, scoreArticle, summary, type Gold } from "../../src/eval/score.js";
import type { Extraction } from "../../src/types.js";

const devSet = path.resolve(import.meta.dirname, "../../../shared/articles");
const ev = { article: "a", sentence: 0, start: 0, end: 1, text: "x" };

describe("the scorer", () => {
  it("aligns entities by any shared name, checks kinds, places and participants", () => {
    const x: Extraction = {
      article: { id: "a", path: "a" },
      lang: "ro",
      entities: [
        { key: "person:a", kind: "person", label: "Ann Smith", aliases: ["Smith"], mentions: [], roles: [], known: false },
        { key: "place:b", kind: "place", label: "Bern", aliases: ["Berna"], mentions: [], roles: [], known: false },
        { key: "organization:c", kind: "organization", label: "Cc", aliases: [], mentions: [], roles: [], known: false },
      ],
      meetings: [{ key: "m", label: "m", trigger: "t", type: "meeting", status: "planned", place: "place:b", participants: [{ key: "person:a", role: "member", evidence: ev, modality: "planned" }], topics: [], evidence: ev, modality: "planned" }],
      topics: [{ key: "topic:x", label: "peace plan", mentions: [] }],
      relations: [],
    };
    const s = scoreArticle(x, {
      entities: [
        { name: "Ann Smith", type: "person", aliases: ["Smith"] },
        { name: "Bern", type: "place", aliases: ["Berna"] },
        { name: "Dd", type: "group", aliases: ["dd"] },
      ],
      meetings: [{ label: "g", place: "Bern", participants: ["Ann Smith"], date: null, status: "happened", topics: [] }],
      topics: ["peace plan", "sanctions"],
      relations: [],
    });
    expect(s.entities).toEqual({ tp: 2, typedTp: 2, gold: 3, predicted: 3 });
    expect(s.meetings).toMatchObject({ found: 1, statusRight: 0, dateRight: 1 });
    expect(summary(s).topicRecall).toBe(0.5);
    // (the gold has no "ongoing": talks under way are annotated "happened", and "planned" is still wrong for them)
    const ongoing = scoreArticle({ ...x, meetings: [{ ...x.meetings[0]!, status: "ongoing" }] }, {
      entities: [{ name: "Ann Smith", type: "person", aliases: [] }, { name: "Bern", type: "place", aliases: [] }],
      meetings: [{ label: "g", place: "Bern", participants: ["Ann Smith"], date: null, status: "happened", topics: [] }],
      topics: [],
      relations: [],
    });
    expect(ongoing.meetings).toMatchObject({ found: 1, statusRight: 1 });
    expect(sameRelation("envoy_of", "special envoy of")).toBe(true);
    expect(sameRelation("head_of", "president of")).toBe(false);
  });
});

describe("the scorer's meeting pairing", () => {
  const person = (k: string) => ({ key: `person:${k}`, kind: "person" as const, label: k, aliases: [], mentions: [], roles: [], known: false });
  const meeting = (key: string, who: string[], status: "happened" | "planned") => ({
    key, label: key, trigger: "t", type: "meeting", status, participants: who.map((w) => ({ key: `person:${w}`, role: "member" as const, evidence: ev, modality: "asserted" as const })), topics: [], evidence: ev, modality: "asserted" as const,
  });
  const x: Extraction = {
    article: { id: "a", path: "a" },
    lang: "en",
    entities: ["ann", "bob", "cid"].map(person),
    meetings: [meeting("m1", ["ann", "bob", "cid"], "planned"), meeting("m2", ["ann", "bob"], "happened")],
    topics: [],
    relations: [],
  };
  const gold = (first: string[], second: string[]) => ({
    entities: ["ann", "bob", "cid"].map((n) => ({ name: n, type: "person" as const, aliases: [n] })),
    meetings: [
      { label: "g1", place: null, participants: first, date: null, status: "happened", topics: [] },
      { label: "g2", place: null, participants: second, date: null, status: "planned", topics: [] },
    ],
    topics: [],
    relations: [],
  });

  it("pairs one to one so that a later gold meeting keeps its only candidate", () => {
    // g1 fits m1 and m2 (m1 first in a greedy pass); g2 fits only m1.
    const s = scoreArticle(x, gold(["ann", "bob"], ["ann", "bob", "cid"]));
    expect(s.meetings).toMatchObject({ found: 2, statusRight: 2 });
  });

  it("prefers, among equally good candidates, the one with the same status; a match still needs half the participants", () => {
    const s = scoreArticle(x, gold(["ann", "bob"], ["cid", "dan", "eve"]));
    expect(s.meetings).toMatchObject({ found: 1, statusRight: 1 });
  });

  it("counts apart the meetings found by their participants whatever the place", () => {
    const g: Gold = gold(["ann", "bob"], ["ann", "bob", "cid"]);
    g.entities.push({ name: "Oslo", type: "place", aliases: ["Oslo"] });
    g.meetings[0]!.place = "Oslo"; // no predicted meeting is placed there
    const s = scoreArticle(x, g);
    expect(s.meetings).toMatchObject({ found: 1, foundAnyPlace: 2 });
    expect(summary(s).meetingRecallAnyPlace).toBe(1);
  });
});

describe.skipIf(!existsSync(devSet))("the development set (../shared/articles)", () => {
  it("stays at or above the figures reached", async () => {
    const { total } = await evaluate(devSet);
    const s = summary(total);
    console.log(`eval: entity F1 ${s.entityTypedF1.toFixed(2)}, meeting recall ${s.meetingRecall.toFixed(2)} precision ${s.meetingPrecision.toFixed(2)}, status ${s.statusAccuracy.toFixed(2)}, topic recall ${s.topicRecall.toFixed(2)}`);
    expect(s.entityTypedF1).toBeGreaterThanOrEqual(0.9);
    expect(s.meetingRecall).toBeGreaterThanOrEqual(0.8);
    expect(s.meetingPrecision).toBeGreaterThanOrEqual(0.85);
    expect(s.statusAccuracy).toBeGreaterThanOrEqual(0.8);
    expect(s.topicRecall).toBeGreaterThanOrEqual(0.8);
  }, 60_000);
});

// The held-out sets (test/fixtures): written by people who never read the code. Each was scored once
// when it came (its README keeps that single score, the honest figure for unseen articles), then read
// for general causes of misses (development sets now; 30, 32 and 33 were read in session 15, 34 and 35 in
// session 16). None meets the targets: these floors only stop a change from making things worse.
describe("the held-out sets", () => {
  const floors = {
    heldout: { entity: 0.89, meetings: 0.81, status: 0.97, topics: 0.73 },
    heldout2: { entity: 0.88, meetings: 0.68, status: 0.95, topics: 0.23 },
    heldout3: { entity: 0.88, meetings: 0.75, status: 0.91, topics: 0.12 },
    heldout4: { entity: 0.88, meetings: 0.74, status: 0.98, topics: 0.2 },
    heldout5: { entity: 0.82, meetings: 0.65, status: 0.98, topics: 0.12 },
    heldout6: { entity: 0.81, meetings: 0.61, status: 0.91, topics: 0.079 },
    heldout7: { entity: 0.8, meetings: 0.7, status: 0.95, topics: 0 },
    heldout8: { entity: 0.81, meetings: 0.54, status: 0.84, topics: 0.018 },
    heldout9: { entity: 0.68, meetings: 0.57, status: 0.92, topics: 0.009 },
    heldout10: { entity: 0.71, meetings: 0.54, status: 0.93, topics: 0.026 },
    heldout11: { entity: 0.78, meetings: 0.47, status: 0.96, topics: 0.062 },
    heldout12: { entity: 0.77, meetings: 0.52, status: 0.93, topics: 0.033 },
    heldout13: { entity: 0.74, meetings: 0.53, status: 0.93, topics: 0.053 },
    heldout14: { entity: 0.75, meetings: 0.49, status: 1, topics: 0.02 },
    heldout15: { entity: 0.79, meetings: 0.57, status: 0.97, topics: 0.047 },
    heldout16: { entity: 0.78, meetings: 0.63, status: 0.9, topics: 0.071 },
    heldout17: { entity: 0.77, meetings: 0.65, status: 0.91, topics: 0.027 },
    heldout18: { entity: 0.74, meetings: 0.56, status: 0.97, topics: 0.029 },
    heldout19: { entity: 0.75, meetings: 0.6, status: 0.95, topics: 0.046 },
    heldout20: { entity: 0.76, meetings: 0.54, status: 0.92, topics: 0 },
    heldout21: { entity: 0.78, meetings: 0.78, status: 0.9, topics: 0.011 },
    heldout22: { entity: 0.79, meetings: 0.61, status: 0.87, topics: 0.02 },
    heldout23: { entity: 0.8, meetings: 0.62, status: 0.96, topics: 0 },
    heldout24: { entity: 0.83, meetings: 0.68, status: 1, topics: 0.024 },
    heldout25: { entity: 0.72, meetings: 0.57, status: 0.94, topics: 0 },
    heldout26: { entity: 0.77, meetings: 0.54, status: 0.89, topics: 0.012 },
    heldout27: { entity: 0.77, meetings: 0.52, status: 0.95, topics: 0 },
    heldout28: { entity: 0.79, meetings: 0.55, status: 0.9, topics: 0 },
    heldout29: { entity: 0.74, meetings: 0.54, status: 0.91, topics: 0 },
    heldout30: { entity: 0.76, meetings: 0.5, status: 0.8, topics: 0.041 },
    heldout31: { entity: 0.76, meetings: 0.51, status: 0.91, topics: 0.044 },
    heldout32: { entity: 0.8, meetings: 0.66, status: 0.89, topics: 0.16 },
    heldout33: { entity: 0.79, meetings: 0.59, status: 0.91, topics: 0.52 },
    heldout34: { entity: 0.81, meetings: 0.58, status: 0.79, topics: 0.36 },
    heldout35: { entity: 0.8, meetings: 0.6, status: 0.91, topics: 0.36 },
  };
  for (const [name, floor] of Object.entries(floors)) {
    it(`${name} stays at or above the figures reached`, async () => {
      const { total } = await evaluate(path.resolve(import.meta.dirname, "../fixtures", name));
      const s = summary(total);
      expect(s.entityTypedF1).toBeGreaterThanOrEqual(floor.entity);
      expect(s.meetingRecall).toBeGreaterThanOrEqual(floor.meetings);
      expect(s.statusAccuracy).toBeGreaterThanOrEqual(floor.status);
      expect(s.topicRecall).toBeGreaterThanOrEqual(floor.topics);
    }, 60_000);
  }
});
