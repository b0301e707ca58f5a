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
}

/** What one page received: its columns' fragments and how far down they reach. */
export interface PageColumns {
  columns: PlacedNode[][];
  /** The height the tallest column uses (the balanced height on the last page). */
  used: number;
  /** True on the page where the flow ends. */
  last: boolean;
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
    const area = nextArea(page);
    const trial = replay(flow, history);
    const columns: PlacedNode[][] = [];
    for (let c = 0; c < area.count && !trial.done; c += 1) columns.push(trial.next(area.height));
    if (!trial.done) {
      pages.push({ columns, used: area.height, last: false });
      for (let c = 0; c < area.count; c += 1) history.push(area.height);
      if (page > 10_000) throw new Error('flowColumns: the flow does not end');
      continue;
    }
    const balanced = balance(flow, history, area, grid);
    if (shrinking !== undefined && page > 0 && onlyPictures(balanced.columns)) {
      const previous = pages[pages.length - 1]!;
      const before = history.slice(0, history.length - previous.columns.length);
      const refit = balance(shrinking, before, { count: previous.columns.length, height: previous.used }, grid);
      if (refit.fits) {
        pages[pages.length - 1] = { columns: refit.columns, used: refit.used, last: true };
        return pages;
      }
    }
    pages.push({ columns: balanced.columns, used: balanced.used, last: true });
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

/** Finds the smallest whole-line column height at which the rest still fits in the area's columns. */
function balance(flow: readonly FlowNode[], history: readonly number[], area: ColumnArea, grid: number): { columns: PlacedNode[][]; used: number; fits: boolean } {
  const pack = (height: number) => {
    const paginator = replay(flow, history);
    const columns: PlacedNode[][] = [];
    for (let c = 0; c < area.count && !paginator.done; c += 1) columns.push(paginator.next(height));
    return { columns, fits: paginator.done && columns.every((column) => reach(column) <= height + 0.01) };
  };
  const step = grid > 0 ? grid : 1;
  let low = 1;
  let high = Math.max(1, Math.floor(area.height / step + 1e-6));
  if (area.count > 1) {
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (pack(mid * step).fits) high = mid;
      else low = mid + 1;
    }
  } else low = high;
  const height = area.count > 1 ? Math.min(area.height, low * step) : area.height;
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
