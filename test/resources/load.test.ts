// Tests of the resource loader: the curated data loads and validates, broken data gives messages
// that name the file and the entry, and the data holds the knowledge the extractor relies on.
import { mkdtempSync, mkdirSync, writeFileSync, cpSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULTS, ResourceError, clearResourceCache, loadResources } from "../../src/resources/load.js";
import type { KbEntry } from "../../src/resources/schema.js";

const DATA = fileURLToPath(new URL("../../data/", import.meta.url));
const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A copy of the lexicons with a knowledge base made of `kb` files. */
function fixture(kb: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "kg-resources-"));
  temps.push(dir);
  cpSync(join(DATA, "lexicon"), join(dir, "lexicon"), { recursive: true });
  cpSync(join(DATA, "gazetteer"), join(dir, "gazetteer"), { recursive: true });
  mkdirSync(join(dir, "kb"));
  for (const [name, content] of Object.entries(kb)) {
    writeFileSync(join(dir, "kb", name), typeof content === "string" ? content : JSON.stringify(content));
  }
  return dir;
}

const russia: KbEntry = { id: "country:russia", kind: "country", label: "Russia", capital: "place:moscow", demonyms: { ro: ["rus"], en: ["Russian"] } };
const moscow: KbEntry = { id: "place:moscow", kind: "place", label: "Moscow", country: "country:russia", standsFor: "country:russia" };

