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

/** Makes the flow of top-level galley nodes (galleyFlow, with pictures that may shrink), for a new order of them. */
export type Reflow = (nodes: readonly LayoutNode[]) => FlowNode[];

/**
 * Packs a flow into columns; `nextArea` gives the area of each successive
 * page (0 for the first). When the flow would end with a page that holds
 * nothing but pictures, it is packed once more into the page before as
 * `reflow` makes it, with pictures that may shrink to fit; if that works the
 * result has one page fewer than the areas asked for, and the caller drops
 * the last one. If it does not, the pictures are raised into the page before
 * (see raisePictures), so the last page has text beside them. Without
 * `reflow`, neither is tried.
 */
export function flowColumns(flow: readonly FlowNode[], grid: number, nextArea: (page: number) => ColumnArea, reflow?: Reflow): PageColumns[] {
  const pages = packPages(flow, nextArea, grid, Infinity)!;
  const last = pages.at(-1);
  if (reflow === undefined || pages.length < 2 || last === undefined || !onlyPictures(last.columns)) return pages;
  const shrinking = reflow(flow.map((item) => pieceOf(item)!.node));
  const previous = pages[pages.length - 2]!;
  const before = pages.slice(0, -2).flatMap((page) => Array<number>(page.consumed).fill(page.area.height));
  const refit = balance(shrinking, before, { ...previous.area }, grid);
  if (refit.fits) {
    pages.splice(-2, 2, { columns: refit.columns, used: refit.used, last: true, area: previous.area, consumed: refit.columns.length });
    return pages;
  }
  const raised = raisePictures(shrinking, reflow, before, previous, last.area, grid);
  if (raised !== undefined) pages.splice(-2, 2, ...raised);
  return pages;
}

/** Packs a flow page after page, after the columns `start` already filled; undefined when it needs more than `limit` pages. */
function packPages(flow: readonly FlowNode[], nextArea: (page: number) => ColumnArea, grid: number, limit: number, start: readonly number[] = []): PageColumns[] | undefined {
  const pages: PageColumns[] = [];
  const history = [...start];
  if (flow.length === 0) return pages;
  for (let page = 0; page < limit; page += 1) {
    if (page > 10_000) throw new Error('flowColumns: the flow does not end');
    const area = nextArea(page);
    const first = history.length;
    const trial = replay(flow, history);
    const columns: PlacedNode[][] = [];
    for (let c = 0; c < area.count && !trial.done; c += 1) {
      const placed = trial.next(area.height);
      // A block too tall for this (partly used) page waits for the next one; the trial is spoilt, so stop here.
      if (!area.fresh && reach(placed) > area.height + 0.01) break;
      columns.push(placed);
      history.push(area.height);
    }
    const done = trial.done && columns.length > 0 && history.length - first === columns.length && replay(flow, history).done;
    if (!done) {
      pages.push({ columns, used: area.height, last: false, area, consumed: history.length - first });
      continue;
    }
    history.length = first;
    const balanced = balance(flow, history, area, grid);
    pages.push({ columns: balanced.columns, used: balanced.used, last: true, area, consumed: balanced.columns.length });
    return pages;
  }
  return undefined;
}

/**
 * Pictures that close a flow and would open its last page alone, with the
 * columns beside them empty (they fit neither after the text on the page
 * before nor shrunk), are raised: placed before a block that begins on the
 * page before (the last such block first, then earlier ones, never right
 * after a heading), shrunk to fit where needed (down to the share
 * its flow allows), and the text they displace runs on to the next page.
 * An order is taken when the page before stays filled to its foot, the flow
 * still ends on the next page, and that page has text with the pictures.
 * Typeset by hand, a picture that misses its page moves up the same way,
 * next to the text it belongs to.
 */
function raisePictures(flow: readonly FlowNode[], reflow: Reflow, before: readonly number[], previous: PageColumns, last: ColumnArea, grid: number): PageColumns[] | undefined {
  if (previous.area.count < 2) return undefined;
  let tail = flow.length;
  while (tail > 0 && isPicture(pieceOf(flow[tail - 1]!)?.node)) tail -= 1;
  if (tail === 0 || tail === flow.length) return undefined;
  const text = flow.slice(0, tail);
  const pictures = flow.slice(tail);
  // The first block that begins on the page before (a block continued from an earlier page cannot be split again here).
  const opening = previous.columns[0]?.[0];
  const openingIndex = text.findIndex((item) => pieceOf(item)?.node === (opening?.data as Piece | undefined)?.node);
  if (opening === undefined || openingIndex < 0) return undefined;
  const earliest = opening.part.isFirst ? openingIndex : openingIndex + 1;
  const areas = [previous.area, last];
  for (let at = tail - 1; at >= earliest; at -= 1) {
    // Not between a heading and what it heads.
    if (at > 0 && keepsWithNext(text[at - 1]!)) continue;
    // The flow made again for the new order: each block keeps its own spacing and its place on the grid.
    const order = reflow([...text.slice(0, at), ...pictures, ...text.slice(at)].map((item) => pieceOf(item)!.node));
    const trial = packPages(order, (page) => areas[Math.min(page, 1)]!, grid, 2, before);
    if (trial === undefined || trial.length !== 2) continue;
    const [full, end] = trial as [PageColumns, PageColumns];
    const filled = full.columns.length === full.area.count && full.columns.every((column) => reach(column) >= full.area.height - grid - 0.01);
    if (filled && !onlyPictures(end.columns)) return trial;
  }
  return undefined;
}

