// The extractor on its own, with the small fixture knowledge base: inflections, metonymy,
// coreference, discovery of unknown names, groups, roles, meetings, status, dates and topics.
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/text/index.js";
import { extract } from "../../src/extract/index.js";
import type { Extraction, Lang } from "../../src/types.js";
import { resources } from "../fixtures/resources.js";
import { loadResources } from "../../src/resources/load.js";

function run(text: string, date = "2025-12-18", lang?: Lang): Extraction {
  return extract(analyze({ id: "t", path: "t.txt", text, date, ...(lang ? { lang } : {}) }), resources);
}
/** The curated data of data/ (not the small fixture resources), loaded once. */
function runReal(text: string, date: string, lang: Lang): Extraction {
  return extract(analyze({ id: "t", path: "t.txt", text, date, lang }), loadResources());
}
const keys = (x: Extraction): string[] => x.entities.map((e) => e.key).sort();
const entity = (x: Extraction, key: string) => x.entities.find((e) => e.key === key);

describe("entities", () => {
  it("finds knowledge-base names through Romanian case endings and articles", () => {
    const x = run("Presiunile asupra Ucrainei cresc. Poziția Moscovei rămâne neschimbată, iar Washingtonul insistă.");
    expect(keys(x)).toEqual(expect.arrayContaining(["country:ukraine", "country:russia", "country:united-states"]));
    expect(entity(x, "country:russia")!.aliases).toContain("Moscovei");
  });

  it("reads a capital used as an actor as its country, and after a place cue as the place", () => {
    const x = run("Kievul a respins propunerea. Delegațiile s-au întâlnit la Moscova.");
    expect(entity(x, "country:ukraine")!.aliases).toContain("Kievul");
    expect(entity(x, "place:moscow")).toBeDefined();
    expect(entity(x, "country:russia")).toBeUndefined();
  });

  it("works on text with no diacritics and with the old cedilla letters", () => {
    const plain = run("Presedintele Vladimir Putin a vorbit despre Ucraina si despre Statele Unite.");
    const cedilla = run("Preşedintele Vladimir Putin a vorbit despre Ucraina şi garanţiile de securitate.");
    expect(keys(plain)).toEqual(expect.arrayContaining(["person:vladimir-putin", "country:ukraine", "country:united-states"]));
    expect(keys(cedilla)).toContain("person:vladimir-putin");
    expect(cedilla.topics.map((t) => t.key)).toContain("topic:security-guarantees");
  });

  it("discovers people, places and organisations in no list, and joins a surname to the full name", () => {
    const x = run(
      "Ministrul Ion Vasilescu a sosit la Timișoara. Vasilescu s-a întâlnit cu Mihaela Dobrescu. Ministerul Transporturilor a transmis un comunicat. Purtătorul de cuvânt al Comisiei Naționale de Prognoză a tăcut.",
    );
    expect(entity(x, "person:ion-vasilescu")!.aliases).toEqual(expect.arrayContaining(["Ion Vasilescu", "Vasilescu"]));
    expect(entity(x, "person:mihaela-dobrescu")?.kind).toBe("person");
    expect(entity(x, "place:timisoara")?.kind).toBe("place");
    expect(entity(x, "organization:ministry-of-transport")?.kind).toBe("organization");
    expect(entity(x, "organization:comisia-nationala-de-prognoza")?.aliases).toEqual(["Comisiei Naționale de Prognoză"]);
  });

  it("names unnamed groups by their nationality and reads 'partea americană' as the country", () => {
    const x = run("Delegația rusă a sosit, iar partea americană a cerut garanții. Oficiali ucraineni și europeni au participat.");
    expect(keys(x)).toEqual(expect.arrayContaining(["group:russian-delegation", "group:ukrainian-officials", "group:european-officials"]));
    expect(entity(x, "country:united-states")!.aliases).toContain("partea americană");
  });
});

describe("roles", () => {
  it("links a title before a name and an apposition after it, with evidence", () => {
    const x = run("Kirill Dmitriev, șeful Fondului suveran de investiții al Rusiei, a confirmat. Trimisul special Steve Witkoff a plecat.");
    const head = x.relations.find((r) => r.relation === "head_of");
    expect(head).toMatchObject({ source: "person:kirill-dmitriev", target: "organization:rdif" });
    expect(head!.evidence.text).toContain("Dmitriev");
    expect(x.relations.find((r) => r.relation === "envoy_of")).toMatchObject({ source: "person:steve-witkoff", target: "country:united-states" });
  });

  it("resolves a title with no name to the person last named with it", () => {
    const x = run("Președintele Donald Trump a vorbit. Din partea americană participă ginerele președintelui, Jared Kushner.");
    expect(x.relations.find((r) => r.relation === "son_in_law_of")).toMatchObject({ source: "person:jared-kushner", target: "person:donald-trump" });
    expect(entity(x, "person:jared-kushner")!.roles.some((r) => /president/i.test(r))).toBe(false);
  });
});

describe("meetings", () => {
  it("builds a frame with place, date, participants, status and topics", () => {
    const x = run("În această săptămână, Witkoff și Kushner au purtat negocieri la Berlin cu oficiali ucraineni despre garanțiile de securitate.");
    expect(x.meetings).toHaveLength(1);
    const m = x.meetings[0]!;
    expect(m).toMatchObject({ place: "place:berlin", date: "2025-12-15/2025-12-21", status: "happened", type: "negotiations" });
    expect(m.participants.map((p) => p.key).sort()).toEqual(["group:ukrainian-officials", "person:jared-kushner", "person:steve-witkoff"]);
    expect(m.topics).toContain("topic:security-guarantees");
    expect(x.relations.filter((r) => r.relation === "participates_in")).toHaveLength(3);
    expect(x.relations.find((r) => r.relation === "held_in")?.target).toBe("place:berlin");
  });

  it("reads the status from the verb and the cue words", () => {
    const status = (text: string): string | undefined => run(text).meetings[0]?.status;
    expect(status("Summitul dintre Donald Trump și Vladimir Putin de la Moscova a fost anulat.")).toBe("cancelled");
    expect(status("Întâlnirea dintre Donald Trump și Vladimir Putin a fost amânată.")).toBe("postponed");
    // moved to another day: "s-a mutat pe 4 noiembrie", not a meeting that took place
    expect(status("Semnarea acordului dintre Ion Pavel și Dan Oprea, fixată la 14 octombrie, s-a mutat pe 4 noiembrie.")).toBe("postponed");
    expect(status("Donald Trump ar urma să aibă o întâlnire cu Vladimir Putin la Miami.")).toBe("planned");
    expect(status("Potrivit presei, Witkoff s-ar fi întâlnit cu Kirill Dmitriev la Miami.")).toBe("unconfirmed");
    expect(status("Vladimir Putin s-a întâlnit ieri cu Steve Witkoff la Kremlin.")).toBe("happened");
  });

  it("joins a definite mention and a participation sentence to the meeting in focus", () => {
    const x = run(
      "Dacă reuniunea va avea loc, partea americană va prezenta Rusiei rezultatele. Delegația rusă ar urma să fie condusă de Kirill Dmitriev. Casa Albă nu a confirmat informația. Întâlnirea de la Miami ar reprezenta un demers separat.",
    );
    expect(x.meetings).toHaveLength(1);
    const m = x.meetings[0]!;
    expect(m.place).toBe("place:miami");
    expect(m.status).toBe("unconfirmed");
    expect(m.participants.find((p) => p.key === "person:kirill-dmitriev")?.role).toBe("lead");
  });

  it("resolves weekday dates against the article date (the past for a past verb)", () => {
    const x = run("Vorbind miercuri la Moscova în fața unor oficiali din domeniul apărării, Putin a reiterat poziția.");
    expect(x.meetings[0]).toMatchObject({ date: "2025-12-17", place: "place:moscow", type: "speech" });
  });

  it("handles English articles", () => {
    const x = run(
      "U.S. President Donald Trump met Vladimir Putin in Moscow on Wednesday. The Russian delegation was led by Kirill Dmitriev. A follow-up meeting in Miami was called off.",
      "2025-12-18",
      "en",
    );
    const moscow = x.meetings.find((m) => m.place === "place:moscow");
    expect(moscow).toMatchObject({ status: "happened", date: "2025-12-17" });
    expect(moscow!.participants.map((p) => p.key)).toEqual(expect.arrayContaining(["person:donald-trump", "person:vladimir-putin"]));
    expect(x.meetings.find((m) => m.place === "place:miami")?.status).toBe("cancelled");
  });
});

describe("bugs found on the development set", () => {
  it("a title alone refers to the person last named with it", () => {
    const x = run("Președintele Vladimir Putin a vorbit. Luni, președintele s-a întâlnit la Moscova cu Steve Witkoff.");
    expect(x.meetings[0]!.participants.map((p) => p.key)).toEqual(expect.arrayContaining(["person:vladimir-putin", "person:steve-witkoff"]));
  });

  it("reads a compound demonym as both countries", () => {
    const x = run("Driscoll a participat la negocierile americano-ucrainene de la Geneva.");
    expect(keys(x)).toEqual(expect.arrayContaining(["country:united-states", "country:ukraine"]));
  });

  it("matches verb triggers on the exact word, not the stem ('semne' is not 'semnat')", () => {
    const x = run("Vladimir Putin nu a dat semne că și-ar fi schimbat poziția.");
    expect(x.meetings).toHaveLength(0);
  });

  it("keeps a speaker who only reports out of the meeting", () => {
    const x = run("Steve Witkoff a spus că discuțiile dintre Rusia și Ucraina de la Geneva au fost utile.");
    expect(x.meetings[0]!.participants.map((p) => p.key)).not.toContain("person:steve-witkoff");
  });

  it("reads a meeting dated after the article as planned even with a past-looking verb", () => {
    const x = run("Pe 22 decembrie, Donald Trump s-a întâlnit la Miami cu Kirill Dmitriev.", "2025-12-18");
    expect(x.meetings[0]).toMatchObject({ date: "2025-12-22", status: "planned" });
  });
});

describe("modality and evidence", () => {
  it("marks attributed and conditional claims as reported, with the source", () => {
    const x = run("Conform Politico, Washingtonul ar fi propus garanții de securitate.");
    const r = x.relations.find((r) => r.relation === "proposes");
    expect(r).toMatchObject({ source: "country:united-states", modality: "reported", attribution: "Politico" });
  });

  it("gives every link an evidence span that slices to its sentence", () => {
    const doc = analyze({ id: "t", path: "t", text: "Witkoff și Kushner au purtat negocieri la Berlin. Rusia ar putea accepta garanțiile de securitate.", date: "2025-12-18" });
    const x = extract(doc, resources);
    expect(x.relations.length).toBeGreaterThan(2);
    for (const r of x.relations) expect(doc.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
  });
});

describe("names on the held-out lessons (sentences written for these tests)", () => {
  it("reads the family name first in Chinese and Korean names ('Han' is Han Zheng)", () => {
    const x = run("Han Zheng met Marco Rubio in Geneva on Monday. Han later said the talks were useful.", "2025-12-18", "en");
    const han = x.entities.find((e) => e.key === "person:han-zheng");
    expect(han?.aliases).toEqual(expect.arrayContaining(["Han Zheng", "Han"]));
    expect(x.entities.filter((e) => e.kind === "organization")).toHaveLength(0);
  });

  it("keeps an unknown given name before a known surname as someone else", () => {
    const en = run("Andrea Rubio met Steve Witkoff in Miami on Monday.", "2025-12-18", "en");
    expect(en.entities.map((e) => e.key)).toContain("person:andrea-rubio");
    expect(en.entities.map((e) => e.key)).not.toContain("person:marco-rubio");
    const ro = run("Andreea Rubio s-a întâlnit luni cu Steve Witkoff la Miami.", "2025-12-18");
    expect(ro.entities.map((e) => e.key)).toContain("person:andreea-rubio");
    expect(run("Secretarul de stat Marco Rubio a sosit la Geneva. Rubio a vorbit presei.").entities.map((e) => e.key)).toContain("person:marco-rubio");
    // … also when the knowledge base lists the surname as an alias of its own ("Vance" of JD Vance), before or after a title
    const vance = run("Trade minister Ella Vance spoke at the forum. Vance said the deal was close.", "2025-12-18", "en");
    expect(vance.entities.map((e) => e.key)).toEqual(["person:ella-vance"]);
  });

  it("joins a Portuguese 'do' inside a person's name", () => {
    const x = run("Carlos do Nascimento met Steve Witkoff in Miami on Monday.", "2025-12-18", "en");
    expect(x.entities.map((e) => e.label)).toContain("Carlos do Nascimento");
  });

  it("does not take 'negotiators' or 'negociatorii' for a negotiation", () => {
    expect(run("Ukrainian negotiators said on Monday that the plan was ready.", "2025-12-18", "en").meetings).toHaveLength(0);
    expect(run("Negociatorii ucraineni au spus luni că planul este gata.", "2025-12-18").meetings).toHaveLength(0);
  });
});

describe("venues and collective groups named after an organisation (curated data)", () => {
  const real = loadResources();
  const run = (text: string, date = "2025-12-18", lang?: Lang): Extraction =>
    extract(analyze({ id: "t", path: "t.txt", text, date, ...(lang ? { lang } : {}) }), real);
  it("reads 'sediul NATO' and 'NATO headquarters' as the venue, not NATO as a participant", () => {
    const ro = run("Marco Rubio s-a întâlnit marți cu Rustem Umerov la sediul NATO.");
    expect(ro.meetings[0]!.place).toBe("place:nato-headquarters");
    expect(ro.meetings[0]!.participants.map((p) => p.key)).not.toContain("organization:nato");
    const en = run("Marco Rubio met Rustem Umerov at NATO headquarters on Tuesday.", "2025-12-18", "en");
    expect(en.meetings[0]!.place).toBe("place:nato-headquarters");
  });

  it("names ministers of an organisation or of several regions as one group", () => {
    const en = run("NATO defence ministers met in Berlin on Tuesday. Nordic and Baltic foreign ministers held talks in London on Wednesday.", "2025-12-18", "en");
    const labels = en.entities.filter((e) => e.kind === "group").map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(["NATO defence ministers", "Nordic and Baltic foreign ministers"]));
    expect(en.meetings[0]!.participants.map((p) => p.key)).toEqual(["group:nato-defence-ministers"]);
    const ro = run("Miniștrii apărării din statele NATO s-au reunit marți la Berlin.");
    expect(ro.entities.find((e) => e.kind === "group")?.label).toBe("NATO defence ministers");
    // Two sides stay two groups.
    expect(run("Oficiali ucraineni și europeni au participat.").entities.filter((e) => e.kind === "group")).toHaveLength(2);
  });
});

describe("Romanian names and groups around titles, companies and infrastructure (curated data)", () => {
  const real = loadResources();
  const run = (text: string, date = "2025-12-18", lang?: Lang): Extraction =>
    extract(analyze({ id: "t", path: "t.txt", text, date, ...(lang ? { lang } : {}) }), real);
  const kinds = (x: Extraction): string[] => x.entities.map((e) => `${e.kind}:${e.label}`);

  it("keeps a portfolio after 'Ministrul' out of the names", () => {
    const x = run("Ministrul Justiției, Radu Marinescu, a vorbit luni la Cluj-Napoca.");
    expect(kinds(x).some((k) => k.includes("Justiției"))).toBe(false);
  });

  it("takes no regnal number for a surname ('II' alone is no King Abdullah II) and names a monarch with it", () => {
    const x = run("After World War II the town grew. King Abdullah II met Ana Ruiz on Monday.", "2025-12-18", "en");
    const king = x.entities.find((e) => e.key === "person:abdullah-ii")!;
    expect(king.aliases).toEqual(["Abdullah II"]);
    expect(x.meetings.map((m) => m.label)).toEqual(["Meeting (Abdullah II, Ruiz)"]);
    // (an age or a war is no actor: "World War II", "the Cold War", "the Middle Ages"; "the Revolution Party" is one)
    const periods = run("After World War II the town grew. Relations have been tense since the Cold War. Fish was traded in the Middle Ages. Ana Ruiz met the Revolution Party.", "2025-12-18", "en");
    expect(periods.entities.filter((e) => e.kind === "organization").map((e) => e.label)).toEqual(["Revolution Party"]);
  });

  it("reads a name after a company noun as an organisation", () => {
    const x = run("Ministrul a discutat cu reprezentanții constructorului italian Webuild Costruzioni despre lucrări.");
    expect(x.entities.find((e) => e.label === "Webuild Costruzioni")?.kind).toBe("organization");
    const en = run("The minister met the French contractor Vinci Autoroutes in Lyon on Monday.", "2025-12-18", "en");
    expect(en.entities.find((e) => e.label === "Vinci Autoroutes")?.kind).toBe("organization");
    // ("fashion house", "brewery", "crama": a house, a maker of drinks or a cellar is a company too)
    const house = run("The minister met buyers from the Italian fashion house Sartoria Velluti in Milan.", "2025-12-18", "en");
    expect(house.entities.find((e) => e.label === "Sartoria Velluti")?.kind).toBe("organization");
    // ("Insurance Ireland", "Transport Canada", "Heritage New Zealand Pouhere Taonga": a public domain's word before a
    // country's name makes an agency; the country alone stays one)
    const agencies = run("Representatives of Insurance Ireland met the network. Transport Canada said Heritage New Zealand Pouhere Taonga agreed. Ireland and Canada agreed.", "2025-12-18", "en");
    expect(agencies.entities.filter((e) => e.kind === "organization").map((e) => e.label).sort()).toEqual(["Heritage New Zealand Pouhere Taonga", "Insurance Ireland", "Transport Canada"]);
    expect(agencies.entities.filter((e) => e.kind === "country").map((e) => e.key).sort()).toEqual(["country:canada", "country:ireland"]);
    expect(agencies.entities.find((e) => e.kind === "group")?.label).toBe("Insurance Ireland representatives");
    // ("the State Department for Transport": a known body's name going on with "for" is another body's)
    const state = run("Ana Ruiz met officials of the State Department for Transport. The State Department said.", "2025-12-18", "en");
    expect(state.entities.filter((e) => e.kind === "organization").map((e) => e.label).sort()).toEqual(["State Department for Transport", "United States Department of State"]);
    // (a Romanian plural noun ends a company's name, never a person's: "Carpatmol Restaurări", "Geo Trotuș Măsurători")
    const plural = run("Ion Pavel s-a întâlnit cu Carpatmol Restaurări. Geo Trotuș Măsurători a contestat. Măsurătorile continuă.");
    expect(["Carpatmol Restaurări", "Geo Trotuș Măsurători"].map((l) => plural.entities.find((e) => e.label === l)?.kind)).toEqual(["organization", "organization"]);
    expect(plural.entities.filter((e) => e.kind === "group")).toEqual([]);
    const crama = run("Ministrul a vizitat crama Dealul Ursului, la Cotnari.");
    expect(crama.entities.find((e) => e.label === "Dealul Ursului")?.kind).toBe("organization");
  });

  it("reads 'Autostrada Transilvaniei'-like names as one place, not the region or country inside", () => {
    const x = run("Ministrul a inspectat lucrările la Autostrada Moldovei și la Podul Ungheni.");
    expect(x.entities.map((e) => e.key)).not.toContain("country:moldova");
    expect(x.entities.filter((e) => e.kind === "place").map((e) => e.aliases[0])).toEqual(expect.arrayContaining(["Autostrada Moldovei"]));
  });

  it("finds local mayors, rail unions and ambassadors as groups", () => {
    const x = run("Prefectul s-a întâlnit cu primarii din județ și cu sindicatele feroviare. Ambasadorii europeni au sosit.");
    const groups = x.entities.filter((e) => e.kind === "group").map((e) => e.label);
    expect(groups).toEqual(expect.arrayContaining(["local mayors", "sindicatele feroviare", "European ambassadors"]));
    const en = run("The minister met local mayors in Leeds on Monday.", "2025-12-18", "en");
    expect(en.entities.filter((e) => e.kind === "group").length).toBeGreaterThan(0);
  });
});

