/**
 * The fonts of the PDF: React-PDF's font store with the template set's
 * faces registered, kept for the life of the process (fonts are parsed once).
 * React-PDF appends Helvetica to every font stack as a last resort; that name
 * is pointed at the template set's fallback face, so no text can ever fall
 * back to a non-embedded standard PDF font.
 */
import FontStore from '@react-pdf/font';
import { statSync } from 'node:fs';
import type { FontFace } from '../template-set.js';

const stores = new Map<string, Promise<FontStore>>();

/** Drops every font store, so the next build parses the font files again (the preview does this when fonts/ changes). */
export function forgetFontStores(): void {
  stores.clear();
}

/**
 * The font store for a list of faces (one per distinct list of files, per
 * process), ready to lay text out. The key includes each file's size and
 * time of change, so a font replaced on disk (the preview, in any thread) is
 * parsed again.
 */
export function fontStoreFor(faces: readonly FontFace[]): Promise<FontStore> {
  const key = faces.map((face) => `${face.ttf}:${fileStamp(face.ttf)}`).join('\n');
  let ready = stores.get(key);
  if (ready === undefined) {
    const store = new FontStore();
    store.clear();
    const families = new Map<string, FontFace[]>();
    for (const face of faces) families.set(face.family, [...(families.get(face.family) ?? []), face]);
    for (const [family, members] of families) store.register({ family, fonts: completeStyles(members) });
    const fallback = faces.find((face) => face.fallback) ?? faces[0];
    if (fallback === undefined) throw new Error('A template set needs at least one font');
    store.register({
      family: 'Helvetica',
      fonts: (['normal', 'italic'] as const).flatMap((fontStyle) => [400, 700].map((fontWeight) => ({ src: fallback.ttf, fontStyle, fontWeight }))),
    });
    shareParsedFonts(store);
    ready = claimControls(store, fallback.family).then(() => alignFallbackMetrics(store, faces));
    // A store that failed to load is not kept: the next build tries again.
    ready.catch(() => stores.delete(key));
    stores.set(key, ready);
  }
  return ready;
}

/**
 * Every style and weight of a family, each mapped to the nearest face it has
 * (a family with only an upright regular face serves italic and bold too), so
 * the store never fails to resolve a face for a fallback character.
 */
function completeStyles(members: readonly FontFace[]): { src: string; fontStyle: 'normal' | 'italic'; fontWeight: number }[] {
  const out: { src: string; fontStyle: 'normal' | 'italic'; fontWeight: number }[] = [];
  for (const fontStyle of ['normal', 'italic'] as const) {
    for (const fontWeight of [400, 700]) {
      const exact = members.find((face) => face.style === fontStyle && face.weight === fontWeight);
      const sameStyle = members.find((face) => face.style === fontStyle);
      const sameWeight = members.find((face) => face.weight === fontWeight);
      const face = exact ?? sameStyle ?? sameWeight ?? members[0]!;
      out.push({ src: face.ttf, fontStyle, fontWeight });
    }
  }
  return out;
}

/** What a store keeps per family: React-PDF's font sources, one per registered style and weight. */
interface SourceOfStore { src: unknown; data: unknown; load(): Promise<void>; _load(): Promise<void> }

/**
 * Lets every font source of a file share one parsed font: the styles a family lacks (completeStyles)
 * and the "Helvetica" alias point at files other sources already have, and React-PDF would read and
 * parse such a file once per source. Shared, a file is parsed once, its patches (claimControls,
 * alignFallbackMetrics) hold for every style that uses it (an Arabic word in italic text took the
 * Arabic face's own, taller metrics), and a build from the start-up snapshot, where the listed faces
 * are parsed already, reads no font file. The one load of each file also makes its glyphs keep their
 * characters (keepGlyphCharacters).
 */
function shareParsedFonts(store: FontStore): void {
  const first = new Map<unknown, SourceOfStore>();
  const families = (store as unknown as { fontFamilies: Record<string, { sources: SourceOfStore[] }> }).fontFamilies;
  for (const family of Object.values(families)) {
    for (const source of family.sources) {
      const primary = first.get(source.src);
      if (primary === undefined) {
        first.set(source.src, source);
        const load = source._load.bind(source);
        source._load = async () => {
          await load();
          keepGlyphCharacters(source.data);
          keepUnitsPerEm(source.data);
        };
        continue;
      }
      source._load = async () => {
        await primary.load();
        source.data = primary.data;
      };
    }
  }
}

/**
 * textkit compares the units per em of each character's font with the last one's, twice per character,
 * and fontkit reads it from the decoded head table through two getters each time: 7 ms of the seed's
 * layout. The value never changes; kept on the font, it is one property.
 */
function keepUnitsPerEm(font: unknown): void {
  const parsed = font as { unitsPerEm?: unknown } | null;
  if (parsed === null || typeof parsed !== 'object' || Object.hasOwn(parsed, 'unitsPerEm') || typeof parsed.unitsPerEm !== 'number') return;
  Object.defineProperty(parsed, 'unitsPerEm', { value: parsed.unitsPerEm, configurable: true });
}

