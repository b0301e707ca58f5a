/**
 * The annotations of every page, each with its subtype, a readable label
 * ('Link annotation #2 on page 3') and the structure element its
 * /StructParent leads to through the parent tree.
 */
import { PDFDict, PDFRef, type PDFObject } from 'pdf-lib';
import type { PdfDocument } from './read-pdf.js';
import type { StructElement } from './structure-tree.js';
import { arrayEntry, nameEntry, numberEntry, resolve } from './pdf-objects.js';

/** An annotation on a page. */
export interface PageAnnotation {
  page: number;
  pageRef: PDFRef;
  dict: PDFDict;
  ref: PDFRef | undefined;
  subtype: string;
  label: string;
  structParent: number | undefined;
  /** What the parent tree holds under its /StructParent, resolved. */
  parentEntry: PDFObject | undefined;
  /** That entry as a structure element of the tree, when it is one. */
  element: StructElement | undefined;
}

/** Every annotation of every page, in page order. */
export function pageAnnotations({ context, pages, tree }: PdfDocument): PageAnnotation[] {
  const out: PageAnnotation[] = [];
  for (const page of pages) {
    const annots = arrayEntry(context, page.dict, 'Annots');
    const counts = new Map<string, number>();
    for (let i = 0; i < (annots?.size() ?? 0); i += 1) {
      const raw = annots!.get(i);
      const dict = resolve(context, raw);
      if (!(dict instanceof PDFDict)) continue;
      const subtype = nameEntry(context, dict, 'Subtype') ?? 'untyped';
      const count = (counts.get(subtype) ?? 0) + 1;
      counts.set(subtype, count);
      const structParent = numberEntry(context, dict, 'StructParent');
      const parentEntry = structParent === undefined ? undefined : resolve(context, tree?.parentTree?.get(structParent));
      out.push({
        page: page.number,
        pageRef: page.ref,
        dict,
        ref: raw instanceof PDFRef ? raw : undefined,
        subtype,
        label: `${subtype} annotation #${count} on page ${page.number}`,
        structParent,
        parentEntry,
        element: parentEntry instanceof PDFDict ? tree?.byDict.get(parentEntry) : undefined,
      });
    }
  }
  return out;
}
