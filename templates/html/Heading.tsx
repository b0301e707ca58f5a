/** A section heading inside an article (`##` is `<h3>`: the article title is `<h2>`). */
import type { HeadingNode } from '../../src/model/types.js';
import { Inlines } from './Blocks.js';

/** `<h3>` … `<h6>` with an anchor. */
export function Heading({ node }: { node: HeadingNode }) {
  const Tag = `h${node.level}` as const;
  return <Tag id={node.id}><Inlines nodes={node.children} /></Tag>;
}
