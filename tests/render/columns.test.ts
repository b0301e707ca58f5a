/**
 * Raising closing pictures (src/render/pdf/columns.ts) on a made-up galley:
 * a picture that would open a page alone moves up into the page before,
 * shrunk to fit, never between a heading and the text it heads, and each
 * block keeps its spacing in the new order.
 */
import { describe, expect, test } from 'vitest';
import type { PlacedNode } from '@react-pdf/paginate';
import { flowColumns, type ColumnArea } from '../../src/render/pdf/columns.js';
import { galleyFlow, type Piece } from '../../src/render/pdf/flow.js';
import type { LayoutNode } from '../../src/render/pdf/layout-types.js';

const grid = 10;

/** A top-level block of a galley, kept whole: text without lines, or a figure (a picture, then 10 pt of caption). */
function block(name: string, role: string, height: number, options: { marginBottom?: number; minPresenceAhead?: number } = {}): LayoutNode {
  const picture = role === 'Figure';
  const children = picture ? [{ type: 'IMAGE', box: { top: 0, left: 0, width: 100, height: height - 10 }, style: {}, props: {}, children: [] }] : [];
  return {
    type: picture ? 'VIEW' : 'TEXT',
    box: { top: 0, left: 0, width: 100, height, marginTop: 0, marginBottom: options.marginBottom ?? 0 },
    style: {},
    props: { tag: { role }, name, ...(picture ? { wrap: false } : {}), ...(options.minPresenceAhead ? { minPresenceAhead: options.minPresenceAhead } : {}) },
    children,
  } as unknown as LayoutNode;
}

const reflow = (nodes: readonly LayoutNode[]) => galleyFlow(nodes, { grid, shrinkPictures: 0.35 });

function pack(nodes: LayoutNode[], areas: ColumnArea[]) {
  return flowColumns(galleyFlow(nodes, { grid }), grid, (page) => areas[Math.min(page, areas.length - 1)]!, reflow);
}

/** Each column's blocks by name, with where they start. */
const placed = (column: PlacedNode[]) => column
  .map((fragment) => [((fragment.data as Piece | undefined)?.node.props as { name?: string } | undefined)?.name, fragment.box.top] as const)
  .filter(([name]) => name !== undefined);

describe('a closing picture that would open a page alone', () => {
  const areas: ColumnArea[] = [{ count: 2, height: 100, fresh: false }, { count: 2, height: 400, fresh: true }];

  test('moves up into the page before, shrunk, before the heading rather than between it and its text', () => {
    // The page before has two columns of 100 pt: P1 fills the first, the heading and P2 the second.
    const pages = pack([block('P1', 'P', 100), block('H', 'H3', 20, { minPresenceAhead: 30 }), block('P2', 'P', 80), block('PIC', 'Figure', 150)], areas);
    expect(pages.map((page) => page.columns.map((column) => placed(column).map(([name]) => name)))).toEqual([[['P1'], ['PIC']], [['H', 'P2']]]);
    // Shrunk to the column's 100 pt.
    expect(pages[0]!.columns[1]!.reduce((most, fragment) => Math.max(most, fragment.box.top + fragment.box.height), 0)).toBeCloseTo(100, 0);
  });

  test('the blocks after it keep their own spacing, on the grid', () => {
    // P2 has 10 pt of space after it, so P3 starts 10 pt below it, on the grid (one column on the last page, so
    // balancing does not part them); moved, the picture starts its column.
    const pages = pack([block('P1', 'P', 100), block('P2', 'P', 36, { marginBottom: 10 }), block('P3', 'P', 50), block('PIC', 'Figure', 150)], [areas[0]!, { count: 1, height: 400, fresh: true }]);
    expect(pages.map((page) => page.columns.map(placed))).toEqual([[[['P1', 0]], [['PIC', 0]]], [[['P2', 0], ['P3', 50]]]]);
  });

  test('the text the picture displaces starts at the head of the next column, not a gap below it', () => {
    // The seed's case: one paragraph of 20 lines fills both columns of the page before; the picture moves up
    // before it into the first column, and the paragraph runs on from the head of the second.
    const paragraph = { ...block('P', 'P', 200, { marginBottom: 10 }), lines: Array.from({ length: 20 }, (_, i) => ({ box: { x: 0, y: i * 10, width: 100, height: 10 } })) } as LayoutNode;
    const pages = pack([paragraph, block('PIC', 'Figure', 150, { marginBottom: 10 })], [{ count: 2, height: 100, fresh: false }, areas[1]!]);
    expect(pages[0]!.columns.map(placed)).toEqual([[['PIC', 0]], [['P', 0]]]);
  });

  test('without a better place it stays where it was', () => {
    // 300 pt shrunk to the 100 pt of a column is under 35 %: the picture cannot move up.
    const pages = pack([block('P1', 'P', 100), block('P2', 'P', 100), block('PIC', 'Figure', 300)], areas);
    expect(pages.map((page) => page.columns.map((column) => placed(column).map(([name]) => name)))).toEqual([[['P1'], ['P2']], [['PIC']]]);
  });
});

describe('balancing the last page', () => {
  /** A paragraph of `count` lines of 10 pt, split between lines (two lines at least at a column's foot and head). */
  const paragraph = (name: string, count: number): LayoutNode =>
    ({ ...block(name, 'P', count * 10), lines: Array.from({ length: count }, (_, i) => ({ box: { x: 0, y: i * 10, width: 100, height: 10 } })) }) as LayoutNode;

  test('where widow and orphan rules leave no even cut, earlier columns give up lines so the ends are as close as can be, in order', () => {
    // 72 lines in three columns; filled one after the other they end at 25, 25 and 22 lines.
    const nodes = [paragraph('A', 7), paragraph('B', 18), paragraph('C', 21), paragraph('D', 18), paragraph('E', 8)];
    const [page] = flowColumns(galleyFlow(nodes, { grid }), grid, () => ({ count: 3, height: 500, fresh: true }));
    const ends = page!.columns.map((column) => column.reduce((most, fragment) => Math.max(most, fragment.box.top + fragment.box.height), 0));
    expect(Math.max(...ends) - Math.min(...ends)).toBeLessThanOrEqual(2 * grid);
    expect(ends).toEqual([...ends].sort((a, b) => b - a));
    expect(ends.reduce((sum, end) => sum + end, 0)).toBe(720);
  });
});
