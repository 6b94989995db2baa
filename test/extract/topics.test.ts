// Topics of general news coverage, on sentences written for these tests: each phrasing (Romanian
// inflections, English synonyms) names the topic a news annotator would write.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/text/index.js";
import { extract } from "../../src/extract/index.js";
import type { Lang } from "../../src/types.js";
import { loadResources } from "../../src/resources/load.js";

const resources = loadResources();

const labels = (text: string, lang: Lang): string[] =>
  extract(analyze({ id: "t", path: "t.txt", text, date: "2026-03-10", lang }), resources).topics.map((t) => t.label);

describe("general news topics", () => {
  it.each([
    ["Ministrul a vorbit despre reforma sistemului judiciar și despre drumurile județene din Argeș.", ["justice reform", "county roads"]],
    ["Partidele discută reorganizarea administrativ-teritorială și disponibilizările din aparatul de stat.", ["local administration reform", "public sector job cuts"]],
    ["Guvernul vrea bani din PNRR pentru modernizarea căilor ferate și pentru noi tronsoane de autostradă.", ["recovery and resilience plan", "railway funding", "motorway construction"]],
    ["Tensiunile din coaliție au crescut după ce liberalii au cerut cheltuieli militare mai mari.", ["coalition tensions", "defence spending"]],
    ["Cei doi au discutat despre persoanele dispărute, drepturile minorităților și recunoașterea diplomelor.", ["missing persons", "minority rights", "recognition of documents"]],
    ["Liderii au convenit asupra unei cooperări trilaterale privind lanțurile de aprovizionare și combustibilii fosili.", ["trilateral cooperation", "supply chains", "fossil fuel transition"]],
  ])("ro: %s", (text, want) => {
    expect(labels(text, "ro")).toEqual(expect.arrayContaining(want));
  });

  it.each([
    ["The ministers discussed debt restructuring, climate financing and the protection of tropical forests.", ["debt relief", "climate finance", "deforestation"]],
    ["Talks in Oslo focused on the release of hostages, the disarmament of Hamas and an international stabilization force.", ["hostage release", "Hamas disarmament", "international stabilisation force"]],
    ["The two leaders agreed to resume shuttle diplomacy and talked about North Korea, trade and the country's ageing population.", ["shuttle diplomacy", "North Korea", "trade", "demographic decline"]],
    ["Canberra and Wellington signed a free trade agreement and pledged money for adaptation to climate change.", ["trade agreement", "adaptation finance"]],
    ["The prime minister raised wartime history and the abductions of citizens decades ago.", ["historical disputes", "abductions"]],
  ])("en: %s", (text, want) => {
    expect(labels(text, "en")).toEqual(expect.arrayContaining(want));
  });
});

describe("overlapping topic phrases", () => {
  it("keeps a phrase that starts inside another and ends after it, as a topic of its own", () => {
    // "înghețarea salariilor" (a wage freeze) and "salariilor din sectorul public" share a word
    const got = labels("Textul critica înghețarea salariilor din sectorul public.", "ro");
    expect(got).toEqual(expect.arrayContaining(["wages", "public sector wages"]));
  });

  it("drops a phrase that lies within a longer one, and does not repeat a topic over itself", () => {
    const doc = analyze({ id: "t", path: "t.txt", text: "Ministrul a vorbit despre securitatea energetică a regiunii.", date: "2026-03-10", lang: "ro" });
    const topics = extract(doc, resources).topics;
    expect(topics.map((t) => t.label)).toEqual(["energy security"]);
    expect(topics[0]!.mentions).toHaveLength(1);
  });
});
