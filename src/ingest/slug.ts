// Readable ids for articles: a slug of the file name (lowercase ASCII words joined by "-").

import path from "node:path";

/** `Știri Miami (2).txt` → `stiri-miami-2`; empty results become `article`. */
export function slug(s: string): string {
  const ascii = s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[ßłđøæœıșşțţ]/gi, (c) => ({ ß: "ss", ł: "l", đ: "d", ø: "o", æ: "ae", œ: "oe", ı: "i", ș: "s", ş: "s", ț: "t", ţ: "t" })[c.toLowerCase()] ?? c)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return ascii.slice(0, 120).replace(/-+$/, "") || "article";
}

/** The id of the article(s) of a file: the slug of its name without the extension. */
export function fileSlug(file: string): string {
  return slug(path.basename(file, path.extname(file)));
}
