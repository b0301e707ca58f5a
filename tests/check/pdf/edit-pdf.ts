/**
 * Edits a real PDF with pdf-lib to plant exactly one defect, for the
 * checker's tests: find structure elements by role, rewrite content and
 * metadata streams as text, save to a temporary file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFStream, decodePDFRawStream, type PDFObject,
} from 'pdf-lib';
import { tempDir } from '../../helpers/fixtures.js';

/** Opens a PDF for editing, leaving its Info dictionary as it is. */
export async function loadPdf(file: string): Promise<PDFDocument> {
  return PDFDocument.load(readFileSync(file), { updateMetadata: false });
}

/** Saves the edited PDF to a fresh temporary file and returns its path. */
export async function saveTemp(doc: PDFDocument, name = 'edited.pdf'): Promise<string> {
  const file = path.join(tempDir('blattwerk-pdfua-'), name);
  writeFileSync(file, await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
  return file;
}

/** A value resolved through an indirect reference. */
export function look<T extends PDFObject>(doc: PDFDocument, value: PDFObject | undefined): T {
  return (value instanceof PDFRef ? doc.context.lookup(value) : value) as T;
}

/** A dictionary entry, resolved. */
export function get<T extends PDFObject>(doc: PDFDocument, dict: PDFDict | PDFStream, key: string): T {
  return look<T>(doc, (dict instanceof PDFStream ? dict.dict : dict).get(PDFName.of(key)));
}

/** The StructTreeRoot. */
export function treeRoot(doc: PDFDocument): PDFDict {
  return get<PDFDict>(doc, doc.catalog, 'StructTreeRoot');
}

/** Every structure element, depth first in reading order. */
export function elements(doc: PDFDocument): PDFDict[] {
  const out: PDFDict[] = [];
  const visit = (value: PDFObject | undefined) => {
    const object = look<PDFObject>(doc, value);
    if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i += 1) visit(object.get(i));
    } else if (object instanceof PDFDict && object.get(PDFName.of('S')) !== undefined) {
      out.push(object);
      visit(object.get(PDFName.of('K')));
    }
  };
  visit(treeRoot(doc).get(PDFName.of('K')));
  return out;
}

/** The n-th (1-based) structure element of a role. */
export function element(doc: PDFDocument, role: string, n = 1): PDFDict {
  const found = elements(doc).filter((e) => e.get(PDFName.of('S')) === PDFName.of(role))[n - 1];
  if (found === undefined) throw new Error(`no ${role} #${n} in the structure tree`);
  return found;
}

/** Sets an element's structure type. */
export function setRole(el: PDFDict, role: string): void {
  el.set(PDFName.of('S'), PDFName.of(role));
}

/** A stream's decoded bytes as Latin-1 text. */
export function streamText(stream: PDFStream): string {
  const bytes = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
  return Buffer.from(bytes).toString('latin1');
}

/** The first page's dictionary. */
export function firstPage(doc: PDFDocument): PDFDict {
  return doc.getPages()[0]!.node;
}

/** The first page's content as text. */
export function pageContent(doc: PDFDocument): string {
  return streamText(get<PDFStream>(doc, firstPage(doc), 'Contents'));
}

/** Replaces the first page's content with the given text. */
export function setPageContent(doc: PDFDocument, text: string): void {
  firstPage(doc).set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(Buffer.from(text, 'latin1'))));
}

/** Replaces a stream entry of a dictionary (e.g. a font's ToUnicode) with new text, keeping its other entries. */
export function setStreamText(doc: PDFDocument, owner: PDFDict, key: string, text: string, dict: Record<string, unknown> = {}): void {
  owner.set(PDFName.of(key), doc.context.register(doc.context.stream(Buffer.from(text, 'latin1'), dict as never)));
}

/** Replaces one occurrence of `from` in a text, failing when there is none. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`not found: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The array of elements the ParentTree holds under a key. */
export function parentTreeArray(doc: PDFDocument, key: number): PDFArray {
  const nums = get<PDFArray>(doc, get<PDFDict>(doc, treeRoot(doc), 'ParentTree'), 'Nums');
  for (let i = 0; i + 1 < nums.size(); i += 2) {
    if ((look<PDFNumber>(doc, nums.get(i))).asNumber() === key) return look<PDFArray>(doc, nums.get(i + 1));
  }
  throw new Error(`no ParentTree entry ${key}`);
}

/** The font dictionaries of the first page, by resource name. */
export function pageFonts(doc: PDFDocument): Map<string, PDFDict> {
  const fonts = get<PDFDict>(doc, get<PDFDict>(doc, firstPage(doc), 'Resources'), 'Font');
  return new Map([...fonts.entries()].map(([name, value]) => [name.decodeText(), look<PDFDict>(doc, value)]));
}
