/**
 * Characters the PDF's fonts cannot show. A character no face has would be
 * drawn as the empty "notdef" box: unreadable on paper and a PDF/UA failure
 * (Matterhorn 31-030). Each such character is reported once, at its first
 * place in the source, before anything is laid out.
 */
import type FontStore from '@react-pdf/font';
import type { Block, Inline, Issue, Source } from '../../model/types.js';
import type { FontFace } from '../template-set.js';
import type { RenderWarning } from '../../pipeline.js';
import { eachBlock } from '../../model/rules/walk.js';

interface Coverage { hasGlyphForCodePoint(codePoint: number): boolean }

/** Code points that draw nothing: controls, spaces, joiners, variation selectors, the soft hyphen. */
function invisible(codePoint: number): boolean {
  return codePoint < 0x21 || (codePoint >= 0x7f && codePoint <= 0xa0) || codePoint === 0xad || (codePoint >= 0x200b && codePoint <= 0x200f)
    || (codePoint >= 0x2028 && codePoint <= 0x202f) || codePoint === 0x2060 || codePoint === 0xfeff || (codePoint >= 0xfe00 && codePoint <= 0xfe0f);
}

/**
 * Combining overlays (U+0334–U+0338: "s̶t̶r̶i̶k̶e̶" pasted from social media) have
 * glyphs but no anchors to sit on in the fonts, and cannot be positioned.
 */
function overlay(codePoint: number): boolean {
  return codePoint >= 0x334 && codePoint <= 0x338;
}

/** Errors for the characters that some text family and every fallback face lack. */
export async function missingGlyphs(issue: Issue, faces: readonly FontFace[], store: FontStore): Promise<RenderWarning[]> {
  const regular = new Map<string, FontFace>();
  for (const face of faces) if (!regular.has(face.family) || (face.style === 'normal' && face.weight === 400)) regular.set(face.family, face);
  const load = async (face: FontFace): Promise<Coverage> => {
    const source = store.getFont({ fontFamily: face.family, fontStyle: face.style, fontWeight: face.weight }) as unknown as { load(): Promise<void>; data: Coverage };
    await source.load();
    return source.data;
  };
  const fallbacks = await Promise.all([...regular.values()].filter((face) => face.fallback).map(load));
  const families = await Promise.all([...regular.values()].filter((face) => !face.fallback).map(load));
  const known = new Map<number, boolean>();
  const shown = (codePoint: number): boolean => {
    let ok = known.get(codePoint);
    if (ok === undefined) {
      ok = invisible(codePoint) || (!overlay(codePoint) && families.every((font) => font.hasGlyphForCodePoint(codePoint) || fallbacks.some((fallback) => fallback.hasGlyphForCodePoint(codePoint))));
      known.set(codePoint, ok);
    }
    return ok;
  };

  // One message per place: the characters missing there, each named once in the whole issue.
  const reported = new Set<number>();
  const places = new Map<Source, { codePoints: number[]; count: number }>();
  const scan = (text: string | undefined, source: Source) => {
    if (text === undefined) return;
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (shown(codePoint)) continue;
      let place = places.get(source);
      if (place === undefined) places.set(source, (place = { codePoints: [], count: 0 }));
      place.count += 1;
      if (!reported.has(codePoint)) {
        reported.add(codePoint);
        place.codePoints.push(codePoint);
      }
    }
  };
  const inlines = (nodes: readonly Inline[]): void => {
    for (const node of nodes) {
      if (node.type === 'text' || node.type === 'code') scan(node.value, node.source);
      if ('children' in node) inlines(node.children);
    }
  };
  const blockText = (block: Block): void => {
    if (block.type === 'paragraph' || block.type === 'heading') inlines(block.children);
    else if (block.type === 'figure') {
      inlines(block.caption);
      scan(block.credit, block.source);
    } else if (block.type === 'table') {
      inlines(block.caption ?? []);
      for (const row of [block.head, ...block.body]) for (const cell of row.cells) inlines(cell.children);
    } else if (block.type === 'pullquote') scan(block.cite, block.source);
    else if (block.type === 'aside') scan(block.title, block.source);
    else if (block.type === 'codeBlock') scan(block.value, block.source);
  };

  for (const key of ['title', 'edition', 'publisher'] as const) scan(issue[key], issue.fieldSources[key]);
  for (const entry of issue.impressum) for (const text of [entry.label, ...entry.lines]) scan(text, entry.source);
  for (const article of issue.articles) {
    for (const text of [article.title, article.kicker, article.subtitle, article.lead, article.author, article.role]) scan(text, article.source);
    eachBlock(article, blockText);
  }

  const name = (codePoint: number) => `“${String.fromCodePoint(codePoint)}” (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')})`;
  return [...places].filter(([, place]) => place.codePoints.length > 0).map(([source, { codePoints }]) => {
    const shownNames = codePoints.slice(0, 5).map(name).join(', ') + (codePoints.length > 5 ? ` and ${codePoints.length - 5} more` : '');
    const strokes = codePoints.every(overlay);
    return {
      source,
      severity: 'error' as const,
      reason: `Unexpected ${codePoints.length === 1 ? 'character' : 'characters'} ${shownNames}, which the PDF's fonts cannot show`,
      ruleId: 'glyph-missing' as const,
      note: strokes
        ? 'a combining stroke cannot be set in print; for struck-out text write `~~text~~`'
        : 'it would print as an empty box and read as nothing; write it another way (e.g. in words), or ask for a template set whose fonts have it',
    };
  });
}
