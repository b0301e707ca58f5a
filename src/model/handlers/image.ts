/**
 * Images written as Markdown (`![alt](src)`). On a line of its own an image
 * is a figure without caption (see paragraph.ts); inside running text it is
 * refused, since neither a column nor a screen reader has a place for it.
 */
import type { Image, ImageReference } from 'mdast';
import type { FigureNode, Inline } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';
import { error } from '../../diagnostics/messages.js';

/** An image inside running text: refused. */
export function inlineImage(node: Image | ImageReference, state: ModelState): Inline[] {
  error(state.file, 'Unexpected image inside running text, expected it on a line of its own', node.position, 'image-inline', {
    note: 'put the image in a paragraph of its own, or use a `:::figure` directive to give it a caption',
  });
  return [];
}

/** A figure from an image that stands alone in its paragraph. */
export function imageFigure(node: Image | ImageReference, state: ModelState): FigureNode | undefined {
  let src: string;
  if (node.type === 'image') src = node.url;
  else {
    const definition = state.definitions.get(node.identifier.toLowerCase());
    if (definition === undefined) {
      error(state.file, `Unexpected image reference \`[${node.identifier}]\` without a definition`, node.position, 'image-reference');
      return undefined;
    }
    src = definition.url;
  }
  return {
    type: 'figure',
    image: { src: safeDecode(src) },
    alt: node.alt ?? undefined,
    decorative: false,
    caption: [],
    credit: undefined,
    span: false,
    markdown: true,
    source: sourceOf(state, node),
  };
}

/** Markdown percent-encodes spaces and umlauts in image paths; file names have them decoded. */
export function safeDecode(src: string): string {
  try {
    return decodeURI(src);
  } catch {
    return src;
  }
}
