/**
 * Links: every Link annotation describes itself in /Contents and sits, by
 * an object reference (OBJR) that names its page, in a Link structure
 * element that its /StructParent leads back to; every Link element holds at
 * least one such annotation.
 */
import { PDFDict } from 'pdf-lib';
import type { CheckpointGroup, PdfFinding } from './types.js';
import { nameEntry, refKey, resolve, textEntry } from './pdf-objects.js';
import { pageAnnotations } from './page-annotations.js';
import { at, finding } from './finding.js';

/** 28-011 link annotation not nested in a Link element (both directions), 28-012 link annotation without Contents. */
export const linksGroup: CheckpointGroup = {
  checkpoints: ['28-011', '28-012'],
  run(document) {
    const { context, tree } = document;
    const findings: PdfFinding[] = [];
    for (const annotation of pageAnnotations(document)) {
      if (annotation.subtype !== 'Link') continue;
      const place = { page: annotation.page, element: annotation.label };
      if ((textEntry(context, annotation.dict, 'Contents')?.trim() ?? '') === '') {
        findings.push(finding('28-012', 'link-contents-missing', `The ${annotation.label} has no /Contents describing where it leads.`, place));
      }
      const element = annotation.element;
      if (annotation.structParent === undefined) {
        findings.push(finding('28-011', 'link-struct-parent-missing', `The ${annotation.label} has no /StructParent, so it is not part of the structure tree.`, place));
      } else if (element === undefined) {
        findings.push(finding('28-011', 'link-struct-parent-dangling', `The ${annotation.label} has /StructParent ${annotation.structParent}, but the ParentTree holds no structure element for it.`, place));
      } else if (element.standard !== 'Link') {
        findings.push(finding('28-011', 'link-parent-not-link', `The ${annotation.label} belongs to ${element.label}, not to a Link element.`, place));
      } else {
        const objr = element.kids.find((kid) => kid.type === 'objr' && kid.objRef !== undefined && resolve(context, kid.objRef) === annotation.dict);
        if (objr?.type !== 'objr') {
          findings.push(finding('28-011', 'link-objr-missing', `${element.label} does not reference the ${annotation.label} with an OBJR, though the annotation's /StructParent points to it.`, place));
        } else if (objr.pageRef === undefined || refKey(objr.pageRef) !== refKey(annotation.pageRef)) {
          const where = objr.pageRef === undefined ? 'no page' : `page ${document.pageOf(objr.pageRef) ?? '(not a page)'}`;
          findings.push(finding('28-011', 'link-objr-page', `The OBJR in ${element.label} for the ${annotation.label} names ${where} (/Pg).`, place));
        }
      }
    }
    for (const element of tree?.elements ?? []) {
      if (element.standard !== 'Link') continue;
      const hasLink = element.kids.some((kid) => {
        if (kid.type !== 'objr') return false;
        const target = resolve(context, kid.objRef);
        return target instanceof PDFDict && nameEntry(context, target, 'Subtype') === 'Link';
      });
      if (!hasLink) findings.push(finding('28-011', 'link-element-empty', `${element.label} contains no OBJR to a Link annotation, so the link cannot be activated from the structure.`, at(element)));
    }
    return findings;
  },
};
