/** A thematic break between paragraphs. */
import type { RuleNode } from '../../src/model/types.js';

/** `<hr>`. */
export function Rule(_: { node: RuleNode }) {
  return <hr />;
}
