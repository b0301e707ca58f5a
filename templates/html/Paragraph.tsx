/** A paragraph of running text. */
import type { ParagraphNode } from '../../src/model/types.js';
import { Inlines } from './Blocks.js';

/** `<p>`. */
export function Paragraph({ node }: { node: ParagraphNode }) {
  return <p><Inlines nodes={node.children} /></p>;
}
