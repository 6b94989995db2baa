// The synthetic benchmark corpus: deterministic bytes, the right counts, both languages, the
// seed-article file format, word counts in range, and the inflected forms the extractor must handle.
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { articlePath, generateArticle, generateCorpus, MANIFEST, readManifest } from "../../src/bench/corpus.js";
import { listInputs, readArticles } from "../../src/ingest/index.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kg-corpus-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Every file of a folder (hidden ones included) with the hash of its bytes, sorted by path. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of fs.readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else out.set(path.relative(dir, full), createHash("sha256").update(fs.readFileSync(full)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe("generateCorpus", () => {
  const dirA = path.join(tmp, "a");
  const dirB = path.join(tmp, "b");
  const manifest = generateCorpus({ articles: 1200, seed: 11, dir: dirA, perFolder: 500 });
  generateCorpus({ articles: 1200, seed: 11, dir: dirB, perFolder: 500 });

  it("writes identical bytes for the same seed", () => {
    const a = snapshot(dirA);
    const b = snapshot(dirB);
    expect(a.size).toBe(1201); // 1200 articles + the manifest
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it("writes other bytes for another seed", () => {
    const other = generateArticle(12, 0).text;
    expect(other).not.toBe(generateArticle(11, 0).text);
  });

  it("writes the number of articles asked, in sub-folders of at most perFolder files", async () => {
    const { files, rejections } = await listInputs([dirA]);
    expect(rejections).toEqual([]);
    expect(files).toHaveLength(1200);
    const folders = new Map<string, number>();
    for (const f of files) folders.set(path.dirname(f), (folders.get(path.dirname(f)) ?? 0) + 1);
    expect([...folders.values()]).toEqual([500, 500, 200]);
    expect(manifest.articles).toBe(1200);
    expect(manifest.byLang.ro + manifest.byLang.en).toBe(1200);
  });

  it("has both languages, about 60% Romanian", () => {
    const share = manifest.byLang.ro / 1200;
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.65);
  });

  it("counts bytes and words as written", () => {
    let bytes = 0;
    for (let i = 0; i < 1200; i++) bytes += fs.statSync(path.join(dirA, articlePath(i, generateArticle(11, i).lang, 500))).size;
    expect(manifest.bytes).toBe(bytes);
    const avg = bytes / 1200;
    expect(avg).toBeGreaterThan(1800); // about 2.5 KB per article
    expect(avg).toBeLessThan(3200);
  });

  it("writes the seed format that ingest reads: date header, paragraphs, 180–400 words", async () => {
    for (const i of [0, 1, 2, 3, 500, 1199]) {
      const { lang, date } = generateArticle(11, i);
      const file = path.join(dirA, articlePath(i, lang, 500));
      const raw = fs.readFileSync(file, "utf8");
      expect(raw).toMatch(/^ date \d{4}-\d{2}-\d{2} \S/);
      const { articles, rejections } = await readArticles(file);
      expect(rejections).toEqual([]);
      expect(articles[0]!.date).toBe(date);
      expect(articles[0]!.text.split("\n\n").length).toBeGreaterThanOrEqual(2);
    }
    for (let i = 0; i < 1200; i++) {
      const n = words(generateArticle(11, i).text) - 2; // minus " date YYYY-MM-DD"
      expect(n).toBeGreaterThanOrEqual(180);
      expect(n).toBeLessThanOrEqual(400);
    }
  });

  it("uses the inflected and attributed forms real Romanian news uses", () => {
    const ro = Array.from({ length: 400 }, (_, i) => generateArticle(11, i)).filter((a) => a.lang === "ro").map((a) => a.text).join("\n");
    expect(ro).toMatch(/\bMinisterului\b/); // organisation genitive
    expect(ro).toMatch(/\blui [A-ZȘȚĂÂÎ][a-zșțăâî]+/); // "lui X"
    expect(ro).toMatch(/Poziția (Valdorei|Severnei|Castrovei|Ilmarei|Orsavei|Pelinei|Rusavei|Velikei|Solvenei|Toravei|Lisovei|Netorei|Amernei|Kiravei|Mirevei|Zelorei)\b/); // "Moscovei"-like
    expect(ro).toMatch(/Poziția (Brastin|Koval|Tirnograd|Dravost|Belgrest|Halmstad|Ostrog|Marburg|Zarnik|Kelmar|Vardin|Garvik|Dolsk|Sternberg|Pollux|Tavrin)ului\b/); // "Kievului"-like
    expect(ro).toMatch(/\b(Brastinul|Kovalul|Tirnogradul|Dravostul|Belgrestul|Halmstadul|Ostrogul|Marburgul|Zarnikul|Kelmarul|Vardinul|Garvikul|Dolskul|Sternbergul|Polluxul|Tavrinul) a intensificat/); // the city acting
    expect(ro).toMatch(/Potrivit surselor/);
    expect(ro).toMatch(/\b(președintele|ministrul de externe|premierul|trimisul special) [A-ZȘȚ]/); // titles before names
    expect(ro).toMatch(/\b(s-a întâlnit|convorbire telefonică|vizită oficială|negocieri|summit|amânată|anulată)\b/);
    const en = Array.from({ length: 400 }, (_, i) => generateArticle(11, i)).filter((a) => a.lang === "en").map((a) => a.text).join("\n");
    expect(en).toMatch(/\b(met|phone call|official visit|negotiations|summit)\b/);
    expect(en).toMatch(/According to sources/);
  });

  it("names a person in full first, then by surname alone", () => {
    let found = 0;
    for (let i = 0; i < 50; i++) {
      const { text } = generateArticle(11, i);
      const full = /\b([A-Z][a-zăâîșț]+) ([A-Z][a-zăâîșț]+) (?:s-a|a|met|held|paid|and|și)\b/.exec(text);
      if (full && text.lastIndexOf(` ${full[2]} `) > full.index + full[0].length && !text.slice(full.index + full[0].length).includes(`${full[1]} ${full[2]}`)) found++;
    }
    expect(found).toBeGreaterThan(0);
  });

  it("refuses to write over a folder that is not a generated corpus", () => {
    const other = path.join(tmp, "other");
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, "keep.txt"), "mine");
    expect(() => generateCorpus({ articles: 3, seed: 1, dir: other })).toThrow(/^bench: .*not empty/);
    expect(fs.readFileSync(path.join(other, "keep.txt"), "utf8")).toBe("mine");
  });

  it("rewrites a corpus it wrote before (fewer articles leave no stale files)", () => {
    const dir = path.join(tmp, "again");
    generateCorpus({ articles: 30, seed: 2, dir, perFolder: 10 });
    generateCorpus({ articles: 5, seed: 2, dir, perFolder: 10 });
    const files = [...snapshot(dir).keys()].filter((f) => f !== MANIFEST);
    expect(files).toHaveLength(5);
    expect(readManifest(dir)!.articles).toBe(5);
  });
});
