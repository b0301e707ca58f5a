/** Writes a fuzz case to disk: a copy of its fixture issue with the mutations made. */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { fixtures } from '../helpers/fixtures.js';
import type { FuzzCase, Mutation } from './arbitraries.js';

/** Copies the fixture to `dir` and applies the mutations in order. */
export function writeCase(fuzz: FuzzCase, dir: string): void {
  cpSync(path.join(fixtures, fuzz.fixture), dir, { recursive: true });
  // The generated figures name the minimal fixture's pictures; every fixture gets them.
  cpSync(path.join(fixtures, 'minimal', 'images'), path.join(dir, 'images'), { recursive: true, force: false });
  const articles = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
  const images = readdirSync(path.join(dir, 'images')).sort();
  for (const mutation of fuzz.mutations) apply(mutation, dir, articles, images);
}

function apply(mutation: Mutation, dir: string, articles: string[], images: string[]): void {
  if (mutation.on === 'issue') {
    const file = path.join(dir, 'issue.yaml');
    writeFileSync(file, changeLines(readFileSync(file, 'utf8'), mutation.change));
    return;
  }
  if (mutation.on === 'image') {
    const file = path.join(dir, 'images', images[mutation.file % images.length]!);
    writeFileSync(file, changeImage(readFileSync(file), mutation.change));
    return;
  }
  const file = path.join(dir, articles[mutation.file % articles.length]!);
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  const split = /^(---(?:\r\n|\r|\n)[\s\S]*?(?:\r\n|\r|\n)---(?:\r\n|\r|\n))([\s\S]*)$/.exec(text);
  const head = split?.[1] ?? '';
  const body = split?.[2] ?? text;
  switch (mutation.op) {
    case 'insert': {
      const blocks = body.split(/\n\n/);
      const at = Math.floor(mutation.at * (blocks.length + 1));
      blocks.splice(at, 0, mutation.markdown);
      writeFileSync(file, head + blocks.join('\n\n'));
      return;
    }
    case 'replace-body':
      writeFileSync(file, `${head}\n${mutation.markdown}\n`);
      return;
    case 'frontmatter': {
      if (!split) return;
      const inner = head.replace(/^---(?:\r\n|\r|\n)/, '').replace(/(?:\r\n|\r|\n)---(?:\r\n|\r|\n)$/, '');
      writeFileSync(file, `---\n${changeLines(inner, mutation.change)}\n---\n${body}`);
      return;
    }
    case 'bytes':
      writeFileSync(file, changeBytes(bytes, mutation.change, mutation.at));
  }
}

function changeLines(text: string, change: { action: string; line: number; text: string }): string {
  const lines = text.split('\n');
  const at = lines.length === 0 ? 0 : change.line % lines.length;
  if (change.action === 'set') lines[at] = change.text;
  else if (change.action === 'insert') lines.splice(at, 0, change.text);
  else if (change.action === 'delete') lines.splice(at, 1);
  else if (change.action === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
  else if (change.action === 'upsert') {
    // Replace the line of the same key, or add one.
    const key = change.text.slice(0, change.text.indexOf(':') + 1);
    const existing = lines.findIndex((line) => line.startsWith(key));
    if (existing === -1) lines.splice(at, 0, change.text);
    else lines[existing] = change.text;
  }
  return lines.join('\n');
}

function changeBytes(bytes: Buffer, change: string, at: number): Buffer {
  const text = bytes.toString('utf8');
  switch (change) {
    case 'crlf': return Buffer.from(text.replace(/\n/g, '\r\n'));
    case 'cr': return Buffer.from(text.replace(/\n/g, '\r'));
    case 'bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    case 'latin1': return Buffer.from(text, 'latin1');
    case 'truncate': return bytes.subarray(0, Math.floor(at * bytes.length));
    default: {
      const cut = Math.floor(at * bytes.length);
      return Buffer.concat([bytes.subarray(0, cut), Buffer.from([0]), bytes.subarray(cut)]);
    }
  }
}

const headers: Record<string, number[]> = {
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff, 0xe0],
  gif: [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  webp: [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
  text: [...Buffer.from('Kein Bild\n')],
};

function changeImage(bytes: Buffer, change: { op: string } & Record<string, unknown>): Buffer {
  const out = Buffer.from(bytes);
  switch (change.op) {
    case 'truncate':
      return out.subarray(0, Math.floor((change.at as number) * out.length));
    case 'flip':
      for (const position of change.positions as number[]) {
        const index = Math.floor(position * out.length);
        out[index] = out[index]! ^ (1 << (index % 8));
      }
      return change.fixCrc ? fixPngCrcs(out) : out;
    case 'header': {
      const header = headers[change.header as string];
      if (header === undefined) return Buffer.alloc(0);
      Buffer.from(header).copy(out, 0);
      return out;
    }
    case 'size':
      return resize(out, change.width as number, change.height as number);
    default:
      return Buffer.concat([out, Buffer.from(change.bytes as Uint8Array)]);
  }
}

/** Writes new pixel dimensions into a PNG header (checksum made to match) or a JPEG frame header. */
function resize(bytes: Buffer, width: number, height: number): Buffer {
  if (bytes.subarray(1, 4).toString('latin1') === 'PNG' && bytes.length >= 33) {
    bytes.writeUInt32BE(width >>> 0, 16);
    bytes.writeUInt32BE(height >>> 0, 20);
    return fixPngCrcs(bytes);
  }
  for (let i = 2; i + 9 < bytes.length; i += 1) {
    if (bytes[i] === 0xff && bytes[i + 1]! >= 0xc0 && bytes[i + 1]! <= 0xc2) {
      bytes.writeUInt16BE(height & 0xffff, i + 5);
      bytes.writeUInt16BE(width & 0xffff, i + 7);
      break;
    }
  }
  return bytes;
}

/** Recomputes every chunk checksum of a PNG, so that damage gets past the checksum test to the parts behind it. */
function fixPngCrcs(bytes: Buffer): Buffer {
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') return bytes;
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    if (offset + 12 + length > bytes.length) break;
    bytes.writeUInt32BE(crc32(bytes.subarray(offset + 4, offset + 8 + length)), offset + 8 + length);
    offset += 12 + length;
  }
  return bytes;
}
