/**
 * A tokenizer for PDF content streams (ISO 32000-1, 7.2 and 7.8.2): turns
 * the decoded bytes into operations, each an operator with its operands.
 * Inline images come out as one `BI` operation whose operand is the image
 * dictionary, their data skipped. CMap streams have the same syntax, so the
 * ToUnicode reader uses it too.
 */

/** A name operand, without its slash. */
export interface CsName {
  type: 'name';
  name: string;
}

/** A dictionary operand. */
export interface CsDict {
  type: 'dict';
  entries: Map<string, CsValue>;
}

/** An operand: number, boolean, null, name, string bytes, array or dictionary. */
export type CsValue = number | boolean | null | CsName | Uint8Array | CsValue[] | CsDict;

/** One operator with the operands before it. */
export interface CsOperation {
  operator: string;
  operands: CsValue[];
}

const enum Byte {
  Tab = 9, LineFeed = 10, FormFeed = 12, Return = 13, Space = 32, Percent = 37, LeftParen = 40, RightParen = 41,
  Slash = 47, Less = 60, Greater = 62, LeftBracket = 91, Backslash = 92, RightBracket = 93, LeftBrace = 123, RightBrace = 125,
  Hash = 35, Zero = 48,
}

function isWhite(byte: number): boolean {
  return byte === Byte.Space || byte === Byte.LineFeed || byte === Byte.Return || byte === Byte.Tab || byte === Byte.FormFeed || byte === 0;
}

function isDelimiter(byte: number): boolean {
  return byte === Byte.LeftParen || byte === Byte.RightParen || byte === Byte.Less || byte === Byte.Greater
    || byte === Byte.LeftBracket || byte === Byte.RightBracket || byte === Byte.LeftBrace || byte === Byte.RightBrace
    || byte === Byte.Slash || byte === Byte.Percent;
}

type Token =
  | { kind: 'value'; value: CsValue }
  | { kind: 'keyword'; word: string }
  | { kind: 'open-array' } | { kind: 'close-array' } | { kind: 'open-dict' } | { kind: 'close-dict' };

/** Splits content-stream bytes into operations. Malformed syntax ends the stream quietly at that point. */
export function* operations(bytes: Uint8Array): Generator<CsOperation> {
  const lexer = new Lexer(bytes);
  let operands: CsValue[] = [];
  const stack: Array<{ kind: 'array' | 'dict'; values: CsValue[] }> = [];
  const push = (value: CsValue) => (stack.length > 0 ? stack[stack.length - 1]!.values.push(value) : operands.push(value));
  for (let token = lexer.next(); token !== undefined; token = lexer.next()) {
    switch (token.kind) {
      case 'value':
        push(token.value);
        break;
      case 'open-array':
        stack.push({ kind: 'array', values: [] });
        break;
      case 'open-dict':
        stack.push({ kind: 'dict', values: [] });
        break;
      case 'close-array':
      case 'close-dict': {
        const open = stack.pop();
        if (open === undefined) break;
        push(open.kind === 'array' ? open.values : toDict(open.values));
        break;
      }
      case 'keyword':
        if (stack.length > 0) {
          // A keyword inside an array or dictionary (e.g. in a CMap): keep it as a name-like operand.
          push({ type: 'name', name: token.word });
          break;
        }
        if (token.word === 'BI') {
          yield { operator: 'BI', operands: [lexer.inlineImage()] };
        } else {
          yield { operator: token.word, operands };
        }
        operands = [];
        break;
    }
  }
}

function toDict(values: CsValue[]): CsDict {
  const entries = new Map<string, CsValue>();
  for (let i = 0; i + 1 < values.length; i += 2) {
    const key = values[i];
    if (typeof key === 'object' && key !== null && !(key instanceof Uint8Array) && !Array.isArray(key) && key.type === 'name') {
      entries.set(key.name, values[i + 1]!);
    }
  }
  return { type: 'dict', entries };
}

class Lexer {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  next(): Token | undefined {
    const b = this.bytes;
    this.skipWhite();
    if (this.at >= b.length) return undefined;
    const byte = b[this.at]!;
    if (byte === Byte.LeftParen) return { kind: 'value', value: this.literalString() };
    if (byte === Byte.Less) {
      if (b[this.at + 1] === Byte.Less) {
        this.at += 2;
        return { kind: 'open-dict' };
      }
      return { kind: 'value', value: this.hexString() };
    }
    if (byte === Byte.Greater) {
      this.at += b[this.at + 1] === Byte.Greater ? 2 : 1;
      return { kind: 'close-dict' };
    }
    if (byte === Byte.LeftBracket) {
      this.at += 1;
      return { kind: 'open-array' };
    }
    if (byte === Byte.RightBracket) {
      this.at += 1;
      return { kind: 'close-array' };
    }
    if (byte === Byte.LeftBrace || byte === Byte.RightBrace || byte === Byte.RightParen) {
      this.at += 1;
      return { kind: 'keyword', word: String.fromCharCode(byte) };
    }
    if (byte === Byte.Slash) return { kind: 'value', value: this.name() };
    const start = this.at;
    while (this.at < b.length && !isWhite(b[this.at]!) && !isDelimiter(b[this.at]!)) this.at += 1;
    const word = latin1(b, start, this.at);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return { kind: 'value', value: Number(word) };
    if (word === 'true' || word === 'false') return { kind: 'value', value: word === 'true' };
    if (word === 'null') return { kind: 'value', value: null };
    return { kind: 'keyword', word };
  }

