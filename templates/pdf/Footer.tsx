/**
 * The running footer of pages after the first: publication and page number,
 * set right as one line, an artifact. Kept as one block at the right edge so
 * text extraction reads it after the last column, not between columns.
 */
import type { Issue } from '../../src/model/types.js';
import { Text } from '../../src/render/pdf/primitives.js';
import { Artifact } from '../../src/render/pdf/tagging/components.js';
import { colors } from '../tokens.js';
import { stringsFor } from '../strings.js';
import { styles } from './styles.js';

/** Footer line for a page. */
export function Footer({ issue, pageNumber }: { issue: Issue; pageNumber: number }) {
  const strings = stringsFor(issue.lang);
  return (
    <Artifact kind="Pagination" style={{ borderTopWidth: 0.5, borderTopColor: colors.rule, paddingTop: 3 }}>
      <Text style={[styles.footer, { textAlign: 'right' }]}>
        {issue.title}{issue.edition ? ` · ${issue.edition}` : ''}{'  |  '}<Text style={{ fontWeight: 700, color: colors.text }}>{strings.page} {String(pageNumber)}</Text>
      </Text>
    </Artifact>
  );
}
