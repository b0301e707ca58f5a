/**
 * The effective resolution of every picture at the size it is printed: a
 * photo of 1200 pixels printed 180 mm wide has 170 dpi, too coarse for
 * offset print, which wants 300.
 */
import type { ImageRef, Source } from '../../model/types.js';
import type { RenderWarning } from '../../pipeline.js';
import type { LayoutNode } from './layout-types.js';
import type { PagePlan } from './makeup.js';

/** Print wants at least this many dots per inch. */
export const printDpi = 300;

/** Warnings for pictures printed at less than 300 dpi; `origin` maps each image source object to its model reference. */
export function resolutionWarnings(pages: readonly PagePlan[], origin: ReadonlyMap<unknown, { ref: ImageRef; source: Source }>): RenderWarning[] {
  const lowest = new Map<ImageRef, { dpi: number; widthMm: number; source: Source }>();
  const visit = (node: LayoutNode): void => {
    const placed = node.type === 'IMAGE' ? origin.get(node.props.src) : undefined;
    const asset = placed?.ref.asset;
    if (placed && asset && node.box.width > 0) {
      const dpi = Math.min(asset.width / (node.box.width / 72), asset.height / (node.box.height / 72));
      const known = lowest.get(placed.ref);
      if (known === undefined || dpi < known.dpi) lowest.set(placed.ref, { dpi, widthMm: (node.box.width * 25.4) / 72, source: placed.source });
    }
    for (const child of node.children ?? []) visit(child);
  };
  for (const page of pages) for (const node of page.nodes) visit(node);
  const warnings: RenderWarning[] = [];
  for (const [ref, { dpi, widthMm, source }] of lowest) {
    if (dpi >= printDpi - 0.5) continue;
    const needed = Math.ceil((widthMm / 25.4) * printDpi);
    warnings.push({
      source,
      reason: `Unexpected resolution of ${Math.floor(dpi)} dpi for \`${ref.src}\` printed ${Math.round(widthMm)} mm wide, expected at least ${printDpi} dpi for print`,
      ruleId: 'image-resolution',
      note: `use a version of the picture at least ${needed} pixels wide; on screen it will look fine either way`,
    });
  }
  return warnings;
}