  /** Reads an inline image's dictionary up to `ID`, then skips its data up to `EI`. */
  inlineImage(): CsDict {
    const values: CsValue[] = [];
    for (let token = this.next(); token !== undefined; token = this.next()) {
      if (token.kind === 'keyword' && token.word === 'ID') break;
      if (token.kind === 'value') values.push(token.value);
      else if (token.kind === 'keyword') values.push({ type: 'name', name: token.word });
    }
    const b = this.bytes;
    this.at += 1; // the single white-space byte after ID
    while (this.at < b.length) {
      if (b[this.at] === 0x45 && b[this.at + 1] === 0x49 && isWhite(b[this.at - 1]!) && (this.at + 2 >= b.length || isWhite(b[this.at + 2]!))) {
        this.at += 2;
        break;
      }
      this.at += 1;
    }
    return toDict(values);
  }

  private skipWhite(): void {
    const b = this.bytes;
    while (this.at < b.length) {
      const byte = b[this.at]!;
      if (isWhite(byte)) this.at += 1;
      else if (byte === Byte.Percent) {
        while (this.at < b.length && b[this.at] !== Byte.LineFeed && b[this.at] !== Byte.Return) this.at += 1;
      } else break;
    }
  }

  private name(): CsName {
    const b = this.bytes;
    this.at += 1;
    let name = '';
    while (this.at < b.length && !isWhite(b[this.at]!) && !isDelimiter(b[this.at]!)) {
      const byte = b[this.at]!;
      if (byte === Byte.Hash && this.at + 2 < b.length) {
        const code = parseInt(latin1(b, this.at + 1, this.at + 3), 16);
        if (!Number.isNaN(code)) {
          name += String.fromCharCode(code);
          this.at += 3;
          continue;
        }
      }
      name += String.fromCharCode(byte);
      this.at += 1;
    }
    return { type: 'name', name };
  }

  private hexString(): Uint8Array {
    const b = this.bytes;
    this.at += 1;
    const digits: number[] = [];
    while (this.at < b.length && b[this.at] !== Byte.Greater) {
      const value = hexValue(b[this.at]!);
      if (value >= 0) digits.push(value);
      this.at += 1;
    }
    this.at += 1;
    if (digits.length % 2 === 1) digits.push(0);
    const out = new Uint8Array(digits.length / 2);
    for (let i = 0; i < out.length; i += 1) out[i] = digits[2 * i]! * 16 + digits[2 * i + 1]!;
    return out;
  }

  private literalString(): Uint8Array {
    const b = this.bytes;
    this.at += 1;
    const out: number[] = [];
    let depth = 1;
    while (this.at < b.length) {
      const byte = b[this.at]!;
      this.at += 1;
      if (byte === Byte.LeftParen) depth += 1;
      else if (byte === Byte.RightParen) {
        depth -= 1;
        if (depth === 0) break;
      } else if (byte === Byte.Backslash) {
        this.escape(out);
        continue;
      }
      out.push(byte);
    }
    return Uint8Array.from(out);
  }

  private escape(out: number[]): void {
    const b = this.bytes;
    const byte = b[this.at];
    if (byte === undefined) return;
    this.at += 1;
    const simple: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12, 40: 40, 41: 41, 92: 92 };
    if (byte in simple) out.push(simple[byte]!);
    else if (byte >= Byte.Zero && byte <= Byte.Zero + 7) {
      let code = byte - Byte.Zero;
      for (let n = 0; n < 2 && b[this.at]! >= Byte.Zero && b[this.at]! <= Byte.Zero + 7; n += 1) {
        code = code * 8 + (b[this.at]! - Byte.Zero);
        this.at += 1;
      }
      out.push(code & 0xff);
    } else if (byte === Byte.Return) {
      if (b[this.at] === Byte.LineFeed) this.at += 1;
    } else if (byte !== Byte.LineFeed) {
      out.push(byte);
    }
  }
}

function hexValue(byte: number): number {
  if (byte >= 48 && byte <= 57) return byte - 48;
  if (byte >= 65 && byte <= 70) return byte - 55;
  if (byte >= 97 && byte <= 102) return byte - 87;
  return -1;
}

function latin1(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i += 1) text += String.fromCharCode(bytes[i]!);
  return text;
}

/** True for a name operand. */
export function isName(value: CsValue | undefined): value is CsName {
  return typeof value === 'object' && value !== null && !(value instanceof Uint8Array) && !Array.isArray(value) && value.type === 'name';
}

/** True for a dictionary operand. */
export function isDict(value: CsValue | undefined): value is CsDict {
  return typeof value === 'object' && value !== null && !(value instanceof Uint8Array) && !Array.isArray(value) && value.type === 'dict';
}
