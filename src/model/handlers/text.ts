/** Handlers for plain text, code spans and hard line breaks. */
import type { Break, InlineCode, Text } from 'mdast';
import type { Inline } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';

/** Source line ends inside a paragraph are spaces; runs of spaces collapse to one. */
export function normalizeSpace(value: string): string {
  return value.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/[ \t]{2,}/g, ' ');
}

/** Plain text. */
export function text(node: Text, state: ModelState): Inline[] {
  return [{ type: 'text', value: normalizeSpace(node.value), source: sourceOf(state, node) }];
}

/** A code span. */
export function inlineCode(node: InlineCode, state: ModelState): Inline[] {
  return [{ type: 'code', value: node.value, source: sourceOf(state, node) }];
}

/** A hard line break (two spaces or a backslash at the line end). */
export function lineBreak(node: Break, state: ModelState): Inline[] {
  return [{ type: 'break', source: sourceOf(state, node) }];
}