describe("compound surnames (curated data)", () => {
  it("finds 'Corrêa do Lago' alone as André Corrêa do Lago", () => {
    const x = runReal("André Corrêa do Lago opened the session in Lima on Monday. Later, Corrêa do Lago met Simon Stiell.", "2025-12-18", "en");
    expect(x.entities.find((e) => e.key === "person:andre-correa-do-lago")?.aliases).toContain("Corrêa do Lago");
    expect(x.entities.map((e) => e.label)).not.toContain("Lago");
  });
});

describe("name discovery pitfalls (curated data)", () => {
  const real = loadResources();
  const run = (text: string, lang?: Lang): Extraction =>
    extract(analyze({ id: "t", path: "t.txt", text, date: "2025-12-18", ...(lang ? { lang } : {}) }), real);
  const labels = (x: Extraction): string[] => x.entities.map((e) => `${e.kind}:${e.label}`);

  it("drops a quoted capitalised word, a document's name and a hyphenated pair of known names", () => {
    const x = run("Ruth Lee a vorbit la Cluj-Napoca despre „Capitole deschise” și despre Planul Național de Investiții și Dezvoltare. Ei au discutat despre axa Berlin-Paris.");
    expect(labels(x).filter((l) => /Capitole|Național|Dezvoltare|Berlin-Paris/.test(l))).toEqual([]);
  });

  it("reads a Korean name starting with 'Park' as a person and 'Hyde Park' as a place", () => {
    const x = run("Deputy foreign minister Park Ji-won met Kim Soo-hyun in Hyde Park on Monday.", "en");
    expect(labels(x)).toEqual(expect.arrayContaining(["person:Park Ji-won", "place:Hyde Park"]));
  });

  it("keeps 'South Korean' and a portfolio before 'Minister' out of the names", () => {
    const x = run("Canada's Energy Minister Tim Hodgson met his South Korean counterpart in Ottawa on Monday.", "en");
    expect(labels(x).filter((l) => /^(person|organization|place):.*(South Korean|Energy)/.test(l))).toEqual([]);
    // the counterpart is South Korea's (its ministers as a group, as for "his Russian counterpart")
    expect(labels(x)).toContain("group:South Korean counterparts");
  });

  it("reads English names joined by 'of' and 'for' as one place or organisation, never a person", () => {
    const x = run("Patrols moved along the Line of Contact near the Gulf of Sorrel. Talks on the Route for Lasting Peace and Trade resumed. Forum of Free Unions members protested.", "en");
    expect(labels(x)).toEqual(expect.arrayContaining(["place:Line of Contact", "place:Gulf of Sorrel", "place:Route for Lasting Peace and Trade", "organization:Forum of Free Unions"]));
    expect(labels(x).filter((l) => l.startsWith("person:"))).toEqual([]);
  });

  it("does not join a person and an organisation over 'of', nor two people over 'and'", () => {
    const x = run("Tom Haskell and Mira Kovach of the Bank of Freedonia arrived on Monday.", "en");
    expect(labels(x)).toEqual(expect.arrayContaining(["person:Tom Haskell", "person:Mira Kovach", "organization:Bank of Freedonia"]));
  });

  it("keeps Arabic particles inside a name and a family name before an unknown given name", () => {
    const x = run("Envoy Faisal al-Marri met Trade Minister Wang Xiaolong in Doha.", "en");
    expect(labels(x)).toEqual(expect.arrayContaining(["person:Faisal al-Marri", "person:Wang Xiaolong"]));
    expect(x.entities.find((e) => e.key === "person:wang-yi")).toBeUndefined();
  });

  it("drops runs of title words and acronyms that are no organisation (GDP, VAT, PIB, TVA)", () => {
    const en = run("Deputy Assistant Secretary Dana Holt said GDP grew while VAT rose.", "en");
    expect(labels(en).filter((l) => /Deputy|GDP|VAT/.test(l))).toEqual([]);
    const ro = run("Ministrul Ion Pavel a spus că PIB a crescut, iar TVA a fost majorată.");
    expect(labels(ro).filter((l) => /PIB|TVA/.test(l))).toEqual([]);
  });

  it("reads an acronym in brackets beside a name as that name, here and later", () => {
    const x = run("The Northern Relief Forces (NRF) rejected the truce. A spokesman for the NRF said so.", "en");
    const nrf = x.entities.find((e) => e.label === "Northern Relief Forces");
    expect(nrf?.aliases).toEqual(["Northern Relief Forces", "NRF"]);
    expect(x.entities.filter((e) => e.label === "NRF")).toEqual([]);
  });

  it("finds a knowledge-base name whose head and adjectives are all inflected, and world regions", () => {
    const x = run("Guvernatorul Băncii Naționale a României a vorbit despre exporturile spre America de Sud și Africa.");
    expect(labels(x)).toEqual(expect.arrayContaining(["organization:National Bank of Romania", "place:South America", "place:Africa"]));
    expect(labels(x).filter((l) => /Sud$|Băncea/.test(l))).toEqual([]);
  });

  it("reads a name after 'the town of' or 'the region of' as a place", () => {
    const x = run("Shelling hit the town of Varvik and the region of Tolsk on Monday.", "en");
    expect(labels(x)).toEqual(expect.arrayContaining(["place:Varvik", "place:Tolsk"]));
  });

  it("reads 'El Fasher' / 'Al Hudaydah' as one town, not an article and a name", () => {
    const x = run("Fighters entered El Fasher on Monday and moved towards Al Hudaydah.", "en");
    expect(labels(x)).toEqual(expect.arrayContaining(["place:El Fasher", "place:Al Hudaydah"]));
  });

  it("reads a known name before an organisation's head as part of a new name ('OSCE Ministerial Council', 'EU Chamber of Commerce', 'Ukrainian Navy')", () => {
    const x = run("Delegates of the OSCE Ministerial Council, the EU Chamber of Commerce and the Ukrainian Navy met. The US State Department said so.", "en");
    expect(labels(x)).toEqual(expect.arrayContaining(["organization:OSCE Ministerial Council", "organization:EU Chamber of Commerce", "organization:Ukrainian Navy"]));
    // a known name of its own stays the known entity
    expect(x.entities.find((e) => e.key === "organization:us-department-of-state")).toBeDefined();
  });

  it("keeps 'Guvernul' apart from 'guvernatorul' and 'guvernatorii' (one stem, two words)", () => {
    const x = run("Guvernul a aprobat bugetul. Guvernatorul Ion Pavel a criticat măsura, iar guvernatorii ruși au tăcut. Biroul din cadrul guvernului sârb a protestat.");
    expect(x.entities.find((e) => e.key === "person:ion-pavel")?.roles).toContain("Governor");
    expect(x.relations.filter((r) => r.evidence.sentence === 0 && r.relation === "head_of")).toEqual([]);
    expect(labels(x).filter((l) => /governments/.test(l))).toEqual([]);
    expect(labels(x)).toContain("group:Russian governors");
  });

  it("gives Romanian feminine genitive names their nominative label", () => {
    const x = run("Acordul a fost semnat de conducerea Uniunii Naționale a Transportatorilor și a Universității Tehnice de Construcții.");
    expect(labels(x)).toEqual(expect.arrayContaining(["organization:Uniunea Națională a Transportatorilor", "organization:Universitatea Tehnică de Construcții"]));
  });
});

describe("groups of collective bodies (curated data)", () => {
  it("reads 'liderii coaliției' and 'opposition leaders' as groups", () => {
    const real = loadResources();
    const ro = extract(analyze({ id: "t", path: "t.txt", text: "Liderii coaliției s-au reunit luni la Palatul Victoria.", date: "2025-12-18" }), real);
    expect(ro.entities.find((e) => e.kind === "group")?.label).toBe("coalition leaders");
    const en = extract(analyze({ id: "t", path: "t.txt", text: "The prime minister met opposition leaders in Warsaw on Monday.", date: "2025-12-18", lang: "en" }), real);
    expect(en.entities.find((e) => e.kind === "group")?.label).toBe("opposition leaders");
  });
});

describe("joint go-betweens and an organisation's delegation (curated data)", () => {
  const real = loadResources();
  const groups = (text: string, lang?: Lang): string[] =>
    extract(analyze({ id: "t", path: "t.txt", text, date: "2025-12-18", ...(lang ? { lang } : {}) }), real).entities.filter((e) => e.kind === "group").map((e) => e.label);

  it("makes 'Norwegian, Swiss and Omani mediators' one group, and keeps two sides apart", () => {
    expect(groups("Norwegian, Swiss and Omani mediators met a Houthi delegation in Muscat on Monday.", "en")).toContain("Norwegian, Swiss and Omani mediators");
    expect(groups("Mediatorii francezi și germani s-au întâlnit luni la Oslo cu delegația Hezbollah.")).toEqual(expect.arrayContaining(["French and German mediators", "Hezbollah delegation"]));
    expect(groups("Ukrainian and European officials met in Geneva on Monday.", "en")).toEqual(expect.arrayContaining(["Ukrainian officials", "European officials"]));
  });

  it("reads lower-case nouns between the adjectives and a group noun as part of its name ('Greek and Turkish deputy ministers')", () => {
    expect(groups("Greek and Turkish deputy ministers met in Athens on Monday.", "en")).toEqual(["Greek and Turkish deputy ministers"]);
    expect(groups("Polish and Ukrainian ministry experts will meet in Lublin, and European and Chinese executives met in Beijing.", "en")).toEqual([
      "Polish and Ukrainian ministry experts",
      "European executives",
      "Chinese executives",
    ]);
    // two sides stay two teams (a country's team is that country); a verb is no modifier
    expect(groups("American and Houthi technical teams met in Muscat.", "en")).toEqual(["Houthi technical team"]);
    expect(groups("Russian officials visiting Cairo met Egyptian officials.", "en")).toEqual(["Russian officials", "Egyptian officials"]);
    expect(groups("Officials from Turkey met lawmakers from the committee.", "en")).toEqual(["Turkish officials"]);
    // people named by where they come from
    expect(groups("Oficiali din Turcia s-au întâlnit cu fermierii din județul Vaslui.")).toEqual(["Turkish officials", "farmers from Vaslui"]);
  });
});

describe("what the knowledge base adds (curated data)", () => {
  const real = loadResources();
  it("links a known person to the country of their role and a known city to its country, when the article names both", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "en", date: "2025-12-18",
      text: "Marco Rubio met Sergei Lavrov in Riyadh on Tuesday. The United States and Russia agreed to talk again." }), real);
    const rel = (s: string, t: string) => x.relations.find((r) => r.source === s && r.target === t);
    expect(rel("person:marco-rubio", "country:united-states")).toMatchObject({ relation: "secretary_of_state_of", attribution: "knowledge base", modality: "asserted" });
    expect(rel("person:sergei-lavrov", "country:russia")?.attribution).toBe("knowledge base");
    // Saudi Arabia is not named: no link, and no entity added for it
    expect(x.entities.find((e) => e.key === "country:saudi-arabia")).toBeUndefined();
    expect(x.relations.filter((r) => r.relation === "located_in")).toEqual([]);
    // the evidence is the sentence that names the person
    expect(rel("person:marco-rubio", "country:united-states")!.evidence.sentence).toBe(0);
  });

  it("links a named capital to its country, a named country to the alliance it belongs to, and a named ministry to its country", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "en", date: "2025-12-18",
      text: "Officials met in Warsaw on Tuesday. Poland and NATO said the talks went well, and Romania, through the Romanian Foreign Ministry, agreed." }), real);
    const rel = (s: string, t: string) => x.relations.find((r) => r.source === s && r.target === t && r.attribution === "knowledge base");
    expect(rel("place:warsaw", "country:poland")?.relation).toBe("capital_of");
    expect(rel("country:poland", "organization:nato")?.relation).toBe("member_of");
    const ministry = x.entities.find((e) => e.label === "Ministry of Foreign Affairs of Romania");
    expect(ministry && rel(ministry.key, "country:romania")?.relation).toBe("based_in");
  });
});

describe("short forms of long names and the name after a title (curated data)", () => {
  const real = loadResources();
  it("joins 'Sheikh Faisal' to 'Sheikh Faisal bin Nasser Al Marri' and keeps the name right after a title its own", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "en", date: "2025-09-10",
      text: "Sheikh Faisal bin Nasser Al Marri arrived on Monday. Speaking with Egyptian Foreign Minister Badr Abdelatty, Sheikh Faisal said talks would go on. Arab and Islamic leaders will meet on Sunday." }), real);
    const sheikh = x.entities.filter((e) => e.label.startsWith("Sheikh Faisal"));
    expect(sheikh).toHaveLength(1);
    expect(sheikh[0]!.aliases).toEqual(expect.arrayContaining(["Sheikh Faisal bin Nasser Al Marri", "Sheikh Faisal"]));
    expect(sheikh[0]!.roles.join()).not.toMatch(/Egypt/);
    expect(x.entities.filter((e) => e.kind === "group").map((e) => e.label)).toEqual(expect.arrayContaining(["Arab leaders", "Islamic leaders"]));
  });
});

describe("Romanian groups named by a plain adjective (curated data)", () => {
  it("labels 'experți militari', 'lideri politici' in English", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "ro", date: "2025-10-15", text: "Experți militari se vor reuni luni. Lideri politici au reacționat." }), loadResources());
    expect(x.entities.filter((e) => e.kind === "group").map((e) => e.label)).toEqual(["military experts", "political leaders"]);
    const y = extract(analyze({ id: "t", path: "t.txt", lang: "ro", date: "2025-10-15", text: "Ion Pavel a vorbit cu oficiali din domeniul apărării." }), loadResources());
    expect(y.entities.find((e) => e.kind === "group")?.label).toBe("defence officials");
  });
});

describe("name particles in Romanian text (curated data)", () => {
  it("does not join 'la' after a name ('Ion Pavel la Varna') but keeps 'de la Cruz' and 'von der'", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "ro", date: "2025-10-15", text: "Vizita lui Ion Pavel la Varna a fost amânată. Carmen de la Cruz și Anna von der Brandt au sosit." }), loadResources());
    expect(x.entities.map((e) => e.label)).toEqual(expect.arrayContaining(["Ion Pavel", "Varna", "Carmen de la Cruz", "Anna von der Brandt"]));
  });
});

describe("a known body said of another country (curated data)", () => {
  it("keeps 'Administrației Prezidențiale ucrainene' apart from Romania's presidential administration", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "ro", date: "2025-11-24", text: "Ion Pavel, șeful Administrației Prezidențiale ucrainene, a plecat. Potrivit Administrației Prezidențiale, Nicușor Dan va cere sprijin." }), loadResources());
    const romanian = x.entities.find((e) => e.key === "organization:romanian-presidency");
    expect(romanian?.aliases).toEqual(["Administrației Prezidențiale"]);
    expect(romanian?.mentions).toHaveLength(1);
  });
});

