// Pronouns as participants: a subject pronoun stands for the subject named before it, but a
// demonstrative followed by a noun ("această săptămână") is a determiner and names nobody.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/text/index.js";
import { extract } from "../../src/extract/index.js";
import { resources } from "../fixtures/resources.js";
import { loadResources } from "../../src/resources/load.js";

const run = (text: string) => extract(analyze({ id: "t", path: "t.txt", text, date: "2025-12-18" }), resources);
const who = (text: string) => run(text).meetings.map((m) => m.participants.map((p) => p.key).sort());

describe("demonstratives", () => {
  it("'această săptămână' adds nobody to the meeting of its sentence", () => {
    const meetings = who(
      "Donald Trump a cerut un acord rapid. În această săptămână, Steve Witkoff și Jared Kushner au purtat negocieri la Berlin cu Rustem Umerov.",
    );
    expect(meetings).toContainEqual(["person:jared-kushner", "person:rustem-umerov", "person:steve-witkoff"]);
    expect(meetings.flat()).not.toContain("person:donald-trump");
  });

  it("'Acesta a …' still stands for the person named before", () => {
    const meetings = who("Rustem Umerov a ajuns la Berlin. Acesta s-a întâlnit marți cu Steve Witkoff.");
    expect(meetings).toContainEqual(["person:rustem-umerov", "person:steve-witkoff"]);
  });
});

describe("counted countries", () => {
  it("reads 'cele trei țări' as the latest list of three countries, not the last three countries named", () => {
    const x = extract(
      analyze({
        id: "t",
        path: "t.txt",
        lang: "ro",
        date: "2034-04-18",
        text: "Miniștrii din România, Bulgaria și Turcia s-au reunit luni la Varna, la zece ani după invazia Rusiei în Ucraina. La final, Levent Karaduman a propus ca cele trei țări să organizeze anul viitor o întâlnire la nivel de președinți.",
      }),
      loadResources(),
    );
    const proposed = x.meetings.find((m) => m.status === "proposed");
    expect(proposed?.participants.map((p) => p.key).filter((k) => k.startsWith("country:")).sort()).toEqual(["country:bulgaria", "country:romania", "country:turkey"]);
  });
});
