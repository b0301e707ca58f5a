/** Handlers for emphasis, strong emphasis and strikethrough. */
import type { Delete, Emphasis, Strong } from 'mdast';
import type { Inline } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';
import { toInlines } from './index.js';

/** `*text*`. */
export function emphasis(node: Emphasis, state: ModelState): Inline[] {
  return [{ type: 'emphasis', children: toInlines(node.children, state), source: sourceOf(state, node) }];
}

/** `**text**`. */
export function strong(node: Strong, state: ModelState): Inline[] {
  return [{ type: 'strong', children: toInlines(node.children, state), source: sourceOf(state, node) }];
}

/** `~~text~~`. */
export function strikethrough(node: Delete, state: ModelState): Inline[] {
  return [{ type: 'delete', children: toInlines(node.children, state), source: sourceOf(state, node) }];
}