describe("Romanian local government (curated data)", () => {
  const real = loadResources();
  it("reads 'Primarul Capitalei, X' as a mayor, 'Consiliul General al Municipiului București' as one body, and 'după discuții' as no new meeting", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "ro", date: "2025-10-15",
      text: "Primarul Capitalei, Ion Pavel, s-a întâlnit marți cu ministrul Ana Lungu. Pavel a declarat după discuții că banii vor veni. Consiliul General al Municipiului București se va reuni joi." }), real);
    expect(x.entities.find((e) => e.key === "person:ion-pavel")?.roles).toContain("Mayor");
    expect(x.entities.filter((e) => /Capitalei/.test(e.label))).toEqual([]);
    expect(x.entities.map((e) => e.label)).toContain("Consiliul General al Municipiului București");
    expect(x.meetings).toHaveLength(2);
  });

  it("takes the venue of a meeting told again with its day ('Întrevederea de duminică de la Palatul Diriyah') over the city of the lead", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "ro", date: "2032-03-15",
      text: "Negociatorii Statelor Unite și Rusiei au încheiat duminică seara, la Riad, prima rundă de negocieri. Întrevederea de duminică de la Palatul Diriyah dintre trimisul special Dalton Whitacre și Arkadi Pestrikov a durat nouă ore." }), real);
    expect(x.meetings).toHaveLength(1);
    expect(x.entities.find((e) => e.key === x.meetings[0]!.place)?.label).toBe("Palatul Diriyah");
  });

  it("names a body of a known organisation with it ('Consiliul Permanent al OSCE'), which meets, not the organisation; a committee keeps its chamber apart", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "ro", date: "2032-03-15",
      text: "Reuniunea extraordinară a Consiliului Permanent al OSCE a fost amânată. Adunarea Parlamentară a NATO a cerut sancțiuni. Comisia pentru agricultură a Camerei Deputaților l-a audiat pe ministru." }), real);
    const labels = x.entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(["Consiliul Permanent al OSCE", "Adunarea Parlamentară a NATO", "Comisia pentru agricultură"]));
    const council = x.entities.find((e) => e.label === "Consiliul Permanent al OSCE")!;
    expect(x.meetings[0]!.participants.map((p) => p.key)).toEqual([council.key]);
  });

  it("reads a word of countries joined by hyphens as each country, each with its own part of the word as alias", () => {
    for (const [lang, text] of [["ro", "Vlădăianu a propus o reuniune trilaterală Romania-Moldova-Ucraina a miniștrilor apărării."], ["en", "He proposed a Romania-Moldova-Ukraine trilateral meeting."]] as const) {
      const x = extract(analyze({ id: "t", path: "t.txt", lang, date: "2032-09-23", text }), real);
      expect(x.meetings[0]!.participants.map((p) => p.key).sort()).toEqual(["country:moldova", "country:romania", "country:ukraine"]);
      expect(x.entities.find((e) => e.key === "country:moldova")!.aliases).toEqual(["Moldova"]);
    }
  });

  it("reads a palace named in another language as a venue ('Palacio de Miraflores'), with a known town in its name ('Palais de Lomé')", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "en", date: "2033-03-09", text: "The talks at the Palais de Lomé were chaired by Togo's foreign minister. Earlier talks were held at the Palacio de Miraflores in Caracas." }), real);
    const places = x.entities.filter((e) => e.kind === "place").map((e) => e.label);
    expect(places).toEqual(expect.arrayContaining(["Palais de Lomé", "Palacio de Miraflores"]));
    expect(x.entities.find((e) => e.key === x.meetings[0]!.place)?.label).toBe("Palais de Lomé");
  });

  it("places a meeting in a room of the town hall or in the village hall in the town whose mayor the article names, not the district town named more often", () => {
    const placeOf = (text: string, lang: Lang): string | undefined => {
      const x = extract(analyze({ id: "t", path: "t.txt", lang, date: "2030-09-26", text }), real);
      const m = x.meetings[0];
      return x.entities.find((e) => e.key === m?.place)?.label;
    };
    const ro = "Primarul din Hârtopul Mic, Serghei Horodniceanu, s-a întâlnit marți, în sala de ședințe a primăriei, cu fermierii. Consiliul Raional Ungheni și poliția din Ungheni nu au răspuns. Ungheni are alte probleme.";
    expect(placeOf(ro, "ro")).toBe("Hârtopul Mic");
    expect(placeOf("Primarul comunei Ogra, Vasile Ghirasim, s-a întâlnit joi cu fermierii la căminul cultural. Agenția din Târgu Mureș nu a comentat.", "ro")).toBe("Ogra");
    expect(placeOf("The mayor of Limanu, Ana Dobre, met the caravan owners on Tuesday in the village hall. Officials in Constanța declined to comment.", "en")).toBe("Limanu");
    // (a hall whose town is named is that town's: "la căminul cultural din Cincu")
    expect(placeOf("Primarul comunei Ogra s-a întâlnit joi cu fermierii la căminul cultural din Cincu.", "ro")).toBe("Cincu community centre");
  });
});

describe("Romanian articulated forms of names in -u and bodies in -iu (curated data)", () => {
  it("reads 'Muntenegrul' and 'Chișinăul' as the country and the city, and labels 'Consiliului Județean Argeș' in the nominative", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "ro", date: "2025-12-17",
      text: "Muntenegrul a închis marți cinci capitole. Chișinăul a salutat decizia. Ședința Consiliului Județean Argeș a fost amânată. Declarațiile Mihaelei Costache au surprins." }), loadResources());
    const keys = x.entities.map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(["country:montenegro", "country:moldova"]));
    // a sentence's first word that is a meeting noun or a definite plural is no part of the name after it
    expect(x.entities.map((e) => e.label)).toEqual(expect.arrayContaining(["Consiliul Județean Argeș", "Mihaela Costache"]));
    expect(x.entities.find((e) => e.label === "Consiliul Județean Argeș")?.kind).toBe("organization");
  });
});

describe("English name boundaries and short references (curated data)", () => {
  const run = (text: string): Extraction => extract(analyze({ id: "t", path: "t.txt", lang: "en", date: "2025-07-28", text }), loadResources());

  it("splits 'X of Sweden and Y of Romania', drops 'US-proposed' and 'Qatari-led', and keeps 'Nordic Security Forum' whole", () => {
    const x = run("Maria Berg of Sweden and Ion Pavel of Romania met. The US-proposed plan and the Qatari-led team failed, said an analyst at the Nordic Security Forum.");
    const labels = x.entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(["Maria Berg", "Ion Pavel", "Nordic Security Forum"]));
    expect(labels.filter((l) => /-(proposed|led)$/.test(l) || / of Sweden/.test(l))).toEqual([]);
    expect(x.entities.find((e) => e.label === "Nordic Security Forum")?.kind).toBe("organization");
  });

  it("reads the end of a portfolio ('Minister of Economy and Finance X') as no part of X's name", () => {
    const x = run("The talks were led by Deputy Prime Minister and Minister of Economy and Finance Jamshid Kuchkarov.");
    expect(x.entities.filter((e) => e.kind === "person").map((e) => e.label)).toEqual(["Jamshid Kuchkarov"]);
  });

  it("joins the last two words of a name ('Malmer Stenergard') and a given name used alone ('Anwar') to the full name", () => {
    const x = run("Foreign Minister Maria Malmer Stenergard met Prime Minister Anwar Ibrahim. Malmer Stenergard said Anwar had agreed.");
    const people = x.entities.filter((e) => e.kind === "person");
    expect(people.map((e) => e.label).sort()).toEqual(["Anwar Ibrahim", "Maria Malmer Stenergard"]);
    expect(people.find((e) => e.label === "Anwar Ibrahim")?.aliases).toContain("Anwar");
  });
});

describe("short acronyms of the knowledge base (curated data)", () => {
  it("reads 'OSA' as the Organization of American States but not the inflected name 'Osei'", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "ro", date: "2025-10-03", text: "Ion Pavel a vorbit cu Tarik Osei despre OSA." }), loadResources());
    expect(x.entities.find((e) => e.key === "organization:organization-of-american-states")?.aliases).toEqual(["OSA"]);
    expect(x.entities.map((e) => e.label)).toContain("Tarik Osei");
  });
});

describe("English abbreviations and bodies of other countries (curated data)", () => {
  const run = (text: string): Extraction => extract(analyze({ id: "t", path: "t.txt", lang: "en", date: "2025-07-29", text }), loadResources());

  it("reads 'Hun Sen,' as a name ('Sen.' is a title only with its period) and 'the Cambodian Senate' as no US Senate", () => {
    const x = run("Hun Sen, the president of the Cambodian Senate, spoke to Sen. Lindsey Graham. The Thai Foreign Ministry and the US Senate said no.");
    const labels = x.entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(["Hun Sen", "Cambodian Senate", "Lindsey Graham", "Thai Foreign Ministry"]));
    expect(x.entities.find((e) => e.key === "organization:us-senate" || e.label === "United States Senate")?.aliases).toEqual(["US Senate"]);
  });
});

describe("venues in apposition and organisations named with a title word (curated data)", () => {
  const run = (text: string): Extraction => extract(analyze({ id: "t", path: "t.txt", lang: "en", date: "2025-07-29", text }), loadResources());

  it("reads 'his official residence, Seri Perdana,' as a place, 'the General Border Committee' and 'the Great Lakes Governance Observatory' as organisations", () => {
    const x = run("Ana Lungu hosted Tarik Osei at his official residence, Seri Perdana, on Monday. The General Border Committee will meet, said an analyst at the Great Lakes Governance Observatory. General Rajiv Ghai agreed.");
    const kind = (label: string): string | undefined => x.entities.find((e) => e.label === label)?.kind;
    expect([kind("Seri Perdana"), kind("General Border Committee"), kind("Great Lakes Governance Observatory"), kind("Rajiv Ghai")]).toEqual(["place", "organization", "organization", "person"]);
    expect(x.meetings[0]?.place).toBe(x.entities.find((e) => e.label === "Seri Perdana")?.key);
  });
});

describe("a minister and the ministry of the same portfolio (curated data)", () => {
  it("makes 'Ministrul Sănătății, X' and 'Health Minister X' head_of the ministry of health named in the article", () => {
    const run = (text: string, lang: Lang): Extraction => extract(analyze({ id: "t", path: "t.txt", lang, date: "2025-09-17", text }), loadResources());
    const heads = (x: Extraction): string[] => x.relations.filter((r) => r.relation === "head_of").map((r) => `${r.source} ${x.entities.find((e) => e.key === r.target)?.label}`);
    expect(heads(run("Ministrul Sănătății, Ion Pavel, i-a primit marți pe primari. Potrivit Ministerului Sănătății, întâlnirea a durat două ore.", "ro"))).toEqual(["person:ion-pavel Ministry of Health"]);
    expect(heads(run("Health Minister Ana Lungu met Tarik Osei. The Ministry of Health said so, and the Ministry of Energy agreed.", "en"))).toEqual(["person:ana-lungu Ministry of Health"]);
  });
});

describe("Romanian ministries in English (curated data)", () => {
  it("labels 'Ministerului Sănătății' Ministry of Health and keeps a ministry of several portfolios in Romanian", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "ro", date: "2025-09-17",
      text: "Potrivit Ministerului Sănătății, Ministerul Investițiilor și Proiectelor Europene nu a răspuns." }), loadResources());
    expect(x.entities.map((e) => e.label)).toEqual(["Ministry of Health", "Ministerul Investițiilor și Proiectelor Europene"]);
    expect(x.entities[0]!.aliases).toEqual(["Ministerului Sănătății"]);
  });
});

describe("names starting with an Arabic particle in lower case (curated data)", () => {
  it("reads 'by el-Sisi' as the known Abdel Fattah el-Sisi", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "en", date: "2026-02-05", text: "A state visit to Athens by el-Sisi has been postponed indefinitely." }), loadResources());
    expect(x.meetings[0]?.participants.map((p) => p.key)).toEqual([x.entities.find((e) => e.label === "Abdel Fattah el-Sisi")?.key]);
  });
});

describe("a bare 'Guvernul' (curated data)", () => {
  const run = (text: string): Extraction => extract(analyze({ id: "t", path: "t.txt", lang: "ro", date: "2025-08-19", text }), loadResources());

  it("is the government of the one country whose prime minister the article names", () => {
    const x = run("Guvernul condus de premierul Ana Lungu a cerut armatei un plan pentru Liban. Premierul libanez Ana Lungu a insistat. Guvernul se va reuni pe 2 septembrie.");
    const gov = x.entities.find((e) => e.label === "Government of Lebanon");
    expect(gov?.aliases).toEqual(["Guvernul"]);
    expect(x.meetings[0]?.participants.map((p) => p.key)).toContain(gov?.key);
  });

  it("stays unresolved with no prime minister named, and 'Guvernul României' stays the KB's", () => {
    expect(run("Guvernul se va reuni pe 2 septembrie.").entities.filter((e) => /Government/.test(e.label))).toEqual([]);
    expect(run("Guvernul României se va reuni marți.").entities.map((e) => e.key)).toContain("organization:government-of-romania");
  });
});

describe("Romanian bodies named by a country and names after a portfolio (curated data)", () => {
  it("reads 'Guvernul Greciei' as the Government of Greece and splits 'Ministerul Economiei Ion Pavel' into the ministry and the person", () => {
    const x = extract(analyze({ id: "t", path: "t.txt", lang: "ro", date: "2025-04-08",
      text: "România a fost reprezentată de secretarul de stat în Ministerul Economiei Ion Pavel. Guvernul Greciei și Parlamentul Poloniei au reacționat." }), loadResources());
    const labels = x.entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(["Ministry of Economy", "Ion Pavel", "Government of Greece", "Parliament of Poland"]));
    expect(x.entities.find((e) => e.label === "Ion Pavel")?.kind).toBe("person");
  });
});

describe("English titles of secretaries (sentences written for these tests; curated data)", () => {
  it("does not take 'Economy Secretary' into the name that follows it", () => {
    const x = runReal("Economy Secretary Tomás Ibarra met Howard Lutnick on Monday.", "2026-01-23", "en");
    expect(x.entities.map((e) => e.label)).toContain("Tomás Ibarra");
    expect(x.entities.find((e) => e.label === "Tomás Ibarra")?.roles).toContain("Secretary");
  });
});

describe("demonyms of two words (sentences written for these tests; curated data)", () => {
  it("reads 'South Korean' and 'South Sudanese' as South Korea and South Sudan, not as a name or as Sudan", () => {
    const x = runReal("The South Korean foreign minister met the South Sudanese delegation in Seoul.", "2025-11-12", "en");
    expect(x.entities.some((e) => e.key === "country:south-korea")).toBe(true);
    expect(x.entities.some((e) => e.kind === "person")).toBe(false);
    expect(x.entities.some((e) => e.key === "country:sudan")).toBe(false);
    expect(x.entities.find((e) => e.kind === "group")?.label).toBe("South Sudanese delegation");
  });

  it("does not read the first word of 'Costa Rican' as someone's surname", () => {
    const x = runReal("The Costa Rican foreign minister met Ana Petric in Geneva.", "2025-10-27", "en");
    expect(x.entities.some((e) => e.key === "country:costa-rica")).toBe(true);
    expect(x.entities.some((e) => e.key === "person:antonio-costa")).toBe(false);
  });
});

