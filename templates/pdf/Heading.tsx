/** A section heading in an article body, kept with the lines that follow it. */
import type { HeadingNode } from '../../src/model/types.js';
import { H } from '../../src/render/pdf/tagging/components.js';
import { Inlines } from './Blocks.js';
import { grid, styles } from './styles.js';

/** A tagged heading (`##` is H3: the article title is H2). */
export function Heading({ node }: { node: HeadingNode }) {
  return (
    <H level={node.level} id={node.id} style={node.level === 3 ? styles.h3 : styles.h4} minPresenceAhead={3 * grid}>
      <Inlines nodes={node.children} />
    </H>
  );
}
