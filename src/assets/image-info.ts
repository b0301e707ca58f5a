/**
 * Reads what an image file is without decoding its pixels: JPEG or PNG, its
 * size in pixels, and whether the file is whole. A file that only claims to
 * be an image, is cut off, or is damaged is refused here, before a renderer
 * could choke on it.
 */
import { crc32, inflateSync } from 'node:zlib';

/** What an image file is, or why it is unusable. */
export type ImageInfo =
  | { ok: true; format: 'jpeg' | 'png'; width: number; height: number; channels: number }
  | { ok: false; problem: 'not-an-image' | 'truncated' | 'corrupt' | 'unsupported'; detail: string };

/** Identifies and checks the bytes of a JPEG or PNG file. */
export function imageInfo(bytes: Uint8Array, maxPixels: number): ImageInfo {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpegInfo(bytes);
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return pngInfo(bytes, maxPixels);
  return { ok: false, problem: 'not-an-image', detail: sniff(bytes) };
}

function sniff(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  if (head.startsWith('GIF8')) return 'a GIF image';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'a WebP image';
  if (head.startsWith('%PDF')) return 'a PDF document';
  if (head.startsWith('<svg') || head.startsWith('<?xml')) return 'an SVG or XML file';
  if (head.slice(4, 12).includes('ftyp')) return 'a HEIC/AVIF image';
  if (head.startsWith('II*') || head.startsWith('MM\u0000*')) return 'a TIFF image';
  if (head.startsWith('BM')) return 'a BMP image';
  if (bytes.length === 0) return 'an empty file';
  const sample = bytes.subarray(0, 512);
  const printable = sample.filter((b) => b === 9 || b === 10 || b === 13 || (b >= 32 && b < 127) || b >= 160).length;
  if (printable / sample.length > 0.95) return 'a text file';
  return 'of an unknown kind';
}

function jpegInfo(bytes: Uint8Array): ImageInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  let size: { width: number; height: number; channels: number } | undefined;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return { ok: false, problem: 'corrupt', detail: `no JPEG marker at byte ${offset}` };
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) { offset += 1; continue; }
    if (marker === 0xd9) break;
    if (marker >= 0xd0 && marker <= 0xd7) { offset += 2; continue; }
    const length = view.getUint16(offset + 2);
    if (length < 2) return { ok: false, problem: 'corrupt', detail: 'bad segment length' };
    if (offset + 2 + length > bytes.length) return { ok: false, problem: 'truncated', detail: 'the file ends inside a header segment' };
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (marker !== 0xc0 && marker !== 0xc1 && marker !== 0xc2) {
        return { ok: false, problem: 'unsupported', detail: 'a lossless or arithmetic-coded JPEG, which PDF readers cannot show' };
      }
      size = { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7), channels: bytes[offset + 9] ?? 0 };
    }
    if (marker === 0xda) {
      if (size === undefined) return { ok: false, problem: 'corrupt', detail: 'image data before the size header' };
      // Entropy-coded data follows; the file must end with the EOI marker (trailing bytes after it are tolerated).
      const tail = bytes.subarray(Math.max(offset, bytes.length - 4096));
      let found = false;
      for (let i = tail.length - 2; i >= 0; i -= 1) {
        if (tail[i] === 0xff && tail[i + 1] === 0xd9) { found = true; break; }
      }
      if (!found) return { ok: false, problem: 'truncated', detail: 'the end-of-image marker is missing' };
      if (size.width === 0 || size.height === 0) return { ok: false, problem: 'corrupt', detail: 'zero width or height' };
      if (![1, 3, 4].includes(size.channels)) return { ok: false, problem: 'unsupported', detail: `${size.channels} colour channels` };
      return { ok: true, format: 'jpeg', ...size };
    }
    offset += 2 + length;
  }
  return { ok: false, problem: 'truncated', detail: 'the file ends before the image data' };
}

const channelsOf: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function pngInfo(bytes: Uint8Array, maxPixels: number): ImageInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | undefined;
  const data: Uint8Array[] = [];
  let ended = false;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (offset + 12 + length > bytes.length) return { ok: false, problem: 'truncated', detail: `the file ends inside the ${type} chunk` };
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = view.getUint32(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== crc) return { ok: false, problem: 'corrupt', detail: `checksum error in the ${type} chunk` };
    if (type === 'IHDR') {
      const v = new DataView(body.buffer, body.byteOffset, body.byteLength);
      header = { width: v.getUint32(0), height: v.getUint32(4), depth: body[8]!, colour: body[9]!, interlace: body[12]! };
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') { ended = true; break; }
    offset += 12 + length;
  }
  if (header === undefined) return { ok: false, problem: 'corrupt', detail: 'the header chunk is missing' };
  if (!ended) return { ok: false, problem: 'truncated', detail: 'the end chunk is missing' };
  const channels = channelsOf[header.colour];
  if (channels === undefined || header.width === 0 || header.height === 0) return { ok: false, problem: 'corrupt', detail: 'invalid header values' };
  const size = { format: 'png' as const, width: header.width, height: header.height, channels };
  // Past the pixel limit the caller refuses the image by its size; do not inflate it.
  if (header.width * header.height > maxPixels) return { ok: true, ...size };
  const bitsPerPixel = header.depth * channels;
  const expected = header.interlace === 0 ? header.height * (1 + Math.ceil((header.width * bitsPerPixel) / 8)) : undefined;
  try {
    const pixels = inflateSync(Buffer.concat(data), { maxOutputLength: (expected ?? header.width * header.height * 8 * 2) + 1024 });
    if (expected !== undefined && pixels.length < expected) return { ok: false, problem: 'truncated', detail: 'the image data is shorter than its size says' };
  } catch {
    return { ok: false, problem: 'corrupt', detail: 'the compressed image data is damaged' };
  }
  return { ok: true, ...size };
}
