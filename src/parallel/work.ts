// The work of one file, the same in a worker thread and in the main thread: read the file
// (ingest), analyse each article (text) and extract it (extract), timing each stage.
// Kept apart from index.ts so that the worker script loads only what it needs.

import { readArticles } from "../ingest/index.js";
import { analyze } from "../text/index.js";
import { extract } from "../extract/index.js";
import type { Resources } from "../resources/schema.js";
import type { Article, Extraction, Lang, Rejection } from "../types.js";

/** Milliseconds spent per stage (summed over the files; in parallel runs, over all threads). */
export interface StageMs {
  ingest: number;
  text: number;
  extract: number;
}

/** What one file gave: its extractions in article order, its rejections, and the time per stage. */
export interface FileResult {
  file: string;
  extractions: Extraction[];
  rejections: Rejection[];
  ms: StageMs;
}

/** The per-file options the work needs. */
export interface FileWorkOptions {
  /** Language of every article; "auto" detects it per article. */
  lang: Lang | "auto";
  /** Largest file read, in bytes. */
  maxFileBytes: number;
}

/**
 * Text and extraction of one article, exactly as the pipeline does it: the forced language, else the
 * article's own, else detected. `lap` is called after each stage (for timings).
 */
export function extractArticle(
  article: Article,
  resources: Resources,
  lang: Lang | "auto" = "auto",
  lap: (stage: "text" | "extract") => void = () => {},
): Extraction {
  const doc = analyze(article, { lang: lang === "auto" ? (article.lang ?? "auto") : lang });
  lap("text");
  const x = extract(doc, resources);
  lap("extract");
  return x;
}

/** Reads one file's articles with the pipeline's ingest options. */
export function readFile(file: string, options: FileWorkOptions): ReturnType<typeof readArticles> {
  return readArticles(file, { maxFileBytes: options.maxFileBytes, ...(options.lang !== "auto" ? { lang: options.lang } : {}) });
}

/** Reads, analyses and extracts every article of one file. Never throws on bad input (rejections instead). */
export async function extractFile(file: string, resources: Resources, options: FileWorkOptions): Promise<FileResult> {
  const ms: StageMs = { ingest: 0, text: 0, extract: 0 };
  let t = performance.now();
  const lap = (stage: keyof StageMs): void => {
    const now = performance.now();
    ms[stage] += now - t;
    t = now;
  };
  const read = await readFile(file, options);
  lap("ingest");
  const extractions = read.articles.map((a) => extractArticle(a, resources, options.lang, lap));
  return { file, extractions, rejections: read.rejections, ms };
}
