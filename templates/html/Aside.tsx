/** A box beside the running text, with its title as a heading of the level below the article title. */
import type { AsideNode } from '../../src/model/types.js';
import { Blocks } from './Blocks.js';

/** `<aside>` with a heading. */
export function Aside({ node }: { node: AsideNode }) {
  return (
    <aside className="box">
      {node.title ? <h3 className="box-title">{node.title}</h3> : null}
      <Blocks nodes={node.children} />
    </aside>
  );
}
