/** A paragraph of body text; indented when it follows another paragraph. */
import type { ParagraphNode } from '../../src/model/types.js';
import { P } from '../../src/render/pdf/tagging/components.js';
import { Inlines } from './Blocks.js';
import { styles } from './styles.js';

/** A tagged paragraph. */
export function Paragraph({ node, indent }: { node: ParagraphNode; indent?: boolean }) {
  return <P style={indent ? [styles.paragraph, styles.indent] : styles.paragraph}><Inlines nodes={node.children} /></P>;
}
