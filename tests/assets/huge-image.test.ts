/**
 * An absurdly large picture, a real 30000 × 30000 PNG (generated here, a
 * valid file of about 110 KB that would decode to 900 million pixels), is
 * refused from its header alone: the build's peak memory stays within a few
 * megabytes of the same build with a small picture, and the size check reads
 * the header without inflating the pixels.
 */
import { expect, test } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { crc32, createDeflate } from 'node:zlib';
import { fixtures, issueCopy } from '../helpers/fixtures.js';
import { measureCli } from '../helpers/measure.js';
import { imageInfo } from '../../src/assets/image-info.js';
import { maxImagePixels } from '../../src/assets/resolve-images.js';

function chunk(type: string, body: Buffer): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'latin1');
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

/** A valid black-and-white PNG of `width` × `height` pixels, all white, compressed as a stream (never held raw). */
async function hugePng(width: number, height: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const compressed: Buffer[] = [];
  deflate.on('data', (data: Buffer) => compressed.push(data));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const row = 1 + Math.ceil(width / 8);
  const rows = Buffer.alloc(row * 500, 0);
  for (let y = 0; y < height; y += 500) {
    if (!deflate.write(rows.subarray(0, row * Math.min(500, height - y)))) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', Buffer.concat(compressed)), chunk('IEND', Buffer.alloc(0))]);
}

test('a 30000 × 30000 PNG is refused from its header, without decoding, in bounded memory', async () => {
  const png = await hugePng(30_000, 30_000);
  expect(png.length).toBeLessThan(1024 * 1024);

  // The header check alone: answers at once and says how large the picture is.
  const started = performance.now();
  const info = await imageInfo(png, maxImagePixels);
  expect(info).toEqual({ ok: true, format: 'png', width: 30_000, height: 30_000, channels: 1 });
  expect(performance.now() - started).toBeLessThan(500);

  // The same issue, built by the real CLI: with a small picture and no alt text (refused, like the huge one), then with the huge picture.
  const article = (src: string, alt: string) => `---\ntype: article\ntitle: Ein Bild\n---\n\n:::figure{src="${src}"${alt === '' ? '' : ` alt="${alt}"`}}\n:::\n`;
  const small = issueCopy(path.join(fixtures, 'minimal'));
  writeFileSync(path.join(small.dir, '01-meldung.md'), article('images/linie.png', ''));
  const huge = issueCopy(path.join(fixtures, 'minimal'));
  writeFileSync(path.join(huge.dir, 'images', 'riesig.png'), png);
  writeFileSync(path.join(huge.dir, '01-meldung.md'), article('images/riesig.png', 'Eine weiße Fläche.'));

  const baseline = measureCli(['build', 'issue', '--out', 'out'], small.cwd);
  expect(baseline.status, baseline.stderr).toBe(1);
  const run = measureCli(['build', 'issue', '--out', 'out'], huge.cwd);
  expect(run.status, run.stderr).toBe(1);
  expect(run.stderr).toContain('issue/01-meldung.md:6:1: error: Unexpected image of 30000 × 30000 pixels (900 megapixels) in `images/riesig.png`, expected at most 40 megapixels [image-too-large]');
  // Decoding would take at least 112 MB (one bit per pixel) and, as the PDF engine would hold it, gigabytes.
  expect(run.peakRssMb - baseline.peakRssMb).toBeLessThan(32);
  expect(run.ms).toBeLessThan(30_000);
}, 60_000);
