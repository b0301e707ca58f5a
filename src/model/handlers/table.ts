/**
 * GFM tables. The first row is the header (`th scope="col"`); with the
 * `:::table{rowheaders}` wrapper the first cell of every row is a row header
 * too. The caption comes from the wrapper (see block-directive.ts).
 */
import type { Table } from 'mdast';
import type { Block, Inline, TableNode, TableRowNode } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';
import { warn } from '../../diagnostics/messages.js';
import { toInlines } from './index.js';

/** Options the `:::table` wrapper passes in. */
export interface TableOptions { caption: Inline[] | undefined; rowHeaders: boolean }

/** Builds a table node. */
export function buildTable(node: Table, state: ModelState, options: TableOptions): TableNode {
  const [headRow, ...bodyRows] = node.children;
  const row = (r: Table['children'][number], header: boolean): TableRowNode => ({
    type: 'tableRow',
    cells: r.children.map((cell, index) => {
      const isRowHeader = !header && options.rowHeaders && index === 0;
      return {
        type: 'tableCell',
        header: header || isRowHeader,
        scope: header ? 'col' : isRowHeader ? 'row' : undefined,
        children: toInlines(cell.children, state),
        source: sourceOf(state, cell),
      };
    }),
    source: sourceOf(state, r),
  });
  const head = headRow ? row(headRow, true) : { type: 'tableRow' as const, cells: [], source: sourceOf(state, node) };
  head.cells.forEach((cell) => {
    if (cell.children.length === 0) {
      warn(state.file, 'Unexpected empty header cell, expected a column name', cell.source.position, 'table-header-empty', {
        note: 'screen readers announce the header with every cell of its column',
      });
    }
  });
  return {
    type: 'table',
    caption: options.caption,
    align: (node.align ?? []).map((a) => a ?? null),
    head,
    body: bodyRows.map((r) => row(r, false)),
    source: sourceOf(state, node),
  };
}

/** A table written without the `:::table` wrapper: no caption. */
export function table(node: Table, state: ModelState): Block[] {
  warn(state.file, 'Unexpected table without caption, expected it inside `:::table{caption="…"}`', node.position, 'table-caption', {
    note: 'a caption tells screen-reader users what the table is about before they enter it',
  });
  return [buildTable(node, state, { caption: undefined, rowHeaders: false })];
}