/** A parsed font as fontkit keeps its glyphs: one object per glyph, made on first request. */
interface GlyphCache {
  _glyphs: Record<number, { codePoints: number[] } | undefined>;
  getGlyph(id: number, characters?: number[]): unknown;
  glyphCharactersKept?: boolean;
}

/**
 * fontkit keeps one glyph object per glyph, with the characters of its first
 * request, and its subsetter asks for the parts of composite glyphs with
 * none. In a process that makes more than one PDF (the preview, the tests), a
 * later layout then got such a glyph (the period, a part of the colon) with
 * no characters, and textkit, which maps glyphs back to the text by their
 * characters, lost the character before it: "2. Mai" was set as ". Mai".
 * A request with characters now always gets a glyph with those characters.
 */
function keepGlyphCharacters(font: unknown): void {
  const parsed = font as GlyphCache | null;
  if (parsed === null || parsed.glyphCharactersKept === true || typeof parsed.getGlyph !== 'function' || typeof parsed._glyphs !== 'object') return;
  const get = parsed.getGlyph.bind(parsed);
  parsed.getGlyph = (id: number, characters: number[] = []) => {
    const cached = parsed._glyphs[id];
    if (cached === undefined || characters.length === 0 || sameCharacters(cached.codePoints, characters)) return get(id, characters);
    // A glyph of its own for this request; the one remembered stays, unless it had no characters.
    delete parsed._glyphs[id];
    const glyph = get(id, characters);
    if (cached.codePoints.length > 0) parsed._glyphs[id] = cached;
    return glyph;
  };
  parsed.glyphCharactersKept = true;
}

function sameCharacters(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((codePoint, i) => codePoint === b[i]);
}

function fileStamp(file: string): string {
  try {
    const stat = statSync(file);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

/** Vertical metrics of a parsed font, as textkit reads them (font units). */
interface Metrics { ascent: number; descent: number; lineGap: number; unitsPerEm: number }

/**
 * Gives the fallback faces the vertical metrics of the first text face.
 * textkit puts a line's baseline at the largest ascent of the fonts in it,
 * and Noto Sans Arabic is much taller than Noto Serif (room for stacked
 * marks): a line with one Arabic word sat 3 pt lower than its neighbours, off
 * the baseline grid the columns share. With the text face's metrics it sits
 * on the grid; its tallest marks reach into the leading, as in print.
 */
async function alignFallbackMetrics(store: FontStore, faces: readonly FontFace[]): Promise<FontStore> {
  const parsed = async (face: FontFace) => {
    const source = store.getFont({ fontFamily: face.family, fontStyle: face.style, fontWeight: face.weight }) as unknown as { load(): Promise<void>; data: (Metrics & { metricsAligned?: boolean }) | null };
    await source.load();
    return source.data;
  };
  const textFace = faces.find((face) => !face.fallback);
  const text = textFace === undefined ? null : await parsed(textFace);
  if (text === null) return store;
  for (const face of faces.filter((candidate) => candidate.fallback)) {
    const font = await parsed(face);
    if (font === null || font.metricsAligned) continue;
    const scale = font.unitsPerEm / text.unitsPerEm;
    for (const key of ['ascent', 'descent', 'lineGap'] as const) Object.defineProperty(font, key, { value: text[key] * scale, configurable: true });
    font.metricsAligned = true;
  }
  return store;
}

/** Line breaks and tabs: text control characters no font has a glyph for. */
const controls = new Set([0x09, 0x0a, 0x0d]);

/**
 * Loads the last-resort faces of a store (the fallback face and its
 * "Helvetica" alias) and lets them claim line breaks and tabs. textkit gives
 * every character a font before it splits lines at line breaks; with no face
 * claiming them a line break got no font at all and textkit failed. The
 * character is never drawn: textkit removes it when it splits the lines.
 */
async function claimControls(store: FontStore, fallbackFamily: string): Promise<FontStore> {
  for (const family of [fallbackFamily, 'Helvetica']) {
    for (const fontStyle of ['normal', 'italic'] as const) {
      for (const fontWeight of [400, 700]) {
        const source = store.getFont({ fontFamily: family, fontStyle, fontWeight }) as unknown as { load(): Promise<void>; data: { hasGlyphForCodePoint(codePoint: number): boolean; claimsControls?: boolean } | null };
        await source.load();
        const font = source.data;
        // Helvetica and the fallback family share their font files: patch each parsed font once.
        if (font === null || font.claimsControls) continue;
        const has = font.hasGlyphForCodePoint.bind(font);
        font.hasGlyphForCodePoint = (codePoint: number) => controls.has(codePoint) || has(codePoint);
        font.claimsControls = true;
      }
    }
  }
  return store;
}
