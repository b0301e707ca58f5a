/**
 * Decodes the bytes of a source file as UTF-8, the only encoding Blattwerk
 * reads. Finds the first byte that is not UTF-8 so the message can point at
 * it, strips a byte order mark, and turns CRLF and CR line ends into LF
 * (line and column numbers stay those the editor shows).
 */

/** The outcome of decoding: the text, or where and why it is not UTF-8. */
export type DecodedText =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; kind: 'utf16'; line: 1; column: 1 }
  | { ok: false; kind: 'binary'; what: string; line: 1; column: 1 }
  | { ok: false; kind: 'invalid'; line: number; column: number; byte: number; latin1Guess: boolean };

/** Decodes UTF-8 bytes, or reports the first invalid byte. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksLikeUtf16(bytes)) {
    return { ok: false, kind: 'utf16', line: 1, column: 1 };
  }
  const what = binaryKind(bytes);
  if (what !== undefined) return { ok: false, kind: 'binary', what, line: 1, column: 1 };
  const bad = firstInvalidByte(bytes);
  if (bad !== -1) {
    const { line, column } = pointAt(bytes, bad);
    return { ok: false, kind: 'invalid', line, column, byte: bytes[bad] ?? 0, latin1Guess: looksLikeLatin1(bytes) };
  }
  // TextDecoder drops a leading byte order mark by itself, so look for it in the bytes.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return { ok: true, text, bom };
}

/** UTF-16 without a byte order mark: in text of Latin letters every other byte is zero. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.min(256, Math.floor(bytes.length / 2));
  if (pairs < 2) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i] === 0 && bytes[2 * i + 1] !== 0) even += 1;
    if (bytes[2 * i + 1] === 0 && bytes[2 * i] !== 0) odd += 1;
  }
  return Math.max(even, odd) > pairs * 0.6;
}

/** Names a document format that is not text (or not Markdown) from its first bytes; undefined for text. */
function binaryKind(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('PK\u0003\u0004')) return 'Word document (.docx) or other ZIP archive';
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'old Word document (.doc)';
  if (head.startsWith('%PDF')) return 'PDF document';
  if (head.startsWith('{\\rtf')) return 'RTF document';
  // A stray zero byte in text is tolerated (the Markdown parser replaces it); many are a binary file.
  const sample = bytes.subarray(0, 4096);
  if (sample.filter((b) => b === 0).length > Math.max(2, sample.length / 100)) return 'binary file';
  return undefined;
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) { i += 1; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based, in characters of the valid prefix) of a byte offset. */
function pointAt(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a) { line += 1; lineStart = i + 1; }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).replace(/\r$/, '');
  return { line, column: [...prefix].length + 1 };
}

/** Windows-1252 / Latin-1 text has high bytes that stand alone between ASCII letters (ä, ö, ü, ß). */
function looksLikeLatin1(bytes: Uint8Array): boolean {
  let single = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b >= 0xc0 && (bytes[i + 1] ?? 0) < 0x80) single += 1;
  }
  return single > 0;
}
