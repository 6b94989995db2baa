import { describe, expect, it } from "vitest";
import { analyze } from "../../src/text/index.js";
import { openTopics } from "../../src/extract/open-topics.js";
import { extract } from "../../src/extract/index.js";
import { loadResources } from "../../src/resources/load.js";
import type { Lang } from "../../src/types.js";

/** Open topics of every sentence of `text`, as labels. */
function labels(text: string, lang: Lang): string[] {
  const doc = analyze({ id: "t", path: "t.txt", text, date: "2026-03-12", lang });
  return doc.sentences.flatMap((s) => openTopics(doc, s.tokenStart, s.tokenEnd).map((o) => o.label));
}

describe("open topics: what is talked about, as written (sentences written for these tests)", () => {
  it("reads the phrases after 'talks … on', one per coordinated item", () => {
    expect(labels("Prime Minister Lina Arvat held talks with her Latvian counterpart on port tariffs and the rail link to Riga.", "en")).toEqual(["port tariffs", "rail link"]);
    expect(labels("The ministers adopted a declaration on water security, fishing quotas and coastal erosion on Sunday.", "en")).toEqual(["water security", "fishing quotas", "coastal erosion"]);
  });

  it("drops a hedge or a verb before the thing itself, lengths of time and a bare word of talking; joins a possessive", () => {
    expect(labels("They discussed a possible bridge loan and extending the currency swap line.", "en")).toEqual(["bridge loan", "currency swap line"]);
    expect(labels("Au discutat despre o eventuală misiune de monitorizare.", "ro")).toEqual(["misiune de monitorizare"]);
    expect(labels("The delegations discussed the talks. They discussed for seven hours. They discussed seven hours.", "en")).toEqual([]);
    expect(labels("The officials discussed the program's sixth review.", "en")).toEqual(["program's sixth review"]);
    expect(labels("The ministers discussed the revival of the Tumaini talks.", "en")).toEqual(["revival of the Tumaini talks"]);
  });

  it("reads the object of 'discussed' and keeps 'of' inside a phrase", () => {
    expect(labels("The two leaders discussed the release of political prisoners.", "en")).toEqual(["release of political prisoners"]);
  });

  it("does not read 'on' as a topic without a word of talking, nor times and sides", () => {
    expect(labels("Arvat will travel to Riga on Monday and met reporters on the sidelines of the summit.", "en")).toEqual([]);
    expect(labels("The talks were led on the Latvian side by the deputy minister.", "en")).toEqual([]);
  });

  it("drops items after a comma that no 'and' closes, verbs after 'and', and quotations", () => {
    expect(labels("Ministers will hold a meeting on fisheries, set for Bergen later this month.", "en")).toEqual(["fisheries"]);
    expect(labels("The union said it had not been consulted on the merger and warned of strikes.", "en")).toEqual(["merger"]);
    expect(labels('"We heard a lot about values and very little about ships," the mayor said.', "en")).toEqual([]);
  });

  it("reads Romanian phrases after 'despre', 'privind' and 'au vizat', as written", () => {
    expect(labels("Primarul a discutat cu ministrul despre drumurile de acces și despre exproprierea terenurilor.", "ro")).toEqual(["drumurile de acces", "exproprierea terenurilor"]);
    expect(labels("Discuțiile au vizat tarifele de tranzit, calendarul lucrărilor și finanțarea europeană.", "ro")).toEqual(["tarifele de tranzit", "calendarul lucrărilor", "finanțarea europeană"]);
  });

  it("drops vague heads ('despre rezultate', 'alte aspecte') and adverbs after a verb", () => {
    expect(labels("L-a sunat pe premier pentru a-l informa despre rezultate și alte aspecte sensibile.", "ro")).toEqual([]);
    expect(labels("Ministrul a discutat apoi cu producătorii.", "ro")).toEqual([]);
  });

  it("gives a meeting its open topics, and a lexicon topic wins where both name the same words", () => {
    const x = extract(
      analyze({ id: "t", path: "t.txt", text: "Lina Arvat and Juris Kalns held talks in Riga on Tuesday on herring stocks, port tariffs and a ceasefire.", date: "2026-03-12", lang: "en" }),
      loadResources(),
    );
    // "tariffs" and "ceasefire" are lexicon topics; "port tariffs" is no second topic beside "tariffs"
    expect(x.topics.map((t) => t.label).sort()).toEqual(["ceasefire", "herring stocks", "tariffs"]);
    expect(x.meetings[0]!.topics.sort()).toEqual(["topic:ceasefire", "topic:herring-stocks", "topic:tariffs"]);
    // the people stay participants: nothing of the topic phrase is a side
    expect(x.meetings[0]!.participants.map((p) => p.key).sort()).toEqual(["person:juris-kalns", "person:lina-arvat"]);
  });
});
