// Readers for each article format: plain text with a date header, Markdown with YAML front
// matter, JSON / JSON Lines records, and HTML pages (main text through Readability).
// Each takes the decoded, cleaned text of one file and returns articles and rejections.

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parse as parseYaml } from "yaml";
import type { Article, Lang, Rejection } from "../types.js";
import { fileSlug } from "./slug.js";

export interface Parsed {
  articles: Article[];
  rejections: Rejection[];
}

/** What every reader needs to know about the file. */
export interface FileContext {
  path: string;
  /** Language for articles that state none. */
  lang?: Lang;
}

// ---- shared field handling ----

/** `YYYY-MM-DD` when `s` starts with a real calendar date (a time part is allowed and cut). */
export function isoDate(s: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d{2}:\d{2})/.exec(s.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** "ro", "ro-RO", "Romanian" → "ro"; "en", "en-US", "English" → "en"; anything else undefined. */
export function langOf(value: unknown): Lang | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim().toLowerCase();
  if (/^(ro|ron|rum)(?:[-_].*)?$/.test(v) || v === "romanian" || v === "română" || v === "romana") return "ro";
  if (/^(en|eng)(?:[-_].*)?$/.test(v) || v === "english") return "en";
  return undefined;
}

const oneLine = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Builds an article with a fixed key order (deterministic output), leaving out empty fields. */
function article(fields: Article): Article {
  const out = { id: fields.id, path: fields.path } as Article;
  if (fields.line !== undefined) out.line = fields.line;
  if (fields.title) out.title = fields.title;
  if (fields.date) out.date = fields.date;
  if (fields.lang) out.lang = fields.lang;
  if (fields.source) out.source = fields.source;
  if (fields.url) out.url = fields.url;
  out.text = fields.text;
  return out;
}

// ---- .txt ----

const DATE_HEADER = /^[ \t]*date[ \t]+(\S+)[ \t]*/i;

/**
 * Plain text. The first line may start with ` date YYYY-MM-DD` followed by the first paragraph;
 * a header whose date is not a real calendar date rejects the file. No header: date unknown.
 */
export function parseTxt(text: string, ctx: FileContext): Parsed {
  const header = DATE_HEADER.exec(text);
  let date: string | undefined;
  let body = text;
  if (header && /^\d/.test(header[1]!)) {
    date = /^\d{4}-\d{2}-\d{2}$/.test(header[1]!) ? isoDate(header[1]!) : undefined;
    if (!date) {
      const shown = header[1]!.slice(0, 40);
      return {
        articles: [],
        rejections: [{ path: ctx.path, line: 1, reason: `line 1: malformed date "${shown}" in the header; write it as YYYY-MM-DD, a real calendar date` }],
      };
    }
    body = text.slice(header[0].length);
  }
  body = body.trim();
  if (!body) return { articles: [], rejections: [{ path: ctx.path, line: 1, reason: "no article text after the date header" }] };
  return { articles: [article({ id: fileSlug(ctx.path), path: ctx.path, line: 1, date, lang: ctx.lang, text: body })], rejections: [] };
}

// ---- .md ----

