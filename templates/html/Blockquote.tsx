/** A quoted block from Markdown `>`. */
import type { BlockquoteNode } from '../../src/model/types.js';
import { Blocks } from './Blocks.js';

/** `<blockquote>`. */
export function Blockquote({ node }: { node: BlockquoteNode }) {
  return <blockquote><Blocks nodes={node.children} /></blockquote>;
}
