// Working bodies named by common nouns ("grupul de lucru …", "the joint commission …") are
// groups that meet: the whole noun phrase is their name. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/text/index.js";
import { extract } from "../../src/extract/index.js";
import { loadResources } from "../../src/resources/load.js";
import type { Extraction, Lang } from "../../src/types.js";

let curated: ReturnType<typeof loadResources> | undefined;
function run(text: string, date: string, lang: Lang): Extraction {
  curated ??= loadResources();
  return extract(analyze({ id: "t", path: "t.txt", text, date, lang }), curated);
}
const labelOf = (x: Extraction, key: string): string | undefined => x.entities.find((e) => e.key === key)?.label;

describe("working bodies", () => {
  it("names a Romanian body by its head in the base form and the words after it, up to the comma", () => {
    const x = run("Reuniunea grupului de lucru româno-polon pentru transport feroviar, anunțată pentru joi la Suceava, a fost anulată.", "2025-11-18", "ro");
    const body = x.entities.find((e) => e.kind === "group");
    expect(body?.label).toBe("grupul de lucru româno-polon pentru transport feroviar");
    expect(body?.aliases).toContain("grupului de lucru româno-polon pentru transport feroviar");
    expect(x.meetings).toHaveLength(1);
    expect(x.meetings[0]!.status).toBe("cancelled");
    expect(x.meetings[0]!.participants.map((p) => labelOf(x, p.key))).toEqual(["grupul de lucru româno-polon pentru transport feroviar"]);
  });

  it("ends a Romanian body's name at a pronoun before its verb ('dacă grupul de lucru își va fi încheiat raportul')", () => {
    const x = run("O întâlnire ar putea fi organizată în noiembrie, dacă grupul de lucru își va fi încheiat raportul.", "2035-06-10", "ro");
    expect(x.entities.filter((e) => e.kind === "group").map((e) => e.label)).toEqual(["grupul de lucru"]);
  });

  it("ends an English body's name at its head unless 'on' or 'for' says what it is for, and at a clause or a verb before it", () => {
    const x = run("Bhandarkar said the two could meet again in Geneva if the technical group made progress. They agreed to keep expert groups working on verification. The EU offered to set up a technical group on how emissions data are verified. The working group on the defence industry met on Monday.", "2032-04-20", "en");
    const groups = x.entities.filter((e) => e.kind === "group").map((e) => e.label);
    expect(groups).toEqual(expect.arrayContaining(["technical group", "expert groups", "working group on the defence industry"]));
    expect(groups.filter((g) => /made|working on|how|keep/.test(g))).toEqual([]);
  });

  it("ends a Romanian body's name at a verb and keeps the organisations inside it from acting alone", () => {
    const x = run("Un grup de lucru format din experți ai Hidroelectrica și ai Electrica ar urma să se reunească în martie la Cluj.", "2025-11-18", "ro");
    const m = x.meetings[0]!;
    expect(m.participants.map((p) => labelOf(x, p.key))).toEqual(["grupul de lucru format din experți ai Hidroelectrica și ai Electrica"]);
    expect(m.status).toBe("planned");
  });

  it("reads 'a' before a genitive as part of the name ('… de trecere a frontierei'), not as 'a fost'", () => {
    const x = run("Sedinta comisiei mixte romano-ungare pentru punctele de trecere a frontierei, programata pentru joi la Oradea, a fost amanata.", "2025-11-18", "ro");
    expect(x.entities.find((e) => e.kind === "group")?.aliases).toEqual(["comisiei mixte romano-ungare pentru punctele de trecere a frontierei"]);
  });

  it("takes an English body's qualifiers before the head and its purpose after it, not the place", () => {
    const x = run("A meeting of the Danube-Tisza working group on flood defence, due in Szeged on May 4, has been postponed to June.", "2025-04-20", "en");
    const m = x.meetings[0]!;
    expect(m.participants.map((p) => labelOf(x, p.key))).toEqual(["Danube-Tisza working group on flood defence"]);
    expect(m.status).toBe("postponed");
    expect(labelOf(x, m.place!)).toBe("Szeged");
  });

  it("reads a body with a dashed pair of demonyms as one actor, not as two countries", () => {
    const x = run("The Polish–Lithuanian joint technical group met in Vilnius on Tuesday.", "2025-04-20", "en");
    expect(x.meetings[0]!.participants.map((p) => labelOf(x, p.key))).toEqual(["Polish–Lithuanian joint technical group"]);
  });

  it("does not take a verb before the head into the name ('officials said working groups met')", () => {
    const x = run("Officials said working groups met on Monday.", "2025-04-20", "en");
    expect(x.entities.filter((e) => e.kind === "group").map((e) => e.label)).toEqual(["working groups"]);
  });

  it("names a bare head by the head alone and invents nothing else", () => {
    const x = run("Ministers agreed to set up a task force.", "2025-04-20", "en");
    // the bare head is still a body (its name is the head alone), and nothing else is invented
    expect(x.entities.filter((e) => e.kind === "group").map((e) => e.label)).toEqual(["task force"]);
  });
});
