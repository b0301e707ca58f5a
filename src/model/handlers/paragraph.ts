/**
 * Paragraphs. A paragraph that holds nothing but images is a row of figures
 * without captions; any other paragraph is running text.
 */
import type { Image, ImageReference, Paragraph } from 'mdast';
import type { Block } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';
import { imageFigure } from './image.js';
import { toInlines } from './index.js';

function isImage(node: Paragraph['children'][number]): node is Image | ImageReference {
  return node.type === 'image' || node.type === 'imageReference';
}

/** A paragraph of text, or standalone images. */
export function paragraph(node: Paragraph, state: ModelState): Block[] {
  const meaningful = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && child.type !== 'break');
  if (meaningful.length > 0 && meaningful.every(isImage)) {
    return meaningful.flatMap((image) => imageFigure(image, state) ?? []);
  }
  const children = toInlines(node.children, state);
  if (children.length === 0) return [];
  return [{ type: 'paragraph', children, source: sourceOf(state, node) }];
}
