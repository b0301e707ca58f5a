/**
 * Reads what an image file is without decoding its pixels: JPEG or PNG, its
 * size in pixels, and whether the file is whole. A file that only claims to
 * be an image, is cut off, or is damaged is refused here, before a renderer
 * could choke on it.
 */
import { crc32, createInflate } from 'node:zlib';

/** What an image file is, or why it is unusable. */
export type ImageInfo =
  | { ok: true; format: 'jpeg' | 'png'; width: number; height: number; channels: number }
  | { ok: false; problem: 'not-an-image' | 'truncated' | 'corrupt' | 'unsupported'; detail: string };

/** Identifies and checks the bytes of a JPEG or PNG file. */
export async function imageInfo(bytes: Uint8Array, maxPixels: number): Promise<ImageInfo> {
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
/** Bit depths the PNG specification allows for each colour type. */
const depthsOf: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

async function pngInfo(bytes: Uint8Array, maxPixels: number): Promise<ImageInfo> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let header: { width: number; height: number; depth: number; colour: number; compression: number; filter: number; interlace: number } | undefined;
  let palette = 0;
  const data: Uint8Array[] = [];
  let ended = false;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (offset + 12 + length > bytes.length) return { ok: false, problem: 'truncated', detail: `the file ends inside the ${printable(type)} chunk` };
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    const crc = view.getUint32(offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== crc) return { ok: false, problem: 'corrupt', detail: `checksum error in the ${printable(type)} chunk` };
    if (type === 'CgBI') return { ok: false, problem: 'unsupported', detail: 'an iPhone-optimised PNG, which only Apple software reads' };
    if (header === undefined && type !== 'IHDR') return { ok: false, problem: 'corrupt', detail: 'the header chunk is not the first one' };
    if (type === 'IHDR') {
      if (header !== undefined || length !== 13) return { ok: false, problem: 'corrupt', detail: 'invalid header chunk' };
      const v = new DataView(body.buffer, body.byteOffset, body.byteLength);
      header = { width: v.getUint32(0), height: v.getUint32(4), depth: body[8]!, colour: body[9]!, compression: body[10]!, filter: body[11]!, interlace: body[12]! };
    } else if (type === 'PLTE') palette = length;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') { ended = true; break; }
    offset += 12 + length;
  }
  if (header === undefined) return { ok: false, problem: 'corrupt', detail: 'the header chunk is missing' };
  if (!ended) return { ok: false, problem: 'truncated', detail: 'the end chunk is missing' };
  const channels = channelsOf[header.colour];
  if (channels === undefined || !depthsOf[header.colour]!.includes(header.depth) || header.compression !== 0 || header.filter !== 0 || header.interlace > 1) {
    return { ok: false, problem: 'corrupt', detail: 'invalid values in the header chunk' };
  }
  if (header.width === 0 || header.height === 0 || header.width > 0x7fffffff || header.height > 0x7fffffff) return { ok: false, problem: 'corrupt', detail: 'invalid width or height' };
  if (header.colour === 3 && (palette === 0 || palette % 3 !== 0 || palette / 3 > 2 ** header.depth)) {
    return { ok: false, problem: 'corrupt', detail: palette === 0 ? 'the colour palette is missing' : 'invalid colour palette' };
  }
  if (data.length === 0) return { ok: false, problem: 'corrupt', detail: 'the image data is missing' };
  const size = { format: 'png' as const, width: header.width, height: header.height, channels };
  // Past the pixel limit the caller refuses the image by its size; do not inflate it.
  if (header.width * header.height > maxPixels) return { ok: true, ...size };
  const bitsPerPixel = header.depth * channels;
  const rowBytes = (width: number): number => (width === 0 ? 0 : 1 + Math.ceil((width * bitsPerPixel) / 8));
  const expected = header.interlace === 0 ? header.height * rowBytes(header.width) : adam7Bytes(header.width, header.height, rowBytes);
  const inflated = await inflatedLength(data, expected);
  if (inflated === 'damaged') return { ok: false, problem: 'corrupt', detail: 'the compressed image data is damaged' };
  if (inflated < expected) return { ok: false, problem: 'truncated', detail: 'the image data is shorter than its size says' };
  return { ok: true, ...size };
}

/** Bytes of the seven passes of an Adam7-interlaced image. */
function adam7Bytes(width: number, height: number, rowBytes: (width: number) => number): number {
  const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;
  let total = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w > 0 && h > 0) total += h * rowBytes(w);
  }
  return total;
}

/**
 * Inflates the image data as a stream and counts the bytes, keeping none of
 * them: memory stays small however large the picture. Stops once more than
 * `expected` bytes came out (extra data is tolerated, as viewers do).
 */
function inflatedLength(chunks: readonly Uint8Array[], expected: number): Promise<number | 'damaged'> {
  return new Promise((resolve) => {
    const inflate = createInflate();
    let total = 0;
    let done = false;
    const finish = (value: number | 'damaged'): void => {
      if (done) return;
      done = true;
      inflate.removeAllListeners('data');
      inflate.destroy();
      resolve(value);
    };
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > expected) finish(total);
    });
    inflate.on('error', () => finish(total >= expected ? total : 'damaged'));
    inflate.on('end', () => finish(total));
    for (const chunk of chunks) inflate.write(chunk);
    inflate.end();
  });
}

function printable(type: string): string {
  return /^[A-Za-z]{4}$/.test(type) ? type : 'a';
}
