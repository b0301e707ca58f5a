/** The Impressum at the end of the issue: every field of issue.yaml. */
import type { Issue } from '../../src/model/types.js';
import { View } from '../../src/render/pdf/primitives.js';
import { H, P, Sect } from '../../src/render/pdf/tagging/components.js';
import { colors } from '../tokens.js';
import { stringsFor } from '../strings.js';
import { fonts, grid, styles } from './styles.js';

/** The Impressum block, spanning the text width. */
export function Impressum({ issue }: { issue: Issue }) {
  const strings = stringsFor(issue.lang);
  const label = { fontFamily: fonts.sans, fontWeight: 700 as const, fontSize: 7.5, lineHeight: '10pt', color: colors.text };
  return (
    <Sect style={{ borderTopWidth: 2, borderTopColor: colors.accent, paddingTop: 6, marginTop: grid }}>
      <H level={2} style={[styles.boxTitle, { fontSize: 9 }]}>{strings.impressum}</H>
      <P style={[label, { marginBottom: 4 }]}>{issue.publisher}</P>
      <View style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
        {issue.impressum.map((entry, i) => (
          <View key={i} style={{ width: '33%', paddingRight: 8, marginBottom: 4 }} wrap={false}>
            <P style={label}>{entry.label}</P>
            {entry.lines.map((line, j) => <P key={j} style={[styles.small, { color: colors.text, lineHeight: '10pt' }]}>{line}</P>)}
          </View>
        ))}
      </View>
    </Sect>
  );
}
