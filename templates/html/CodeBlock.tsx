/** A preformatted block (addresses, code). */
import type { CodeBlockNode } from '../../src/model/types.js';

/** `<pre>`. */
export function CodeBlock({ node }: { node: CodeBlockNode }) {
  return <pre tabIndex={0}><code>{node.value}</code></pre>;
}