function loadError(dir: string): ResourceError {
  try {
    loadResources(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(ResourceError);
    return err as ResourceError;
  }
  throw new Error("expected loadResources to fail");
}

describe("loadResources on the project data", () => {
  const res = loadResources();
  const byId = new Map(res.kb.map((e) => [e.id, e] as const));

  it("finds data/ by default and caches the result", () => {
    expect(DEFAULTS.dataDir.replace(/\\/g, "/")).toMatch(/\/data\/?$/);
    expect(loadResources()).toBe(res);
    expect(loadResources(DATA)).toBe(res);
  });

  it("holds a few hundred entries of every kind", () => {
    expect(res.kb.length).toBeGreaterThanOrEqual(300);
    const count = (k: string) => res.kb.filter((e) => e.kind === k).length;
    expect(count("person")).toBeGreaterThanOrEqual(150);
    expect(count("organization")).toBeGreaterThanOrEqual(80);
    expect(count("country")).toBeGreaterThanOrEqual(50);
    expect(count("place")).toBeGreaterThanOrEqual(80);
  });

  it("gives every country a demonym in both languages", () => {
    const missing = res.kb.filter((e) => e.kind === "country" && !(e.demonyms?.ro?.length && e.demonyms?.en?.length));
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it("resolves the famous metonyms", () => {
    expect(byId.get("place:kremlin")?.standsFor).toBe("country:russia");
    expect(byId.get("place:moscow")?.standsFor).toBe("country:russia");
    expect(byId.get("place:kyiv")?.standsFor).toBe("country:ukraine");
    expect(byId.get("place:kyiv")?.aliases_ro).toContain("Kiev");
    expect(byId.get("place:white-house")?.standsFor).toBe("country:united-states");
    expect(byId.get("place:washington")?.standsFor).toBe("country:united-states");
    expect(byId.get("place:brussels")?.standsFor).toBe("organization:european-union");
    expect(byId.get("place:bucharest")?.aliases_ro).toContain("București");
    expect(byId.get("country:russia")?.capital).toBe("place:moscow");
  });

  it("knows the people of the late-2025 news with their roles and Romanian spellings", () => {
    const zelensky = byId.get("person:volodymyr-zelensky");
    expect(zelensky?.aliases_ro).toContain("Volodimir Zelenski");
    expect(zelensky?.roles?.[0]).toMatchObject({ relation: "president_of", of: "country:ukraine" });
    expect(byId.get("person:jared-kushner")?.roles?.map((r) => r.relation)).toContain("son_in_law_of");
    expect(byId.get("person:dmitry-peskov")?.roles?.[0]).toMatchObject({ relation: "spokesperson_of", of: "country:russia" });
    expect(byId.get("person:yuri-ushakov")?.aliases_ro).toContain("Iuri Ușakov");
    expect(byId.get("person:kirill-dmitriev")?.roles?.map((r) => r.of)).toContain("organization:russian-direct-investment-fund");
    expect(byId.get("person:nicusor-dan")?.roles?.[0]).toMatchObject({ relation: "president_of", of: "country:romania" });
    expect(byId.get("country:united-states")?.aliases_ro).toEqual(expect.arrayContaining(["SUA", "Statele Unite"]));
    expect(byId.get("organization:imf")?.aliases_ro).toEqual(expect.arrayContaining(["FMI", "Fondul Monetar Internațional"]));
  });

  it("never lets one form name two entries", () => {
    const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of res.kb) {
      for (const form of new Set([e.label, ...(e.aliases ?? []), ...(e.aliases_ro ?? [])].map(fold))) {
        const other = owner.get(form);
        if (other && other !== e.id) clashes.push(`${form}: ${other} / ${e.id}`);
        owner.set(form, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("uses ids that are readable slugs and Q-ids that look like Q-ids", () => {
    for (const e of res.kb) {
      expect(e.id).toMatch(/^(person|organization|country|place|group):[a-z0-9]+(-[a-z0-9]+)*$/);
      if (e.wikidata) expect(e.wikidata).toMatch(/^Q[1-9]\d*$/);
    }
    const qids = res.kb.flatMap((e) => (e.wikidata ? [e.wikidata] : []));
    expect(new Set(qids).size).toBe(qids.length);
  });

  it("has unique topics, each named in Romanian and English", () => {
    const topics = res.lexicons.ro.topics;
    const names = new Set(["European", "Schengen"]);
    for (const e of res.kb) for (const f of [e.label, ...(e.aliases ?? []), ...(e.demonyms?.en ?? [])]) for (const w of f.split(" ")) names.add(w);
    expect(topics.length).toBeGreaterThanOrEqual(60);
    expect(new Set(topics.map((t) => t.label)).size).toBe(topics.length);
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
    for (const t of topics) {
      expect(t.ro.length, t.id).toBeGreaterThan(0);
      expect(t.en.length, t.id).toBeGreaterThan(0);
      // Lower case except names: every capitalised word is a KB name, alias or demonym ("NATO membership").
      for (const w of t.label.split(/[ –-]/)) if (/^[A-Z]/.test(w)) expect(names.has(w), `${t.id}: ${w}`).toBe(true);
    }
    expect(topics.map((t) => t.label)).toEqual(expect.arrayContaining(["security guarantees", "ceasefire", "peace plan", "sanctions"]));
  });

  it("assembles a lexicon per language with titles, groups, stopwords, org words and place cues", () => {
    for (const lang of ["ro", "en"] as const) {
      const lex = res.lexicons[lang];
      expect(lex.lang).toBe(lang);
      expect(lex.titles.length).toBeGreaterThan(50);
      expect(lex.groupNouns.length).toBeGreaterThan(20);
      expect(lex.stopwords.length).toBeGreaterThan(200);
      expect(lex.orgWords.length).toBeGreaterThan(20);
      expect(lex.placeCues.length).toBeGreaterThan(3);
      expect(Array.isArray(lex.meetingTriggers)).toBe(true);
      expect(Array.isArray(lex.dates)).toBe(true);
    }
    const ro = res.lexicons.ro;
    const title = (form: string) => ro.titles.find((t) => t.form === form);
    expect(title("ginerele")?.relation).toBe("son_in_law_of");
    expect(title("purtătorul de cuvânt")?.relation).toBe("spokesperson_of");
    expect(title("trimisul special")?.relation).toBe("envoy_of");
    expect(res.lexicons.en.titles.find((t) => t.form === "Secretary of State")?.relation).toBe("secretary_of_state_of");
  });

  it("keeps organisation head words and country names out of the stopwords", () => {
    for (const lang of ["ro", "en"] as const) {
      const stop = new Set(res.lexicons[lang].stopwords.map((w) => w.toLowerCase()));
      const clash = res.lexicons[lang].orgWords.filter((w) => stop.has(w.toLowerCase()));
      expect(clash).toEqual([]);
    }
    const stopRo = new Set(res.lexicons.ro.stopwords);
    for (const w of ["Statele", "Marea", "Noua", "Uniunea", "Casa"]) expect(stopRo.has(w), w).toBe(false);
  });
});

describe("loadResources on broken data", () => {
  it("loads a small valid fixture, with empty meeting triggers when meetings.json is absent", () => {
    const dir = fixture({ "a.json": [russia, moscow] });
    rmSync(join(dir, "lexicon", "en", "meetings.json"), { force: true });
    const res = loadResources(dir);
    expect(res.kb.map((e) => e.id)).toEqual(["country:russia", "place:moscow"]);
    expect(res.lexicons.en.meetingTriggers).toEqual([]);
    expect(res.lexicons.en.dates).toEqual([]);
  });

  it("names the gazetteer and its line when a line is no 'name<TAB>country', and says how to make a missing one", () => {
    const dir = fixture({ "a.json": [russia, moscow] });
    writeFileSync(join(dir, "gazetteer", "towns.tsv"), "# towns\nzimnicea\tRO\nparis france\n");
    const err = loadError(dir);
    expect(err.file).toBe("gazetteer/towns.tsv");
    expect(err.message).toContain("line 3");
    rmSync(join(dir, "gazetteer"), { recursive: true });
    expect(loadError(dir).message).toContain("npm run gazetteer");
  });

  it("names the file and the entry when a role points at a missing id", () => {
    const witkoff = { id: "person:steve-witkoff", kind: "person", label: "Steve Witkoff", roles: [{ relation: "envoy_of", of: "country:united-states", label: "US special envoy" }] };
    const err = loadError(fixture({ "a.json": [russia, moscow], "people.json": [witkoff] }));
    expect(err.file).toBe("kb/people.json");
    expect(err.entry).toBe("person:steve-witkoff");
    expect(err.message).toContain("data/kb/people.json");
    expect(err.message).toContain("person:steve-witkoff");
    expect(err.message).toContain("country:united-states");
    expect(err.message).toMatch(/^resources: /);
  });

  it("rejects duplicate ids across files", () => {
    const err = loadError(fixture({ "a.json": [russia, moscow], "b.json": [{ ...russia, label: "Russian Federation" }] }));
    expect(err.file).toBe("kb/b.json");
    expect(err.entry).toBe("country:russia");
    expect(err.message).toContain("kb/a.json");
  });

  it("rejects an id whose prefix does not match the kind", () => {
    const err = loadError(fixture({ "a.json": [russia, { ...moscow, kind: "country" }] }));
    expect(err.entry).toBe("place:moscow");
    expect(err.message).toContain("kind");
  });

  it("rejects an unknown kind, an empty alias, a capital that is not a place, and an unknown field", () => {
    expect(loadError(fixture({ "a.json": [russia, { ...moscow, id: "city:moscow", kind: "city" }] })).entry).toBe("city:moscow");
    const empty = loadError(fixture({ "a.json": [russia, { ...moscow, aliases_ro: ["Moscova", " "] }] }));
    expect(empty.entry).toBe("place:moscow");
    expect(empty.message).toContain("aliases_ro[1]");
    const cap = loadError(fixture({ "a.json": [{ ...russia, capital: "country:russia" }, moscow] }));
    expect(cap.message).toMatch(/capital/);
    const typo = loadError(fixture({ "a.json": [russia, { ...moscow, alias: ["Moskva"] }] }));
    expect(typo.message).toContain('"alias"');
  });

  it("names meetings.json and the trigger when a trigger's 'body' is no boolean", () => {
    const dir = fixture({ "a.json": [russia, moscow] });
    writeFileSync(join(dir, "lexicon", "en", "meetings.json"), JSON.stringify([{ form: "met", type: "meeting" }, { form: "to vote on", type: "vote", body: "yes" }]));
    const err = loadError(dir);
    expect(err.file).toBe("lexicon/en/meetings.json");
    expect(err.entry).toBe("to vote on");
    expect(err.message).toContain('"body"');
    writeFileSync(join(dir, "lexicon", "en", "meetings.json"), JSON.stringify([{ form: "to debate", type: "meeting", assembly: 1 }]));
    const assembly = loadError(dir);
    expect(assembly.entry).toBe("to debate");
    expect(assembly.message).toContain('"assembly"');
  });

  it("rejects a standsFor or country that points nowhere", () => {
    const err = loadError(fixture({ "a.json": [russia, { ...moscow, standsFor: "country:muscovy" }] }));
    expect(err.entry).toBe("place:moscow");
    expect(err.message).toContain("standsFor");
    expect(err.message).toContain("country:muscovy");
  });

  it("reports invalid JSON with the file name", () => {
    const err = loadError(fixture({ "a.json": [russia, moscow], "broken.json": "[{,]" }));
    expect(err.file).toBe("kb/broken.json");
    expect(err.message).toContain("not valid JSON");
  });

  it("names place-heads.json and the list when a list of place heads is missing or unknown", () => {
    const dir = fixture({ "a.json": [russia, moscow] });
    writeFileSync(join(dir, "lexicon", "place-heads.json"), JSON.stringify({ before: ["city"], afterwards: ["hotel"] }));
    const err = loadError(dir);
    expect(err.file).toBe("lexicon/place-heads.json");
    expect(err.message).toContain("afterwards");
  });

  it("names name-heads.json and the list when a list of name heads is missing or unknown", () => {
    const dir = fixture({ "a.json": [russia, moscow] });
    writeFileSync(join(dir, "lexicon", "name-heads.json"), JSON.stringify({ documents: ["treaty"], programmes: [], origins: [], company: ["firm"] }));
    const err = loadError(dir);
    expect(err.file).toBe("lexicon/name-heads.json");
    expect(err.message).toContain("company");
  });

  it("names portfolios.json and the part when a portfolio map is not words and names", () => {
    const dir = fixture({ "a.json": [russia, moscow] });
    writeFileSync(join(dir, "lexicon", "portfolios.json"), JSON.stringify({ words: ["defence"], en: { defence: 3 }, ro: {}, ministries: {} }));
    const err = loadError(dir);
    expect(err.file).toBe("lexicon/portfolios.json");
    expect(err.message).toContain("en");
  });

  it("reloads after clearResourceCache", () => {
    const dir = fixture({ "a.json": [russia, moscow] });
    const first = loadResources(dir);
    expect(loadResources(dir)).toBe(first);
    clearResourceCache();
    expect(loadResources(dir)).not.toBe(first);
  });
});
