/** A thematic break: a short centred rule, an artifact. */
import type { RuleNode } from '../../src/model/types.js';
import { Artifact } from '../../src/render/pdf/tagging/components.js';
import { View } from '../../src/render/pdf/primitives.js';
import { colors } from '../tokens.js';
import { grid } from './styles.js';

/** A decorative rule one grid line high. */
export function Rule(_: { node: RuleNode }) {
  return (
    <Artifact style={{ height: grid, justifyContent: 'center', alignItems: 'center' }}>
      <View style={{ width: 40, borderTopWidth: 0.75, borderTopColor: colors.rule }} />
    </Artifact>
  );
}
