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
  return doc;
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
