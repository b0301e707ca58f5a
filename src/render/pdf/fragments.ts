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
  if (piece.scale !== undefined) return [shrinkPicture({ ...node, box: { ...box, height: node.box.height } }, piece.scale)];
  if (piece.from !== undefined && node.lines) {
    return [{ ...node, box, lines: node.lines.slice(piece.from, piece.to) }];
  }
  if (fragment.children !== undefined) {
    return [{ ...node, box, children: fragment.children.flatMap((child) => toNode(child, 0, 0)) }];
  }
  return [{ ...node, box }];
}

/** A figure with its picture scaled: the picture (in the first child) shrinks, what follows moves up. */
function shrinkPicture(node: LayoutNode, scale: number): LayoutNode {
  const [first, ...rest] = node.children ?? [];
  if (first === undefined) return node;
  const scaleImage = (image: LayoutNode): LayoutNode => ({ ...image, box: { ...image.box, width: image.box.width * scale, height: image.box.height * scale } });
  let delta = 0;
  let holder: LayoutNode;
  if (first.type === 'IMAGE') {
    delta = first.box.height * (1 - scale);
    holder = scaleImage(first);
  } else {
    const children = (first.children ?? []).map((child) => {
      if (child.type !== 'IMAGE') return child;
      delta = child.box.height * (1 - scale);
      return scaleImage(child);
    });
    holder = { ...first, box: { ...first.box, height: first.box.height - delta }, children };
  }
  const moved = rest.map((child) => ({ ...child, box: { ...child.box, top: child.box.top - delta } }));
  return { ...node, box: { ...node.box, height: node.box.height - delta }, children: [holder, ...moved] };
}
