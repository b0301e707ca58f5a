/**
 * CMaps as far as the checker needs them (ISO 32000-1, 9.7.5 and 9.10.3):
 * the code space ranges, which split shown strings into character codes, and
 * the bfchar/bfrange mappings of a ToUnicode CMap from codes to text.
 */
import { operations, type CsValue } from './content-lexer.js';

/** A code space range: codes of `length` bytes between `low` and `high`, byte by byte. */
export interface CodeSpaceRange {
  length: number;
  low: number[];
  high: number[];
}

/** A parsed CMap. */
export interface CMap {
  codeSpace: CodeSpaceRange[];
  /** Code (as a number) to the Unicode text it maps to. */
  unicode: Map<number, string>;
}

/** Parses the decoded bytes of a CMap stream. */
export function parseCMap(bytes: Uint8Array): CMap {
  const cmap: CMap = { codeSpace: [], unicode: new Map() };
  for (const { operator, operands } of operations(bytes)) {
    if (operator === 'endcodespacerange') {
      for (let i = 0; i + 1 < operands.length; i += 2) {
        const low = operands[i], high = operands[i + 1];
        if (low instanceof Uint8Array && high instanceof Uint8Array && low.length === high.length && low.length > 0) {
          cmap.codeSpace.push({ length: low.length, low: [...low], high: [...high] });
        }
      }
    } else if (operator === 'endbfchar') {
      for (let i = 0; i + 1 < operands.length; i += 2) {
        const code = operands[i], text = operands[i + 1];
        if (code instanceof Uint8Array && text instanceof Uint8Array) cmap.unicode.set(codeOf(code), utf16(text));
      }
    } else if (operator === 'endbfrange') {
      for (let i = 0; i + 2 < operands.length; i += 3) addRange(cmap, operands[i], operands[i + 1], operands[i + 2]);
    }
  }
  return cmap;
}

function addRange(cmap: CMap, low: CsValue | undefined, high: CsValue | undefined, target: CsValue | undefined): void {
  if (!(low instanceof Uint8Array) || !(high instanceof Uint8Array)) return;
  const from = codeOf(low), to = codeOf(high);
  if (to < from || to - from > 0xffff) return;
  for (let code = from; code <= to; code += 1) {
    if (Array.isArray(target)) {
      const text = target[code - from];
      if (text instanceof Uint8Array) cmap.unicode.set(code, utf16(text));
    } else if (target instanceof Uint8Array && target.length >= 2) {
      // The last UTF-16 unit is incremented along the range.
      const units = utf16Units(target);
      units[units.length - 1] = units[units.length - 1]! + (code - from);
      cmap.unicode.set(code, String.fromCharCode(...units));
    }
  }
}

function codeOf(bytes: Uint8Array): number {
  let code = 0;
  for (const byte of bytes) code = code * 256 + byte;
  return code;
}

function utf16Units(bytes: Uint8Array): number[] {
  const units: number[] = [];
  for (let i = 0; i + 1 < bytes.length; i += 2) units.push(bytes[i]! * 256 + bytes[i + 1]!);
  return units;
}

function utf16(bytes: Uint8Array): string {
  return bytes.length === 1 ? String.fromCharCode(bytes[0]!) : String.fromCharCode(...utf16Units(bytes));
}

/** Code space ranges of the predefined two-byte CMaps (Identity-H and the like). */
export const twoByteCodeSpace: readonly CodeSpaceRange[] = [{ length: 2, low: [0, 0], high: [0xff, 0xff] }];

/** Code space of a simple font: every single byte. */
export const oneByteCodeSpace: readonly CodeSpaceRange[] = [{ length: 1, low: [0], high: [0xff] }];

/** Splits a shown string into character codes by the code space ranges (ISO 32000-1, 9.7.6.2). */
export function splitCodes(bytes: Uint8Array, codeSpace: readonly CodeSpaceRange[]): number[] {
  const codes: number[] = [];
  const longest = Math.max(1, ...codeSpace.map((range) => range.length));
  let at = 0;
  while (at < bytes.length) {
    let length = 0;
    for (let n = 1; n <= longest && at + n <= bytes.length && length === 0; n += 1) {
      if (codeSpace.some((range) => range.length === n && fits(bytes, at, range))) length = n;
    }
    if (length === 0) length = Math.min(longest, bytes.length - at);
    codes.push(codeOf(bytes.subarray(at, at + length)));
    at += length;
  }
  return codes;
}

function fits(bytes: Uint8Array, at: number, range: CodeSpaceRange): boolean {
  for (let i = 0; i < range.length; i += 1) {
    const byte = bytes[at + i]!;
    if (byte < range.low[i]! || byte > range.high[i]!) return false;
  }
  return true;
}
