/** `:::pullquote{cite}` (a quotation set off as a box) and `:::aside{title}` (a side box). */
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Block } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';
import { error } from '../../diagnostics/messages.js';
import { checkAttributes } from './attributes.js';
import { splitLabel } from './block-directive.js';
import { toBlocks } from './index.js';

/** A quotation with its source. */
export function pullquote(node: ContainerDirective | LeafDirective, state: ModelState): Block[] {
  const attributes = checkAttributes(node, { optional: ['cite'] }, state);
  const { label, children } = splitLabel(node);
  const blocks = toBlocks(label ? [label, ...children] : children, state);
  if (blocks.length === 0) {
    error(state.file, 'Unexpected empty `:::pullquote`, expected the quotation as its content', node.position?.start, 'pullquote-empty');
    return [];
  }
  const cite = attributes.cite?.trim();
  return [{ type: 'pullquote', children: blocks, cite: cite === '' ? undefined : cite, source: sourceOf(state, node) }];
}

/** A box with a title. */
export function aside(node: ContainerDirective | LeafDirective, state: ModelState): Block[] {
  const attributes = checkAttributes(node, { required: ['title'] }, state);
  const { label, children } = splitLabel(node);
  const blocks = toBlocks(label ? [label, ...children] : children, state);
  if (blocks.length === 0) {
    error(state.file, 'Unexpected empty `:::aside`, expected text as its content', node.position?.start, 'aside-empty');
    return [];
  }
  const title = attributes.title?.trim() ?? '';
  if (attributes.title !== undefined && title === '') {
    error(state.file, 'Unexpected empty `title` on `:::aside`, expected the box heading', node.position?.start, 'aside-title');
  }
  return [{ type: 'aside', title, children: blocks, source: sourceOf(state, node) }];
}
