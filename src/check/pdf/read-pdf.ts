/**
 * Opens a PDF with pdf-lib and reads, once, what every checkpoint group
 * looks at: the catalog, the Info dictionary, the header version, the pages
 * (with inherited resources), the structure tree and the content scan.
 */
import { PDFDict, PDFDocument, PDFRef, type PDFContext } from 'pdf-lib';
import { dictEntry, refKey, resolve } from './pdf-objects.js';
import { readStructTree, type StructTree } from './structure-tree.js';
import { scanContent, type ContentScan, type PageSource } from './content-scan.js';

/** A PDF read for checking. */
export interface PdfDocument {
  file: string;
  context: PDFContext;
  catalog: PDFDict;
  /** The trailer's Info dictionary. */
  info: PDFDict | undefined;
  /** The version in the file header, e.g. '1.7'. */
  headerVersion: string | undefined;
  pages: PageSource[];
  /** The 1-based number of a page, by its reference. */
  pageOf(ref: PDFRef | undefined): number | undefined;
  /** The structure tree; undefined when the catalog has no StructTreeRoot. */
  tree: StructTree | undefined;
  content: ContentScan;
}

/** Reads the bytes of a PDF file; rejects when pdf-lib cannot parse them at all. */
export async function readPdf(file: string, bytes: Uint8Array): Promise<PdfDocument> {
  const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  const context = document.context;
  const pages: PageSource[] = document.getPages().map((page, index) => ({
    number: index + 1,
    ref: page.ref,
    dict: page.node,
    resources: inherited(context, page.node, 'Resources'),
  }));
  const numbers = new Map(pages.map((page) => [refKey(page.ref), page.number]));
  const pageOf = (ref: PDFRef | undefined) => (ref === undefined ? undefined : numbers.get(refKey(ref)));
  const catalog = document.catalog;
  const treeRoot = dictEntry(context, catalog, 'StructTreeRoot');
  const info = resolve(context, context.trailerInfo.Info);
  const header = /%PDF-(\d+\.\d+)/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 1024)));
  return {
    file,
    context,
    catalog,
    info: info instanceof PDFDict ? info : undefined,
    headerVersion: header?.[1],
    pages,
    pageOf,
    tree: treeRoot === undefined ? undefined : readStructTree(context, treeRoot, pageOf),
    content: scanContent(context, pages),
  };
}

/** A page attribute that may be inherited from the page tree (ISO 32000-1, 7.7.3.4). */
function inherited(context: PDFContext, page: PDFDict, key: string): PDFDict | undefined {
  const seen = new Set<PDFDict>();
  for (let node: PDFDict | undefined = page; node !== undefined && !seen.has(node); node = dictEntry(context, node, 'Parent')) {
    seen.add(node);
    const value = dictEntry(context, node, key);
    if (value !== undefined) return value;
  }
  return undefined;
}
