// The development set through the eval (issue 2, item 6). The targets are entity F1 ≥ 0.90,
// meeting recall ≥ 0.80 with status right for ≥ 0.80, topic recall ≥ 0.80. All four are met; the floors
// below are those targets (and a floor for meeting precision, a bit under the figure reached): a change
// that lowers them fails here.
// The scorer itself is checked on a hand-made case first.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/eval/cli.js";
import { sameRelation, scoreArticle, summary } from "../../src/eval/score.js";
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
    expect(sameRelation("envoy_of", "special envoy of")).toBe(true);
    expect(sameRelation("head_of", "president of")).toBe(false);
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
