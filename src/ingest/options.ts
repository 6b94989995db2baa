// Options of the ingest stage and their defaults, resolved and validated once.

import type { Lang } from "../types.js";

export interface IngestOptions {
  /** Files larger than this many bytes are rejected before they are read (checked with stat). */
  maxFileBytes: number;
  /** Language assumed for articles that do not state one (else the text stage detects it). */
  lang?: Lang;
}

/** Default ingest options: 16 MiB per file, language detected. */
export const DEFAULTS: Readonly<IngestOptions> = Object.freeze({ maxFileBytes: 16 * 1024 * 1024 });

/** The file extensions ingest reads (lower case, with the dot). */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze([".txt", ".md", ".json", ".jsonl", ".html", ".htm"]);

/** Merges options over DEFAULTS and checks them; throws a clear error on a bad value. */
export function resolveOptions(options: Partial<IngestOptions> = {}): IngestOptions {
  const out: IngestOptions = { ...DEFAULTS, ...options };
  if (!Number.isFinite(out.maxFileBytes) || out.maxFileBytes <= 0) {
    throw new Error(`ingest: maxFileBytes must be a positive number of bytes, got ${String(options.maxFileBytes)}`);
  }
  if (out.lang !== undefined && out.lang !== "ro" && out.lang !== "en") {
    throw new Error(`ingest: lang must be "ro" or "en", got ${JSON.stringify(out.lang)}`);
  }
  return out;
}
