/**
 * Natural language: every piece of text must have a language a screen
 * reader can determine, from its structure element or an ancestor, or from
 * the catalog's /Lang; and every /Lang given must be a valid BCP 47 tag.
 * The catalog's /Lang is the only source for the outline and the metadata.
 */
import { PDFDict, type PDFObject } from 'pdf-lib';
import type { CheckpointGroup, PdfFinding } from './types.js';
import type { PdfDocument } from './read-pdf.js';
import type { StructElement } from './structure-tree.js';
import { dictEntry, entry, items, arrayEntry, numberEntry, resolve, textEntry, textOf } from './pdf-objects.js';
import { checkLanguageTag } from '../../parse/language-tag.js';
import { at, finding } from './finding.js';

/** 11-001 page content, 11-003 outline, 11-004 annotation Contents, 11-006 metadata. */
export const languageGroup: CheckpointGroup = {
  checkpoints: ['11-001', '11-003', '11-004', '11-006'],
  run(document) {
    const { context, catalog, tree } = document;
    const findings: PdfFinding[] = [];
    const catalogLang = textEntry(context, catalog, 'Lang');
    const catalogValid = catalogLang !== undefined && isValid(catalogLang);
    const why = catalogLang === undefined ? 'the catalog declares no language (/Lang)' : `the catalog's /Lang "${catalogLang}" is not a valid BCP 47 tag`;
    for (const element of tree?.elements ?? []) {
      const lang = textEntry(context, element.dict, 'Lang');
      if (lang !== undefined && !isValid(lang)) {
        findings.push(finding('11-001', 'lang-invalid', `${element.label} has /Lang "${lang}", which is not a valid BCP 47 language tag.`, at(element)));
      }
    }
    if (!catalogValid) {
      const silent = (tree?.elements ?? []).filter((element) => element.kids.some((kid) => kid.type === 'mcid') && languageOf(document, element) === undefined);
      if (silent.length > 0 || tree === undefined) {
        const first = silent[0];
        const which = first === undefined ? 'The page content' : `${silent.length} structure element${silent.length === 1 ? '' : 's'} with content (the first is ${first.label})`;
        findings.push(finding('11-001', 'lang-missing', `${which} has no language, because ${why} and no enclosing element has one.`, first === undefined ? {} : at(first)));
      }
      if (dictEntry(context, dictEntry(context, catalog, 'Outlines'), 'First') !== undefined) {
        findings.push(finding('11-003', 'lang-outline', `The language of the outline's entries cannot be determined, because ${why}.`));
      }
      const annotation = annotationWithoutLanguage(document);
      if (annotation !== undefined) {
        findings.push(finding('11-004', 'lang-annotation', `The language of an annotation's Contents cannot be determined, because ${why} and its structure element has none.`, { page: annotation }));
      }
      findings.push(finding('11-006', 'lang-metadata', `The language of the document's metadata cannot be determined, because ${why}.`));
    }
    return findings;
  },
};

function isValid(tag: string): boolean {
  return tag.trim() !== '' && checkLanguageTag(tag).ok;
}

/** The first valid /Lang of an element or its ancestors. */
function languageOf({ context }: PdfDocument, element: StructElement | undefined): string | undefined {
  for (let e = element; e !== undefined; e = e.parent) {
    const lang = textEntry(context, e.dict, 'Lang');
    if (lang !== undefined && isValid(lang)) return lang;
  }
  return undefined;
}

/** The page of the first annotation with Contents whose structure element has no language. */
function annotationWithoutLanguage(document: PdfDocument): number | undefined {
  const { context, tree, pages } = document;
  for (const page of pages) {
    for (const annotation of items(context, arrayEntry(context, page.dict, 'Annots'))) {
      if (!(annotation instanceof PDFDict) || textOf(entry(context, annotation, 'Contents')) === undefined) continue;
      const key = numberEntry(context, annotation, 'StructParent');
      const parent: PDFObject | undefined = key === undefined ? undefined : resolve(context, tree?.parentTree?.get(key));
      const element = parent instanceof PDFDict ? tree?.byDict.get(parent) : undefined;
      if (languageOf(document, element) === undefined) return page.number;
    }
  }
  return undefined;
}
