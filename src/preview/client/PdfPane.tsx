/**
 * The PDF pane: the react-pdf viewer on `/out/<slug>.pdf`, one page at a
 * time with navigation and zoom. A new version is drawn behind the shown
 * one and swapped in when its page is ready, on the same page number.
 */
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { PdfLayer } from './PdfLayer.js';
import { PdfToolbar } from './PdfToolbar.js';

/** Props of the PDF pane. */
export interface PdfPaneProps {
  slug: string;
  version: string | undefined;
  page: number;
  onPage(page: number): void;
  /** Called with each newly shown document, for the reading-order panel. */
  onDocument(pdf: PDFDocumentProxy): void;
}

/** Shows the PDF at `version`. */
export function PdfPane({ slug, version, page, onPage, onDocument }: PdfPaneProps) {
  const [shown, setShown] = useState<string>();
  const [next, setNext] = useState<string>();
  const [pages, setPages] = useState(0);
  const [zoom, setZoom] = useState(1);
  const [width, setWidth] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (version !== undefined && version !== shown) setNext(version);
  }, [version, shown]);
  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(200, element.clientWidth - 32)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const ready = (readyVersion: string, pdf: PDFDocumentProxy) => {
    if (readyVersion !== next) return;
    setShown(readyVersion);
    setNext(undefined);
    setPages(pdf.numPages);
    if (page > pdf.numPages) onPage(pdf.numPages);
    onDocument(pdf);
  };
  const goTo = (target: number) => onPage(Math.max(1, Math.min(target, pages || 1)));

  const versions = [shown, next].filter((v): v is string => v !== undefined);
  return (
    <>
      <PdfToolbar page={page} pages={pages} zoom={zoom} onPage={goTo} onZoom={setZoom} />
      <div className="pdf-scroll" ref={scroller}>
        {versions.length === 0 && <p className="pane-empty">Waiting for the first build…</p>}
        {width > 0 && versions.map((v) => (
          <PdfLayer
            key={v}
            url={`/out/${encodeURIComponent(slug)}.pdf?v=${v}`}
            page={page}
            width={width * zoom}
            current={v === shown}
            onReady={(pdf) => ready(v, pdf)}
            onPage={goTo}
          />
        ))}
      </div>
    </>
  );
}
