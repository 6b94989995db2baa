// XML text helpers shared by the GEXF and GraphML writers: drop what XML 1.0 cannot hold, escape the rest.

/**
 * Characters XML 1.0 forbids (C0 controls except tab, LF, CR; U+FFFE, U+FFFF) and lone surrogates,
 * which no UTF-8 file can hold.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character FORBIDDEN could match (a surrogate may still be a valid pair): the cheap test first. */
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Whether `text` may hold a character FORBIDDEN removes (false: it certainly holds none). */
export function mayHoldForbidden(text: string): boolean {
  return MAYBE_FORBIDDEN.test(text);
}

/** Removes the characters an XML 1.0 document cannot contain (see FORBIDDEN). */
export function stripForbidden(text: string): string {
  return MAYBE_FORBIDDEN.test(text) ? text.replace(FORBIDDEN, "") : text;
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/** Any character that escapeAttribute (ATTRIBUTE_WORK) or escapeText (TEXT_WORK) might change. */
const ATTRIBUTE_WORK = /[&<>"'\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const TEXT_WORK = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Escapes a string for a double-quoted attribute value. Tab, LF and CR become character
 * references so that attribute-value normalisation does not turn them into spaces.
 */
export function escapeAttribute(text: string): string {
  // Most values need nothing: one scan says so.
  return ATTRIBUTE_WORK.test(text) ? escapeEach(stripForbidden(text), /[&<>"'\t\n\r]/g) : text;
}

/** Escapes a string for element content; `>` is escaped too, so `]]>` can never appear. CR is kept as &#13;. */
export function escapeText(text: string): string {
  return TEXT_WORK.test(text) ? escapeEach(stripForbidden(text), /[&<>\r]/g) : text;
}

/** Replaces each character `pattern` (global, one character per match) finds by its escape; a loop is faster than replace with a callback. */
function escapeEach(text: string, pattern: RegExp): string {
  let out = "";
  let last = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    out += text.slice(last, match.index) + ATTRIBUTE_ESCAPES[match[0]]!;
    last = match.index + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** Where a writer puts its text, line by line (each line without its "\n"). */
export interface Lines {
  push(...lines: string[]): unknown;
}

/** Lines forwarded to `write`, each followed by "\n". */
export function linesTo(write: (text: string) => void): Lines {
  return {
    push(...lines: string[]) {
      for (const line of lines) write(line + "\n");
    },
  };
}

/** Collapses whitespace like xsd:token (trim, runs of blanks → one space), after stripping forbidden characters. */
export function toToken(text: string): string {
  const clean = stripForbidden(text);
  // Most labels hold no tab, line break or double space: nothing to collapse, only to trim.
  return /[\t\n\r]|  /.test(clean) ? clean.replace(/[\t\n\r ]+/g, " ").trim() : clean.trim();
}

/** A finite number as XML Schema accepts it for xsd:double/xsd:float (no `-0`). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`export: cannot write the non-finite number ${value}`);
  return Object.is(value, -0) ? "0" : String(value);
}

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** Alpha in [0, 1]; absent when opaque. */
  a?: number;
}

/** Parses `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(r,g,b)` or `rgba(r,g,b,a)`; undefined for anything else. */
export function parseColor(color: string): Rgba | undefined {
  const text = color.trim().toLowerCase();
  let match = /^#([0-9a-f]{3})$/.exec(text);
  if (match) {
    const [r, g, b] = [...match[1]!].map((c) => parseInt(c + c, 16)) as [number, number, number];
    return { r, g, b };
  }
  match = /^#([0-9a-f]{6})([0-9a-f]{2})?$/.exec(text);
  if (match) {
    const hex = match[1]!;
    const rgba: Rgba = { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
    if (match[2] !== undefined && match[2] !== "ff") rgba.a = Math.round((parseInt(match[2], 16) / 255) * 1000) / 1000;
    return rgba;
  }
  match = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([0-9]*\.?[0-9]+)\s*)?\)$/.exec(text);
  if (match) {
    const [r, g, b] = [match[1], match[2], match[3]].map((v) => Number(v)) as [number, number, number];
    if (r > 255 || g > 255 || b > 255) return undefined;
    const rgba: Rgba = { r, g, b };
    if (match[4] !== undefined) {
      const a = Number(match[4]);
      if (!(a >= 0 && a <= 1)) return undefined;
      if (a < 1) rgba.a = a;
    }
    return rgba;
  }
  return undefined;
}

/** `{r,g,b,a?}` → `#rrggbb` or `#rrggbbaa`. */
export function toHexColor(color: Rgba): string {
  const hex = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, "0");
  const alpha = color.a !== undefined && color.a < 1 ? hex(color.a * 255) : "";
  return `#${hex(color.r)}${hex(color.g)}${hex(color.b)}${alpha}`;
}
