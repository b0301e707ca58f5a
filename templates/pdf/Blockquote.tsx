/** A quoted block from Markdown `>`: indented, with a rule. */
import type { BlockquoteNode } from '../../src/model/types.js';
import { BlockQuote } from '../../src/render/pdf/tagging/components.js';
import { colors } from '../tokens.js';
import { Blocks } from './Blocks.js';

/** A tagged block quotation. */
export function Blockquote({ node }: { node: BlockquoteNode }) {
  return (
    <BlockQuote style={{ paddingLeft: 8, borderLeftWidth: 1.5, borderLeftColor: colors.rule }}>
      <Blocks nodes={node.children} />
    </BlockQuote>
  );
}
