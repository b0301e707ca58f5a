/** A quotation box: the quotation in a `<blockquote>`, its source in `<cite>`. */
import type { PullquoteNode } from '../../src/model/types.js';
import { Blocks } from './Blocks.js';

/** `<figure class="pullquote">`. */
export function Pullquote({ node }: { node: PullquoteNode }) {
  return (
    <figure className="pullquote">
      <blockquote><Blocks nodes={node.children} /></blockquote>
      {node.cite ? <figcaption>— <cite>{node.cite}</cite></figcaption> : null}
    </figure>
  );
}
