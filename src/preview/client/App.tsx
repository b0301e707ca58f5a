/**
 * The preview page: the HTML pane and the PDF pane side by side, a side
 * panel (reading order, accessibility findings, messages), the status
 * line, and the overlay of a broken edit.
 */
import { useRef, useState } from 'react';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { usePreviewState } from './use-preview-state.js';
import { HtmlPane } from './HtmlPane.js';
import { PdfPane } from './PdfPane.js';
import { StatusBar } from './StatusBar.js';
import { ErrorOverlay } from './ErrorOverlay.js';
import { SidePanel } from './SidePanel.js';

/** The whole preview page. */
export function App() {
  const { state, phase, connected } = usePreviewState();
  const [page, setPage] = useState(1);
  const [pdf, setPdf] = useState<PDFDocumentProxy>();
  const frame = useRef<HTMLIFrameElement | null>(null);

  const showElement = (selector: string) => {
    const element = frame.current?.contentDocument?.querySelector<HTMLElement>(selector);
    if (!element) return;
    element.scrollIntoView({ block: 'center' });
    element.style.outline = '3px solid #c2410c';
    setTimeout(() => (element.style.outline = ''), 2500);
  };

  return (
    <div className="app">
      <header className="bar">
        <h1>Blattwerk preview <span className="slug">{state?.source ?? ''}</span></h1>
        <StatusBar state={state} phase={phase} connected={connected} />
      </header>
      <main className="panes">
        <section className="pane" aria-labelledby="html-title">
          <h2 id="html-title" className="pane-title">HTML <a href="/out/index.html" target="_blank" rel="noreferrer">open</a></h2>
          <HtmlPane version={state?.html?.version} frameRef={(element) => (frame.current = element)} />
        </section>
        <section className="pane" aria-labelledby="pdf-title">
          <h2 id="pdf-title" className="pane-title">PDF {state && <a href={`/out/${encodeURIComponent(state.slug)}.pdf`} target="_blank" rel="noreferrer">open</a>}</h2>
          {state && <PdfPane slug={state.slug} version={state.pdf?.version} page={page} onPage={setPage} onDocument={setPdf} />}
        </section>
        {state?.status === 'error' && <ErrorOverlay key={state.build} messages={state.messages} summary={state.summary} />}
      </main>
      {state && <SidePanel state={state} pdf={pdf} onPage={setPage} onSelector={showElement} />}
    </div>
  );
}
