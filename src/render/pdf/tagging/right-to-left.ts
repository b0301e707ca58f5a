/**
 * Right-to-left text (Arabic, Persian, Hebrew) in the PDF. textkit shapes it
 * and reorders each line for display, so its glyphs are drawn in visual
 * order: read back in content order, a word comes out backwards. Before
 * layout, every tagged passage and block in a right-to-left language gets
 * its text in reading order as ActualText, which screen readers, search and
 * copying use instead of the glyphs; a block whose language is
 * right-to-left is also set right to left: its base direction, and its
 * alignment mirrored (a template's `left` becomes `right`).
 */
import { textDirection } from '../../../parse/language-tag.js';
import type { LayoutNode } from '../layout-types.js';
import type { Tag } from './tag.js';
import { flatStyle } from './inline-markers.js';

/** Marks the right-to-left blocks and passages among a galley's text blocks, in the galley's language `lang` (mutates them). */
export function markRightToLeft(blocks: Iterable<LayoutNode>, lang: string): void {
  for (const block of blocks) {
    const tag = block.props.tag as Tag | undefined;
    const own = tag !== undefined && tag.role !== 'Artifact' ? tag.lang : undefined;
    if (textDirection(own ?? lang) === 'rtl') {
      const align = flatStyle(block.style).textAlign;
      const mirrored = align === 'left' ? 'right' : align === 'right' ? 'left' : align;
      block.style = [block.style, { direction: 'rtl', ...(mirrored === undefined ? {} : { textAlign: mirrored }) }] as unknown as LayoutNode['style'];
      // textkit takes the paragraph's direction from its first run, and runs do not inherit it: every piece says so.
      setDirection(block.children ?? []);
      if (tag !== undefined && tag.role !== 'Artifact') tag.actual ??= textOf(block);
      continue;
    }
    markPassages(block);
  }
}

/** Sets the text nodes inside a right-to-left block right to left. */
function setDirection(nodes: readonly LayoutNode[]): void {
  for (const node of nodes) {
    if (node.type !== 'TEXT' && node.type !== 'LINK') continue;
    node.style = [node.style, { direction: 'rtl' }] as unknown as LayoutNode['style'];
    setDirection(node.children ?? []);
  }
}

/** Gives inline passages in a right-to-left language their text as ActualText. */
function markPassages(node: LayoutNode): void {
  for (const child of node.children ?? []) {
    const tag = child.props?.tag as Tag | undefined;
    if (tag !== undefined && tag.role !== 'Artifact' && tag.lang !== undefined && textDirection(tag.lang) === 'rtl') {
      tag.actual ??= textOf(child);
      continue;
    }
    markPassages(child);
  }
}

/** The text of a node's leaves, without soft hyphens (they mark break points, not text). */
function textOf(node: LayoutNode): string {
  if (node.type === 'TEXT_INSTANCE') return (node.value ?? '').replaceAll('\u00ad', '');
  return (node.children ?? []).map(textOf).join('');
}
