/**
 * The structure tree as the file stores it (ISO 32000-1, 14.7.2): every
 * structure element in reading order (depth first from StructTreeRoot /K),
 * with its role, the standard role the role map resolves it to, its page,
 * and its kids: elements, marked-content references (MCIDs) and object
 * references (OBJR). Also the role map and the flattened parent tree.
 */
import { PDFDict, PDFName, PDFNumber, PDFRef, type PDFContext, type PDFObject } from 'pdf-lib';
import { arrayEntry, dictEntry, entry, nameEntry, nameOf, numberEntry, numberTree, resolve } from './pdf-objects.js';

/** The standard structure types of PDF 1.7 (ISO 32000-1, Tables 333 to 340). */
export const standardTypes: ReadonlySet<string> = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'L', 'LI', 'Lbl', 'LBody',
  'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);

/** A kid of a structure element. */
export type StructKid =
  | { type: 'element'; element: StructElement }
  | { type: 'mcid'; mcid: number; pageRef: PDFRef | undefined; streamRef: PDFRef | undefined }
  | { type: 'objr'; objRef: PDFRef | undefined; pageRef: PDFRef | undefined };

/** A structure element. */
export interface StructElement {
  dict: PDFDict;
  ref: PDFRef | undefined;
  /** The structure type as written (/S). */
  role: string;
  /** The standard type it is or maps to; undefined when the mapping never reaches one. */
  standard: string | undefined;
  parent: StructElement | undefined;
  kids: StructKid[];
  /** The page of its content (/Pg, inherited from the nearest ancestor that has one). */
  pageRef: PDFRef | undefined;
  page: number | undefined;
  /** The role and its count in reading order, e.g. 'Figure #3'. */
  label: string;
}

/** The structure tree of a document. */
export interface StructTree {
  root: PDFDict;
  /** Every element, in reading order. */
  elements: StructElement[];
  roleMap: Map<string, string>;
  /** The parent tree's entries; undefined when the tree has no ParentTree. */
  parentTree: Map<number, PDFObject> | undefined;
  /** Elements by their dictionary, to look up what the parent tree points at. */
  byDict: Map<PDFDict, StructElement>;
}

/** Reads the tree under a StructTreeRoot. */
export function readStructTree(context: PDFContext, root: PDFDict, pageOf: (ref: PDFRef | undefined) => number | undefined): StructTree {
  const roleMap = new Map<string, string>();
  const map = dictEntry(context, root, 'RoleMap');
  for (const [key, value] of map?.entries() ?? []) {
    const target = nameOf(resolve(context, value));
    if (target !== undefined) roleMap.set(key.decodeText(), target);
  }
  const parentTreeRoot = dictEntry(context, root, 'ParentTree');
  const tree: StructTree = {
    root,
    elements: [],
    roleMap,
    parentTree: parentTreeRoot === undefined ? undefined : numberTree(context, parentTreeRoot),
    byDict: new Map(),
  };
  const counts = new Map<string, number>();

  const visit = (value: PDFObject | undefined, parent: StructElement | undefined): StructKid | undefined => {
    const object = resolve(context, value);
    if (object instanceof PDFNumber) {
      return parent && { type: 'mcid', mcid: object.asNumber(), pageRef: parent.pageRef, streamRef: undefined };
    }
    if (!(object instanceof PDFDict) || tree.byDict.has(object)) return undefined;
    const type = nameEntry(context, object, 'Type');
    if (type === 'MCR') {
      const mcid = numberEntry(context, object, 'MCID');
      const pg = object.get(PDFName.of('Pg'));
      const stm = object.get(PDFName.of('Stm'));
      return mcid === undefined || !parent
        ? undefined
        : { type: 'mcid', mcid, pageRef: pg instanceof PDFRef ? pg : parent.pageRef, streamRef: stm instanceof PDFRef ? stm : undefined };
    }
    if (type === 'OBJR') {
      const obj = object.get(PDFName.of('Obj'));
      const pg = object.get(PDFName.of('Pg'));
      return { type: 'objr', objRef: obj instanceof PDFRef ? obj : undefined, pageRef: pg instanceof PDFRef ? pg : parent?.pageRef };
    }
    const role = nameEntry(context, object, 'S') ?? '';
    const count = (counts.get(role) ?? 0) + 1;
    counts.set(role, count);
    const pg = object.get(PDFName.of('Pg'));
    const pageRef = pg instanceof PDFRef ? pg : parent?.pageRef;
    const element: StructElement = {
      dict: object,
      ref: value instanceof PDFRef ? value : undefined,
      role,
      standard: standardRole(role, roleMap),
      parent,
      kids: [],
      pageRef,
      page: pageOf(pageRef),
      label: `${role || 'Untyped element'} #${count}`,
    };
    tree.byDict.set(object, element);
    tree.elements.push(element);
    for (const kid of kidsOf(context, object)) {
      const read = visit(kid, element);
      if (read !== undefined) element.kids.push(read);
    }
    // An element without /Pg of its own (or an ancestor's) is placed on the page of its first content.
    element.page ??= element.kids.map((kid) => (kid.type === 'element' ? kid.element.page : pageOf(kid.pageRef))).find((page) => page !== undefined);
    return { type: 'element', element };
  };
  for (const kid of kidsOf(context, root)) visit(kid, undefined);
  return tree;
}

function kidsOf(context: PDFContext, dict: PDFDict): PDFObject[] {
  const k = dict.get(PDFName.of('K'));
  const array = arrayEntry(context, dict, 'K');
  if (array !== undefined) {
    const out: PDFObject[] = [];
    for (let i = 0; i < array.size(); i += 1) out.push(array.get(i));
    return out;
  }
  return k === undefined || entry(context, dict, 'K') === undefined ? [] : [k];
}

/** The standard type a role is or maps to, following the role map; undefined on a cycle or a dead end. */
export function standardRole(role: string, roleMap: ReadonlyMap<string, string>): string | undefined {
  const seen = new Set<string>();
  let current = role;
  while (!standardTypes.has(current)) {
    if (seen.has(current)) return undefined;
    seen.add(current);
    const next = roleMap.get(current);
    if (next === undefined) return undefined;
    current = next;
  }
  return current;
}