/** Markdown → plain paragraphs: headings, emphasis, links, images, code and HTML tags removed. */
export function markdownToText(md: string): string {
  const lines: string[] = [];
  let fence: string | undefined;
  for (const raw of md.split("\n")) {
    const fenceMark = /^\s*(```|~~~)/.exec(raw);
    if (fenceMark) {
      fence = fence === undefined ? fenceMark[1] : fence === fenceMark[1] ? undefined : fence;
      continue;
    }
    if (fence !== undefined) continue;
    let line = raw;
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      lines.push("");
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      lines.push("", heading[1]!, "");
      continue;
    }
    line = line.replace(/^\s{0,3}(?:>\s?)+/, "").replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "");
    lines.push(line);
  }
  return lines
    .join("\n")
    .replace(/!\[[^\]\n]*\]\([^)\n]*\)/g, "")
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, "$1")
    .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, "$1")
    .replace(/^\s*\[[^\]\n]+\]:\s*\S+.*$/gm, "")
    .replace(/<\/?[A-Za-z][^<>\n]*>/g, "")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, "$2")
    .replace(/(?<![\p{L}\p{N}*_])([*_])(?=\S)([^*_\n]*?\S)\1(?![\p{L}\p{N}*_])/gu, "$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** Markdown with optional YAML front matter (title, date, source, url, lang). */
export function parseMarkdown(text: string, ctx: FileContext): Parsed {
  const fm = FRONT_MATTER.exec(text);
  let data: Record<string, unknown> = {};
  let bodyLine = 1;
  if (fm) {
    let parsed: unknown;
    try {
      parsed = parseYaml(fm[1]!);
    } catch (e) {
      const pos = (e as { linePos?: Array<{ line: number }> }).linePos?.[0];
      const line = pos ? pos.line + 1 : 1;
      const message = oneLine(String((e as Error).message ?? e)).split(" at line")[0];
      return { articles: [], rejections: [{ path: ctx.path, line, reason: `line ${line}: front matter is not valid YAML (${message}); fix it` }] };
    }
    if (parsed !== null && parsed !== undefined && (typeof parsed !== "object" || Array.isArray(parsed))) {
      return { articles: [], rejections: [{ path: ctx.path, line: 2, reason: "front matter must be a YAML mapping (key: value lines)" }] };
    }
    data = (parsed ?? {}) as Record<string, unknown>;
    bodyLine = fm[0].split("\n").length;
  }
  const dateLine = fm ? fm[1]!.split("\n").findIndex((l) => /^date\s*:/.test(l)) + 2 : 1;
  const record = checkRecord(data, ctx, Math.max(dateLine, 1), "front matter");
  if ("reason" in record) return { articles: [], rejections: [record] };
  let body = markdownToText(fm ? text.slice(fm[0].length) : text);
  let title = record.title;
  if (title && (body === title || body.startsWith(title + "\n"))) body = body.slice(title.length).trim();
  if (!title) {
    const h1 = /^\s{0,3}#\s+(.+?)\s*#*\s*$/m.exec(fm ? text.slice(fm[0].length) : text);
    if (h1) {
      title = oneLine(markdownToText(h1[1]!));
      if (body.startsWith(title)) body = body.slice(title.length).trim();
    }
  }
  if (!body) return { articles: [], rejections: [{ path: ctx.path, line: bodyLine, reason: "no article text after the front matter" }] };
  return { articles: [article({ ...record, title, id: fileSlug(ctx.path), path: ctx.path, line: 1, text: body })], rejections: [] };
}

// ---- .json / .jsonl ----

interface RecordFields {
  title?: string;
  date?: string;
  lang?: Lang;
  source?: string;
  url?: string;
}

/** Checks the metadata fields of a record; a malformed date is a rejection. */
function checkRecord(data: Record<string, unknown>, ctx: FileContext, line: number | undefined, where: string): RecordFields | Rejection {
  const str = (key: string): string | undefined => {
    const v = data[key];
    if (typeof v === "string") return oneLine(v) || undefined;
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString();
    if (typeof v === "number") return String(v);
    return undefined;
  };
  const rawDate = str("date") ?? str("published") ?? str("datePublished");
  let date: string | undefined;
  if (rawDate !== undefined) {
    date = isoDate(rawDate);
    if (!date) {
      const at = line !== undefined ? `line ${line}: ` : "";
      return { path: ctx.path, ...(line !== undefined ? { line } : {}), reason: `${at}${where}: malformed date "${rawDate.slice(0, 40)}"; write it as YYYY-MM-DD, a real calendar date` };
    }
  }
  return { title: str("title"), date, lang: langOf(data.lang ?? data.language) ?? ctx.lang, source: str("source"), url: str("url") };
}

/** Turns one parsed JSON value into an article or a rejection. */
function fromRecord(value: unknown, ctx: FileContext, n: number | undefined, line: number | undefined, where: string): Article | Rejection {
  const at = line !== undefined ? `line ${line}: ` : "";
  const lineField = line !== undefined ? { line } : {};
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { path: ctx.path, ...lineField, reason: `${at}${where} is not an object with a "text" field` };
  }
  const data = value as Record<string, unknown>;
  if (typeof data.text !== "string" || !data.text.trim()) {
    return { path: ctx.path, ...lineField, reason: `${at}${where} has no "text" string (or it is empty)` };
  }
  const record = checkRecord(data, ctx, line, where);
  if ("reason" in record) return record;
  const id = n === undefined ? fileSlug(ctx.path) : `${fileSlug(ctx.path)}-${n}`;
  return article({ ...record, id, path: ctx.path, line: line ?? 1, text: data.text.trim() });
}

function push(out: Parsed, item: Article | Rejection): void {
  if ("reason" in item) out.rejections.push(item);
  else out.articles.push(item);
}

/** Line (1-based) of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** A JSON file: one article object, or an array of them (ids get `-<n>`). */
export function parseJson(text: string, ctx: FileContext): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = oneLine((e as Error).message);
    const pos = /position (\d+)/.exec(message);
    const line = pos ? lineOf(text, Number(pos[1])) : undefined;
    return {
      articles: [],
      rejections: [{ path: ctx.path, ...(line !== undefined ? { line } : {}), reason: `${line !== undefined ? `line ${line}: ` : ""}not valid JSON (${message})` }],
    };
  }
  const out: Parsed = { articles: [], rejections: [] };
  if (Array.isArray(value)) {
    if (value.length === 0) out.rejections.push({ path: ctx.path, reason: "the JSON array is empty; give article objects with a \"text\" field" });
    value.forEach((item, i) => push(out, fromRecord(item, ctx, i + 1, undefined, `record ${i + 1}`)));
  } else {
    push(out, fromRecord(value, ctx, undefined, undefined, "the JSON value"));
  }
  return out;
}

/** JSON Lines: one article object a line; a broken line is rejected with its number, the rest kept. */
export function parseJsonl(text: string, ctx: FileContext): Parsed {
  const out: Parsed = { articles: [], rejections: [] };
  let n = 0;
  text.split("\n").forEach((raw, i) => {
    if (!raw.trim()) return;
    n++;
    const line = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      out.rejections.push({ path: ctx.path, line, reason: `line ${line}: not valid JSON (${oneLine((e as Error).message).slice(0, 120)})` });
      return;
    }
    push(out, fromRecord(value, ctx, n, line, "record"));
  });
  return out;
}

// ---- .html ----

/** Tags whose content never reaches the text. */
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "iframe", "canvas", "button", "select", "nav", "form", "head", "object"]);
/** Tags that start a new paragraph. */
const BLOCK = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
  "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "dl", "dt", "dd", "br", "hr", "address",
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The text of a DOM subtree, one paragraph per block element, white space collapsed. */
function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = (): void => {
    const p = oneLine(current);
    if (p) paragraphs.push(p);
    current = "";
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeName.toLowerCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join("\n\n");
}

interface DomDocument extends DomNode {
  documentElement: { getAttribute(name: string): string | null } | null;
  body: DomNode | null;
  title: string;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

function meta(doc: DomDocument, selectors: string[], attribute = "content"): string | undefined {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute(attribute);
    if (value && value.trim()) return oneLine(value);
  }
  return undefined;
}

/** `datePublished` from JSON-LD blocks, if any. */
function jsonLdDate(doc: DomDocument): string | undefined {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    const found = /"datePublished"\s*:\s*"([^"]+)"/.exec(scripts[i]!.textContent ?? "");
    if (found) return found[1];
  }
  return undefined;
}

/**
 * An HTML page: the main text through Readability (on a linkedom document), with a fallback to
 * the whole body; title, date, language, URL and site name from the page's metadata. Scripts and
 * styles never reach the text. Invalid metadata dates are skipped (the page is not rejected).
 */
export function parseHtml(html: string, ctx: FileContext): Parsed {
  const doc = parseHTML(html).document as unknown as DomDocument;
  const dates = [
    meta(doc, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="DC.date.issued"]', 'meta[name="dcterms.date"]']),
    meta(doc, ["time[datetime]"], "datetime"),
    jsonLdDate(doc),
  ];
  const title = meta(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? (oneLine(doc.title ?? "") || undefined);
  const lang = langOf(doc.documentElement?.getAttribute("lang") ?? undefined) ?? langOf(meta(doc, ['meta[http-equiv="content-language"]'])) ?? ctx.lang;
  const url = meta(doc, ['link[rel="canonical"]'], "href") ?? meta(doc, ['meta[property="og:url"]']);
  const source = meta(doc, ['meta[property="og:site_name"]']);

  let text = "";
  let readTitle: string | undefined;
  try {
    const parsed = new Readability(doc as never).parse();
    readTitle = parsed?.title ? oneLine(parsed.title) : undefined;
    if (parsed?.publishedTime) dates.push(parsed.publishedTime);
    if (parsed?.content) text = blockText(parseHTML(`<html><body>${parsed.content}</body></html>`).document as unknown as DomNode);
  } catch {
    text = "";
  }
  if (!text) {
    const fresh = parseHTML(html).document as unknown as DomDocument;
    text = fresh.body ? blockText(fresh.body) : "";
  }
  const finalTitle = title ?? readTitle;
  if (finalTitle && text.startsWith(finalTitle + "\n")) text = text.slice(finalTitle.length).trim();
  if (!text.trim()) return { articles: [], rejections: [{ path: ctx.path, reason: "no article text found in the HTML page" }] };
  const date = dates.map((d) => (d ? isoDate(d) : undefined)).find((d) => d !== undefined);
  return { articles: [article({ id: fileSlug(ctx.path), path: ctx.path, line: 1, title: finalTitle, date, lang, source, url, text })], rejections: [] };
}
