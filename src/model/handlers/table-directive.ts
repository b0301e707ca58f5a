/** `:::table{caption rowheaders}` around a GFM table: gives it a caption and optional row headers. */
import type { Table } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Block, Inline } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';
import { error } from '../../diagnostics/messages.js';
import { checkAttributes } from './attributes.js';
import { splitLabel } from './block-directive.js';
import { buildTable } from './table.js';
import { toInlines } from './index.js';

/** A captioned table. */
export function tableDirective(node: ContainerDirective | LeafDirective, state: ModelState): Block[] {
  const attributes = checkAttributes(node, { optional: ['caption'], flags: ['rowheaders'] }, state);
  const { label, children } = splitLabel(node);
  const tables = children.filter((child): child is Table => child.type === 'table');
  const others = children.filter((child) => child.type !== 'table');
  if (tables.length !== 1 || others.length > 0) {
    error(state.file, `Unexpected content in \`:::table\`, expected exactly one table (found ${tables.length})`, node.position?.start, 'table-directive');
    if (tables.length === 0) return [];
  }
  let caption: Inline[] | undefined;
  if (label) caption = toInlines(label.children, state);
  else if (attributes.caption !== undefined && attributes.caption.trim() !== '') {
    caption = [{ type: 'text', value: attributes.caption.trim(), source: sourceOf(state, node) }];
  } else {
    error(state.file, 'Missing caption on `:::table`, expected `:::table{caption="…"}`', node.position?.start, 'table-caption');
  }
  return [buildTable(tables[0]!, state, { caption, rowHeaders: attributes.rowheaders !== undefined })];
}
