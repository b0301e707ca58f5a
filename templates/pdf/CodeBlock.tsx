/** A preformatted block, kept as written. */
import type { CodeBlockNode } from '../../src/model/types.js';
import { P } from '../../src/render/pdf/tagging/components.js';
import { styles } from './styles.js';

/** A tagged paragraph in a condensed face, line breaks kept, tabs as spaces (fonts have no tab glyph). */
export function CodeBlock({ node }: { node: CodeBlockNode }) {
  return <P style={styles.code}>{node.value.replace(/\t/g, '    ')}</P>;
}
