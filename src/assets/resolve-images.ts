/**
 * The asset stage: reads every image the issue uses through the World,
 * checks it (inside the issue folder, really JPEG or PNG, whole, not
 * absurdly large) and attaches it to the model. Problems point at the figure
 * or portrait that names the image.
 */
import { createHash } from 'node:crypto';
import type { VFile } from 'vfile';
import type { ImageAsset, ImageRef, Issue, Source } from '../model/types.js';
import type { World } from '../load/world.js';
import { error } from '../diagnostics/messages.js';
import { eachBlock } from '../model/rules/walk.js';
import { imageInfo } from './image-info.js';

/** Largest image file read, in bytes. */
export const maxImageBytes = 50 * 1024 * 1024;
/** Largest image accepted, in pixels (a full A4 page at 300 dpi is under 9 megapixels). */
export const maxImagePixels = 40_000_000;

/** Every image reference of the issue with the source that names it. */
export function imageRefs(issue: Issue): { ref: ImageRef; source: Source }[] {
  const refs: { ref: ImageRef; source: Source }[] = [];
  for (const article of issue.articles) {
    if (article.portrait) refs.push({ ref: article.portrait.image, source: article.portrait.imageSource ?? article.portrait.source });
    eachBlock(article, (block) => {
      if (block.type === 'figure') refs.push({ ref: block.image, source: block.source });
    });
  }
  return refs;
}

/** A cache of checked images by path, kept by long-lived processes. */
export type ImageCache = Map<string, { bytesHash: string; asset: ImageAsset }>;

/** Reads and checks every image; attaches assets to the model in place of a copy. */
export async function resolveImages(issue: Issue, world: World, files: ReadonlyMap<string, VFile>, cache: ImageCache = new Map()): Promise<Issue> {
  const seen = new Map<string, ImageAsset | undefined>();
  for (const { ref, source } of imageRefs(issue)) {
    const file = files.get(source.file)!;
    if (!seen.has(ref.src)) seen.set(ref.src, await readImage(ref.src, world, file, source, cache));
    ref.asset = seen.get(ref.src);
  }
  return issue;
}

async function readImage(src: string, world: World, file: VFile, source: Source, cache: ImageCache): Promise<ImageAsset | undefined> {
  const at = source.position;
  if (src === '') {
    error(file, 'Unexpected empty image path, expected a path such as `images/foto.jpg`', at, 'image-path');
    return undefined;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1]?.toLowerCase();
  if (scheme !== undefined && !/^[a-zA-Z]:[\\/]/.test(src)) {
    const web = scheme === 'http' || scheme === 'https';
    error(file, `Unexpected ${web ? 'web address' : `\`${scheme}:\` address`} \`${clip(src)}\` as image, expected a file in the issue folder`, at, 'image-remote', {
      note: web
        ? 'download the picture into the `images/` folder of the issue and write its path, e.g. `images/foto.jpg`'
        : 'copy the picture into the `images/` folder of the issue and write its path, e.g. `images/foto.jpg`',
    });
    return undefined;
  }
  const read = world.readBinary(src, maxImageBytes);
  if (!read.ok) {
    const reasons = {
      absolute: `Unexpected absolute image path \`${src}\`, expected a path inside the issue folder such as \`images/foto.jpg\``,
      outside: `Unexpected image path \`${src}\` outside the issue folder, expected a file inside it`,
      missing: `Cannot find image \`${src}\``,
      'not-a-file': `Unexpected folder \`${src}\`, expected an image file`,
      unreadable: `Cannot read image \`${src}\``,
      'too-large': `Unexpected image file \`${src}\` larger than ${maxImageBytes / 1024 / 1024} MB`,
    } as const;
    const note = read.failure === 'missing' ? missingHint(src, world) : read.failure === 'outside' ? 'copy the picture into the `images/` folder of the issue' : undefined;
    error(file, reasons[read.failure], at, `image-${read.failure}`, { note });
    return undefined;
  }
  const hash = createHash('sha256').update(read.bytes).digest('hex').slice(0, 16);
  const cached = cache.get(read.realPath);
  if (cached && cached.bytesHash === hash) return cached.asset;
  const info = await imageInfo(read.bytes, maxImagePixels);
  if (!info.ok) {
    const reasons = {
      'not-an-image': `Unexpected file \`${src}\` ${info.detail.startsWith('of ') ? '' : 'that is '}${info.detail}, expected a JPEG or PNG image`,
      truncated: `Unexpected incomplete image \`${src}\` (${info.detail}), expected a whole JPEG or PNG file`,
      corrupt: `Unexpected damaged image \`${src}\` (${info.detail}), expected a valid JPEG or PNG file`,
      unsupported: `Unexpected image format in \`${src}\` (${info.detail}), expected a baseline or progressive JPEG or a PNG`,
    } as const;
    error(file, reasons[info.problem], at, `image-${info.problem}`, {
      note: info.problem === 'not-an-image' ? 'open the picture in an image program and save or export it as JPEG (photos) or PNG (graphics)' : 'copy the file again from its source, or export it anew as JPEG or PNG',
    });
    return undefined;
  }
  if (info.width * info.height > maxImagePixels) {
    const megapixels = Math.round((info.width * info.height) / 1e6);
    error(file, `Unexpected image of ${info.width} × ${info.height} pixels (${megapixels} megapixels) in \`${src}\`, expected at most ${maxImagePixels / 1e6} megapixels`, at, 'image-too-large', {
      note: 'scale it down: 2500 pixels across are enough for the full width of an A4 page at 300 dpi',
    });
    return undefined;
  }
  const asset: ImageAsset = { format: info.format, width: info.width, height: info.height, bytes: read.bytes, hash };
  cache.set(read.realPath, { bytesHash: hash, asset });
  return asset;
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

function missingHint(src: string, world: World): string | undefined {
  const lower = src.toLowerCase();
  const dir = src.includes('/') ? src.slice(0, src.lastIndexOf('/') + 1) : '';
  const candidates = [src.replace(/\.jpe?g$/i, '.png'), src.replace(/\.png$/i, '.jpg'), src.replace(/\.jpg$/i, '.jpeg'), src.replace(/\.jpeg$/i, '.jpg'), `images/${src}`, lower];
  const found = candidates.find((candidate) => candidate !== src && world.exists(candidate));
  if (found) return `there is \`${found}\`; did you mean that file?`;
  return dir === '' ? 'pictures belong in the `images/` folder of the issue, e.g. `images/foto.jpg`' : undefined;
}
