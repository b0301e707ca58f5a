/**
 * Fixes to the hyphens textkit inserts at line ends. textkit appends a
 * hyphen glyph at every break inside a word, even where the word already
 * ends in a hyphen or a separator ("E-Mail-" + "-", "https://" + "-"); those
 * doubled glyphs are removed here, on the laid-out lines.
 */
import type { LayoutLine, LayoutNode } from './layout-types.js';

/** True when a line ends in a hyphen textkit inserted (a break inside a word, not at a space). */
export function endsWithInsertedHyphen(line: LayoutLine, isLast: boolean): boolean {
  return !isLast && line.string.endsWith('-') && !line.string.endsWith(' -');
}

/** Removes inserted hyphens that follow a hyphen or an address separator, in every text of the tree. */
export function dropInsertedHyphens(node: LayoutNode): void {
  if (node.lines) {
    node.lines.forEach((line, index) => {
      if (!endsWithInsertedHyphen(line, index === node.lines!.length - 1)) return;
      const before = line.string.at(-2);
      if (before !== undefined && /[-/.@_–]/.test(before)) {
        removeLastGlyph(line);
        if (before === '-') line.explicitHyphen = true;
      }
    });
  }
  for (const child of node.children ?? []) dropInsertedHyphens(child);
}

function removeLastGlyph(line: LayoutLine): void {
  const run = line.runs.at(-1);
  if (run === undefined || run.glyphs.length === 0) return;
  const position = run.positions.pop();
  run.glyphs.pop();
  run.stringIndices?.pop();
  run.glyphIndices?.pop();
  run.end -= 1;
  if (position && run.xAdvance !== undefined) run.xAdvance -= position.xAdvance;
  line.string = line.string.slice(0, -1);
}