describe("organisations whose names hold a known name (sentences written for these tests; curated data)", () => {
  const real = (text: string, lang: Lang): Extraction => runReal(text, "2025-10-24", lang);
  const orgs = (x: Extraction): string[] => x.entities.filter((e) => e.kind === "organization").map((e) => e.label);

  it("reads 'the Horn of Africa Peace Institute' as one organisation, not the region", () => {
    const x = real("Ann Wekesa, a researcher at the Horn of Africa Peace Institute in Nairobi, said the talks had stalled.", "en");
    expect(orgs(x)).toContain("Horn of Africa Peace Institute");
    expect(x.entities.some((e) => e.label === "Horn of Africa")).toBe(false);
  });

  it("runs a Romanian organisation's name over a country's ('Asociației Fructe Moldova') and keeps its nouns as written", () => {
    const x = real("Ion Rusu, președintele Asociației Fructe Moldova, a cerut sprijin.", "ro");
    expect(orgs(x)).toEqual(["Asociația Fructe Moldova"]);
    expect(orgs(real("Președintele Agenției Române pentru Investiții a cerut sprijin.", "ro"))).toEqual(["Agenția Română pentru Investiții"]);
  });

  it("runs a Romanian organisation's name over lower-case links to a known place ('Spitalul … de Urgență Vaslui'), not over a name known before", () => {
    const x = real("Inspectoratul Teritorial de Muncă Brașov a anunțat că Spitalul Județean de Urgență Vaslui și Centrul pentru Studii de Securitate a Mării Negre au primit fonduri.", "ro");
    expect(orgs(x).sort()).toEqual(["Centrul pentru Studii de Securitate a Mării Negre", "Inspectoratul Teritorial de Muncă Brașov", "Spitalul Județean de Urgență Vaslui"]);
    // "Uniunea Europeană și Republica Moldova": two names, the second no part of the first
    const y = real("Summitul dintre Uniunea Europeană și Republica Moldova a avut loc vineri.", "ro");
    expect(y.entities.map((e) => e.key).sort()).toEqual(["country:moldova", "organization:european-union"]);
  });

  it("joins two capitalised words by 'and' before an organisation's head ('the Business and Trade Committee'); a holiday is no name", () => {
    const x = real("The Business and Trade Committee questioned the minister about the Easter bonus. Britain and France signed a deal.", "en");
    expect(orgs(x)).toEqual(["Business and Trade Committee"]);
    expect(x.entities.map((e) => e.key).sort()).toEqual(["country:france", "country:united-kingdom", "organization:business-and-trade-committee"]);
    expect(real("Sindicatul cere un bonus de Paște și unul de Crăciun.", "ro").entities.filter((e) => e.kind === "organization").map((e) => e.label)).toEqual([]);
  });

  it("drops where an organisation is based ('the Lusaka-based …') and a one-word portfolio before an English title ('Mines Minister')", () => {
    const x = real("Anna Lindqvist met Mines Minister Paul Kabwe after talks with the Lusaka-based Mining Workers Union.", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`).sort()).toEqual(["organization:Mining Workers Union", "person:Anna Lindqvist", "person:Paul Kabwe"]);
  });

  it("ends a Romanian organisation's name with its quoted name, and reads a sentence's plural noun before a name as no part of it", () => {
    const x = real("Reprezentanții Federației Sindicatelor din Educație „Spiru Haret” s-au întâlnit cu elevii Colegiului Național „Mihai Viteazul”. Potrivit Ziarului Financiar, protestul continuă.", "ro");
    expect(orgs(x).sort()).toEqual(["Colegiul Național „Mihai Viteazul”", "Federația Sindicatelor din Educație „Spiru Haret”", "Ziarul Financiar"]);
    expect(x.entities.filter((e) => e.kind === "person")).toEqual([]);
  });

  it("reads a country's two-word name before an organisation's head as part of its name, and hospitals and regiments as organisations", () => {
    const x = real("Striking nurses at Auckland City Hospital will resume talks, the New Zealand Nurses Organisation said. The Gotland Regiment hosted the ministers.", "en");
    expect(orgs(x).sort()).toEqual(["Auckland City Hospital", "Gotland Regiment", "New Zealand Nurses Organisation"]);
  });

  it("reads a shortened later mention ('Consiliul Județean') as the organisation named in full before", () => {
    const x = real("Ion Popa, președintele Consiliului Județean Vaslui, a vorbit. Ședința extraordinară a Consiliului Județean a fost amânată.", "ro");
    expect(orgs(x)).toEqual(["Consiliul Județean Vaslui"]);
    expect(x.meetings[0]!.participants.map((p) => p.key)).toEqual(["organization:consiliul-judetean-vaslui"]);
  });
});

describe("parts of known places (sentences written for these tests; curated data)", () => {
  it("reads 'Upper Nile' and 'Northern Mexico' as places of their own, and leaves 'North Korea' to the knowledge base", () => {
    const x = runReal("Officials from Upper Nile and Northern Mexico met envoys of North Korea.", "2025-10-24", "en");
    const places = x.entities.filter((e) => e.kind === "place").map((e) => e.label);
    expect(places).toEqual(expect.arrayContaining(["Upper Nile", "Northern Mexico"]));
    expect(x.entities.some((e) => e.label === "Nile" || e.key === "country:mexico")).toBe(false);
    expect(x.entities.some((e) => e.key === "country:north-korea")).toBe(true);
  });
});

describe("regions' adjectives of two words (sentences written for these tests; curated data)", () => {
  it("names 'Southeast Asian leaders' one group and makes no name of 'Southeast'", () => {
    const x = runReal("Southeast Asian leaders met in Kuala Lumpur on Sunday.", "2025-10-27", "en");
    expect(x.entities.filter((e) => e.kind !== "place").map((e) => `${e.kind}:${e.label}`)).toEqual(["group:Southeast Asian leaders"]);
  });
});

describe("chairpersons (sentences written for these tests; curated data)", () => {
  it("keeps 'Chairperson' out of the name and reads it as a role of the body before it", () => {
    const x = runReal("AU Commission Chairperson Amina Diallo met both delegations on Wednesday.", "2025-11-13", "en");
    const p = x.entities.find((e) => e.kind === "person");
    expect(p?.label).toBe("Amina Diallo");
    expect(p?.roles.some((r) => r.startsWith("Chairperson"))).toBe(true);
  });
});

describe("kinds of discovered names without a list entry (sentences written for these tests; curated data)", () => {
  const kinds = (x: ReturnType<typeof runReal>) => x.entities.map((e) => `${e.kind}:${e.label}`).sort();
  it("reads company endings, an ampersand and an acronym first as organisations, not people", () => {
    const x = runReal("Tomás Herrera met executives of Northline Metals, Arvo Grid Solutions and Hanse & Kline in Lima. CFR Marfă signed later.", "2026-03-04", "en");
    expect(kinds(x)).toEqual(expect.arrayContaining(["organization:Arvo Grid Solutions", "organization:CFR Marfă", "organization:Hanse & Kline", "organization:Northline Metals", "person:Tomás Herrera"]));
    expect(x.entities.filter((e) => e.kind === "person")).toHaveLength(1);
  });
  it("reads 'Santa' or 'São' first as a place", () => {
    const x = runReal("The two ministers met in Santa Ilária on Monday and will meet again in São Bento.", "2026-03-04", "en");
    expect(kinds(x)).toEqual(expect.arrayContaining(["place:Santa Ilária", "place:São Bento"]));
  });
  it("keeps a Romanian sentence's opening noun of profession out of the person's name", () => {
    const x = runReal("Economistul Dorin Vâlcea consideră că negocierile vor dura. Vâlcea a fost consilier.", "2026-03-04", "ro");
    expect(x.entities.filter((e) => e.kind === "person").map((e) => e.label)).toEqual(["Dorin Vâlcea"]);
  });
});

describe("regions and towns named with a direction or a place word (sentences written for these tests; curated data)", () => {
  it("reads 'Asia de Est' and 'Europa Centrală' as regions of their own, and keeps 'Coreea de Sud' a country", () => {
    const x = runReal("Ministrul a făcut un turneu în Asia de Est și în Europa Centrală, apoi a plecat spre Coreea de Sud.", "2026-03-04", "ro");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`).sort()).toEqual(["country:South Korea", "place:Central Europe", "place:East Asia"]);
  });
  it("reads 'X City' and 'X Islands' as places, and a venue in the city as the more specific place", () => {
    const x = runReal("Back in Tuy Hoa City, Nguyen briefed Tran Van Long at the Harbour Palace on Thursday. Officials from the Riau Islands attended.", "2026-03-06", "en");
    expect(x.entities.filter((e) => e.kind === "place").map((e) => e.label).sort()).toEqual(["Harbour Palace", "Riau Islands", "Tuy Hoa City"]);
    expect(x.meetings[0]?.place).toBe("place:harbour-palace");
  });
});

describe("English venues told by a description (sentences written for these tests; curated data)", () => {
  const places = (x: ReturnType<typeof runReal>) => x.entities.filter((e) => e.kind === "place").map((e) => e.label).sort();
  it("makes a place of 'the prime minister's official residence in Bhaktapur' and holds the meeting there", () => {
    const x = runReal("On Monday, Rana Thapa met Dev Koirala at the prime minister's official residence in Bhaktapur.", "2026-03-04", "en");
    expect(places(x)).toEqual(["Bhaktapur", "Prime minister's official residence in Bhaktapur"]);
    expect(x.meetings[0]?.place).toBe("place:prime-minister-s-official-residence-in-bhaktapur");
  });
  it("reads a possessive venue ('the commission's headquarters', 'the Norwegian ambassador's residence')", () => {
    const x = runReal("Aryal met the commissioners at the commission's headquarters. Later both teams met at the Norwegian ambassador's residence.", "2026-03-04", "en");
    expect(places(x)).toEqual(["Commission's headquarters", "Norwegian ambassador's residence"]);
  });
  it("makes no place of an indefinite venue, a landmark after 'near', a venue told before or a named venue's head", () => {
    const x = runReal("They met at a hotel in Santa Marta, near the old port, then at the same building and at the Dunkers Kulturhus conference venue.", "2026-03-04", "en");
    expect(places(x)).toEqual(["Dunkers Kulturhus", "Santa Marta"]);
  });
});

describe("Romanian venues named after a company or a name (sentences written for these tests; curated data)", () => {
  it("reads 'la fabrica X de la Y' and 'în clădirea X' as venues, keeps the company an actor, and 'de la' joins no company's name", () => {
    const x = runReal("Joi, Ana Ionescu ar urma să viziteze fabrica Norvik Battery de la Changwon. Luni, Ionescu s-a întâlnit cu Pieter Claes în clădirea Berlaymont.", "2026-03-04", "ro");
    const labels = x.entities.map((e) => `${e.kind}:${e.label}`);
    expect(labels).toEqual(expect.arrayContaining(["place:Norvik Battery factory in Changwon", "organization:Norvik Battery", "place:Changwon", "place:Berlaymont building"]));
    expect(x.meetings.map((m) => m.place)).toEqual(["place:norvik-battery-factory-in-changwon", "place:berlaymont-building"]);
    expect(x.meetings[0]!.participants.map((p) => p.key)).toContain("organization:norvik-battery");
  });
  it("makes no venue of a factory named after 'de la' (whose contract, not where)", () => {
    const x = runReal("Negocierile pentru contractul colectiv de la fabrica Norvik Battery din Brașov s-au încheiat marți.", "2026-03-04", "ro");
    expect(x.entities.some((e) => e.label.includes("factory"))).toBe(false);
  });
});

describe("groups named after the organisation they belong to (sentences written for these tests; curated data)", () => {
  const groups = (x: ReturnType<typeof runReal>) => x.entities.filter((e) => e.kind === "group").map((e) => e.label).sort();
  it("reads 'reprezentanți ai companiei X', 'oficiali ai prefecturii Y' and 'reprezentanții X' as groups that take part", () => {
    const x = runReal("Marți, Ana Voicu s-a întâlnit la Seul cu reprezentanți ai companiei Hanil Power & Grid și cu oficiali ai prefecturii Osaka. Reprezentanții Seorim au plecat.", "2026-03-04", "ro");
    expect(groups(x)).toEqual(["Hanil Power & Grid representatives", "Osaka officials", "Seorim representatives"]);
    // (the company takes part beside its people: annotators name one or the other)
    expect(x.meetings[0]!.participants.map((p) => p.key)).toEqual(["person:ana-voicu", "group:hanil-power-grid-representatives", "organization:hanil-power-grid", "group:osaka-officials"]);
  });
  it("reads 'members of the X Commission' and 'X officials' as groups, and 'Secretarul american al Războiului' as none", () => {
    const x = runReal("On Tuesday, Om Prakash Aryal met members of the Election Commission and Qoriwayra Mining officials.", "2026-03-04", "en");
    expect(groups(x)).toEqual(["Election Commission members", "Qoriwayra Mining officials"]);
    expect(groups(runReal("Secretarul american al Războiului, Pete Hegseth, a plecat.", "2026-03-04", "ro"))).toEqual([]);
  });
});

describe("places and bodies named with a lower-case head (sentences written for these tests; curated data)", () => {
  it("reads English names before 'border post', 'crossing', 'river', 'mine', 'district' as places", () => {
    const x = runReal("Officials met at the Jimbe border post, then at the Torkham crossing near the Pachachaca river, the Qoriwayra copper mine and the Khyber district.", "2026-03-04", "en");
    expect(x.entities.filter((e) => e.kind === "place").map((e) => e.label).sort()).toEqual(["Jimbe border post", "Khyber district", "Pachachaca river", "Qoriwayra copper mine", "Torkham crossing"]);
  });
  it("reads 'portul Constanța' as the Port of Constanța and 'Comisiei Dunării' as a body, not the Danube", () => {
    const x = runReal("Ministrul a vizitat portul Constanța și a discutat cu reprezentanții Comisiei Dunării la Primăria Clujului.", "2026-03-04", "ro");
    const labels = x.entities.map((e) => `${e.kind}:${e.label}`);
    expect(labels).toEqual(expect.arrayContaining(["place:Port of Constanța", "organization:Comisia Dunării"]));
    expect(labels.some((l) => l.endsWith(":Danube"))).toBe(false);
  });
});

describe("names after a title and a country's company (sentences written for these tests; curated data)", () => {
  it("keeps a function word that starts a name after a title ('Deputy Minister Do Van Khai') and reads 'Vietnam Electricity' as one company", () => {
    const x = runReal("Holmgard met Deputy Minister Do Van Khai and officials of Vietnam Electricity on Tuesday.", "2026-02-18", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(expect.arrayContaining(["person:Do Van Khai", "organization:Vietnam Electricity"]));
    expect(x.entities.some((e) => e.key === "country:vietnam")).toBe(false);
  });
});

describe("a company's short name (sentences written for these tests; curated data)", () => {
  it("reads a company's first word alone as that company, and drops a sentence's opening article from a venue", () => {
    const en = runReal("Executives of Northline Metals met the governor on Monday. Northline said the talks were useful. The Qoriwayra mine is closed.", "2026-02-18", "en");
    expect(en.entities.filter((e) => e.kind !== "group").map((e) => `${e.kind}:${e.label}`).sort()).toEqual(["organization:Northline Metals", "place:Qoriwayra mine"]);
    const ro = runReal("Compania Seorim Battery Solutions a semnat acordul. Seorim a anunțat investiția.", "2026-02-18", "ro");
    expect(ro.entities.map((e) => e.label)).toEqual(["Compania Seorim Battery Solutions"]);
  });
});

describe("a portfolio of several words before a name (sentences written for these tests; curated data)", () => {
  it("keeps every word of the portfolio out of the name", () => {
    const x = runReal("Coordinating Minister for Economic Affairs Rizal Siregar met Minister of Interior and Territorial Governance Álvaro Cárdenas Lira on Monday.", "2026-02-18", "en");
    expect(x.entities.map((e) => e.label).sort()).toEqual(["Rizal Siregar", "Álvaro Cárdenas Lira"]);
    const y = runReal("Kurtti asked to meet Minister of Climate and the Environment Kai Mykkänen and officials of the Foreign Affairs Ministry.", "2026-02-18", "en");
    expect(y.entities.filter((e) => e.kind !== "group").map((e) => e.label).sort()).toEqual(["Foreign Affairs Ministry", "Kai Mykkänen"]);
  });
});

describe("Romanian venues described by their town (sentences written for these tests; curated data)", () => {
  it("reads 'la primăria din X', 'la căminul cultural din X', 'la spitalul raional din X', 'baza nautică de la X' as venues", () => {
    const x = runReal("Ministrul s-a întâlnit cu primarul la primăria din Cincu, apoi la căminul cultural din Rupea și la spitalul raional din Cantemir. A vizitat și baza nautică de la Snagov.", "2026-02-18", "ro");
    expect(x.entities.filter((e) => e.kind === "place").map((e) => e.label).sort()).toEqual(["Cantemir", "Cantemir district hospital", "Cincu", "Cincu town hall", "Rupea", "Rupea community centre", "Snagov", "Snagov nautical base"]);
  });
});

describe("groups named after an organisation described before its name (sentences written for these tests; curated data)", () => {
  it("reads 'executives of the Chinese company X', 'executives of Russia's X', 'reprezentanții firmei X' and 'reprezentanții operatorului feroviar privat X' as groups", () => {
    const en = runReal("Jonas Molvatol met executives of the Chinese company Haixing Ocean Fisheries and executives of Russia's Inter RAO.", "2026-02-18", "en");
    expect(en.entities.filter((e) => e.kind === "group").map((e) => e.label).sort()).toEqual(["Haixing Ocean Fisheries executives", "Inter RAO executives"]);
    expect(en.entities.find((e) => e.label === "Inter RAO")?.kind).toBe("organization");
    const ro = runReal("Ministrul s-a întâlnit cu reprezentanții firmei Vlasia Construct și cu reprezentanții operatorului feroviar privat Transcarpatic Rail.", "2026-02-18", "ro");
    expect(ro.entities.filter((e) => e.kind === "group").map((e) => e.label).sort()).toEqual(["Transcarpatic Rail representatives", "Vlasia Construct representatives"]);
  });
});

describe("organisations named by a lower-case head or a press noun (sentences written for these tests; curated data)", () => {
  it("reads 'the X herding cooperative', 'the X municipal council' and the name after 'newspaper' / 'the daily' as organisations", () => {
    const x = runReal("Heikki Kurtti, chairman of the Kairakoski herding cooperative, met the Sodankylä municipal council, according to the newspaper Solomon Tide and the daily Pohjolan Viesti.", "2026-02-18", "en");
    const orgs = x.entities.filter((e) => e.kind === "organization").map((e) => e.label).sort();
    expect(orgs).toEqual(["Kairakoski herding cooperative", "Pohjolan Viesti", "Sodankylä municipal council", "Solomon Tide"]);
    expect(x.entities.filter((e) => e.kind === "person").map((e) => e.label)).toEqual(["Heikki Kurtti"]);
  });
});

describe("a Romanian body named after its town (sentences written for these tests; curated data)", () => {
  it("reads 'Tribunalului București' and 'Baroului Cluj' as bodies, not as the town", () => {
    const x = runReal("Judecătorii Tribunalului București au protestat. Decanii Baroului Cluj au protestat.", "2026-02-18", "ro");
    expect(x.entities.filter((e) => e.kind === "organization").map((e) => e.label).sort()).toEqual(["Baroul Cluj", "Tribunalul București"]);
  });
});

describe("a plural's apostrophe inside a name (sentences written for these tests; curated data)", () => {
  it("reads 'the Colón Free Zone Users' Association' as one organisation and 'the Colón Free Zone' as a place", () => {
    const x = runReal("The delegation met the board of the Colón Free Zone Users' Association in the Colón Free Zone.", "2026-02-18", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`).sort()).toEqual(["organization:Colón Free Zone Users' Association", "place:Colón Free Zone"]);
  });
});

describe("a country that ends an organisation's name (sentences written for these tests; curated data)", () => {
  it("reads 'the National Electric Grid of Kyrgyzstan' and 'the Mineworkers Union of Zambia' as one organisation each, and keeps 'President of France Emmanuel Macron' apart", () => {
    const x = runReal("Officials of the National Electric Grid of Kyrgyzstan met the Mineworkers Union of Zambia and President of France Emmanuel Macron.", "2026-02-18", "en");
    const labels = x.entities.map((e) => `${e.kind}:${e.label}`);
    expect(labels).toEqual(expect.arrayContaining(["organization:National Electric Grid of Kyrgyzstan", "organization:Mineworkers Union of Zambia", "country:France", "person:Emmanuel Macron"]));
  });
});

describe("documents, events and exercises are no actors (sentences written for these tests; curated data)", () => {
  it("makes no entity of 'the High Seas Treaty', 'exercise Dacian Spring', 'Campionatele Mondiale' or 'exercițiul Carpathian Bastion'", () => {
    expect(runReal("Delegates discussed the High Seas Treaty before exercise Dacian Spring and the World Games.", "2026-02-18", "en").entities).toEqual([]);
    expect(runReal("Sportivii pregătesc Campionatele Mondiale și Jocurile Olimpice, iar exercițiul Carpathian Bastion începe luni.", "2026-02-18", "ro").entities).toEqual([]);
  });
});

describe("the seat of an institution told by a lower-case genitive (sentences written for these tests; curated data)", () => {
  it("reads 'la sediul ministerului' as the headquarters of the ministry named before, and 'sediul primăriei' as the town hall", () => {
    const x = runReal("Ministerul Educației a anunțat luni noi reguli. Rectorul Sorin Cioban a fost primit marți la sediul ministerului de secretarul de stat Mihnea Olaru. Apoi a discutat la sediul primăriei.", "2026-02-18", "ro");
    expect(x.entities.filter((e) => e.kind === "place").map((e) => e.label).sort()).toEqual(["Ministry of Education headquarters", "Town hall"]);
    expect(x.meetings[0]?.place).toBe("place:ministry-of-education-headquarters");
  });
});

describe("a Romanian delegation or team named after its organisation (sentences written for these tests; curated data)", () => {
  it("reads 'delegația JICA' and 'echipa Comisiei Europene' as groups, and leaves 'conducerea Metrorex' to Metrorex", () => {
    const x = runReal("Primarul s-a întâlnit cu conducerea Metrorex și cu delegația JICA, apoi cu echipa Comisiei Europene.", "2026-02-18", "ro");
    expect(x.entities.filter((e) => e.kind === "group").map((e) => e.label).sort()).toEqual(["European Commission team", "JICA delegation"]);
  });
});

describe("company, press and place words of several languages (sentences written for these tests; curated data)", () => {
  it("reads 'Cordillera Copper Corp', 'Noordzee Energie Groep', 'Talsinki Tunnel Development Oy', 'Vardar Monitor' as organisations and 'Lake Turkana' as a place", () => {
    const x = runReal("Cordillera Copper Corp, Noordzee Energie Groep and Talsinki Tunnel Development Oy met near Lake Turkana, the daily Vardar Monitor reported.", "2026-02-18", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`).sort()).toEqual(["organization:Cordillera Copper Corp", "organization:Noordzee Energie Groep", "organization:Talsinki Tunnel Development Oy", "organization:Vardar Monitor", "place:Lake Turkana"]);
  });
});

