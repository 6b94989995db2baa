// Bytes → text for ingest: BOMs, UTF-16, binary detection, strict UTF-8 with the offending offset,
// and the removal of control and zero-width characters (\n and \t are kept, CRLF → LF).

/** A decoded text or the one-line reason it could not be decoded. */
export type Decoded = { text: string; encoding: string } | { reason: string; line?: number };

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Removes zero-width and control characters (keeps \n and \t); CRLF and lone CR → LF. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(INVISIBLE, "").replace(CONTROL, "");
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Guesses UTF-16 without a BOM from the zero bytes of ASCII text: "le", "be" or undefined. */
function utf16WithoutBom(bytes: Uint8Array): "le" | "be" | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "be";
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, endian: "le" | "be"): Decoded {
  if (bytes.length % 2 !== 0) return { reason: "UTF-16 text with an odd number of bytes (truncated file?); re-save it as UTF-8" };
  let data = bytes;
  if (endian === "be") {
    data = new Uint8Array(bytes.length);
    for (let i = 0; i < bytes.length; i += 2) [data[i], data[i + 1]] = [bytes[i + 1]!, bytes[i]!];
  }
  try {
    return { text: new TextDecoder("utf-16le", { fatal: true }).decode(data), encoding: `utf-16${endian}` };
  } catch {
    return { reason: "invalid UTF-16 (unpaired surrogate); re-save the file as UTF-8" };
  }
}

/**
 * Decodes a file's bytes. Accepts UTF-8 (a BOM is stripped) and UTF-16 with a BOM (or plain
 * ASCII-range UTF-16 without one). Rejects empty files, binary files (NUL bytes or mostly control
 * bytes) and invalid UTF-8, naming the byte offset and line.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { reason: "empty file (0 bytes)" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) {
    return { reason: "UTF-32 text is not supported; re-save the file as UTF-8" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), "le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), "be");
  let body = bytes;
  let encoding = "utf-8";
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    encoding = "utf-8 (BOM)";
  }
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const guess = utf16WithoutBom(body);
    if (guess) return decodeUtf16(body, guess);
    return { reason: `binary file (NUL byte at offset ${nul + (body === bytes ? 0 : 3)}); give a text article (UTF-8)` };
  }
  const sample = body.subarray(0, 65536);
  let control = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  if (sample.length > 0 && control > sample.length * 0.1) {
    return { reason: `binary file (${Math.round((100 * control) / sample.length)}% control bytes); give a text article (UTF-8)` };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body), encoding };
  } catch {
    const offset = invalidUtf8Offset(body) + (body === bytes ? 0 : 3);
    const line = lineAt(bytes, offset);
    return { reason: `invalid UTF-8 at byte ${offset} (line ${line}); re-save the file as UTF-8`, line };
  }
}
