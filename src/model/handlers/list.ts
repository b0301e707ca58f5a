/** Bulleted and numbered lists; task-list check boxes are kept as text. */
import type { List } from 'mdast';
import type { Block } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';
import { toBlocks } from './index.js';

/** `- item` or `1. item`. */
export function list(node: List, state: ModelState): Block[] {
  const items = node.children.map((item) => {
    const children = toBlocks(item.children, state);
    if (typeof item.checked === 'boolean') {
      const mark = item.checked ? '☑ ' : '☐ ';
      const first = children[0];
      if (first?.type === 'paragraph') first.children.unshift({ type: 'text', value: mark, source: sourceOf(state, item) });
    }
    return { type: 'listItem' as const, children, source: sourceOf(state, item) };
  });
  return [{ type: 'list', ordered: node.ordered === true, start: node.start ?? 1, items, source: sourceOf(state, node) }];
}