describe("a Romanian body's name with a list of genitives (sentences written for these tests; curated data)", () => {
  it("reads 'Ministerului Mediului, Apelor și Pădurilor' as one ministry and 'Comunitatea Românească din Ucraina' as an organisation", () => {
    const x = runReal("Reprezentanții Ministerului Mediului, Apelor și Pădurilor au plecat, iar Comunitatea Românească din Ucraina a cerut o întâlnire.", "2026-02-18", "ro");
    expect(x.entities.filter((e) => e.kind === "organization").map((e) => e.label).sort()).toEqual(["Comunitatea Românească", "Ministerul Mediului, Apelor și Pădurilor"]);
  });
});

describe("more group nouns (sentences written for these tests; curated data)", () => {
  it("reads 'Moroccan fishermen', 'Ethiopian engineers' and 'viticultorii români' as groups", () => {
    const en = runReal("Moroccan fishermen met Ethiopian engineers.", "2026-02-18", "en");
    expect(en.entities.filter((e) => e.kind === "group").map((e) => e.label).sort()).toEqual(["Ethiopian engineers", "Moroccan fishermen"]);
    const ro = runReal("Viticultorii români s-au întâlnit cu ministrul.", "2026-02-18", "ro");
    expect(ro.entities.filter((e) => e.kind === "group").map((e) => e.label)).toEqual(["Romanian winegrowers"]);
  });
});

describe("names that are no person's though nothing names their kind (sentences written for these tests; curated data)", () => {
  it("reads a press title after 'cotidianul local' / 'Industry newsletter', a name after 'the', a legal form first and a direction first", () => {
    const ro = runReal("Cotidianul local Vocea Bârzavei scrie că portalul economic Monitorul Feroviar a aflat detalii. Jurnalul Someșan a confirmat.", "2026-02-18", "ro");
    expect(ro.entities.filter((e) => e.kind === "organization").map((e) => e.label).sort()).toEqual(["Jurnalul Someșan", "Monitorul Feroviar", "Vocea Bârzavei"]);
    expect(ro.entities.filter((e) => e.kind === "person")).toEqual([]);
    const en = runReal("Industry newsletter Cosecha Austral reported the deal. The Coastal Clarion said PT Lembah Hijau Nikel signed in West Tanavu. Raul Ortega confirmed.", "2026-02-18", "en");
    const kinds = en.entities.map((e) => `${e.kind}:${e.label}`).sort();
    expect(kinds).toEqual(expect.arrayContaining(["organization:Cosecha Austral", "organization:PT Lembah Hijau Nikel", "place:West Tanavu", "person:Raul Ortega"]));
    expect(en.entities.filter((e) => e.kind === "person").map((e) => e.label)).toEqual(["Raul Ortega"]);
  });
  it("reads a company's name without its legal form as that company, after a title too, and its representatives as a group", () => {
    const x = runReal("Producătorul Dunăreana Vagoane SA a livrat trenurile. Directorul Dunăreana Vagoane, Sorin Vlădeanu, a spus că reprezentanți ai Dunăreana Vagoane vor merge la Praga.", "2026-02-18", "ro");
    expect(x.entities.filter((e) => e.kind === "person").map((e) => e.label)).toEqual(["Sorin Vlădeanu"]);
    expect(x.entities.filter((e) => e.kind === "group").map((e) => e.label)).toEqual(["Dunăreana Vagoane representatives"]);
    expect(x.entities.filter((e) => e.kind === "organization").map((e) => e.label)).toEqual(["Dunăreana Vagoane SA"]);
  });
});

describe("towns told by their neighbours (sentences written for these tests; curated data)", () => {
  it("reads a title's genitive, where people come from, a name joined to a place and a described head's name as places", () => {
    const x = runReal("Primarul Sânmartinului a cerut bani. Investitorul din Mezőkerek a promis hoteluri la Acâș și Buduslău. Studiile privesc linia Cornești–Chișinău și stația de frontieră Larga.", "2026-02-18", "ro");
    const places = x.entities.filter((e) => e.kind === "place").map((e) => e.label).sort();
    expect(places).toEqual(["Acâș", "Buduslău", "Cornești", "Larga", "Mezőkerek", "Sânmartin"]);
    expect(x.entities.filter((e) => e.kind === "person")).toEqual([]);
    const en = runReal("Job cuts would hit plants in Chimbote and Pacasmayo.", "2026-02-18", "en");
    expect(en.entities.map((e) => `${e.kind}:${e.label}`).sort()).toEqual(["place:Chimbote", "place:Pacasmayo"]);
  });
  it("drops a Romanian town's article from its label, but not the end of a foreign name", () => {
    const x = runReal("Primarul Tășnadului a venit la Arad. Aradul a primit autobuze, iar delegația a plecat spre Hapsul.", "2026-02-18", "ro");
    expect(x.entities.filter((e) => e.kind === "place").map((e) => e.label).sort()).toEqual(["Arad", "Hapsul", "Tășnad"]);
  });
});

describe("a demonym or a country inside an unknown name (sentences written for these tests; curated data)", () => {
  it("reads 'the Grand Ethiopian Renaissance Dam' as one place and 'Forest Watch Indonesia', 'Transparency International Romania' as organisations", () => {
    const x = runReal("Sudan fears the Grand Ethiopian Renaissance Dam, said Forest Watch Malawi and Clean Air International Romania in Bucharest.", "2026-02-18", "en");
    const kinds = x.entities.map((e) => `${e.kind}:${e.label}`).sort();
    expect(kinds).toEqual(["country:Sudan", "organization:Clean Air International Romania", "organization:Forest Watch Malawi", "place:Bucharest", "place:Grand Ethiopian Renaissance Dam"]);
  });
});

describe("an acronym the article spells out (sentences written for these tests; curated data)", () => {
  it("reads 'FAZ' as the 'Federal Agency for Zoning' the article names, not the newspaper the knowledge base knows by it", () => {
    const x = runReal("The Federal Agency for Zoning (FAZ) met officials in Lilongwe. FAZ said the audit was fair.", "2026-02-18", "en");
    expect(x.entities.filter((e) => e.kind === "organization").map((e) => [e.label, e.aliases.sort()])).toEqual([["Federal Agency for Zoning", ["FAZ", "Federal Agency for Zoning"]]]);
  });
});

describe("a title's stem inside a name, and a portfolio of several words (sentences written for these tests; curated data)", () => {
  it("keeps 'Aid' in 'the National Student Grant Aid Fund' and the whole portfolio 'of Higher Education and Training' out of the minister's name", () => {
    const x = runReal("Students rely on the National Student Grant Aid Fund. Deputy Minister of Higher Education and Training Lwazi Mkhize visited the campus.", "2026-05-08", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`).sort()).toEqual(["organization:National Student Grant Aid Fund", "person:Lwazi Mkhize"]);
  });
});

describe("an organisation's head word before 'of', and a title before an organisation's whole name (sentences written for these tests; curated data)", () => {
  it("reads 'the Harbour Authority of Kalmora' as an organisation, though 'Harbour' is a word of place names", () => {
    const x = runReal("The Harbour Authority of Kalmora said it would not negotiate.", "2026-02-25", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Harbour Authority of Kalmora"]);
  });
  it("reads 'Directorul Velika Ferry Lines a propus' as the company after 'compania bulgară Velika Ferry Lines', not a person", () => {
    const x = runReal("Primarul s-a întâlnit cu directorul companiei bulgare Velika Ferry Lines, Stoyan Bakalov. Directorul Velika Ferry Lines a propus o nouă întâlnire.", "2026-01-21", "ro");
    expect(x.entities.filter((e) => e.kind !== "country").map((e) => `${e.kind}:${e.label}`).sort()).toEqual(["organization:Velika Ferry Lines", "person:Stoyan Bakalov"]);
  });
});

describe("a portfolio of several words before 'Minister' (sentences written for these tests; curated data)", () => {
  it("keeps 'Agriculture, Water and Land Reform' and 'Ecuador's Production and Foreign Trade' out of the names, not a name before 'and Foreign Minister' or a company before 'CEO'", () => {
    const a = runReal("On Monday, Agriculture, Water and Land Reform Minister Petrus Nangolo toured the site.", "2026-10-14", "en");
    expect(a.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["person:Petrus Nangolo"]);
    const b = runReal("Ecuador's Production and Foreign Trade Minister Daniela Robalino met Colombia's Trade, Industry and Tourism Minister Andrés Canchala.", "2026-07-16", "en");
    expect(b.entities.map((e) => `${e.kind}:${e.label}`).sort()).toEqual(["country:Colombia", "country:Ecuador", "person:Andrés Canchala", "person:Daniela Robalino"]);
    const c = runReal("Pablo Robalino and Foreign Minister Juan Perez met in Quito. Puna Alta CEO Graham Pettifer said so.", "2026-07-16", "en");
    // (what kind "Puna Alta" is, with nothing else said of it, is another question: it stays a name)
    expect(c.entities.map((e) => e.label).sort()).toEqual(["Graham Pettifer", "Juan Perez", "Pablo Robalino", "Puna Alta", "Quito"]);
  });
});

describe("Romanian institutions named by more heads (sentences written for these tests; curated data)", () => {
  it("reads 'Instituția Prefectului', 'Orchestra Simfonică a Bihorului', 'Obștea …' and a name with 'pe' as organisations", () => {
    const x = runReal("Instituția Prefectului nu a anunțat o dată. Orchestra Simfonică a Bihorului a cântat. Obștea Moșnenilor Vrănceni a protestat alături de Asociația Crescătorilor de Albine pe Valea Mureșului.", "2026-02-18", "ro");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`).sort()).toEqual([
      "organization:Asociația Crescătorilor de Albine pe Valea Mureșului",
      "organization:Instituția Prefectului",
      "organization:Obștea Moșnenilor Vrănceni",
      "organization:Orchestra Simfonică a Bihorului",
    ]);
  });
});

describe("a name that opens with an acronym (sentences written for these tests; curated data)", () => {
  it("reads 'președintele OUAI Nisipurile Dăbuleni' as the organisation the title is held in, and keeps initials a person's", () => {
    const x = runReal("La discuții a participat Ion Vlad, președintele OUAI Nisipurile Dăbuleni.", "2026-03-18", "ro");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`).sort()).toEqual(["organization:OUAI Nisipurile Dăbuleni", "person:Ion Vlad"]);
    const y = runReal("Chief Minister M.K. Stalin met the farmers.", "2026-03-18", "en");
    // (the farmers he met are a group of their own)
    expect(y.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["person:M.K. Stalin", "group:Farmers"]);
  });
});

describe("a person named by a surname inside the full name (sentences written for these tests; curated data)", () => {
  it("joins 'Brenes' to 'Marcela Brenes Solano' and 'Alfaro' to 'Rodrigo Alfaro Piedra'", () => {
    const x = runReal("Education Minister Marcela Brenes Solano met Finance Minister Rodrigo Alfaro Piedra. Brenes told reporters that Alfaro had left.", "2026-08-20", "en");
    expect(x.entities.map((e) => [e.kind, e.label, e.aliases.sort()])).toEqual([
      ["person", "Marcela Brenes Solano", ["Brenes", "Marcela Brenes Solano"]],
      ["person", "Rodrigo Alfaro Piedra", ["Alfaro", "Rodrigo Alfaro Piedra"]],
    ]);
  });
});

describe("a person named right after a Romanian body (sentences written for these tests; curated data)", () => {
  it("ends 'Ministerul Culturii' before 'Andrei Roșcăneanu', 'al Republicii Moldova' before 'Viorica Cazacliu', '… si Padurilor' before 'Silviu Damacus'", () => {
    const x = runReal("Secretarul de stat în Ministerul Culturii Andrei Roșcăneanu a venit. Secretarul de stat în Ministerul Sănătății al Republicii Moldova Viorica Cazacliu a vizitat spitalul. Secretarul de stat din Ministerul Mediului, Apelor si Padurilor Silviu Damacus a plecat. Ministrul Apărării Naționale Angel Tîlvăr a vorbit.", "2026-03-18", "ro");
    expect(x.entities.filter((e) => e.kind === "person").map((e) => e.label).sort()).toEqual(["Andrei Roșcăneanu", "Angel Tîlvăr", "Silviu Damacus", "Viorica Cazacliu"]);
  });
  it("runs on over feminine adjectives after a portfolio word ('Autorității Naționale Sanitare Veterinare și pentru Siguranța Alimentelor')", () => {
    const x = runReal("Reprezentanții Autorității Naționale Sanitare Veterinare și pentru Siguranța Alimentelor au venit.", "2026-03-18", "ro");
    expect(x.entities.filter((e) => e.kind === "organization").map((e) => e.label)).toEqual(["Autoritatea Națională Sanitară Veterinară și pentru Siguranța Alimentelor"]);
  });
  it("runs on over an adjective that is also a portfolio word ('Serviciului Public Județean Salvamont Iezer', no person 'Județean Salvamont Iezer')", () => {
    const x = runReal("Datele au fost prezentate de șeful Serviciului Public Județean Salvamont Iezer, Marin Tudorache.", "2026-03-18", "ro");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`).sort()).toEqual(["organization:Serviciul Public Județean Salvamont Iezer", "person:Marin Tudorache"]);
  });
});

