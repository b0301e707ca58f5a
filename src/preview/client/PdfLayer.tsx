/**
 * One version of the PDF, one page of it, with pdf.js's text layer
 * (selectable text) and annotation layer (links). It reports when the
 * page is fully drawn, so the pane can swap it in without a flash.
 */
import { useEffect, useState } from 'react';
import { Document, Page } from 'react-pdf';
import type { PDFDocumentProxy } from 'pdfjs-dist';

/** Options of pdf.js: no evaluation of strings as code. */
const documentOptions = { isEvalSupported: false };

/** Props of a PDF layer. */
export interface PdfLayerProps {
  url: string;
  page: number;
  width: number;
  current: boolean;
  onReady(pdf: PDFDocumentProxy): void;
  onPage(page: number): void;
}

/** Renders page `page` of the PDF at `url`. */
export function PdfLayer({ url, page, width, current, onReady, onPage }: PdfLayerProps) {
  const [pdf, setPdf] = useState<PDFDocumentProxy>();
  const [drawn, setDrawn] = useState({ canvas: false, text: false });
  const [attempt, setAttempt] = useState(0);
  const pageNumber = pdf ? Math.max(1, Math.min(page, pdf.numPages)) : 1;

  useEffect(() => {
    if (pdf && drawn.canvas && drawn.text) onReady(pdf);
  }, [pdf, drawn.canvas, drawn.text]);

  const retry = () => {
    // The file may have been swapped by a build while it loaded: try again shortly.
    if (attempt < 3) setTimeout(() => setAttempt(attempt + 1), 300);
  };

  return (
    <div className={current ? 'pdf-layer current' : 'pdf-layer incoming'} aria-hidden={current ? undefined : true}>
      <Document
        key={attempt}
        file={`${url}&attempt=${attempt}`}
        options={documentOptions}
        onLoadSuccess={setPdf}
        onLoadError={retry}
        onItemClick={({ pageNumber: target }) => onPage(target)}
        externalLinkTarget="_blank"
        loading={<p className="pane-empty">Loading the PDF…</p>}
        error={<p className="pane-empty">Cannot load the PDF.</p>}
      >
        <Page
          pageNumber={pageNumber}
          width={width}
          renderTextLayer
          renderAnnotationLayer
          onRenderSuccess={() => setDrawn((d) => (d.canvas ? d : { ...d, canvas: true }))}
          onRenderTextLayerSuccess={() => setDrawn((d) => (d.text ? d : { ...d, text: true }))}
        />
      </Document>
    </div>
  );
}
