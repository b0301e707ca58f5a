/**
 * The masthead on page 1: the title block "Integration IN HESSEN" (short
 * words set small, the rest in capitals after the first word), edition,
 * date and publisher on a rule below.
 */
import type { Issue } from '../../src/model/types.js';
import { Text, View } from '../../src/render/pdf/primitives.js';
import { H, P } from '../../src/render/pdf/tagging/components.js';
import { colors, type } from '../tokens.js';
import { formatDate } from '../strings.js';
import { fonts, grid, styles } from './styles.js';

/** The title block of the issue. */
export function Masthead({ issue }: { issue: Issue }) {
  const [first, ...rest] = issue.title.split(/\s+/);
  return (
    <View style={{ marginBottom: grid }}>
      <H level={1} actual={issue.title} style={{ fontFamily: fonts.sans, fontWeight: 700, fontSize: type.mastheadTitle, lineHeight: `${type.mastheadTitle * 1.05}pt`, color: colors.masthead }}>
        {first}
        {rest.map((word, i) => (
          <Text key={i} style={word.length <= 3 ? { fontSize: type.mastheadSmall, letterSpacing: 1 } : { letterSpacing: 0.5 }}>
            {' '}{word.toUpperCase()}
          </Text>
        ))}
      </H>
      <View style={{ flexDirection: 'row', justifyContent: 'space-between', borderTopWidth: 2, borderTopColor: colors.accent, paddingTop: 4, marginTop: 6 }}>
        <P style={[styles.small, { color: colors.text, fontWeight: 700 }]}>{issue.edition ? `${issue.edition} · ` : ''}{formatDate(issue.date, issue.lang)}</P>
        <P style={[styles.small, { color: colors.text }]}>{issue.publisher}</P>
      </View>
    </View>
  );
}
