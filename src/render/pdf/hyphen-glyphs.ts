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

/** Ids (`props.blockId`) of the text blocks in a tree with more than `max` lines in a row ending in a hyphen. */
export function hyphenRuns(node: LayoutNode, max: number): number[] {
  const found: number[] = [];
  const walk = (n: LayoutNode): void => {
    if (n.lines && typeof n.props.blockId === 'number') {
      let run = 0;
      n.lines.forEach((line, index) => {
        run = endsWithInsertedHyphen(line, index === n.lines!.length - 1) ? run + 1 : 0;
        if (run === max + 1) found.push(n.props.blockId as number);
      });
    }
    for (const child of n.children ?? []) walk(child);
  };
  walk(node);
  return found;
}
