/**
 * The pdfkit document Blattwerk renders into: PDF 1.7, tagged, PDF/UA-1
 * identification, the issue's language and title (shown as the window
 * title), and metadata that is well-formed XML whatever the title contains.
 */
import PDFDocument from 'pdfkit';
import type { Issue } from '../../model/types.js';

/** A pdfkit document as the renderer drives it (pdfkit's own types are loose). */
export type PdfKitDocument = InstanceType<typeof PDFDocument> & Record<string, any>;

/** Creates the document for an issue. */
export function createDocument(issue: Issue): PdfKitDocument {
  const title = issue.edition ? `${issue.title} – ${issue.edition}` : issue.title;
  const [y, m, d] = issue.date.split('-').map(Number);
  // A fixed date makes builds of the same input byte-identical (and the /ID stable).
  const date = new Date(Date.UTC(y!, m! - 1, d!, 12));
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    lang: issue.lang,
    displayTitle: true,
    info: {
      Title: title,
      Author: issue.publisher,
      Subject: title,
      Creator: 'Blattwerk',
      Producer: 'Blattwerk (React-PDF, pdfkit)',
      CreationDate: date,
      ModDate: date,
    },
  } as ConstructorParameters<typeof PDFDocument>[0]) as PdfKitDocument;
  escapeMetadata(doc);
  rememberFonts(doc);
  return doc;
}

/**
 * React-PDF hands pdfkit parsed fonts (fontkit objects), for which pdfkit has
 * no cache key: for every run of text drawn it made a new embedded font (its
 * metrics read, its name table compared as JSON) before it found the one it
 * had made for that font the first time. Remembered by the parsed font, an
 * embedded font is made once per font and document (the seed draws about
 * 1,500 runs in 11 fonts).
 */
function rememberFonts(doc: PdfKitDocument): void {
  const font = doc.font as (this: PdfKitDocument, src: unknown, family?: unknown, size?: unknown) => PdfKitDocument;
  const made = new Map<object, unknown>();
  doc.font = function fontOnce(this: PdfKitDocument, src: unknown, family?: unknown, size?: unknown) {
    const parsed = typeof src === 'object' && src !== null && (family === undefined || typeof family === 'number') && size === undefined;
    if (!parsed) return font.call(this, src, family, size);
    const known = made.get(src);
    if (known === undefined) {
      font.call(this, src, family);
      made.set(src, this._font);
      return this;
    }
    // What pdfkit's font() sets when it finds the font again.
    this._fontSource = src;
    this._fontFamily = null;
    if (typeof family === 'number') this.fontSize(family);
    this._font = known;
    return this;
  };
}

/** pdfkit writes the Info values into the XMP unescaped; give that step an escaped copy. */
function escapeMetadata(doc: PdfKitDocument): void {
  const addInfo = doc._addInfo as () => void;
  doc._addInfo = function addEscapedInfo(this: PdfKitDocument) {
    const info = this.info as Record<string, unknown>;
    this.info = Object.fromEntries(Object.entries(info).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      addInfo.call(this);
    } finally {
      this.info = info;
    }
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Collects the document's bytes once it is ended. */
export function collectBytes(doc: PdfKitDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
