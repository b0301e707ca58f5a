/** Bulleted and numbered lists. */
import type { ListNode } from '../../src/model/types.js';
import { Blocks, Inlines } from './Blocks.js';

/** `<ul>` or `<ol>`; a one-paragraph item is written without its `<p>`. */
export function List({ node }: { node: ListNode }) {
  const items = node.items.map((item, i) => {
    const [only] = item.children;
    const tight = item.children.length === 1 && only?.type === 'paragraph';
    return <li key={i}>{tight ? <Inlines nodes={only.children} /> : <Blocks nodes={item.children} />}</li>;
  });
  return node.ordered ? <ol start={node.start === 1 ? undefined : node.start}>{items}</ol> : <ul>{items}</ul>;
}
