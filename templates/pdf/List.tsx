/** Bulleted and numbered lists: each item a label and a body, as PDF/UA wants them. */
import type { ListNode } from '../../src/model/types.js';
import { L, LI, Lbl, LBody } from '../../src/render/pdf/tagging/components.js';
import { View } from '../../src/render/pdf/primitives.js';
import { Blocks } from './Blocks.js';
import { useRowDirection } from './direction.js';
import { styles } from './styles.js';

/** A tagged list; in a right-to-left article the labels stand on the right. */
export function List({ node }: { node: ListNode }) {
  const flexDirection = useRowDirection();
  return (
    <L>
      {node.items.map((item, i) => (
        <LI key={i} style={{ flexDirection }}>
          <Lbl style={[styles.paragraph, { width: node.ordered ? 14 : 9 }]}>{node.ordered ? `${node.start + i}.` : '•'}</Lbl>
          <LBody style={{ flex: 1 }}>
            <View><Blocks nodes={item.children} /></View>
          </LBody>
        </LI>
      ))}
    </L>
  );
}
