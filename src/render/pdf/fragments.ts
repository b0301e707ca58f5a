/**
 * Turns what the paginator placed back into laid-out nodes at their final
 * place: a piece of a text keeps only its lines, a container keeps only its
 * placed children, and the top-level nodes are moved to the column's origin.
 * Child boxes stay relative to their parent, as React-PDF renders them.
 */
import type { PlacedNode } from '@react-pdf/paginate';
import type { LayoutNode } from './layout-types.js';
import type { Piece } from './flow.js';

/** Places the fragments of one column at (x, y) on its page. */
export function materialize(placed: readonly PlacedNode[], x: number, y: number): LayoutNode[] {
  return placed.flatMap((fragment) => toNode(fragment, x, y));
}

function toNode(fragment: PlacedNode, originX: number, originY: number): LayoutNode[] {
  const piece = fragment.data as Piece | undefined;
  if (piece === undefined) return (fragment.children ?? []).flatMap((child) => toNode(child, originX, originY + fragment.box.top));
  const node = piece.node;
  const lead = fragment.part.isFirst ? piece.marginTop : 0;
  const trail = fragment.part.isLast ? piece.marginBottom : 0;
  const whole = fragment.part.isFirst && fragment.part.isLast;
  const box = {
    ...node.box,
    top: originY + fragment.box.top + lead,
    left: originX + node.box.left,
    height: whole ? node.box.height : fragment.box.height - lead - trail,
  };
  if (piece.from !== undefined && node.lines) {
    return [{ ...node, box, lines: node.lines.slice(piece.from, piece.to) }];
  }
  if (fragment.children !== undefined) {
    return [{ ...node, box, children: fragment.children.flatMap((child) => toNode(child, 0, 0)) }];
  }
  return [{ ...node, box }];
}
