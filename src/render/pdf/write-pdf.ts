/**
 * Renders the planned pages into the PDF document with @react-pdf/render:
 * backgrounds and frames behind the content, the content, the running
 * footer and, for print, crop marks and page boxes; then the outline from
 * the headings.
 */
import type { Issue } from '../../model/types.js';
import type { ProgressCallback } from '../../pipeline.js';
import type { PageGeometry, PdfTemplates } from '../template-set.js';
import type { LayoutNode } from './layout-types.js';
import type { Galley } from './galley.js';
import type { PagePlan } from './makeup.js';
import { collectBytes, createDocument } from './document.js';
import { renderTagged, type DrawnHeading } from './tagging/tagged-render.js';
import type { PdfKitDocument } from './document.js';
import { backgroundNodes, cropMarkNodes, pageBoxes, pdfRect, type PageBoxes } from './print-marks.js';

/** What to write. */
export interface WriteInput {
  issue: Issue;
  templates: PdfTemplates;
  geometry: PageGeometry;
  pages: PagePlan[];
  footers: Map<string, Galley>;
  bleed: number;
  /** Told as each page is drawn. */
  onProgress?: ProgressCallback | undefined;
}

/** Renders the pages and resolves to the PDF's bytes. */
export async function writePdf(input: WriteInput): Promise<Uint8Array> {
  const doc = createDocument(input.issue);
  const bytes = collectBytes(doc);
  const boxes = pageBoxes(input.geometry, input.bleed);
  const pages = input.pages.map((plan) => pageNode(plan, input, boxes));
  const headings = renderTagged(doc, pages, input.issue.lang, (index) => {
    input.onProgress?.('render', index, pages.length, 'pages');
    if (input.bleed <= 0) return;
    const data = doc.page.dictionary.data as Record<string, unknown>;
    data.TrimBox = pdfRect(boxes.trim, boxes.media.height);
    data.BleedBox = pdfRect(boxes.bleed, boxes.media.height);
  });
  writeOutline(doc, headings, boxes);
  doc.end();
  return bytes;
}

function pageNode(plan: PagePlan, input: WriteInput, boxes: PageBoxes): LayoutNode {
  const g = input.geometry;
  const o = boxes.offset;
  const frames: LayoutNode[] = plan.frames.map(({ rect, frame }) => ({
    type: 'VIEW',
    box: { top: rect.y + o, left: rect.x + o, width: rect.width, height: rect.height, borderTopWidth: frame.borderTopWidth ?? 0 },
    style: { backgroundColor: frame.backgroundColor, borderTopColor: frame.borderTopColor, borderTopWidth: frame.borderTopWidth ?? 0, borderTopStyle: 'solid' },
    props: { tag: { role: 'Artifact', kind: 'Layout' } },
    children: [],
  }));
  const footer = input.footers.get(`footer:${plan.number}`);
  const footerNodes = footer ? footer.nodes.map((node) => ({ ...node, box: { ...node.box, left: node.box.left + g.marginLeft + o, top: node.box.top + g.height - g.marginBottom / 2 - 4 + o } })) : [];
  const backgrounds = backgroundNodes(input.templates.pageBackgrounds?.(plan.number) ?? [], g, boxes, input.bleed);
  const content = o === 0 ? plan.nodes : plan.nodes.map((node) => ({ ...node, box: { ...node.box, left: node.box.left + o, top: node.box.top + o } }));
  return {
    type: 'PAGE',
    box: { top: 0, left: 0, width: boxes.media.width, height: boxes.media.height },
    style: {},
    props: {},
    children: [...backgrounds, ...cropMarkNodes(boxes, input.bleed), ...footerNodes, ...frames, ...content],
  };
}

/** Bookmarks: one per article (its H2), with its section headings (H3) below it. */
function writeOutline(doc: PdfKitDocument, headings: readonly DrawnHeading[], boxes: PageBoxes): void {
  type Item = { addItem(title: string, options: object): Item };
  let article: Item | undefined;
  for (const heading of headings) {
    if (heading.title === '' || heading.level < 2 || heading.level > 3) continue;
    // pdfkit writes the destination's left as page width minus the value given, and its top as page height minus it.
    const options = { pageNumber: heading.page, top: heading.y, left: boxes.media.width - heading.x };
    if (heading.level === 2) article = (doc.outline as Item).addItem(heading.title, options);
    else article?.addItem(heading.title, options);
  }
}