describe("a country that starts an organisation's name with a plural's apostrophe (sentences written for these tests; curated data)", () => {
  it("reads 'the Jordan Olive Oil Exporters' Forum' and 'Malawi Teachers' Provident Trust' as one organisation each", () => {
    const x = runReal("The Jordan Olive Oil Exporters' Forum met. Malawi Teachers' Provident Trust is owed money.", "2026-11-05", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Jordan Olive Oil Exporters' Forum", "organization:Malawi Teachers' Provident Trust"]);
  });
});

describe("more company endings (sentences written for these tests; curated data)", () => {
  it("reads 'Meses Auto Trading', 'Sika Health Staffing' and 'Kuroshio Water Engineering' as companies", () => {
    const x = runReal("Meses Auto Trading met the mayors. Sika Health Staffing declined. Kuroshio Water Engineering came.", "2026-07-20", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Meses Auto Trading", "organization:Sika Health Staffing", "organization:Kuroshio Water Engineering"]);
  });
});

describe("names of organisations and places told in other languages' ways (sentences written for these tests; curated data)", () => {
  it("keeps a list after 'of' in one name ('the Ministry of Fisheries, Lagoons and Wetlands'), not a list of countries", () => {
    const x = runReal("The Ministry of Fisheries, Lagoons and Wetlands said on Monday it would help. The Bank of England, France and Germany agreed.", "2026-07-20", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Ministry of Fisheries, Lagoons and Wetlands", "organization:Bank of England", "country:France", "country:Germany"]);
  });
  it("reads 'de los' inside a name ('the Cerro de los Halcones Observatory') as one name", () => {
    const x = runReal("Astronomers at the Cerro de los Halcones Observatory complained.", "2026-07-20", "en");
    expect(x.entities.map((e) => e.label)).toEqual(["Cerro de los Halcones Observatory"]);
  });
  it("takes an acronym of the original language in brackets as the translated name's ('Coastal Institute of Oceanography (ICOM)')", () => {
    const x = runReal("The Coastal Institute of Oceanography (ICOM) warned on Monday. ICOM later said it would stop.", "2026-07-20", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}:${e.aliases.join("|")}`)).toEqual(["organization:Coastal Institute of Oceanography:Coastal Institute of Oceanography|ICOM"]);
  });
  it("reads 'Co.' and 'Company' as ends of companies' names and 'Prefecture' and 'District' as places', but 'the Municipality of the District of X' as a body", () => {
    const x = runReal("The inns of Hanamura, Koshi Prefecture, met Tamagawa Thermal Co. on Monday. Kirin Valley Company declined. The Municipality of the District of Harrowby voted. Farmers of Vellore District came.", "2026-07-20", "en");
    const kinds = Object.fromEntries(x.entities.map((e) => [e.label, e.kind]));
    expect(kinds).toMatchObject({ "Koshi Prefecture": "place", "Tamagawa Thermal Co.": "organization", "Kirin Valley Company": "organization", "Municipality of the District of Harrowby": "organization", "Vellore District": "place" });
  });
  it("reads a town's or country's name after a title and before an unknown word as a given name ('A port mediator, Sofia Marvão')", () => {
    const x = runReal("A port mediator, Sofia Marvão, chaired the session. Mayor Florence Dubreuil came too. Sofia welcomed the deal.", "2026-07-20", "en");
    expect(x.entities.filter((e) => e.kind === "person").map((e) => e.label).sort()).toEqual(["Florence Dubreuil", "Sofia Marvão"]);
  });
});

describe("Romanian place heads in the genitive (sentences written for these tests; curated data)", () => {
  it("reads the name after 'comunei', 'municipiului', 'stațiunea' as a place, not a person", () => {
    const x = runReal("Delegația a fost condusă de primarul comunei Valea Lungă Mare, Ilie Străjescu. Hotelierii din stațiunea Piatra Albă au cerut bani.", "2026-03-18", "ro");
    expect(Object.fromEntries(x.entities.map((e) => [e.label, e.kind]))).toMatchObject({ "Valea Lungă Mare": "place", "Piatra Albă": "place", "Ilie Străjescu": "person" });
  });
  it("takes no venue from a title's place in the genitive ('primarul orașului X'), but does from 'în comuna X'", () => {
    const x = runReal("Întâlnirea dintre Ion Vâlcu și primarul orașului Drochia, Petru Moraru, a fost anulată. Vineri, Ana Lupu s-a întâlnit cu Mihai Ciobanu în comuna Bălțata.", "2026-03-18", "ro");
    expect(x.meetings.map((m) => [m.status, m.place ?? null])).toEqual([["cancelled", null], ["happened", "place:baltata"]]);
  });
});

describe("a shorter name of an organisation and a place inside a participant's description (sentences written for these tests; curated data)", () => {
  it("keeps the full stop of 'Co.' in the label", () => {
    const x = runReal("Residents met executives of Hoshizora Thermal Power Co., at the city hall on Monday.", "2026-07-20", "en");
    expect(x.entities.map((e) => e.label)).toContain("Hoshizora Thermal Power Co.");
  });
  it("reads 'the Spice Board' after 'the Sri Lanka Spice Board' as the same body", () => {
    const x = runReal("The Sri Lanka Spice Board met the brokers on Tuesday. The Spice Board's directors will decide on Nov. 24.", "2026-11-12", "en");
    expect(x.entities.filter((e) => e.kind === "organization").map((e) => [e.label, e.aliases.sort()])).toEqual([["Sri Lanka Spice Board", ["Spice Board", "Sri Lanka Spice Board"]]]);
  });
  it("takes the venue after an apposition that describes a participant, not the place inside it", () => {
    const x = runReal("Board officials met a delegation of Sandbar Pepper Trading, one of the largest buyers of pepper in the Middle East, in Dubai on Monday.", "2026-11-12", "en");
    expect(x.meetings.map((m) => m.place)).toEqual(["place:dubai"]);
  });
  it("keeps a venue told in an aside after a participant (', la sediul companiei din Novi Sad,')", () => {
    const x = runReal("Ion Ivan s-a întâlnit miercuri cu membri ai conducerii Petrolsud, la sediul companiei din Novi Sad, pentru a discuta despre rafinăria de la Pančevo.", "2026-11-12", "ro");
    // (the company's seat in Novi Sad, not the refinery talked about)
    expect(x.meetings.map((m) => m.place)).toEqual(["place:petrolsud-headquarters"]);
  });
});

describe("a name after 'din' inside an association's and a relative clause inside an apposition (sentences written for these tests; curated data)", () => {
  it("keeps 'din Lunca Prutului' in 'Asociația Viticultorilor din Lunca Prutului', but not 'din Ucraina' in a ministry's name", () => {
    const x = runReal("Asociația Viticultorilor din Lunca Prutului a cerut bani. Ministerul Apărării din Ucraina a transmis.", "2026-03-18", "ro");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Asociația Viticultorilor din Lunca Prutului", "organization:Ministry of Defence", "country:Ukraine"]);
  });
  it("reads the sides before an apposition with a relative clause ('…of Tramvia, the operator that runs most of the buses, met')", () => {
    const x = runReal("Representatives of the Union of Southern Drivers and the management of Tramvia, the publicly owned operator that runs most of Braga's buses, met on Tuesday in Braga.", "2026-04-16", "en");
    expect(x.meetings.map((m) => m.participants.map((p) => p.key).sort())).toEqual([["group:union-of-southern-drivers-representatives", "organization:tramvia", "organization:union-of-southern-drivers"]]);
  });
});

describe("workshops, programmes and acronyms told without brackets (sentences written for these tests; curated data)", () => {
  it("reads a workshop with a body as a meeting, and '… Survey' and '… Program' as organisations, not people", () => {
    const x = runReal("A training workshop on flood forecasting with the Andean Geological Survey's Landslide Assistance Program, planned for February in Cuzco, has been postponed to April.", "2026-01-29", "en");
    expect(x.meetings.map((m) => [m.type, m.status, m.date, m.participants.map((p) => p.key).sort()])).toEqual([["meeting", "postponed", "2026-04-01/2026-04-30", ["organization:andean-geological-survey", "organization:landslide-assistance-program"]]]);
  });
  it("reads 'KORDA' after 'the Korea Overseas Rural Development Agency' as that agency, but not an acronym two names could make", () => {
    const x = runReal("Officials met representatives of the Korea Overseas Rural Development Agency on Monday. KORDA did not confirm it.", "2026-01-29", "en");
    expect(x.entities.filter((e) => e.kind === "organization").map((e) => [e.label, e.aliases.sort()])).toEqual([["Korea Overseas Rural Development Agency", ["KORDA", "Korea Overseas Rural Development Agency"]]]);
    const two = runReal("The Pacific Trade Council met the Pacific Tourism Council on Monday. PTC did not confirm it.", "2026-01-29", "en");
    expect(two.entities.map((e) => e.label).sort()).toEqual(["PTC", "Pacific Tourism Council", "Pacific Trade Council"]);
  });
});

describe("Romanian names told after titles and common nouns (sentences written for these tests; curated data)", () => {
  it("reads a noun and a genitive ('Poarta Sărutului', 'Bâtca Doamnei') as a place, a given name and a surname ending like a genitive as a person", () => {
    const x = runReal("Turiștii au trecut pe lângă Poarta Sărutului, apoi au urcat pe Bâtca Doamnei. Acolo i-a așteptat Elena Matei.", "2026-03-18", "ro");
    const kinds = x.entities.map((e) => `${e.kind}:${e.label}`);
    expect(kinds).toEqual(expect.arrayContaining(["place:Poarta Sărutului", "place:Bâtca Doamnei", "person:Elena Matei"]));
  });

  it("reads 'Salina Vlădeni' as a place when the text also writes 'salina', not as a person", () => {
    const x = runReal("Salina Vlădeni, exploatată de două secole, este o atracție. Turiștii au vizitat salina anul trecut.", "2026-03-18", "ro");
    // (the tourists who visited are a group of their own)
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["place:Salina Vlădeni", "group:Turiști"]);
  });
  it("reads a genitive after a title's 'al' as an organisation ('directorul general al Poștei Maritime' → 'Poșta Maritimă'), one with 'Compania Națională Poșta Maritimă'", () => {
    const x = runReal("Compania Națională Poșta Maritimă vrea să închidă oficii. Deputatul Ion Bolohan a discutat cu directorul general al Poștei Maritime.", "2026-03-18", "ro");
    expect(x.entities.filter((e) => e.kind !== "person").map((e) => [e.kind, e.label, e.aliases.sort()])).toEqual([["organization", "Compania Națională Poșta Maritimă", ["Compania Națională Poșta Maritimă", "Poștei Maritime"]]]);
  });
  it("leaves a title's constituency out of the name ('deputatul de Mehedinți Titus Bolocan') and keeps 'Secretarul de Stat' a title", () => {
    const x = runReal("Deputatul de Mehedinți Titus Bolocan a venit. Secretarul de Stat Ion Pădurean a plecat.", "2026-03-18", "ro");
    expect(x.entities.filter((e) => e.kind === "person").map((e) => e.label)).toEqual(["Titus Bolocan", "Ion Pădurean"]);
  });
  it("reads a bare title held in another organisation as someone else ('directorul general al Companiei X' after 'directoarea Direcției Y, Z')", () => {
    const x = runReal("Primarii s-au întâlnit luni cu directoarea Direcției Regionale Craiova, Oana Zgripcea. Marți, Titus Bolocan a discutat la telefon cu directorul general al Companiei Poștale Nord.", "2026-03-18", "ro");
    expect(x.meetings.map((m) => m.participants.map((p) => p.key).sort())).toEqual([["person:oana-zgripcea"], ["organization:compania-postala-nord", "person:titus-bolocan"]]);
  });
});

describe("Romanian bodies named bare, acronyms after 'și' and who confirms a meeting (sentences written for these tests; curated data)", () => {
  it("reads the main verb after two relative clauses and keeps a name after 'firma' undeclined", () => {
    const x = runReal("Intalnirea dintre conducerea Primariei Focsani si firma Constructii Siret Grup, care a castigat licitatia, care ar fi trebuit sa aiba loc vinerea trecuta, a fost anulata.", "2026-03-19", "ro");
    expect(x.meetings.map((m) => [m.status, m.participants.map((p) => p.key).sort()])).toEqual([["cancelled", ["organization:constructii-siret-grup", "organization:primaria-focsani"]]]);
  });
  it("ends a name before an acronym after 'și' and reads a sentence's bare 'Asociația' as the association named", () => {
    const x = runReal("Primarul s-a întâlnit cu președinta Asociației Coada Vie, Loredana Bujor. Asociația a propus o întâlnire în trei, cu Prefectura Vrancea și DSVSA, pentru un plan.", "2026-03-19", "ro");
    expect(x.meetings[1]!.participants.map((p) => p.key).sort()).toEqual(["organization:asociatia-coada-vie", "organization:dsvsa", "organization:prefectura-vrancea"]);
  });
  it("takes who does not confirm a meeting for no side of it ('Ministerul nu a confirmat întâlnirea')", () => {
    const x = runReal("Luni, reprezentanții Ministerului Transporturilor s-au întâlnit cu primarii, la Tulcea. Potrivit presei, Ion Albu s-ar fi întâlnit săptămâna trecută, la Constanța, cu reprezentanți ai firmei Velora Pista. Ministerul nu a confirmat întâlnirea.", "2026-03-19", "ro");
    expect(x.meetings[1]!.participants.map((p) => p.key).sort()).toEqual(["group:velora-pista-representatives", "organization:velora-pista", "person:ion-albu"]);
  });
});

describe("Romanian genitives coordinated by 'și a' (sentences written for these tests; curated data)", () => {
  it("splits 'a Consiliului Județean și a Salvamont', keeps 'Agenției Naționale a Medicamentului și a Dispozitivelor Medicale' whole", () => {
    const x = runReal("Ion Pleșa a propus o întâlnire comună a hotelierilor, a Consiliului Județean și a Salvamont. Reprezentanți ai Agenției Naționale a Medicamentului și a Dispozitivelor Medicale au venit.", "2026-07-14", "ro");
    expect(x.entities.filter((e) => e.kind === "organization").map((e) => e.label)).toEqual(["Consiliul Județean", "Salvamont", "Agenția Națională a Medicamentului și a Dispozitivelor Medicale"]);
  });
});

describe("more company words and place heads (sentences written for these tests; curated data)", () => {
  it("reads companies ending in business nouns ('Kasempa Copper Smelting', 'Blue Ridge Spirits', 'Tavira Stage Events') as organisations", () => {
    const x = runReal("Kasempa Copper Smelting met the union. Blue Ridge Spirits declined. Tavira Stage Events came.", "2026-07-20", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Kasempa Copper Smelting", "organization:Blue Ridge Spirits", "organization:Tavira Stage Events"]);
  });
  it("types names after 'zona', 'cartierul', 'Cerro' as places; a venue only after 'în', not 'din zona' nor a genitive head", () => {
    const x = runReal("Pădurarii s-au întâlnit marți cu primarul Ion Popescu în zona Dealu Alb. Operatorul Ukrenord a propus o întâlnire cu Transelectrica pentru liniile din zona Strâmba Nouă. Reprezentanții Ministerului Justiției ar fi avut o întâlnire cu proprietarul complexului de birouri Vega Office Park.", "2026-05-14", "ro");
    expect(Object.fromEntries(x.entities.filter((e) => e.kind === "place").map((e) => [e.label, e.kind]))).toMatchObject({ "Dealu Alb": "place", "Strâmba Nouă": "place", "Vega Office Park": "place" });
    const places = x.meetings.map((m) => m.place ?? null);
    expect(places.slice(0, 2)).toEqual(["place:dealu-alb", null]);
    expect(places).not.toContain("place:vega-office-park");
  });
});

describe("Romanian committees named by lower-case words (sentences written for these tests; curated data)", () => {
  it("ends a committee's name at a verb in the present: 'Comisia impune taxe' is the Commission acting, no committee", () => {
    for (const text of ["Comisia impune taxe antidumping la oțel.", "Comitetul analizează propunerea ministerului.", "Comisia propune reguli noi pentru bănci."]) {
      const x = runReal(text, "2026-03-12", "ro");
      expect(x.entities.filter((e) => e.kind === "organization").map((e) => e.label), text).toEqual([]);
    }
    expect(runReal("Comisia juridică a Senatului analizează proiectul.", "2026-03-12", "ro").entities.map((e) => e.label)).toContain("Comisia juridică");
  });
  it("reads 'Comisia pentru sănătate și familie a Camerei Deputaților' as a committee beside the chamber, and it takes part in its hearing", () => {
    const x = runReal("Comisia pentru sănătate și familie a Camerei Deputaților urmează să o audieze marțea viitoare pe Ana Murgeanu.", "2026-03-12", "ro");
    const committee = x.entities.find((e) => e.label === "Comisia pentru sănătate și familie")!;
    expect(committee.kind).toBe("organization");
    expect(committee.aliases).toContain("Comisia pentru sănătate și familie a Camerei Deputaților");
    expect(x.meetings[0]!.participants.map((p) => p.key)).toContain(committee.key);
  });
  it("declines a genitive committee's adjectives, keeps a list closed by 'și' and stops at a verb or an aside", () => {
    const x = runReal("Reprezentanții Comisiei juridice a Senatului au venit. Comisia economie, buget și finanțe a Parlamentului s-a reunit. Comisia propune să amâne votul. Comisiei mixte româno-turce, programată pentru luni, i s-a cerut un raport.", "2026-03-12", "ro");
    const labels = x.entities.filter((e) => e.kind === "organization").map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(["Comisia juridică", "Comisia economie, buget și finanțe", "Comisia mixtă româno-turce"]));
    expect(labels.filter((l) => /propune|programată/.test(l))).toEqual([]);
  });
});

describe("English committees named by lower-case words (sentences written for these tests; curated data)", () => {
  it("reads 'the labour committee of the Assembly of the Republic' and 'a joint technical committee' as organisations, not a bare 'the committee'", () => {
    const x = runReal("A hearing of the board in the labour committee of the Assembly of the Republic has been moved to May. Officials agreed to set up a joint technical committee. The committee said nothing.", "2026-04-16", "en");
    const committees = x.entities.filter((e) => /committee/.test(e.label));
    expect(committees.map((e) => [e.kind, e.label, e.aliases.sort()])).toEqual([
      ["organization", "labour committee", ["labour committee", "labour committee of the Assembly of the Republic"]],
      ["organization", "joint technical committee", ["joint technical committee"]],
    ]);
  });
});

describe("more Romanian heads (sentences written for these tests; curated data)", () => {
  it("reads 'Căpitănia Zonală X', 'Sucursala X' as organisations and 'Cetatea de Scaun' as a place", () => {
    const x = runReal("Reprezentanții Căpităniei Zonale Galați au venit. Lucrările la Cetatea de Scaun au început. Sucursala Hidrocentrale Bistrița a anunțat.", "2026-03-18", "ro");
    expect(Object.fromEntries(x.entities.filter((e) => e.kind !== "group").map((e) => [e.label, e.kind]))).toMatchObject({ "Căpitănia Zonală Galați": "organization", "Cetatea de Scaun": "place", "Sucursala Hidrocentrale Bistrița": "organization" });
  });
});

describe("companies' legal forms and church bodies (sentences written for these tests; curated data)", () => {
  it("reads 'Lotteria Verde plc' with its lower-case legal form and 'Firma X SRL' without the opening noun, each one company with its short name", () => {
    const en = runReal("The authority picked Norvik Gaming AB, replacing Lotteria Verde plc, which has held the licence since 2012. Lotteria Verde, which lost the tender, has appealed.", "2026-02-18", "en");
    expect(en.entities.map((e) => [e.kind, e.label, e.aliases.sort()])).toEqual([["organization", "Norvik Gaming AB", ["Norvik Gaming AB"]], ["organization", "Lotteria Verde plc", ["Lotteria Verde", "Lotteria Verde plc"]]]);
    const ro = runReal("Firma Ignis Aeterna SRL, care vrea să construiască un crematoriu, a prezentat studiul. Semnarea contractului între primărie și Ignis Aeterna a fost amânată.", "2026-02-18", "ro");
    expect(ro.entities.filter((e) => e.kind !== "place").map((e) => [e.kind, e.label])).toEqual([["organization", "Ignis Aeterna SRL"]]);
  });
  it("reads churches, dioceses and municipalities as organisations", () => {
    const en = runReal("The Cypriot Orthodox Church and Larnaca Municipality objected.", "2026-02-18", "en");
    expect(en.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Cypriot Orthodox Church", "organization:Larnaca Municipality"]);
    const ro = runReal("Episcopia Sălajului a protestat. Reprezentanții Arhiepiscopiei Tomisului au venit.", "2026-02-18", "ro");
    expect(ro.entities.filter((e) => e.kind !== "group").map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Episcopia Sălajului", "organization:Arhiepiscopia Tomisului"]);
  });
});

describe("a sentence's opening article before a body's noun (sentences written for these tests; curated data)", () => {
  it("reads 'The cooperative has proposed …' as the cooperative named before, not a body called 'The cooperative'", () => {
    const x = runReal("The mayor met leaders of the Hakone Snow Contractors' Cooperative on Monday. The cooperative has proposed a meeting with the city.", "2026-01-20", "en");
    expect(x.entities.filter((e) => e.kind === "organization").map((e) => e.label)).toEqual(["Hakone Snow Contractors' Cooperative"]);
    expect(x.meetings.map((m) => [m.status, m.participants.map((p) => p.key).includes("organization:hakone-snow-contractors-cooperative")])).toEqual([["happened", true], ["proposed", true]]);
  });
});

describe("a Romanian body told with its acronym in brackets and its county (sentences written for these tests; curated data)", () => {
  it("reads 'Oficiul de Cadastru și Publicitate Imobiliară (OCPI) Teleorman' as one office, named again as 'OCPI Teleorman'", () => {
    const x = runReal("Primarii s-au întâlnit luni cu directorul Oficiului de Cadastru și Publicitate Imobiliară (OCPI) Teleorman, Ion Bădescu. Firma a fost convocată vineri la o ședință cu OCPI Teleorman.", "2026-05-13", "ro");
    const offices = x.entities.filter((e) => e.kind === "organization");
    expect(offices.map((e) => e.label)).toEqual(["Oficiul de Cadastru și Publicitate Imobiliară Teleorman"]);
    expect(offices[0]!.aliases).toEqual(expect.arrayContaining(["OCPI Teleorman", "Oficiului de Cadastru și Publicitate Imobiliară (OCPI) Teleorman"]));
  });
});

describe("lists inside names, particles of towns and saints, and what an apposition says (sentences written for these tests; curated data)", () => {
  const kinds = (x: Extraction): string[] => x.entities.filter((e) => e.kind !== "group").map((e) => `${e.kind}:${e.label}`);
  it("keeps a list closed by 'și' or 'and' inside one body's name ('Camera de Comerț, Industrie și Agricultură Vâlcea', 'Department of Transport, Local Roads and Harbours')", () => {
    const ro = runReal("Camera de Comerț, Industrie și Agricultură Vâlcea a cerut o întâlnire. Ministerul Dezvoltării, Lucrărilor Publice și Administrației a răspuns. Ministerul Culturii, Ion Pop și Maria Ionescu au discutat.", "2026-03-18", "ro");
    expect(kinds(ro)).toEqual([
      "organization:Camera de Comerț, Industrie și Agricultură Vâlcea",
      "organization:Ministerul Dezvoltării, Lucrărilor Publice și Administrației",
      "organization:Ministerul Culturii",
      "person:Ion Pop",
      "person:Maria Ionescu",
    ]);
    const en = runReal("The Department of Transport, Local Roads and Harbours said on Monday.", "2026-03-18", "en");
    expect(kinds(en)).toEqual(["organization:Department of Transport, Local Roads and Harbours"]);
  });
  it("reads 'an der', 'am', 'na' and 'St.' inside names, and 'a Catholic church' as no name", () => {
    const x = runReal("Residents of Feldkirchen an der Donau met the priest of the parish of St. Veronika at a Catholic church in this Bavarian town. Bord na Cille said nothing.", "2026-03-18", "en");
    expect(kinds(x)).toEqual(["place:Feldkirchen an der Donau", "place:St. Veronika", "organization:Bord na Cille"]);
  });
  it("types an unknown name by its apposition: a company noun after a determiner, or a title of its own", () => {
    const en = runReal("Marrow Peat, a company in Tullamore, held talks. The developer of the estate, Aubach Wohnbau, met the council. She sat across from Lukas Ebner, spokesman of the initiative. The head of the company, Ryan Dolan, said.", "2026-03-18", "en");
    expect(Object.fromEntries(en.entities.map((e) => [e.label, e.kind]))).toMatchObject({ "Marrow Peat": "organization", "Aubach Wohnbau": "organization", "Lukas Ebner": "person", "Ryan Dolan": "person" });
    const ro = runReal("Ionescu s-a întâlnit cu reprezentanții unui producător austriac de căsuțe din lemn, Holzhaus Gailtal. Potrivit liderului de sindicat, Galina Marin, agenția a confirmat. Prefectul s-a întâlnit la Ruse, cu primarul orașului.", "2026-03-18", "ro");
    expect(Object.fromEntries(ro.entities.map((e) => [e.label, e.kind]))).toMatchObject({ "Holzhaus Gailtal": "organization", "Galina Marin": "person", Ruse: "place" });
    // (what the apposition says holds for the name's other mentions, which nothing types)
    const again = runReal("The developer of the estate, Aubach Wohnbau, met the council. Aubach Wohnbau left questions unanswered.", "2026-03-18", "en");
    expect(again.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Aubach Wohnbau"]);
  });
  it("reads a town after a body's head and 'of' as part of the body's name ('the Archdiocese of Salzburg and Linz')", () => {
    const x = runReal("The Archdiocese of Salzburg and Linz has proposed talks. The University of Vienna said nothing.", "2026-03-18", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Archdiocese of Salzburg and Linz", "organization:University of Vienna"]);
  });
});

describe("bodies named by a town and a lower-case head, and committees after a possessive (sentences written for these tests; curated data)", () => {
  it("reads 'the Lombardy regional government' and 'the Freising district office' as organisations, not a place", () => {
    const x = runReal("Officials of the Lombardy regional government met in Milan. The priest spoke by phone with the Freising district office.", "2026-05-20", "en");
    expect(x.entities.filter((e) => e.kind !== "group").map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Lombardy regional government", "place:Milan", "organization:Freising district office"]);
  });
  it("reads 'the European Parliament's agriculture committee' as the Parliament's committee, whose delegation visits", () => {
    const x = runReal("A delegation of the European Parliament's fisheries committee is due to visit the port on June 4. NATO's military committee met.", "2026-05-20", "en");
    const committees = x.entities.filter((e) => / committee/.test(e.label) && e.kind === "organization");
    expect(committees.map((e) => e.label)).toEqual(["fisheries committee of the European Parliament", "military committee of NATO"]);
    expect(x.entities.find((e) => e.kind === "group")?.label).toBe("fisheries committee of the European Parliament delegation");
  });
});

describe("a known body in the genitive inside another body's name (sentences written for these tests; curated data)", () => {
  it("reads 'Oficiului Uniunii Europene pentru Proprietate Intelectuală (EUIPO)' as one office, not the EU and a person", () => {
    const x = runReal("Primarul a vorbit cu reprezentanți ai Oficiului Uniunii Europene pentru Proprietate Intelectuală (EUIPO). Consiliul Uniunii Europene a decis.", "2026-06-08", "ro");
    expect(x.entities.filter((e) => e.kind !== "group").map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Oficiul Uniunii Europene pentru Proprietate Intelectuală", "organization:Council of the European Union"]);
  });
});

describe("people named by an agent noun and a demonym (sentences written for these tests; curated data)", () => {
  it("reads 'met Japanese dealers', 'cu cumpărători ucraineni' as groups taking part, and keeps such a group out when it takes part in nothing", () => {
    const en = runReal("Stefano Galli reportedly met Japanese dealers in Tokyo last week. Canadian importers complained about the rules. Chinese orders fell.", "2026-05-20", "en");
    expect(en.entities.filter((e) => e.kind === "group").map((e) => e.label)).toEqual(["Japanese dealers"]);
    expect(en.meetings[0]!.participants.map((p) => p.key)).toEqual(["person:stefano-galli", "group:japanese-dealers"]);
    expect(en.relations.every((r) => !r.source.includes("canadian") && !r.target.includes("canadian"))).toBe(true);
    const ro = runReal("Directorul Ion Rusu s-ar fi întâlnit în august cu cumpărători ucraineni la Odesa.", "2026-09-29", "ro");
    expect(ro.meetings[0]!.participants.map((p) => p.key)).toContain("group:cumparatori-ucraineni");
  });
});

describe("houses after a place cue (sentences written for these tests; curated data)", () => {
  it("reads 'la Casa Tineretului', 'la Casa Luxemburg', 'la Centrul Cultural …', 'la Muzeul …' as buildings and 'Casa Națională de Pensii' as a body", () => {
    const x = runReal("Dezbaterea, programată pentru 5 martie la Casa Tineretului, a fost amânată. O întâlnire programată la Casa Luxemburg a fost anulată. Casa Națională de Pensii a anunțat.", "2026-03-02", "ro");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["place:Casa Tineretului", "place:Casa Luxemburg", "organization:Casa Națională de Pensii"]);
    const more = runReal("Dezbaterea a avut loc la Centrul Cultural Municipal George Coșbuc, iar concertul la Muzeul Satului.", "2026-03-02", "ro");
    expect(more.entities.map((e) => e.kind)).toEqual(["place", "place"]);
  });
});

describe("companies' endings and openings, churches and the Guard (sentences written for these tests; curated data)", () => {
  it("reads 'X Container Lines', 'X Roadworks', 'X Offshore Wind', 'Radio X', 'Firma X Proiect' as companies and churches by their place cue", () => {
    const en = runReal("Haixing Container Lines said on Monday. Ishikari Roadworks won the contract. Skarvik Offshore Wind signed. Radio Valle Central reported.", "2026-03-18", "en");
    expect(en.entities.map((e) => e.kind)).toEqual(["organization", "organization", "organization", "organization"]);
    const ro = runReal("Firma Cartomis Proiect a câștigat. Concertul a avut loc la Biserica Neagră. Biserica Ortodoxă Română a cerut bani. Comisarii Gărzii Naționale de Mediu au venit.", "2026-03-18", "ro");
    expect(ro.entities.map((e) => e.kind)).toEqual(["organization", "place", "organization", "organization"]);
  });
});

describe("a town's genitive whose stem vowel changes, and a sentence's opening noun before a body (sentences written for these tests; curated data)", () => {
  it("reads 'Sucevei' as Suceava and 'Oradiei' as Oradea, and 'Decizia Consiliului Local X' as the council alone", () => {
    const x = runReal("Primarul Sucevei a venit. Reprezentanții Oradiei au plecat. Decizia Consiliului Local Sibiu a fost atacată.", "2026-03-18", "ro");
    expect(x.entities.filter((e) => e.kind !== "group").map((e) => e.label)).toEqual(["Suceava", "Oradea", "Consiliul Local Sibiu"]);
  });
});

describe("a sentence's opening head of a place (sentences written for these tests; curated data)", () => {
  it("reads 'Orașul Râșnov a primit …', 'Comuna Frătești a votat' as the places", () => {
    const x = runReal("Orașul Râșnov a primit bani. Comuna Frătești a votat.", "2026-03-18", "ro");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["place:Râșnov", "place:Frătești"]);
  });
});

describe("words the text also writes in lower case (sentences written for these tests; curated data)", () => {
  it("reads a stray 'Port', 'Facility' or 'Security Studies' as no name when the text writes them in lower case too", () => {
    const x = runReal("Officials from the Port said the port would reopen. The talks with Kinross showed the Facility was ready and the facility would open.", "2026-03-18", "en");
    expect(x.entities.map((e) => e.label)).toEqual(["Kinross"]);
    const ro = runReal("Directorul a vorbit cu șeful Vămii despre programul vămii. Firma Dacorom a răspuns.", "2026-03-18", "ro");
    expect(ro.entities.map((e) => e.label)).toEqual(["Dacorom"]);
    const two = runReal("The report of the institute for Security Studies said security studies were short of money. Maria Lopes agreed.", "2026-03-18", "en");
    expect(two.entities.map((e) => e.label)).toEqual(["Maria Lopes"]);
  });
});

describe("streets, honorific names and a person after a body (sentences written for these tests; curated data)", () => {
  it("reads a Romanian street with its lower-case noun (labelled in English) and a quoted honorific name in a building's or a body's", () => {
    const x = runReal("Comercianții de pe bulevardul Ion Mihalache protestează. Firma are sediul pe strada Plopilor. Dezbaterea a avut loc la Casa de Cultură „Vasile Pârvan” cu istorici ai Universității „Grigore Moisil”.", "2026-03-18", "ro");
    expect(x.entities.filter((e) => e.kind !== "group").map((e) => `${e.kind}:${e.label}`)).toEqual([
      "place:Ion Mihalache Boulevard",
      "place:Plopilor Street",
      "place:Casa de Cultură „Vasile Pârvan”",
      "organization:Universitatea „Grigore Moisil”",
    ]);
  });

  it("ends a body's name before the person named right after it", () => {
    const ro = runReal("Secretarul de stat din Ministerul Agriculturii și Dezvoltării Rurale Dorin Pănescu vine luni la Buzău.", "2026-03-18", "ro");
    expect(ro.entities.map((e) => `${e.kind}:${e.label}`)).toContain("person:Dorin Pănescu");
    const en = runReal("State Secretary at the Agriculture, Forestry and Food Ministry Tilen Brdar-Kos is due to visit Kobilje on Monday.", "2026-03-18", "en");
    expect(en.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Agriculture, Forestry and Food Ministry", "person:Tilen Brdar-Kos", "place:Kobilje"]);
    // (a title's "at" says where the person works: the visit is to the village, not to the ministry)
    expect(en.meetings[0]!.place).toBe("place:kobilje");
  });

  it("reads 'X Y of Z' as a person of a company when the text writes Y alone, and a capitalised plural of a common noun as a body", () => {
    const x = runReal("A delegation led by Paolo Ferrandi of Pelletteria Arnova is due in Meknes. Ferrandi said prices rose. The board of Ontario Honey Packers, which buys from small packers, met the insurer Lindqvist Forsikring on Monday.", "2026-03-18", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual([
      "person:Paolo Ferrandi",
      "organization:Pelletteria Arnova",
      "place:Meknes",
      "organization:Ontario Honey Packers",
      "organization:Lindqvist Forsikring",
    ]);
    // ("Peters" is a surname, though it ends like a plural: nothing writes it in lower case)
    expect(runReal("Anna Peters said the plan was good.", "2026-03-18", "en").entities.map((e) => e.kind)).toEqual(["person"]);
  });
});

describe("ordinals and the bodies of a Romanian-speaking country other than Romania (sentences written for these tests; curated data)", () => {
  it("reads no name in 'clasele a V-a și a VI-a'", () => {
    const x = runReal("Manualele pentru clasele a V-a și a VI-a nu au ajuns la Brașov.", "2026-03-18", "ro");
    expect(x.entities.map((e) => e.label)).toEqual(["Brașov"]);
  });

  it("reads 'Ministerul Finanțelor' as Moldova's in an article whose places are Moldova's and none Romania's, and as Romania's otherwise", () => {
    const md = runReal("Studenții din Republica Moldova au protestat la Bălți. Liderul lor a propus o întâlnire cu Ministerul Finanțelor.", "2026-03-18", "ro");
    expect(md.entities.map((e) => e.label)).toContain("Ministry of Finance of Moldova");
    const ro = runReal("Studenții din Republica Moldova au protestat la Iași. Liderul lor a propus o întâlnire cu Ministerul Finanțelor.", "2026-03-18", "ro");
    expect(ro.entities.map((e) => e.label)).toContain("Ministry of Finance of Romania");
  });
});

describe("more heads of places, venues and councils (sentences written for these tests; curated data)", () => {
  it("reads 'the wilaya of X' as a place, 'the X tannery' as a venue and 'the X communal council' as a body", () => {
    const x = runReal("Officials met on Monday at the wilaya of Souss-Draa. Workers gathered at the Bab Guissa tannery. The Sefrou communal council voted.", "2026-03-18", "en");
    expect(x.entities.filter((e) => e.kind !== "group").map((e) => `${e.kind}:${e.label}`)).toEqual(["place:Souss-Draa", "place:Bab Guissa tannery", "organization:Sefrou communal council"]);
  });
});

describe("an area's lower-case noun after its name (sentences written for these tests; curated data)", () => {
  it("reads 'Quebec's Laurentides region', 'Tanzania's Mafia island' as places without the noun", () => {
    const x = runReal("Growers in Quebec's Laurentides region are angry. Fishers on Tanzania's Mafia island agree.", "2026-03-18", "en");
    expect(x.entities.filter((e) => e.kind === "place").map((e) => e.label)).toEqual(["Quebec", "Laurentides", "Mafia"]);
  });
});

describe("a town of several words after 'of' in a body's name (sentences written for these tests; curated data)", () => {
  it("reads 'the University of Dar es Salaam' as one body", () => {
    const x = runReal("Geologists at the University of Dar es Salaam said so.", "2026-03-18", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:University of Dar es Salaam"]);
  });
});

describe("where a body sits and a news site (sentences written for these tests; curated data)", () => {
  it("reads 'the Chamber of Deputies in Valparaíso' as the chamber and the town, and 'the news site Sada Gabès' as an organisation", () => {
    const x = runReal("Union leaders met members of the committee of the Chamber of Deputies in Valparaíso on Tuesday. The Tunisian news site Sada Gabès reported it.", "2026-03-18", "en");
    expect(x.entities.filter((e) => e.kind !== "group" && e.kind !== "country").map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Chamber of Deputies", "place:Valparaíso", "organization:Sada Gabès"]);
    expect(x.meetings[0]!.place).toBe("place:valparaiso");
  });
});

describe("places by a list or a direction (sentences written for these tests; curated data)", () => {
  it("reads unknown names listed with a place as places, and 'north of X' as a place, but not a name after a place and a comma", () => {
    const x = runReal("Students travel between campuses in Qonce, Mdantsane and Ntabozuko. The site lies near Hentiesbaai, north of Okombahe.", "2026-03-18", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["place:Qonce", "place:Mdantsane", "place:Ntabozuko", "place:Hentiesbaai", "place:Okombahe"]);
    const y = runReal("In Oradea, Bulzan said the talks went well.", "2026-03-18", "en");
    expect(y.entities.find((e) => e.label === "Bulzan")?.kind).not.toBe("place");
  });
});

describe("companies by the people at them, a superlative apposition, 'World …' and '… Taxi' (sentences written for these tests; curated data)", () => {
  it("reads 'cei de la X', 'X, cea mai mare firmă', 'World X' and 'X Taxi' as organisations, but not the town after 'din' before such an apposition", () => {
    const x = runReal("Au anunțat cei de la Rapid Dispecer. A confirmat Express Cab, cea mai mare firmă din oraș. Clubul depinde de fondurile primite de la World Curling. Firma lucrează cu Nord Taxi.", "2026-03-18", "ro");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Rapid Dispecer", "organization:Express Cab", "organization:World Curling", "organization:Nord Taxi"]);
    const y = runReal("Inspectorii au încheiat o misiune la vinăria Dealul Mare SA din Hîncești, cel mai mare exportator de vin.", "2026-03-18", "ro");
    expect(y.entities.find((e) => e.label === "Hîncești")?.kind).toBe("place");
  });
});

describe("a listing before a name, an area before a title and a club's initials (sentences written for these tests; curated data)", () => {
  it("reads 'Canadian-listed X Corp', 'VK X' as organisations and 'Y State Governor Z' with Y State as a place", () => {
    const x = runReal("Its owner, Canadian-listed Andes Nickel Corp, said so. Delta State Governor Ebi Okoro met the club VK Mornar Bar.", "2026-03-18", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Andes Nickel Corp", "place:Delta State", "person:Ebi Okoro", "organization:VK Mornar Bar"]);
  });
});

describe("companies named in other languages (sentences written for these tests; curated data)", () => {
  it("reads 'Pirotecnia X', 'Sementi X', 'X Volt' as organisations, and where such a company is from as no venue", () => {
    const x = runReal("Firma a lucrat cu Pirotecnia Sol Mayor și cu Adria Volt. Vizita unei delegații a furnizorului italian Sementi Lombarde, din Cremona, prevăzută pentru 22 aprilie, a fost anulată.", "2026-03-18", "ro");
    expect(x.entities.filter((e) => e.kind === "organization").map((e) => e.label)).toEqual(["Pirotecnia Sol Mayor", "Adria Volt", "Sementi Lombarde"]);
    expect(x.meetings.map((m) => m.place ?? "-")).toEqual(["-"]);
  });
});

describe("a company's short name ending in a town (sentences written for these tests; curated data)", () => {
  it("reads 'Oțelăria Hațeg' after 'Oțelăria Hațeg SA' as the company, so that 'la Hațeg' stays the town", () => {
    const x = runReal("Creditorii combinatului Oțelăria Hațeg SA au votat marți. Ministrul Ion Rusu va vizita joi combinatul de la Hațeg. Oțelăria Hațeg a intrat în insolvență în 2024.", "2026-03-18", "ro");
    // (the creditors who voted are an unnamed group, beside the point here)
    expect(x.entities.filter((e) => e.kind !== "group").map((e) => `${e.kind}:${e.label}`).sort()).toEqual(["organization:Oțelăria Hațeg SA", "person:Ion Rusu", "place:Hațeg"]);
  });
});

describe("cinemas, theatres and bastions (sentences written for these tests; curated data)", () => {
  it("reads 'X Cinema', 'X Bastion' as places, with no place cue before them", () => {
    const x = runReal("Zenit Cinema reopened on Monday. Gustav Adolf Bastion stayed closed.", "2026-03-18", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["place:Zenit Cinema", "place:Gustav Adolf Bastion"]);
  });
});

describe("a country's ministry named by its portfolio (sentences written for these tests; curated data)", () => {
  it("reads 'Iran's foreign ministry', 'the Turkish foreign ministry', 'Finland's justice ministry' as that country's ministry", () => {
    const x = runReal("Iran's foreign ministry said it was ready. The Turkish foreign ministry declined to comment. Finland's justice ministry agreed.", "2035-06-10", "en");
    expect(x.entities.filter((e) => e.kind === "organization").map((e) => e.label)).toEqual(["Ministry of Foreign Affairs of Iran", "Ministry of Foreign Affairs of Turkey", "Ministry of Justice of Finland"]);
  });
  it("reads 'Ministerul turc al Apărării Naționale', 'Ministerul bulgar al energiei' as that country's ministry, with no name inside", () => {
    const x = runReal("Ministerul turc al Apărării Naționale a respins informația. Ministerul bulgar al energiei a anunțat acordul.", "2035-06-10", "ro");
    expect(x.entities.filter((e) => e.kind !== "country").map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Ministry of National Defence of Turkey", "organization:Ministry of Energy of Bulgaria"]);
  });
});

describe("names listed after a plural noun of places (sentences written for these tests; curated data)", () => {
  it("reads 'the eastern rivers, the Ravi, Beas and Sutlej' as places, and the same name told elsewhere too", () => {
    const x = runReal("The treaty gives India the eastern rivers, the Ravi, Beas and Sutlej. A tour of a dam on the Sutlej was called off.", "2035-06-10", "en");
    expect(x.entities.filter((e) => e.kind !== "country").map((e) => `${e.kind}:${e.label}`)).toEqual(["place:Ravi", "place:Beas", "place:Sutlej"]);
    const ro = runReal("Acordul privește râurile Vâlsan, Topolog și Argeșel.", "2035-06-10", "ro");
    expect(ro.entities.map((e) => e.kind)).toEqual(["place", "place", "place"]);
  });
});

describe("a person's team (sentences written for these tests; curated data)", () => {
  it("keeps 'Echipa Simonei Lăzăreanu' her team: an owner opening with a given name is no organisation", () => {
    const x = runReal("Anunțul a fost făcut de coordonatoarea procesului, Simona Lăzăreanu. Echipa Simonei Lăzăreanu a fost ținta unor presiuni.", "2035-06-10", "ro");
    expect(x.entities.filter((e) => e.label === "Simona Lăzăreanu").map((e) => e.kind)).toEqual(["person"]);
  });
});

describe("unknown names of three words after a place cue (sentences written for these tests; curated data)", () => {
  it("reads 'held at Rava Lunda Bhawan' as a place, as it reads two words there", () => {
    const x = runReal("The talks were held on Monday at Rava Lunda Bhawan.", "2035-06-10", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["place:Rava Lunda Bhawan"]);
    expect(x.meetings[0]?.place).toBe("place:rava-lunda-bhawan");
  });
});

describe("a Romanian place head with its adjective (sentences written for these tests; curated data)", () => {
  it("reads 'la reședința guvernamentală Euxinograd' as the place of the meeting", () => {
    const x = runReal("Reuniunea trilaterală a avut loc la reședința guvernamentală Euxinograd, la nord de oraș.", "2034-04-18", "ro");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["place:Euxinograd"]);
    expect(x.meetings[0]?.place).toBe("place:euxinograd");
  });
});

describe("a known organisation's body before its acronym (sentences written for these tests; curated data)", () => {
  it("reads 'Consiliul OCDE', 'Secretariatul NATO' as the OECD Council and the NATO Secretariat", () => {
    const x = runReal("Consiliul OCDE ar urma să decidă pe 19 iunie. Secretariatul NATO a confirmat.", "2035-06-07", "ro");
    expect(x.entities.map((e) => e.label)).toEqual(expect.arrayContaining(["OECD Council", "NATO Secretariat"]));
  });
});

describe("a building or complex named after its owner (sentences written for these tests; curated data)", () => {
  it("reads 'the O.R. Tambo Building', 'the Government Complex' as places a meeting is held in", () => {
    const x = runReal("The ministers met at the Government Complex on Friday. The envoys later met at the Kofi Annan Building.", "2034-07-06", "en");
    expect(x.entities.filter((e) => e.kind === "place").map((e) => e.label)).toEqual(["Government Complex", "Kofi Annan Building"]);
  });
});

describe("news agencies and papers named after a place (sentences written for these tests; curated data)", () => {
  it("reads '(Danube Wire)', 'the Caucasus Wire', 'the Balkan Herald' as one organisation each, not a place and a word", () => {
    const x = runReal("VIENNA, June 10 (Danube Wire) - Talks stalled. The Caucasus Wire and the Balkan Herald reported it first.", "2035-06-10", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(expect.arrayContaining(["organization:Danube Wire", "organization:Caucasus Wire", "organization:Balkan Herald"]));
    expect(x.entities.some((e) => e.label === "Danube" || e.label === "Wire")).toBe(false);
  });
});

describe("companies named by their goods (sentences written for these tests; curated data)", () => {
  it("reads 'X Oils', 'X Grains', 'X Fibres' as organisations", () => {
    const x = runReal("Nablus Olive Oils signed. Danube Grains said so. Gobi Fibres agreed.", "2026-03-18", "en");
    expect(x.entities.map((e) => e.kind)).toEqual(["organization", "organization", "organization"]);
  });
});

describe("prefectures, counties and streets in Romanian (sentences written for these tests; curated data)", () => {
  it("reads 'Instituția Prefectului – Județul X' as one body and a capitalised 'Județul X' as X County", () => {
    const x = runReal("Instituția Prefectului – Județul Brașov a amânat ședința. Județul Vaslui are probleme.", "2026-03-18", "ro");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Instituția Prefectului – Județul Brașov", "place:Vaslui County"]);
  });
  it("labels 'strada X' as X Street, reads each name after 'străzile' as a street, and keeps a town after 'din' as written", () => {
    const x = runReal("Firmele de pe străzile Republicii și Mureșenilor au fost verificate. Locatarii de pe strada Livezilor din Orhei au protestat.", "2026-03-18", "ro");
    expect(x.entities.filter((e) => e.kind === "place").map((e) => e.label)).toEqual(["Republicii Street", "Mureșenilor Street", "Livezilor Street", "Orhei"]);
  });
  it("reads no name in a capitalised preposition that opens a sentence ('Alături de X')", () => {
    const x = runReal("Lucian Sasu-Vlădăreanu a vorbit ieri. Alături de Sasu-Vlădăreanu au venit doi consilieri.", "2026-03-18", "ro");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["person:Lucian Sasu-Vlădăreanu"]);
  });
});

describe("streets, clubs and people's committees in English (sentences written for these tests; curated data)", () => {
  it("reads names before a plural 'streets' as streets, and a capitalised 'Na' as no Irish particle", () => {
    const x = runReal("The lane runs between Le Duan and Phung Hung streets. The last inspection, on Na Porici Street, is under way.", "2026-03-18", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["place:Le Duan Street", "place:Phung Hung Street", "place:Na Porici Street"]);
  });
  it("keeps an irregular plural's possessive and a town after a club's head inside the name", () => {
    const x = runReal("The Hanoi People's Committee and Vietnam Railways agreed. Jan Novak chairs the Paternoster Club Praha.", "2026-03-18", "en");
    expect(x.entities.filter((e) => e.kind === "organization").map((e) => e.label)).toEqual(["Hanoi People's Committee", "Vietnam Railways", "Paternoster Club Praha"]);
  });
  it("names a committee after a town's council without 'the', and after an adjective's with it", () => {
    const x = runReal("Prague City Council's culture committee met in Prague. The European Parliament's agriculture committee met too.", "2026-03-18", "en");
    const labels = x.entities.filter((e) => e.kind === "organization").map((e) => e.label);
    expect(labels).toContain("culture committee of Prague City Council");
    expect(labels).toContain("agriculture committee of the European Parliament");
  });
});

describe("companies told by what they are (sentences written for these tests; curated data)", () => {
  it("reads a name after 'the shipyard', after 'a catering chain,' and ending in 'Mobility' as an organisation", () => {
    const x = runReal("He held a video call with the shipyard Werf Ijsselkade. A catering chain, Bogaz Firin Grubu, met officials. Zvac Mobility sent a manager.", "2026-03-18", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Werf Ijsselkade", "organization:Bogaz Firin Grubu", "organization:Zvac Mobility"]);
  });
});

describe("a person of an agency and the agency's own name (sentences written for these tests; curated data)", () => {
  it("reads 'Marijke Goossens-Pauwels of the Flemish Waterways agency, De Vlaamse Waterweg' as a person and two names of bodies", () => {
    const x = runReal("Also present was Marijke Goossens-Pauwels of the Flemish Waterways agency, De Vlaamse Waterweg.", "2026-03-18", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["person:Marijke Goossens-Pauwels", "organization:Flemish Waterways", "organization:De Vlaamse Waterweg"]);
  });
});

describe("tourist boards named after a place (sentences written for these tests; curated data)", () => {
  it("reads 'Visit Oost-Vlaanderen' inside a sentence as one organisation, not a visit to a place", () => {
    const x = runReal("A session of the federation with the provincial tourism office, Visit Oost-Vlaanderen, originally scheduled for May 9, has been postponed to June 6.", "2029-05-18", "en");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Visit Oost-Vlaanderen"]);
    expect(x.meetings.map((m) => [m.type, m.status, m.date, m.place ?? null])).toEqual([["meeting", "postponed", "2029-06-06", null]]);
  });
});

describe("a body's number in its name (sentences written for these tests; curated data)", () => {
  it("keeps 'nr. 14' and 'No. 14' inside an association's name", () => {
    const ro = runReal("Adunarea generală a Asociației de Proprietari nr. 14, convocată miercuri, a fost anulată.", "2026-03-18", "ro");
    expect(ro.entities.map((e) => e.label)).toEqual(["Asociația de Proprietari nr. 14"]);
    const en = runReal("The Homeowners' Association No. 14 met on Monday.", "2026-03-18", "en");
    expect(en.entities.map((e) => e.label)).toEqual(["Homeowners' Association No. 14"]);
  });
});

describe("a distribution company named after a region (sentences written for these tests; curated data)", () => {
  it("reads 'Distribuție Lunca Dunării' as one company, not a person and the Danube", () => {
    const x = runReal("Distribuție Lunca Dunării a dat jos unsprezece cuiburi.", "2026-03-18", "ro");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["organization:Distribuție Lunca Dunării"]);
  });
});

describe("bars, cafés and hotels named first by what they are (sentences written for these tests; curated data)", () => {
  it("reads 'Bar Pod Sową', 'Café Het Ankertje' and 'Pensiunea Pescărușul Alb' as places", () => {
    const en = runReal("She plans a lunchtime meeting at Bar Pod Sową. They met at Café Het Ankertje on Monday.", "2026-03-18", "en");
    expect(en.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["place:Bar Pod Sową", "place:Café Het Ankertje"]);
    const ro = runReal("Directorul s-ar fi văzut pe terasa Pensiunea Pescărușul Alb cu primarul Ion Dobre.", "2026-03-18", "ro");
    expect(ro.entities.find((e) => e.label.startsWith("Pensiunea"))?.kind).toBe("place");
  });
});

describe("a firm told before its name and where it is from (sentences written for these tests; curated data)", () => {
  it("reads 'patronul unei firme de excavații din Reghin, Terra Lucru' as an organisation", () => {
    const x = runReal("Viceprimarul Dorin Sas s-ar fi văzut cu patronul unei firme de excavații din Reghin, Terra Lucru.", "2026-03-18", "ro");
    expect(x.entities.find((e) => e.label === "Terra Lucru")?.kind).toBe("organization");
  });
});

describe("a minister of two portfolios (sentences written for these tests; curated data)", () => {
  it("reads 'Ministra Muncii și Solidarității Sociale, X' as a title and X, with no person named 'Solidarității Sociale'", () => {
    const x = runReal("Ministra Muncii și Solidarității Sociale, Ileana Bugheanu, a vorbit. Ministrul Agriculturii și Dezvoltării Rurale, Ion Pop, a venit.", "2026-03-18", "ro");
    expect(x.entities.map((e) => `${e.kind}:${e.label}`)).toEqual(["person:Ileana Bugheanu", "person:Ion Pop"]);
  });
});

describe("a woman's given name in the genitive (sentences written for these tests; curated data)", () => {
  it("joins 'Ilenei Bugheanu' and 'Emiliei Pop' to 'Ileana Bugheanu' and 'Emilia Pop', the forms the article also writes", () => {
    const x = runReal("Ministra Ileana Bugheanu a vorbit. Întrevederea Ilenei Bugheanu cu sindicatele a durat. Emilia Pop a semnat. Ieri, contractul Emiliei Pop a expirat.", "2026-03-18", "ro");
    expect(x.entities.map((e) => e.label)).toEqual(["Ileana Bugheanu", "Emilia Pop"]);
  });
});

describe("the agency of a dateline (articles written for these tests; curated data)", () => {
  it("reads an agency in no list, '(Lakeside Wire)' after a city and a date, as an organisation", () => {
    const x = runReal("KAMPALA, Sept 15 (Lakeside Wire) - The two trade ministers met in Kampala on Saturday.", "2031-09-15", "en");
    expect(x.entities.find((e) => e.label === "Lakeside Wire")?.kind).toBe("organization");
  });
});

describe("a council named by what it is on (sentences written for these tests; curated data)", () => {
  it("reads 'the EAC's Sectoral Council on Trade, Industry, Finance and Investment' as an organisation", () => {
    const x = runReal("The dispute is on the agenda of the EAC's Sectoral Council on Trade, Industry, Finance and Investment in Arusha.", "2031-09-15", "en");
    expect(x.entities.find((e) => e.label.startsWith("Sectoral Council"))?.kind).toBe("organization");
  });
});

describe("a body named in the genitive and the nominative (sentences written for these tests; curated data)", () => {
  it("joins 'Gărzii de Mediu' to 'Garda de Mediu' and labels 'Școlii Gimnaziale' Școala Gimnazială", () => {
    const x = runReal("Comisarii Gărzii de Mediu au venit. Garda de Mediu a amendat firma. Elevii Școlii Gimnaziale nr. 3 au plecat.", "2026-03-18", "ro");
    expect(x.entities.map((e) => e.label)).toEqual(["Garda de Mediu", "Școala Gimnazială nr. 3"]);
  });
});
