/** Reads produced PDFs back: pdf.js for text and structure, poppler for what other readers see. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Opens a PDF with pdf.js. */
export async function openPdf(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false }).promise;
}

/** The text of every page as pdf.js extracts it, lines joined with newlines. */
export async function pdfjsText(pdf: PDFDocumentProxy): Promise<string> {
  let text = '';
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const content = await (await pdf.getPage(i)).getTextContent();
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    text += '\n';
  }
  return text;
}

/** Runs a poppler tool and returns its output. */
export function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
