/** A table with caption, header row (TH with Column scope) and optional row headers (Row scope). */
import type { TableNode } from '../../src/model/types.js';
import { Caption, Table as TaggedTable, TBody, TD, TH, THead, TR } from '../../src/render/pdf/tagging/components.js';
import { Text } from '../../src/render/pdf/primitives.js';
import { colors } from '../tokens.js';
import { Inlines } from './Blocks.js';
import { fonts, grid, styles } from './styles.js';
import { useRightToLeft } from './direction.js';

const cell = { flex: 1, paddingRight: 3, paddingTop: 1, paddingBottom: 1 };
/** A cell of a right-to-left table: the first column on the right, the gap on the left. */
const cellRtl = { flex: 1, paddingLeft: 3, paddingTop: 1, paddingBottom: 1 };
const cellText = { fontFamily: fonts.condensed, fontSize: 8, lineHeight: `${grid - 2}pt` };

/** A tagged table. */
export function Table({ node }: { node: TableNode }) {
  const rtl = useRightToLeft();
  const flexDirection = rtl ? 'row-reverse' : 'row';
  const cellStyle = rtl ? cellRtl : cell;
  const align = (i: number) => ({ textAlign: node.align[i] ?? 'left' } as const);
  return (
    <TaggedTable style={{ marginTop: grid / 2, marginBottom: grid / 2 }}>
      {node.caption ? <Caption style={[styles.caption, { fontWeight: 700, color: colors.text, marginBottom: 2 }]}><Inlines nodes={node.caption} /></Caption> : null}
      <THead>
        <TR style={{ flexDirection, borderBottomWidth: 1, borderBottomColor: colors.accent }}>
          {node.head.cells.map((c, i) => (
            <TH key={i} scope="Column" style={cellStyle}><Text style={[cellText, { fontWeight: 700 }, align(i)]}><Inlines nodes={c.children} /></Text></TH>
          ))}
        </TR>
      </THead>
      <TBody>
        {node.body.map((row, r) => (
          <TR key={r} style={{ flexDirection, borderBottomWidth: 0.5, borderBottomColor: colors.rule }}>
            {row.cells.map((c, i) => c.header
              ? <TH key={i} scope="Row" style={cellStyle}><Text style={[cellText, { fontWeight: 700 }, align(i)]}><Inlines nodes={c.children} /></Text></TH>
              : <TD key={i} style={cellStyle}><Text style={[cellText, align(i)]}><Inlines nodes={c.children} /></Text></TD>)}
          </TR>
        ))}
      </TBody>
    </TaggedTable>
  );
}
