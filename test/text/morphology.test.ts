// baseForms: Romanian inflected and articulated names back to their base forms, by rules.
import { describe, expect, it } from "vitest";
import { baseForms, vowelRestored } from "../../src/text/index.js";

const first = (w: string): string => baseForms(w)[0]!;

describe("baseForms", () => {
  it.each([
    ["Ucrainei", "Ucraina"], ["Rusiei", "Rusia"], ["Moscovei", "Moscova"], ["Kievul", "Kiev"], ["Kievului", "Kiev"],
    ["Washingtonul", "Washington"], ["Washingtonului", "Washington"], ["Bucureștiului", "București"],
    ["Parisul", "Paris"], ["Parisului", "Paris"], ["Franței", "Franța"], ["Germaniei", "Germania"],
    ["Marii", "Marea"], ["Britanii", "Britania"], ["Bruxelles-ul", "Bruxelles"], ["Emiratelor", "Emiratele"],
    ["Statelor", "Statele"], ["Alianței", "Alianța"], ["Oanei", "Oana"], ["Kremlinului", "Kremlin"],
    ["Chișinăului", "Chișinău"], ["Chișinăul", "Chișinău"], ["Muntenegrul", "Muntenegru"], ["Bucureștiul", "București"], ["Londrei", "Londra"], ["Tulcei", "Tulcea"], ["Apărării", "Apărarea"],
    ["Prefecturii", "Prefectura"], ["Culturii", "Cultura"], ["Agriculturii", "Agricultura"],
  ])("%s → %s first", (word, base) => {
    expect(first(word)).toBe(base);
  });

  it("turns articulated genitive title nouns into the articulated nominative", () => {
    expect(first("președintelui")).toBe("președintele");
    expect(first("ministrului")).toBe("ministrul");
    expect(first("premierului")).toBe("premierul");
    expect(baseForms("ministrului")).toContain("ministru");
  });

  it("always includes the word itself, and offers the other reading", () => {
    expect(baseForms("Kievului")).toEqual(["Kiev", "Kievul", "Kievu", "Kievului"]);
    expect(baseForms("Emiratelor")).toContain("Emirate");
    expect(baseForms("Consiliului")).toContain("Consiliul");
    expect(baseForms("Țării")).toContain("Țara");
    // a name in -i or a noun in -iu: both readings of "-iul"; "Qatarul" keeps its r
    expect(baseForms("Sibiul")).toContain("Sibiu");
    expect(baseForms("Consiliul")).toContain("Consiliu");
    expect(baseForms("Qatarul")[0]).toBe("Qatar");
  });

  it("works without diacritics and with the legacy cedilla", () => {
    expect(first("Frantei")).toBe("Franta");
    expect(first("Bucurestiului")).toBe("Bucuresti");
    expect(first("Franţei")).toBe("Franţa"); // the word's own spelling is kept (normalize() first for ș ț)
    expect(first("Aliantei")).toBe("Alianta");
  });

  it("leaves nominatives and short words alone", () => {
    for (const w of ["Paris", "Trump", "Andrei", "Serghei", "NATO", "SUA", "Dan", "Kiev"]) expect(first(w)).toBe(w);
  });

  it("works on names it has never seen, and keeps upper case", () => {
    expect(first("Zaporojiei")).toBe("Zaporojia");
    expect(first("Harkovului")).toBe("Harkov");
    expect(first("Varșoviei")).toBe("Varșovia");
    expect(first("UCRAINEI")).toBe("UCRAINA");
  });
});

describe("vowelRestored (session 14)", () => {
  it("gives back a stem's vowel and consonant a genitive changed: 'Gărzii' → Garda, 'Școlii' → Școala", () => {
    expect(vowelRestored("Gărzii")).toContain("Garda");
    expect(vowelRestored("Școlii")).toContain("Școala");
    expect(vowelRestored("Sucevei")).toContain("Suceava");
  });
});
