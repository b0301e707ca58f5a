/** Handlers for block quotes, code blocks and thematic breaks. */
import type { Blockquote, Code, ThematicBreak } from 'mdast';
import type { Block } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';
import { toBlocks } from './index.js';

/** `> quoted text`. */
export function blockquote(node: Blockquote, state: ModelState): Block[] {
  return [{ type: 'blockquote', children: toBlocks(node.children, state), source: sourceOf(state, node) }];
}

/** A fenced or indented code block. */
export function code(node: Code, state: ModelState): Block[] {
  return [{ type: 'codeBlock', value: node.value, source: sourceOf(state, node) }];
}

/** `---` between paragraphs. */
export function thematicBreak(node: ThematicBreak, state: ModelState): Block[] {
  return [{ type: 'rule', source: sourceOf(state, node) }];
}
