/** Walks the blocks and inlines of the model, for rules and asset collection. */
import type { Article, Block, Inline } from '../types.js';

/** Calls `visit` on every block of an article (body, nested boxes, lists, footnotes), depth first. */
export function eachBlock(article: Article, visit: (block: Block) => void): void {
  const walk = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      visit(block);
      if (block.type === 'list') for (const item of block.items) walk(item.children);
      if (block.type === 'pullquote' || block.type === 'blockquote' || block.type === 'aside') walk(block.children);
    }
  };
  walk(article.body);
  for (const note of article.footnotes) walk(note.children);
}

/** The inline content directly held by a block (paragraph text, heading, caption, table cells). */
export function inlinesOf(block: Block): Inline[][] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [block.children];
    case 'figure':
      return [block.caption];
    case 'table':
      return [block.caption ?? [], ...[block.head, ...block.body].flatMap((row) => row.cells.map((cell) => cell.children))];
    default:
      return [];
  }
}

/** Calls `visit` on every inline node of an article, depth first. */
export function eachInline(article: Article, visit: (inline: Inline) => void): void {
  const walk = (inlines: readonly Inline[]): void => {
    for (const inline of inlines) {
      visit(inline);
      if ('children' in inline) walk(inline.children);
    }
  };
  eachBlock(article, (block) => inlinesOf(block).forEach(walk));
}

/** The plain text of inlines. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => ('value' in inline ? inline.value : 'children' in inline ? plainText(inline.children) : inline.type === 'break' ? ' ' : ''))
    .join('');
}
