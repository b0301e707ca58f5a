/**
 * Flows a galley through columns: full columns page after page, and on the
 * last page columns balanced to end within a line of each other. Balancing
 * repacks the already laid-out lines at shorter column heights (a search
 * over whole lines); it never lays the text out again.
 */
import { createPaginator, type FlowNode, type Paginator, type PlacedNode } from '@react-pdf/paginate';
import type { LayoutNode } from './layout-types.js';
import type { Piece } from './flow.js';

/** The columns of one page that a flow may fill. */
export interface ColumnArea {
  /** Number of columns. */
  count: number;
  /** Height available to each column. */
  height: number;
  /**
   * True when the columns start at the top of a page: a block taller than
   * such a column could not fit anywhere, so it is placed anyway (overflowing).
   * On a page begun lower down, it waits for the next page instead.
   */
  fresh: boolean;
}

/** What one page received: its columns' fragments and how far down they reach. */
export interface PageColumns {
  columns: PlacedNode[][];
  /** The height the tallest column uses (the balanced height on the last page). */
  used: number;
  /** True on the page where the flow ends. */
  last: boolean;
  /** The area the page offered. */
  area: ColumnArea;
  /** How many columns' worth of the flow this page took (columns left empty take none). */
  consumed: number;
}

/**
 * Packs a flow into columns; `nextArea` gives the area of each successive
 * page (0 for the first). When the flow would end with a page that holds
 * nothing but pictures, it is packed once more into the page before with
 * `shrinking`, the same flow whose pictures may shrink to fit; if that works
 * the result has one page fewer than the areas asked for, and the caller
 * drops the last one.
 */
export function flowColumns(flow: readonly FlowNode[], grid: number, nextArea: (page: number) => ColumnArea, shrinking?: readonly FlowNode[]): PageColumns[] {
  const pages: PageColumns[] = [];
  const history: number[] = [];
  if (flow.length === 0) return pages;
  for (let page = 0; ; page += 1) {
    if (page > 10_000) throw new Error('flowColumns: the flow does not end');
    const area = nextArea(page);
    const start = history.length;
    const trial = replay(flow, history);
    const columns: PlacedNode[][] = [];
    for (let c = 0; c < area.count && !trial.done; c += 1) {
      const placed = trial.next(area.height);
      // A block too tall for this (partly used) page waits for the next one; the trial is spoilt, so stop here.
      if (!area.fresh && reach(placed) > area.height + 0.01) break;
      columns.push(placed);
      history.push(area.height);
    }
    const done = trial.done && columns.length > 0 && history.length - start === columns.length && replay(flow, history).done;
    if (!done) {
      pages.push({ columns, used: area.height, last: false, area, consumed: history.length - start });
      continue;
    }
    history.length = start;
    const balanced = balance(flow, history, area, grid);
    if (shrinking !== undefined && page > 0 && onlyPictures(balanced.columns)) {
      const previous = pages[pages.length - 1]!;
      const before = history.slice(0, history.length - previous.consumed);
      const refit = balance(shrinking, before, { ...previous.area }, grid);
      if (refit.fits) {
        pages[pages.length - 1] = { columns: refit.columns, used: refit.used, last: true, area: previous.area, consumed: refit.columns.length };
        return pages;
      }
    }
    pages.push({ columns: balanced.columns, used: balanced.used, last: true, area, consumed: balanced.columns.length });
    return pages;
  }
}

/** A paginator advanced past the columns already filled. */
function replay(flow: readonly FlowNode[], history: readonly number[]): Paginator {
  const paginator = quiet(createPaginator([...flow]));
  for (const height of history) {
    if (paginator.done) break;
    paginator.next(height);
  }
  return paginator;
}

/**
 * The paginator warns on the console when an item is taller than a column
 * and is placed anyway; trial packings do that on purpose, and real
 * overflows are reported as messages by the make-up instead.
 */
function quiet(paginator: Paginator): Paginator {
  return {
    get done() {
      return paginator.done;
    },
    next(height: number) {
      const warn = console.warn;
      console.warn = () => {};
      try {
        return paginator.next(height);
      } finally {
        console.warn = warn;
      }
    },
  };
}

/**
 * Finds the smallest whole-line column height at which the rest still fits
 * in the area's columns (nothing too tall for its column), and packs it so.
 */
function balance(flow: readonly FlowNode[], history: readonly number[], area: ColumnArea, grid: number): { columns: PlacedNode[][]; used: number; fits: boolean } {
  const pack = (height: number) => {
    const paginator = replay(flow, history);
    const columns: PlacedNode[][] = [];
    for (let c = 0; c < area.count && !paginator.done; c += 1) columns.push(paginator.next(height));
    const spilled = columns.some((column) => reach(column) > height + 0.01);
    return { columns, fits: paginator.done && (!spilled || (area.fresh && height >= area.height - 0.01)) };
  };
  const step = grid > 0 ? grid : 1;
  const lines = Math.max(1, Math.floor(area.height / step + 1e-6));
  let height = area.height;
  if (area.count > 1 && pack(lines * step).fits) {
    let low = 1;
    let high = lines;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (pack(mid * step).fits) high = mid;
      else low = mid + 1;
    }
    height = low * step;
  }
  const { columns, fits } = pack(height);
  return { columns, used: Math.max(0, ...columns.map(reach)), fits };
}

/** How far down a column's fragments reach. */
export function reach(column: readonly PlacedNode[]): number {
  return column.reduce((max, fragment) => Math.max(max, fragment.box.top + fragment.box.height), 0);
}

/** True when every fragment is a box kept whole that shows a picture (a figure), with no running text. */
function onlyPictures(columns: readonly PlacedNode[][]): boolean {
  const fragments = columns.flat();
  const hasImage = (node: LayoutNode): boolean => node.type === 'IMAGE' || (node.children ?? []).some(hasImage);
  const isPicture = (node: LayoutNode | undefined): boolean => node !== undefined && (node.type === 'IMAGE' || (node.props.wrap === false && hasImage(node)));
  const isEmpty = (node: LayoutNode | undefined): boolean => node === undefined || (node.type === 'VIEW' && (node.children ?? []).length === 0);
  const nodes = fragments.map((fragment) => (fragment.data as Piece | undefined)?.node).filter((node) => !isEmpty(node));
  return nodes.length > 0 && nodes.every(isPicture);
}
