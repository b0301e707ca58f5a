/**
 * Facts about the typesetting, for the build report and the tests: how many
 * lines end in a hyphen, the longest run of them, and how far word spaces were
 * stretched (text is set ragged right, so spaces keep their natural width).
 */
import type { TypesettingStats } from '../../pipeline.js';
import type { Galley } from './galley.js';
import type { LayoutLine, LayoutNode } from './layout-types.js';
import { endsWithInsertedHyphen } from './hyphen-glyphs.js';

/** Counts over all galleys. */
export function typesettingStats(galleys: ReadonlyMap<string, Galley>): TypesettingStats {
  const stats: TypesettingStats = { lines: 0, hyphenated: 0, longestHyphenRun: 0, largestWordSpaceStretch: 0 };
  const visit = (node: LayoutNode): void => {
    if (node.lines) {
      let run = 0;
      node.lines.forEach((line, index) => {
        stats.lines += 1;
        const hyphen = endsWithInsertedHyphen(line, index === node.lines!.length - 1) && line.explicitHyphen !== true;
        if (hyphen) stats.hyphenated += 1;
        run = hyphen ? run + 1 : 0;
        stats.longestHyphenRun = Math.max(stats.longestHyphenRun, run);
      });
      for (const line of node.lines) stats.largestWordSpaceStretch = Math.max(stats.largestWordSpaceStretch, spaceStretch(line));
    }
    for (const child of node.children ?? []) visit(child);
  };
  for (const galley of galleys.values()) for (const node of galley.nodes) visit(node);
  return stats;
}

/** How much wider than natural the widest word space of a line is (0.25 = a quarter wider). */
function spaceStretch(line: LayoutLine): number {
  let most = 0;
  for (const run of line.runs) {
    const fontSize = run.attributes.fontSize ?? 0;
    const unitsPerEm = run.attributes.font?.[0]?.unitsPerEm ?? 1000;
    // Letter spacing (tracking of capitals, the masthead) is a design choice, not a stretched space.
    const tracking = typeof run.attributes.characterSpacing === 'number' ? run.attributes.characterSpacing : 0;
    run.glyphs.forEach((glyph, i) => {
      if (glyph.codePoints.length !== 1 || glyph.codePoints[0] !== 32 || glyph.advanceWidth === 0) return;
      const natural = (glyph.advanceWidth * fontSize) / unitsPerEm + tracking;
      const actual = run.positions[i]?.xAdvance ?? natural;
      most = Math.max(most, actual / natural - 1);
    });
  }
  return most;
}
