/**
 * Soft hyphens (U+00AD) that begin a text block. They mark no break point
 * (there is nothing before them to break from) and draw nothing, but
 * textkit's font substitution gives a soft hyphen the font of the character
 * before it, so a block that begins with one leaves it without a font, and a
 * block of nothing but soft hyphens (a table cell pasted from Word) crashes
 * layout. They are dropped before layout; soft hyphens inside words stay.
 */
import type { LayoutNode } from './layout-types.js';

const leading = /^\u00ad+/;

/** Drops the soft hyphens before a block's first other character (mutates its text leaves). */
export function dropLeadingSoftHyphens(block: LayoutNode): void {
  const visit = (node: LayoutNode): boolean => {
    if (node.type === 'TEXT_INSTANCE') {
      const value = node.value ?? '';
      node.value = value.replace(leading, '');
      return node.value !== '';
    }
    for (const child of node.children ?? []) if (visit(child)) return true;
    return false;
  };
  visit(block);
}
