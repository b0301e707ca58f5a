/**
 * Turns a galley into the flow @react-pdf/paginate packs into columns. Text
 * splits between lines, never leaving fewer than two lines of a paragraph at
 * the foot or the head of a column (no orphans, no widows); boxes marked
 * `wrap={false}` move whole; headings keep the lines after them. Top-level
 * blocks start on the baseline grid, and the space between blocks collapses
 * where a column ends, so every column begins flush at its top.
 */
import type { FlowNode, LeafNode } from '@react-pdf/paginate';
import type { LayoutLine, LayoutNode } from './layout-types.js';

/** What a flow item carries back to placement: the node, and which of its lines when it is a piece of a text. */
export interface Piece {
  node: LayoutNode;
  /** Margins as the flow saw them (top-level blocks have theirs folded into the gaps). */
  marginTop: number;
  marginBottom: number;
  /** For text pieces: the range of lines. */
  from?: number;
  to?: number;
  /** For a shrunk picture: its scale. */
  scale?: number;
}

/** Options of the flow. */
export interface FlowOptions {
  /** Baseline grid pitch; 0 disables snapping. */
  grid: number;
  orphans?: number;
  widows?: number;
  /** Let pictures shrink to this share of their size where they would not fit (undefined: never). */
  shrinkPictures?: number | undefined;
}

/** The flow of a galley's top-level nodes, snapped to the grid. */
export function galleyFlow(nodes: readonly LayoutNode[], options: FlowOptions): FlowNode[] {
  const flow: FlowNode[] = [];
  let end = 0;
  let pendingSpace = 0;
  for (const node of nodes) {
    const box = node.box;
    const space = pendingSpace + (box.marginTop ?? 0);
    let top = end === 0 && flow.length === 0 ? 0 : end + space;
    if (options.grid > 0) top = Math.ceil(top / options.grid - 1e-6) * options.grid;
    const item = flowNode(node, options, { marginTop: 0, marginBottom: 0 });
    item.box = { ...item.box, top, marginTop: 0, marginBottom: 0 };
    flow.push(item);
    end = top + box.height;
    pendingSpace = box.marginBottom ?? 0;
  }
  if (options.shrinkPictures === undefined) return flow;
  // The space after a block is the gap to the next block's top.
  return flow.map((item, i) => shrinkable(item, nodes[i]!, options.shrinkPictures!, i + 1 < flow.length ? flow[i + 1]!.box.top - item.box.top - item.box.height : 0));
}

function flowNode(node: LayoutNode, options: FlowOptions, margins?: { marginTop: number; marginBottom: number }): FlowNode {
  const box = node.box;
  const marginTop = margins?.marginTop ?? box.marginTop ?? 0;
  const marginBottom = margins?.marginBottom ?? box.marginBottom ?? 0;
  const flowBox = {
    top: box.top,
    height: box.height,
    marginTop,
    marginBottom,
    edgeTop: (box.borderTopWidth ?? 0) + (box.paddingTop ?? 0),
    edgeBottom: (box.borderBottomWidth ?? 0) + (box.paddingBottom ?? 0),
  };
  const piece: Piece = { node, marginTop, marginBottom };
  const presence = typeof node.props.minPresenceAhead === 'number' ? { minPresenceAhead: node.props.minPresenceAhead } : {};
  if (node.type === 'TEXT' && node.lines && node.lines.length > 0) {
    return textLeaf(node, node.lines, 0, node.lines.length, flowBox, options, presence);
  }
  const children = (node.children ?? []).filter((child) => child.type !== 'TEXT_INSTANCE');
  if (node.props.wrap === false || children.length === 0 || node.type === 'IMAGE' || node.type === 'TEXT') {
    return { box: flowBox, data: piece, ...presence };
  }
  const direction = node.style.flexDirection === 'row' ? 'row' : 'column';
  return { box: flowBox, direction, children: children.map((child) => flowNode(child, options)), data: piece, ...presence };
}

function linesHeight(lines: readonly LayoutLine[], from: number, to: number): number {
  if (to <= from) return 0;
  const first = lines[from]!;
  const last = lines[to - 1]!;
  return last.box.y + last.box.height - first.box.y;
}

function textLeaf(
  node: LayoutNode,
  lines: readonly LayoutLine[],
  from: number,
  to: number,
  box: { top: number; height: number; marginTop: number; marginBottom: number; edgeTop: number; edgeBottom: number },
  options: FlowOptions,
  extra: object,
): LeafNode {
  const orphans = options.orphans ?? 2;
  const widows = options.widows ?? 2;
  const piece: Piece = { node, marginTop: box.marginTop, marginBottom: box.marginBottom, from, to };
  const count = to - from;
  const leaf: LeafNode = { box, data: piece, ...extra };
  if (count < orphans + widows) return leaf;
  return {
    ...leaf,
    split: (avail: number) => {
      const room = avail - box.edgeTop;
      let fit = 0;
      while (fit < count && linesHeight(lines, from, from + fit + 1) <= room + 0.01) fit += 1;
      if (fit > count - widows) fit = count - widows;
      if (fit < orphans) return null;
      const cut = from + fit;
      const headHeight = box.edgeTop + linesHeight(lines, from, cut);
      const tailHeight = linesHeight(lines, cut, to) + box.edgeBottom;
      const head = textLeaf(node, lines, from, cut, { ...box, height: headHeight, marginBottom: 0, edgeBottom: 0 }, options, {});
      const tail = textLeaf(node, lines, cut, to, { ...box, top: 0, height: tailHeight, marginTop: 0, edgeTop: 0 }, options, {});
      return [head, tail];
    },
  };
}

/** The height of the first picture in a box (its first child's), or 0 when it has none. */
function pictureHeight(node: LayoutNode): number {
  const first = node.children?.[0];
  if (first === undefined) return 0;
  if (first.type === 'IMAGE') return first.box.height;
  const image = first.children?.find((child) => child.type === 'IMAGE');
  return image?.box.height ?? 0;
}

/**
 * A box that holds a picture (a figure: picture, then caption), made able to
 * shrink its picture down to `least` of its size to fit the space left; the
 * caption keeps its width and lines. Shrunk, it fills its column, and the
 * paginator carries an empty remainder to the head of the next column, where
 * the space that follows the figure (`spaceAfter`) would then open the
 * column; the remainder takes that space back (a negative margin), so the
 * next column begins flush like any other.
 */
function shrinkable(item: FlowNode, node: LayoutNode, least: number, spaceAfter: number): FlowNode {
  const picture = node.props.wrap === false ? pictureHeight(node) : 0;
  if (picture === 0 || 'children' in item) return item;
  const rest = item.box.height - picture;
  return {
    ...item,
    split: (avail: number) => {
      const scale = (avail - rest) / picture;
      if (scale < least || scale >= 1) return null;
      const piece: Piece = { node, marginTop: 0, marginBottom: 0, scale };
      return [{ box: { ...item.box, height: rest + picture * scale }, data: piece }, { box: { top: 0, height: 0, marginBottom: -Math.max(0, spaceAfter) } }];
    },
  } as FlowNode;
}
