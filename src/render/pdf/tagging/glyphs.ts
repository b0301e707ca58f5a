/**
 * Draws a run's glyphs for @react-pdf/render (its `ctx.glyphs` hook), the
 * same text operators React-PDF writes, with one addition: a range of glyphs
 * can be drawn as marked content of its own (a Span with ActualText, so a
 * word cut by a line break is extracted whole; see word-breaks.ts). The text
 * object is closed around such a range, since marked content that starts in
 * a text object must end in it.
 */
import type { PdfKitDocument } from '../document.js';
import type { GlyphSpan } from './word-breaks.js';

interface Glyph { id: number; advanceWidth: number; codePoints: number[] }
interface Position { xAdvance: number; xOffset: number; yOffset: number }
interface EmbeddedFont {
  id: string;
  subset?: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  font: { unitsPerEm?: number };
  ref(): unknown;
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** Opens and closes the marked content of a span; called between text objects. */
export interface SpanHooks {
  enter(span: GlyphSpan): void;
  leave(): void;
}

/** Draws glyphs at (x, y) in the current font, handing the given spans to the hooks. */
export function drawGlyphs(doc: PdfKitDocument, glyphs: readonly Glyph[], positions: readonly Position[], x: number, y: number, spans: readonly GlyphSpan[], hooks: SpanHooks): void {
  const font = doc._font as EmbeddedFont;
  const size = doc._fontSize as number;
  const scale = size / 1000;
  const toText = 1000 / size;
  const unitsPerEm = font.font.unitsPerEm || 1000;
  const codes = glyphs.map((glyph) => encode(font, glyph));
  const advance = positions.map((p) => p.xAdvance * toText);
  const natural = glyphs.map((glyph) => glyph.advanceWidth * (1000 / unitsPerEm));

  doc.save();
  doc.transform(1, 0, 0, -1, 0, doc.page.height);
  const baseY = doc.page.height - y;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  const beginText = (penX: number) => {
    doc.addContent('BT');
    doc.addContent(`1 0 0 1 ${round(penX)} ${round(baseY)} Tm`);
    doc.addContent(`/${font.id} ${round(size)} Tf`);
  };
  beginText(x);

  let pending: string[] = [];
  let start = 0;
  const segment = (end: number) => {
    if (start < end) pending.push(`<${codes.slice(start, end).join('')}> ${round(-(advance[end - 1]! - natural[end - 1]!))}`);
    start = end;
  };
  const flush = (end: number) => {
    segment(end);
    if (pending.length > 0) doc.addContent(`[${pending.join(' ')}] TJ`);
    pending = [];
  };

  let penX = x;
  let shifted = false;
  for (let i = 0; i < glyphs.length; i += 1) {
    const opening = spans.find((span) => span.from === i);
    if (opening) {
      flush(i);
      doc.addContent('ET');
      hooks.enter(opening);
      beginText(penX);
    }
    const p = positions[i]!;
    if (p.xOffset || p.yOffset) {
      flush(i);
      doc.addContent(`1 0 0 1 ${round(penX + p.xOffset * scale)} ${round(baseY + p.yOffset * scale)} Tm`);
      flush(i + 1);
      shifted = true;
    } else {
      if (shifted) {
        doc.addContent(`1 0 0 1 ${round(penX)} ${round(baseY)} Tm`);
        shifted = false;
      }
      if (advance[i] !== natural[i]) segment(i + 1);
    }
    penX += p.xAdvance;
    if (spans.some((span) => span.to === i + 1)) {
      flush(i + 1);
      doc.addContent('ET');
      hooks.leave();
      beginText(penX);
    }
  }
  flush(glyphs.length);
  doc.addContent('ET');
  doc.restore();
}

/** The glyph's code in the embedded subset; records its width and its text for the ToUnicode map. */
function encode(font: EmbeddedFont, glyph: Glyph): string {
  if (font.subset === undefined) return glyph.id.toString(16).padStart(2, '0').slice(-2);
  const gid = font.subset.includeGlyph(glyph.id);
  font.widths[gid] ??= glyph.advanceWidth * (1000 / (font.font.unitsPerEm || 1000));
  font.unicode[gid] ??= glyph.codePoints;
  return gid.toString(16).padStart(4, '0').slice(-4);
}
