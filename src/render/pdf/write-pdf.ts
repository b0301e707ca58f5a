/**
 * Renders the planned pages into the PDF document with @react-pdf/render:
 * frames behind the content, the content, the running footer, then the
 * outline from the headings.
 */
import type { Issue } from '../../model/types.js';
import type { PageGeometry } from '../template-set.js';
import type { LayoutNode } from './layout-types.js';
import type { Galley } from './galley.js';
import type { PagePlan } from './makeup.js';
import { collectBytes, createDocument } from './document.js';
import { renderTagged, type DrawnHeading } from './tagging/tagged-render.js';
import type { PdfKitDocument } from './document.js';

/** What to write. */
export interface WriteInput {
  issue: Issue;
  geometry: PageGeometry;
  pages: PagePlan[];
  footers: Map<string, Galley>;
  bleed: number;
}

/** Renders the pages and resolves to the PDF's bytes. */
export async function writePdf(input: WriteInput): Promise<Uint8Array> {
  const doc = createDocument(input.issue);
  const bytes = collectBytes(doc);
  const pages = input.pages.map((plan) => pageNode(plan, input));
  const headings = renderTagged(doc, pages, input.issue.lang);
  writeOutline(doc, headings, input.geometry);
  doc.end();
  return bytes;
}

function pageNode(plan: PagePlan, input: WriteInput): LayoutNode {
  const g = input.geometry;
  const frames: LayoutNode[] = plan.frames.map(({ rect, frame }) => ({
    type: 'VIEW',
    box: { top: rect.y, left: rect.x, width: rect.width, height: rect.height, borderTopWidth: frame.borderTopWidth ?? 0 },
    style: { backgroundColor: frame.backgroundColor, borderTopColor: frame.borderTopColor, borderTopWidth: frame.borderTopWidth ?? 0, borderTopStyle: 'solid' },
    props: { tag: { role: 'Artifact', kind: 'Layout' } },
    children: [],
  }));
  const footer = input.footers.get(`footer:${plan.number}`);
  const footerNodes = footer ? footer.nodes.map((node) => ({ ...node, box: { ...node.box, left: node.box.left + g.marginLeft, top: node.box.top + g.height - g.marginBottom / 2 - 4 } })) : [];
  return {
    type: 'PAGE',
    box: { top: 0, left: 0, width: g.width, height: g.height },
    style: {},
    props: {},
    children: [...footerNodes, ...frames, ...plan.nodes],
  };
}

/** Bookmarks: one per article (its H2), with its section headings (H3) below it. */
function writeOutline(doc: PdfKitDocument, headings: readonly DrawnHeading[], g: PageGeometry): void {
  type Item = { addItem(title: string, options: object): Item };
  let article: Item | undefined;
  for (const heading of headings) {
    if (heading.title === '' || heading.level < 2 || heading.level > 3) continue;
    // pdfkit writes the destination's left as page width minus the value given, and its top as page height minus it.
    const options = { pageNumber: heading.page, top: heading.y, left: g.width - heading.x };
    if (heading.level === 2) article = (doc.outline as Item).addItem(heading.title, options);
    else article?.addItem(heading.title, options);
  }
}