/** True for a block that must not end a column without what follows (a heading). */
function keepsWithNext(item: FlowNode): boolean {
  const role = pieceOf(item)?.node.props.tag?.role;
  return ('minPresenceAhead' in item && (item.minPresenceAhead ?? 0) > 0) || (role !== undefined && /^H[1-6]$/.test(role));
}

function pieceOf(item: FlowNode): Piece | undefined {
  return 'data' in item ? (item.data as Piece | undefined) : undefined;
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
 * in the area's columns (nothing too tall for its column), and packs it so,
 * with the columns' ends evened out where they would be lines apart.
 */
function balance(flow: readonly FlowNode[], history: readonly number[], area: ColumnArea, grid: number): { columns: PlacedNode[][]; used: number; fits: boolean } {
  const pack = (heights: readonly number[]) => {
    const paginator = replay(flow, history);
    const columns: PlacedNode[][] = [];
    for (let c = 0; c < area.count && !paginator.done; c += 1) columns.push(paginator.next(heights[c]!));
    const spilled = columns.some((column, c) => reach(column) > heights[c]! + 0.01);
    return { columns, fits: paginator.done && (!spilled || (area.fresh && Math.min(...heights) >= area.height - 0.01)) };
  };
  const even = (height: number) => pack(Array<number>(area.count).fill(height));
  const step = grid > 0 ? grid : 1;
  const lines = Math.max(1, Math.floor(area.height / step + 1e-6));
  let height = area.height;
  if (area.count > 1 && even(lines * step).fits) {
    let low = 1;
    let high = lines;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (even(mid * step).fits) high = mid;
      else low = mid + 1;
    }
    height = low * step;
  }
  let best = even(height);
  // Filled one after the other, the columns can end several lines apart where the widow and orphan rules
  // allow no cut in between (the last column shorter); earlier columns up to three lines shorter may even
  // them out. The most even packing wins, the fewest lines moved among equals, as long as no column ends
  // below the one before it (the reader's eye goes down the columns in order).
  if (area.count > 1 && best.fits && best.columns.length === area.count && spread(best.columns) > step + 0.5) {
    for (const cuts of shortenings(area.count - 1, 3)) {
      const trial = pack([...cuts.map((cut) => height - cut * step), height]);
      if (trial.fits && trial.columns.length === area.count && descending(trial.columns) && spread(trial.columns) < spread(best.columns) - 0.5) best = trial;
    }
  }
  return { columns: best.columns, used: Math.max(0, ...best.columns.map(reach)), fits: best.fits };
}

/** True when each column ends no lower than the one before it. */
function descending(columns: readonly PlacedNode[][]): boolean {
  const ends = columns.map(reach);
  return ends.every((end, i) => i === 0 || end <= ends[i - 1]! + 0.5);
}

/** How far apart the ends of columns are. */
function spread(columns: readonly PlacedNode[][]): number {
  const ends = columns.map(reach);
  return Math.max(...ends) - Math.min(...ends);
}

/** Every way to take 0 to `most` lines off each of `count` columns, but not none at all, fewest lines first. */
function shortenings(count: number, most: number): number[][] {
  let all: number[][] = [[]];
  for (let i = 0; i < count; i += 1) all = all.flatMap((cuts) => Array.from({ length: most + 1 }, (_, cut) => [...cuts, cut]));
  const total = (cuts: readonly number[]) => cuts.reduce((sum, cut) => sum + cut, 0);
  return all.filter((cuts) => total(cuts) > 0).sort((a, b) => total(a) - total(b));
}

/** How far down a column's fragments reach. */
export function reach(column: readonly PlacedNode[]): number {
  return column.reduce((max, fragment) => Math.max(max, fragment.box.top + fragment.box.height), 0);
}

const hasImage = (node: LayoutNode): boolean => node.type === 'IMAGE' || (node.children ?? []).some(hasImage);
/** True for a box kept whole that shows a picture (a figure). */
const isPicture = (node: LayoutNode | undefined): boolean => node !== undefined && (node.type === 'IMAGE' || (node.props.wrap === false && hasImage(node)));

/** True when every fragment is a box kept whole that shows a picture (a figure), with no running text. */
function onlyPictures(columns: readonly PlacedNode[][]): boolean {
  const fragments = columns.flat();
  const isEmpty = (node: LayoutNode | undefined): boolean => node === undefined || (node.type === 'VIEW' && (node.children ?? []).length === 0);
  const nodes = fragments.map((fragment) => (fragment.data as Piece | undefined)?.node).filter((node) => !isEmpty(node));
  return nodes.length > 0 && nodes.every(isPicture);
}
