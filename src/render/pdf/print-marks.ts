/**
 * Print production: with a bleed, each page is larger than A4 by the bleed
 * and room for crop marks; the TrimBox is the A4 sheet, the BleedBox the
 * bleed around it. Crop marks sit outside the bleed, and backgrounds that
 * touch the trim edge run into the bleed, so the cutter leaves no white
 * hairline. Marks and backgrounds are artifacts.
 */
import type { PageBackground, PageGeometry } from '../template-set.js';
import type { LayoutNode } from './layout-types.js';
import type { Rect } from './makeup.js';

/** Crop marks: this long, this far outside the bleed, this thick. */
const markLength = (5 * 72) / 25.4;
const markGap = (1 * 72) / 25.4;
const markWidth = 0.25;

/** The boxes of a page, in points; origin at the media box's top left. */
export interface PageBoxes {
  media: { width: number; height: number };
  /** Offset of the trim box (the A4 sheet) from the media box's top left. */
  offset: number;
  trim: Rect;
  bleed: Rect;
}

/** The page boxes for a bleed (0 for a plain A4 page). */
export function pageBoxes(g: PageGeometry, bleed: number): PageBoxes {
  const offset = bleed > 0 ? bleed + markGap + markLength : 0;
  return {
    media: { width: g.width + 2 * offset, height: g.height + 2 * offset },
    offset,
    trim: { x: offset, y: offset, width: g.width, height: g.height },
    bleed: { x: offset - bleed, y: offset - bleed, width: g.width + 2 * bleed, height: g.height + 2 * bleed },
  };
}

/** A PDF rectangle [llx lly urx ury] for a box given from the top left of the media box. */
export function pdfRect(box: Rect, mediaHeight: number): number[] {
  return [box.x, mediaHeight - box.y - box.height, box.x + box.width, mediaHeight - box.y];
}

/** Background areas as nodes, edges on the trim pushed out into the bleed. */
export function backgroundNodes(backgrounds: readonly PageBackground[], g: PageGeometry, boxes: PageBoxes, bleed: number): LayoutNode[] {
  const near = (a: number, b: number) => Math.abs(a - b) < 0.01;
  return backgrounds.map((background) => {
    let { x, y, width, height } = background;
    if (near(x, 0)) { x -= bleed; width += bleed; }
    if (near(y, 0)) { y -= bleed; height += bleed; }
    if (near(background.x + background.width, g.width)) width += bleed;
    if (near(background.y + background.height, g.height)) height += bleed;
    return artifactBox({ x: x + boxes.offset, y: y + boxes.offset, width, height }, { backgroundColor: background.color }, 'Background');
  });
}

/** The eight crop marks around the trim box, outside the bleed. */
export function cropMarkNodes(boxes: PageBoxes, bleed: number): LayoutNode[] {
  if (bleed <= 0) return [];
  const { x, y, width, height } = boxes.trim;
  const start = bleed + markGap;
  const marks: Rect[] = [];
  for (const cornerX of [x, x + width]) {
    for (const cornerY of [y, y + height]) {
      const outX = cornerX === x ? -1 : 1;
      const outY = cornerY === y ? -1 : 1;
      // Horizontal mark in line with the trim's horizontal edge, vertical mark in line with its vertical edge.
      marks.push({ x: outX < 0 ? cornerX - start - markLength : cornerX + start, y: cornerY - markWidth / 2, width: markLength, height: markWidth });
      marks.push({ x: cornerX - markWidth / 2, y: outY < 0 ? cornerY - start - markLength : cornerY + start, width: markWidth, height: markLength });
    }
  }
  return marks.map((mark) => artifactBox(mark, { backgroundColor: '#000000' }, 'Page'));
}

function artifactBox(rect: Rect, style: Record<string, unknown>, kind: 'Background' | 'Page'): LayoutNode {
  return {
    type: 'VIEW',
    box: { top: rect.y, left: rect.x, width: rect.width, height: rect.height },
    style,
    props: { tag: { role: 'Artifact', kind } },
    children: [],
  };
}
