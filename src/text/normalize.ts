// Text normalisation for the text stage: one canonical form that every span points into,
// plus the folding helpers (lower case, no diacritics) that lexicons and rules match on.
//
// Decisions (documented, tested in test/text/normalize.test.ts):
// - NFC; CRLF and lone CR → LF; U+2028 → LF, U+2029 → blank line;
// - legacy cedilla ş ţ Ş Ţ → comma-below ș ț Ș Ț;
// - typographic quotes „ “ ” « » ‘ ’ are KEPT as they are (the tokenizer treats them as punctuation);
// - dashes – — are kept; non-breaking and other Unicode spaces → a plain space;
// - zero-width characters, the soft hyphen and control characters are removed (\n and \t are kept);
// - lone UTF-16 surrogates → U+FFFD (so the text is always well formed).

/** Characters removed outright: zero-width, soft hyphen, BOM, word joiner, bidi marks. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
/** C0 controls except \t and \n, DEL and the C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
/** Unicode spaces that are not a plain space (NBSP, narrow NBSP, figure space, en/em spaces …). */
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/** Unpaired UTF-16 surrogates. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const CEDILLA: Record<string, string> = { "ş": "ș", "ţ": "ț", "Ş": "Ș", "Ţ": "Ț" };

/**
 * Removes zero-width and control characters (keeping \n and \t) and turns CRLF / CR into LF.
 * Used by ingest on raw file text; `normalize` does this and more.
 */
export function cleanControl(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(CONTROL, "");
}

/**
 * The canonical text of a document: NFC, comma-below ș ț, plain spaces, LF line ends,
 * no invisible or control characters. Idempotent: `normalize(normalize(s)) === normalize(s)`.
 */
export function normalize(text: string): string {
  let s = text.replace(LONE_SURROGATE, "\uFFFD");
  s = s.replace(/\r\n?/g, "\n").replace(/\u2028/g, "\n").replace(/\u2029/g, "\n\n");
  s = s.replace(INVISIBLE, "").replace(CONTROL, "").replace(SPACES, " ");
  s = s.normalize("NFC");
  s = s.replace(/[şţŞŢ]/g, (c) => CEDILLA[c] ?? c);
  // NFC can in rare cases expose new invisible characters next to each other; run once more.
  return s.replace(INVISIBLE, "").normalize("NFC");
}

/** Letters that NFKD does not decompose but that have an obvious plain-Latin fold. */
const SPECIAL_FOLD: Record<string, string> = {
  "ß": "ss", "ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ð": "d",
};

/**
 * Lower case with diacritics removed: `Ștefan` → `stefan`, `Élysée` → `elysee`, `ţară` → `tara`.
 * May change the length (ß → ss), so never use it to compute offsets; see `foldSameLength`.
 */
export function fold(s: string): string {
  // the extractor folds the same words again and again (token texts, names, labels): remembered
  let folded = foldCache.get(s);
  if (folded === undefined) {
    folded = foldUncached(s);
    if (s.length <= MAX_CACHED_FOLD) {
      if (foldCache.size >= MAX_FOLD_CACHE) foldCache.clear();
      foldCache.set(s, folded);
    }
  }
  return folded;
}

/** Strings longer than this are folded but not remembered; the cache is cleared past MAX_FOLD_CACHE strings. */
const MAX_CACHED_FOLD = 100;
const MAX_FOLD_CACHE = 100_000;
const foldCache = new Map<string, string>();

function foldUncached(s: string): string {
  const lower = s.toLowerCase();
  // Plain ASCII has nothing to decompose (most words of an English text, many of a Romanian one).
  if (/^[\u0000-\u007f]*$/.test(lower)) return lower;
  const stripped = lower.normalize("NFKD").replace(/\p{M}/gu, "");
  return stripped.replace(/[ßłđøæœıþð]/g, (c) => SPECIAL_FOLD[c] ?? c);
}

const sameLengthCache = new Map<string, string>();

/** Folds one UTF-16 code unit to exactly one code unit (or keeps it lower-cased / as is). */
function foldUnit(c: string): string {
  const hit = sameLengthCache.get(c);
  if (hit !== undefined) return hit;
  let out = c;
  const lower = c.toLowerCase();
  const stripped = lower.normalize("NFD").replace(/\p{M}/gu, "");
  if (stripped.length === 1) out = stripped;
  else if (lower.length === 1) out = lower;
  if (sameLengthCache.size < 4096) sameLengthCache.set(c, out);
  return out;
}

/**
 * Like `fold`, but keeps the length: character i of the result folds character i of the input.
 * Regular expressions run on it and their match offsets index the original string.
 */
export function foldSameLength(s: string): string {
  // every code unit but the ASCII ones that are no capitals (the string is rebuilt once, not one
  // concatenation per character); a surrogate is folded alone, and so kept
  return s.replace(/[A-Z\u0080-\uffff]/g, foldUnit);
}
