// Ingest: every supported format read into Articles with the right metadata and text.
import { describe, expect, it } from "vitest";
import { readArticles, DEFAULTS, formatRejection, slug } from "../../src/ingest/index.js";

const F = "test/fixtures/ingest";

describe("readArticles — formats", () => {
  it("reads the seed .txt: date header, text on the same line, paragraphs kept", async () => {
    const file = "data/articles/2025-12-18-ro-miami-meeting-us-russia-ukraine-talks.txt";
    const { articles, rejections } = await readArticles(file);
    expect(rejections).toEqual([]);
    expect(articles).toHaveLength(1);
    const a = articles[0]!;
    expect(a.id).toBe("2025-12-18-ro-miami-meeting-us-russia-ukraine-talks");
    expect(a.path).toBe(file);
    expect(a.date).toBe("2025-12-18");
    expect(a.text.startsWith("Pe fondul eforturilor eșuate")).toBe(true);
    expect(a.text).not.toContain("date 2025");
    expect(a.text.split("\n\n")).toHaveLength(6);
  });

  it("reads every development article in ../shared/articles with its date", async () => {
    const dates = ["2025-11-24", "2025-11-26", "2025-12-03", "2025-12-10", "2025-06-24", "2025-08-16", "2025-10-23", "2025-12-19"];
    const names = ["01-ro-geneva-plan-pace", "02-ro-abu-dhabi-driscoll-fmi", "03-ro-kremlin-witkoff-kushner", "04-ro-nicusor-dan-paris-macron",
      "05-ro-guvernul-bolojan-investit", "06-en-alaska-summit-trump-putin", "07-en-budapest-summit-cancelled", "08-en-eu-summit-ukraine-loan"];
    for (const [i, name] of names.entries()) {
      const { articles, rejections } = await readArticles(`../shared/articles/${name}.txt`);
      expect(rejections).toEqual([]);
      expect(articles[0]!.date).toBe(dates[i]);
      expect(articles[0]!.id).toBe(name);
    }
  });

  it("reads plain text without a header: date unknown", async () => {
    const { articles } = await readArticles(`${F}/no-header.txt`);
    expect(articles[0]!.date).toBeUndefined();
    expect(articles[0]!.text).toBe("Primul paragraf fără antet de dată.\n\nAl doilea paragraf.");
  });

  it("reads Markdown front matter and strips Markdown syntax and code", async () => {
    const { articles, rejections } = await readArticles(`${F}/article.md`);
    expect(rejections).toEqual([]);
    expect(articles[0]).toEqual({
      id: "article",
      path: `${F}/article.md`,
      line: 1,
      title: "Întâlnire la Miami",
      date: "2025-12-18",
      lang: "ro",
      source: "Exemplu",
      url: "https://example.org/miami",
      text: "Delegația americană se va întâlni cu delegația rusă la Miami.\n\nSteve Witkoff conduce partea americană.\n\nCasa Albă nu a confirmat.",
    });
  });

  it("reads a JSON array with -<n> ids, a timestamp date cut to the day and ro-RO as ro", async () => {
    const { articles } = await readArticles(`${F}/articles.json`);
    expect(articles.map((a) => a.id)).toEqual(["articles-1", "articles-2"]);
    expect(articles[1]).toMatchObject({ date: "2025-12-19", lang: "ro", source: "Agenția", url: "https://example.org/2", title: "Al doilea" });
  });

  it("reads a single JSON object without an index in the id", async () => {
    const { articles } = await readArticles(`${F}/single.json`);
    expect(articles.map((a) => [a.id, a.title, a.date])).toEqual([["single", "Single", "2025-01-02"]]);
  });

  it("reads JSON Lines, skipping blank lines and keeping each record's line", async () => {
    const { articles } = await readArticles(`${F}/articles.jsonl`);
    expect(articles.map((a) => [a.id, a.line, a.lang])).toEqual([["articles-1", 1, "ro"], ["articles-2", 3, "en"]]);
  });

  it("reads HTML: main text by paragraph, metadata from the page, never scripts or styles", async () => {
    const { articles, rejections } = await readArticles(`${F}/page.html`);
    expect(rejections).toEqual([]);
    const a = articles[0]!;
    expect(a).toMatchObject({
      id: "page",
      title: "Negocieri la Miami",
      date: "2025-12-18",
      lang: "ro",
      source: "Exemplu Știri",
      url: "https://example.org/stiri/miami",
    });
    expect(a.text).not.toMatch(/SECRET|color: red|Acasă|© Exemplu/);
    expect(a.text.split("\n\n")).toHaveLength(3);
    expect(a.text).toContain("informația & nici");
  });

  it("takes an HTML date from <time datetime> before JSON-LD, and the language from <html lang>", async () => {
    const { articles } = await readArticles(`${F}/page-time.html`);
    expect(articles[0]).toMatchObject({ title: "Budapest summit called off", date: "2025-10-22", lang: "en" });
    expect(articles[0]!.text).toContain("called off a planned summit");
  });

  it("takes a Markdown title from the first heading when there is no front matter", async () => {
    const { articles } = await readArticles(`${F}/no-front-matter.md`);
    expect(articles[0]!.title).toBe("Titlu din Markdown");
    expect(articles[0]!.text).toBe("Primul paragraf, cu accent și cod.\n\nAl doilea paragraf.");
  });

  it("recognises UTF-16 LE without a BOM from its zero bytes", async () => {
    const { articles, rejections } = await readArticles(`${F}/utf16le-nobom.txt`);
    expect(rejections).toEqual([]);
    expect(articles[0]!.text).toBe("Text in UTF-16 without a BOM.");
  });

  it("accepts UTF-8 with BOM and CRLF, and UTF-16 LE/BE with BOM, all to the same text", async () => {
    const expected = "Prima linie cu ş şi ţ.\n\nAl doilea paragraf.";
    for (const name of ["utf8-bom-crlf.txt", "utf16le-bom.txt", "utf16be-bom.txt"]) {
      const { articles, rejections } = await readArticles(`${F}/${name}`);
      expect(rejections, name).toEqual([]);
      expect(articles[0]!.text, name).toBe(expected);
      expect(articles[0]!.date, name).toBe("2025-12-18");
    }
  });

  it("removes zero-width, soft hyphen and control characters but keeps tabs and newlines", async () => {
    const { articles } = await readArticles(`${F}/invisible.txt`);
    const text = articles[0]!.text;
    expect(text).toContain("Witkoff și Kushner");
    expect(text).toContain("\tTab");
    expect(text).toContain("\n\n");
    expect(text).not.toMatch(/[\u200B\u200D\u00AD\u0007]/);
  });

  it("uses options.lang for articles that state no language", async () => {
    const { articles } = await readArticles(`${F}/no-header.txt`, { lang: "ro" });
    expect(articles[0]!.lang).toBe("ro");
    const json = await readArticles(`${F}/articles.json`, { lang: "ro" });
    expect(json.articles[0]!.lang).toBe("en");
  });

  it("has typed defaults and rejects bad options with a clear error", async () => {
    expect(DEFAULTS.maxFileBytes).toBe(16 * 1024 * 1024);
    await expect(readArticles(`${F}/single.json`, { maxFileBytes: -1 })).rejects.toThrow(/^ingest: maxFileBytes/);
  });

  it("formats rejections as path:line: reason and slugs names to ASCII", () => {
    expect(formatRejection({ path: "a.jsonl", line: 3, reason: "x" })).toBe("a.jsonl:3: x");
    expect(formatRejection({ path: "a.txt", reason: "y" })).toBe("a.txt: y");
    expect(slug("Știri Țară — Miami (2)")).toBe("stiri-tara-miami-2");
    expect(slug("???")).toBe("article");
  });

  it("is deterministic: the same file gives the same articles", async () => {
    const a = await readArticles(`${F}/page.html`);
    const b = await readArticles(`${F}/page.html`);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
