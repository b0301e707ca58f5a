/**
 * Real content tagged: every painting operator on a page (and in the form
 * XObjects it paints) lies inside either structure content (an MCID) or an
 * Artifact, never one inside the other; and every MCID is tied both ways to
 * exactly one structure element, through the parent tree.
 */
import { PDFArray, PDFDict, type PDFRef } from 'pdf-lib';
import type { CheckpointGroup, PdfFinding } from './types.js';
import type { PdfDocument } from './read-pdf.js';
import type { StreamScan } from './content-scan.js';
import type { StructElement } from './structure-tree.js';
import { arrayEntry, items, numberEntry, refKey, refText, resolve } from './pdf-objects.js';
import { finding } from './finding.js';

/** 01-003, 01-004, 01-005 (with the MCID and parent-tree bookkeeping), 30-001 reference XObjects, 30-002 forms with MCIDs painted twice. */
export const contentGroup: CheckpointGroup = {
  checkpoints: ['01-003', '01-004', '01-005', '30-001', '30-002'],
  run(document) {
    const { tree, content } = document;
    const findings: PdfFinding[] = [];
    if (tree === undefined) {
      findings.push(finding('01-005', 'struct-tree-missing', 'The catalog has no StructTreeRoot, so none of the content is tagged.'));
    } else if (tree.parentTree === undefined) {
      findings.push(finding('01-005', 'parent-tree-missing', 'The structure tree has no ParentTree, so no marked content can be traced to its structure element.'));
    }
    const owners = mcidOwners(document);
    for (const scan of content.pages) findings.push(...checkScan(document, scan, `Page ${scan.page}`, owners, 'page'));
    for (const form of content.forms.values()) {
      const name = `The form XObject ${refText(form.scan.ref)} (first painted on page ${form.scan.page})`;
      findings.push(...checkScan(document, form.scan, name, owners, 'form'));
      if (form.reference) findings.push(finding('30-001', 'reference-xobject', `${name} is a reference XObject (/Ref), whose content cannot be tagged.`, { page: form.scan.page }));
      if (form.uses > 1 && form.scan.mcids.size > 0) {
        findings.push(finding('30-002', 'form-mcid-reused', `${name} contains MCIDs and is painted ${form.uses} times, so its tags cannot stand for each painting.`, { page: form.scan.page }));
      }
    }
    findings.push(...sharedKeys(document));
    return findings;
  },
};

/** Which structure elements claim each MCID: keyed by page (or form stream) and MCID. */
function mcidOwners({ tree }: PdfDocument): Map<string, StructElement[]> {
  const owners = new Map<string, StructElement[]>();
  for (const element of tree?.elements ?? []) {
    for (const kid of element.kids) {
      if (kid.type !== 'mcid') continue;
      const key = ownerKey(kid.streamRef ?? kid.pageRef, kid.mcid, kid.streamRef !== undefined);
      owners.set(key, [...(owners.get(key) ?? []), element]);
    }
  }
  return owners;
}

function ownerKey(ref: PDFRef | undefined, mcid: number, form: boolean): string {
  return `${form ? 'form' : 'page'} ${ref === undefined ? '?' : refKey(ref)} ${mcid}`;
}

function checkScan(document: PdfDocument, scan: StreamScan, name: string, owners: Map<string, StructElement[]>, kind: 'page' | 'form'): PdfFinding[] {
  const { context, tree } = document;
  const findings: PdfFinding[] = [];
  const place = { page: scan.page };
  if (scan.unreadable) findings.push(finding('01-005', 'content-unreadable', `${name} has a content stream that cannot be decoded, so its content cannot be checked.`, place));
  if (scan.unmarked.size > 0) {
    const what = [...scan.unmarked].map(([paint, count]) => `${count} ${paint}${count === 1 ? '' : 's'}`).join(', ');
    findings.push(finding('01-005', 'content-untagged', `${name} paints ${what} outside both tagged content and artifacts.`, place));
  }
  if (scan.artifactInTagged > 0) findings.push(finding('01-003', 'artifact-in-tagged', `${name} has ${scan.artifactInTagged} Artifact sequence(s) inside tagged content.`, place));
  if (scan.taggedInArtifact > 0) findings.push(finding('01-004', 'tagged-in-artifact', `${name} has ${scan.taggedInArtifact} tagged sequence(s) (MCID) inside an Artifact.`, place));
  if (tree?.parentTree === undefined || scan.mcids.size === 0) return findings;
  if (scan.structParents === undefined) {
    findings.push(finding('01-005', 'struct-parents-missing', `${name} uses MCIDs but has no /StructParents, so its content cannot be traced to the structure tree.`, place));
    return findings;
  }
  const entry = resolve(context, tree.parentTree.get(scan.structParents));
  if (!(entry instanceof PDFArray)) {
    findings.push(finding('01-005', 'parent-tree-entry-missing', `${name} has /StructParents ${scan.structParents}, but the ParentTree has no array of elements for it.`, place));
    return findings;
  }
  const problems = new Map<string, number[]>();
  const note = (rule: string, mcid: number) => problems.set(rule, [...(problems.get(rule) ?? []), mcid]);
  for (const [mcid, use] of scan.mcids) {
    if (use.count > 1) note('mcid-duplicate', mcid);
    const parent = resolve(context, mcid < entry.size() ? entry.get(mcid) : undefined);
    const claimed = owners.get(ownerKey(scan.ref, mcid, kind === 'form')) ?? [];
    if (!(parent instanceof PDFDict)) note('mcid-not-in-parent-tree', mcid);
    else if (claimed.length === 0) note('mcid-no-element', mcid);
    else if (claimed.length > 1) note('mcid-several-elements', mcid);
    else if (claimed[0]!.dict !== parent) note('mcid-parent-mismatch', mcid);
  }
  const says: Record<string, string> = {
    'mcid-duplicate': 'are used by more than one marked-content sequence',
    'mcid-not-in-parent-tree': 'have no structure element in the ParentTree',
    'mcid-no-element': 'are not listed as content (/K) of any structure element',
    'mcid-several-elements': 'are claimed as content by several structure elements',
    'mcid-parent-mismatch': 'point, through the ParentTree, to a different element than the one that lists them',
  };
  for (const [rule, mcids] of problems) {
    const list = mcids.slice(0, 5).join(', ') + (mcids.length > 5 ? ` and ${mcids.length - 5} more` : '');
    findings.push(finding('01-005', rule, `${name}: MCID${mcids.length === 1 ? '' : 's'} ${list} ${says[rule]}.`, place));
  }
  return findings;
}

/** Parent tree keys used by more than one page, form or annotation. */
function sharedKeys(document: PdfDocument): PdfFinding[] {
  const { context, content, pages } = document;
  const users = new Map<number, string[]>();
  const add = (key: number | undefined, who: string) => key !== undefined && users.set(key, [...(users.get(key) ?? []), who]);
  for (const scan of content.pages) add(scan.structParents, `page ${scan.page}`);
  for (const form of content.forms.values()) add(form.scan.structParents, `the form XObject ${refText(form.scan.ref)}`);
  for (const page of pages) {
    for (const annotation of items(context, arrayEntry(context, page.dict, 'Annots'))) {
      if (annotation instanceof PDFDict) add(numberEntry(context, annotation, 'StructParent'), `an annotation on page ${page.number}`);
    }
  }
  return [...users]
    .filter(([, who]) => who.length > 1)
    .map(([key, who]) => finding('01-005', 'parent-tree-key-shared', `The ParentTree key ${key} is used by ${who.join(' and ')}.`));
}
