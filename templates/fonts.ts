/** The fonts of the template set, read from the manifest in fonts/fonts.json. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontFace } from '../src/render/template-set.js';

interface ManifestEntry { family: string; style: 'normal' | 'italic'; weight: number; ttf: string; woff2: string; fallback?: boolean; unicodeRange?: string }

/** Loads the font faces listed in a fonts.json manifest, with absolute paths. */
export function loadFontManifest(dir: string): FontFace[] {
  const entries = JSON.parse(readFileSync(path.join(dir, 'fonts.json'), 'utf8')) as ManifestEntry[];
  return entries.map((entry) => ({
    family: entry.family,
    style: entry.style,
    weight: entry.weight,
    ttf: path.join(dir, entry.ttf),
    woff2: path.join(dir, entry.woff2),
    ...(entry.fallback ? { fallback: true } : {}),
    ...(entry.unicodeRange ? { unicodeRange: entry.unicodeRange } : {}),
  }));
}

/** The repository's fonts/ folder (two levels up from the compiled templates/fonts.js in dist/). */
export function fontsDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.resolve(here, '..', 'fonts'), path.resolve(here, '..', '..', 'fonts')];
  return candidates.find((candidate) => {
    try {
      readFileSync(path.join(candidate, 'fonts.json'));
      return true;
    } catch {
      return false;
    }
  }) ?? candidates[0]!;
}
