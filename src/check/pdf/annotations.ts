/**
 * Annotations other than links: pages with annotations order their tab
 * stops by structure (/Tabs /S); widgets sit in Form elements, other
 * annotations (except printer's marks, which stay out of the tree) in Annot
 * elements with a description; no TrapNet annotations.
 */
import type { CheckpointGroup, PdfFinding } from './types.js';
import { arrayEntry, nameEntry, textEntry } from './pdf-objects.js';
import { pageAnnotations } from './page-annotations.js';
import { finding } from './finding.js';

/** 28-002, 28-004, 28-007, 28-008, 28-009, 28-010, 28-017 (links: see links.ts). */
export const annotationsGroup: CheckpointGroup = {
  checkpoints: ['28-002', '28-004', '28-007', '28-008', '28-009', '28-010', '28-017'],
  run(document) {
    const { context, pages } = document;
    const findings: PdfFinding[] = [];
    for (const page of pages) {
      if ((arrayEntry(context, page.dict, 'Annots')?.size() ?? 0) === 0) continue;
      const tabs = nameEntry(context, page.dict, 'Tabs');
      if (tabs === undefined) findings.push(finding('28-008', 'tabs-missing', `Page ${page.number} has annotations but no /Tabs entry; it needs /Tabs /S so tabbing follows the structure.`, { page: page.number }));
      else if (tabs !== 'S') findings.push(finding('28-009', 'tabs-not-structure', `Page ${page.number} has /Tabs /${tabs}; with annotations it needs /Tabs /S.`, { page: page.number }));
    }
    for (const annotation of pageAnnotations(document)) {
      const place = { page: annotation.page, element: annotation.label };
      const standard = annotation.element?.standard;
      switch (annotation.subtype) {
        case 'Link':
        case 'Popup':
          break;
        case 'TrapNet':
          findings.push(finding('28-007', 'annotation-trapnet', `The ${annotation.label} is a TrapNet annotation, which PDF/UA forbids.`, place));
          break;
        case 'PrinterMark':
          if (annotation.structParent !== undefined) findings.push(finding('28-017', 'annotation-printermark-tagged', `The ${annotation.label} is a printer's mark but is part of the structure tree.`, place));
          break;
        case 'Widget':
          if (standard !== 'Form') findings.push(finding('28-010', 'annotation-widget-untagged', `The ${annotation.label} is not nested in a Form structure element.`, place));
          break;
        default: {
          if (standard !== 'Annot') findings.push(finding('28-002', 'annotation-untagged', `The ${annotation.label} is not nested in an Annot structure element.`, place));
          const contents = textEntry(context, annotation.dict, 'Contents')?.trim() ?? '';
          const alt = annotation.element === undefined ? '' : textEntry(context, annotation.element.dict, 'Alt')?.trim() ?? '';
          if (contents === '' && alt === '') findings.push(finding('28-004', 'annotation-description-missing', `The ${annotation.label} has no /Contents and its structure element no /Alt.`, place));
        }
      }
    }
    return findings;
  },
};
