/** The "Reading order" panel: the PDF's structure tree, page by page, as a screen reader meets it. */
import { useEffect, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { readingOrder, type OrderEntry, type PageOrder } from './reading-order.js';

/** Lists the reading order of `pdf`; a page heading jumps the PDF pane to that page. */
export function ReadingOrder({ pdf, onPage }: { pdf: PDFDocumentProxy | undefined; onPage(page: number): void }) {
  const [pages, setPages] = useState<PageOrder[]>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    if (!pdf) return;
    let current = true;
    readingOrder(pdf)
      .then((order) => current && (setPages(order), setProblem(undefined)))
      .catch((error: Error) => current && setProblem(error.message));
    return () => {
      current = false;
    };
  }, [pdf]);

  if (problem) return <p role="alert">Cannot read the structure tree: {problem}</p>;
  if (!pages) return <p className="pane-empty">Waiting for the PDF…</p>;
  return (
    <div className="reading-order">
      <p className="panel-hint">The PDF's structure tree as pdf.js reads it: what a screen reader reads, in this order.</p>
      {pages.map((page) => (
        <section key={page.page} aria-label={`Page ${page.page}`}>
          <h3><button type="button" className="link-button" onClick={() => onPage(page.page)}>Page {page.page}</button></h3>
          {page.entries.length === 0 ? <p className="warning">No tagged content on this page.</p> : <Entries entries={page.entries} />}
        </section>
      ))}
    </div>
  );
}

function Entries({ entries }: { entries: readonly OrderEntry[] }) {
  return (
    <ol className="order">
      {entries.map((entry, index) => (
        <li key={index} className={`order-${entry.kind}`}>
          <span className="role">{entry.role}</span>{' '}
          {entry.kind === 'figure' ? <FigureText entry={entry} /> : entry.text && <span className="order-text">{entry.text}</span>}
          {entry.lang && <> <span className="lang">Lang {entry.lang}</span></>}
          {entry.href && <> <span className="href">→ {entry.href}</span></>}
          {entry.children.length > 0 && <Entries entries={entry.children} />}
        </li>
      ))}
    </ol>
  );
}

function FigureText({ entry }: { entry: OrderEntry }) {
  if (entry.alt === undefined) return <span className="warning">no alt text</span>;
  return <span className="alt">alt: “{entry.alt}”</span>;
}
