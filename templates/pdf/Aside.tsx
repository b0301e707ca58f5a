/** A tinted box beside the running text, with its title as a heading. */
import type { AsideNode } from '../../src/model/types.js';
import { Aside as TaggedAside, H } from '../../src/render/pdf/tagging/components.js';
import { Blocks } from './Blocks.js';
import { styles } from './styles.js';

/** A tagged aside. */
export function Aside({ node }: { node: AsideNode }) {
  return (
    <TaggedAside style={styles.box}>
      {node.title ? <H level={3} style={styles.boxTitle}>{node.title}</H> : null}
      <Blocks nodes={node.children} />
    </TaggedAside>
  );
}
