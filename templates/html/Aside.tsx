/**
 * A box beside the running text, with its title as a heading of the level
 * below the article title. It is a `<section>`, not an `<aside>`: the box
 * belongs to its article, and an `<aside>` inside `main` is a complementary
 * landmark that is not top-level (axe: landmark-complementary-is-top-level).
 */
import type { AsideNode } from '../../src/model/types.js';
import { Blocks } from './Blocks.js';

/** `<section class="box">` with a heading. */
export function Aside({ node }: { node: AsideNode }) {
  return (
    <section className="box">
      {node.title ? <h3 className="box-title">{node.title}</h3> : null}
      <Blocks nodes={node.children} />
    </section>
  );
}
