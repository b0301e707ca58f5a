/**
 * `:::figure{src alt credit decorative span}` with the caption as content.
 * Alt text is checked later, on the model (rules/figure-alt.ts), so that the
 * same rule covers figures, Markdown images and portraits.
 */
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Block, Inline } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';
import { error, warn } from '../../diagnostics/messages.js';
import { checkAttributes } from './attributes.js';
import { splitLabel } from './block-directive.js';
import { safeDecode } from './image.js';
import { toInlines } from './index.js';

/** A figure with its caption and credit. */
export function figure(node: ContainerDirective | LeafDirective, state: ModelState): Block[] {
  const attributes = checkAttributes(node, { required: ['src'], optional: ['alt', 'credit'], flags: ['decorative', 'span'] }, state);
  const { label, children } = splitLabel(node);
  const caption: Inline[] = [];
  const paragraphs = label ? [label, ...children] : children;
  for (const child of paragraphs) {
    if (child.type !== 'paragraph') {
      error(state.file, `Unexpected ${child.type === 'list' ? 'list' : child.type} in a figure caption, expected text`, child.position, 'figure-caption');
      continue;
    }
    if (caption.length > 0) caption.push({ type: 'break', source: sourceOf(state, child) });
    caption.push(...toInlines(child.children, state));
  }
  if (attributes.src === undefined) return [];
  const decorative = attributes.decorative !== undefined;
  if (decorative && attributes.alt !== undefined && attributes.alt.trim() !== '') {
    warn(state.file, 'Unexpected `alt` on a decorative figure; it is ignored', node.position?.start, 'figure-decorative-alt', {
      note: 'remove `decorative` if the picture carries information, or remove `alt`',
    });
  }
  const credit = attributes.credit?.trim();
  return [{
    type: 'figure',
    image: { src: safeDecode(attributes.src.trim()) },
    alt: decorative ? '' : attributes.alt,
    decorative,
    caption,
    credit: credit === '' ? undefined : credit,
    span: attributes.span !== undefined,
    source: sourceOf(state, node),
  }];
}
