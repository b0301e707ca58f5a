/** A quotation set off as a box ("Kluge Worte"): the words large and italic, the source below. */
import type { PullquoteNode } from '../../src/model/types.js';
import { BlockQuote, P } from '../../src/render/pdf/tagging/components.js';
import { View } from '../../src/render/pdf/primitives.js';
import { colors } from '../tokens.js';
import { Inlines } from './Blocks.js';
import { grid, styles } from './styles.js';

/** A tagged block quotation with its source. */
export function Pullquote({ node }: { node: PullquoteNode }) {
  return (
    <View style={{ marginTop: grid / 2, marginBottom: grid / 2, paddingLeft: 8, borderLeftWidth: 3, borderLeftColor: colors.accent }} wrap={false}>
      <BlockQuote>
        {node.children.map((block, i) => block.type === 'paragraph'
          ? <P key={i} style={styles.pullquote}><Inlines nodes={block.children} /></P>
          : null)}
      </BlockQuote>
      {node.cite ? <P style={styles.cite}>{node.cite}</P> : null}
    </View>
  );
}
