/**
 * Whole words for text extraction where a line break cut a word in two.
 * The part before the break gets ActualText with the whole word, the part
 * after it an empty ActualText, so pdftotext, copy and paste and screen
 * readers that honour ActualText read "Staatsminister", not "Staatsminis-"
 * and "ter" (even when the two parts sit in different columns or pages).
 */
import type { LayoutLine, LayoutNode, LayoutRun } from '../layout-types.js';

/** A range of a run's glyphs and the text that replaces it. */
export interface GlyphSpan { from: number; to: number; actual: string }

/**
 * Finds the words a line break cut in two in the laid-out text of a tree and
 * records their spans on the runs (`run.actualText`). Run it on whole
 * galleys, before they are cut into columns: a word may be cut exactly where
 * a column ends.
 */
export function markWordBreaks(node: LayoutNode): void {
  if (node.lines) {
    node.lines.forEach((line, index) => {
      const next = node.lines![index + 1];
      // A line broken at a space keeps that space; one that ends otherwise was broken inside a word.
      if (next === undefined || line.string === '' || /\s$/.test(line.string)) return;
      // Right-to-left text (Arabic, Hebrew) is never hyphenated, and its lines are in visual order, where the
      // end of one line and the start of the next are not the two halves of a word.
      if (rightToLeft(line.runs.at(-1)) || rightToLeft(next.runs[0])) return;
      const inserted = line.string.endsWith('-') && line.explicitHyphen !== true;
      const tailStart = wordStart(line.string);
      const headEnd = wordEnd(next.string);
      const head = line.string.slice(tailStart, inserted ? -1 : undefined);
      const word = head + next.string.slice(0, headEnd);
      if (word.trim() === '') return;
      // The spaces around the cut word go into its spans, read as spaces: readers that join marked content
      // without looking at the glyphs' positions (pdf.js) would otherwise run words together.
      const spaceBefore = tailStart > 0 && line.string[tailStart - 1] === ' ' ? tailStart - 1 : tailStart;
      addSpans(line, spaceBefore, line.string.length, (from, to) => (from <= tailStart && tailStart < to ? `${from < tailStart ? ' ' : ''}${word}` : to <= tailStart ? ' ' : ''));
      const spaceAfter = next.string[headEnd] === ' ' ? headEnd + 1 : headEnd;
      addSpans(next, 0, spaceAfter, (from, to) => (from <= headEnd && headEnd < to && spaceAfter > headEnd ? ' ' : ''));
    });
  }
  for (const child of node.children ?? []) markWordBreaks(child);
}

/** True for a run textkit's bidi step set right to left (an odd embedding level). */
function rightToLeft(run: LayoutRun | undefined): boolean {
  const level = run?.attributes.bidiLevel;
  return typeof level === 'number' && level % 2 === 1;
}

/** Letters, digits, marks and the hyphens inside a word: what a word-break span may cover (punctuation stays with its own text). */
const wordChar = /[\p{L}\p{N}\p{M}\u00ad\-/.@_]/u;

/** Where the last word of a line begins. */
function wordStart(text: string): number {
  let start = text.length;
  while (start > 0 && wordChar.test(text[start - 1]!)) start -= 1;
  return start;
}

/** Where the first word of a line ends (before trailing punctuation that is not part of an address). */
function wordEnd(text: string): number {
  let end = 0;
  while (end < text.length && wordChar.test(text[end]!)) end += 1;
  // A full stop ends the sentence, not the word, unless more word follows (an address: "waldstetten.example").
  while (end > 0 && /[.]/.test(text[end - 1]!)) end -= 1;
  return end;
}

/** Adds spans covering string range [start, end) of a line, one per run it crosses; `actual` says what each portion reads as. */
function addSpans(line: LayoutLine, start: number, end: number, actual: (from: number, to: number) => string): void {
  for (const run of line.runs) {
    const from = Math.max(start, run.start);
    const to = Math.min(end, run.end);
    if (from >= to) continue;
    const span = { from: glyphAt(run, from - run.start), to: glyphAt(run, to - run.start), actual: actual(from, to) };
    if (span.to <= span.from) continue;
    run.actualText = [...(run.actualText ?? []), span];
  }
}

/**
 * The index of the glyph that starts at or covers a character offset of a run
 * (the run's end maps past its last glyph). Counted from the glyphs' own code
 * points, since a ligature such as "ff" is one glyph for two characters.
 */
function glyphAt(run: LayoutRun, offset: number): number {
  let chars = 0;
  for (let i = 0; i < run.glyphs.length; i += 1) {
    const length = run.glyphs[i]!.codePoints.reduce((sum, cp) => sum + (cp > 0xffff ? 2 : 1), 0);
    if (chars + length > offset) return i;
    chars += length;
  }
  return run.glyphs.length;
}
