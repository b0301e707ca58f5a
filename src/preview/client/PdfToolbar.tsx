/** The PDF pane's controls: previous and next page, a page number field, and zoom. */

/** Props of the PDF toolbar. */
export interface PdfToolbarProps {
  page: number;
  pages: number;
  zoom: number;
  onPage(page: number): void;
  onZoom(zoom: number): void;
}

const zoomSteps = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/** Renders the controls. */
export function PdfToolbar({ page, pages, zoom, onPage, onZoom }: PdfToolbarProps) {
  const smaller = [...zoomSteps].reverse().find((step) => step < zoom);
  const larger = zoomSteps.find((step) => step > zoom);
  return (
    <div className="toolbar" role="toolbar" aria-label="PDF pages and zoom">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1} aria-label="Previous page">‹</button>
      <label className="page-field">
        <span className="visually-hidden">Page</span>
        <input
          type="number"
          min={1}
          max={Math.max(1, pages)}
          value={page}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (Number.isInteger(value) && value >= 1 && value <= pages) onPage(value);
          }}
        />
        <span aria-hidden="true"> / {pages || '–'}</span>
        <span className="visually-hidden"> of {pages}</span>
      </label>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages} aria-label="Next page">›</button>
      <span className="toolbar-gap" />
      <button type="button" onClick={() => smaller !== undefined && onZoom(smaller)} disabled={smaller === undefined} aria-label="Zoom out">−</button>
      <output className="zoom" aria-label="Zoom">{Math.round(zoom * 100)}%</output>
      <button type="button" onClick={() => larger !== undefined && onZoom(larger)} disabled={larger === undefined} aria-label="Zoom in">+</button>
      <button type="button" onClick={() => onZoom(1)} disabled={zoom === 1}>Fit width</button>
    </div>
  );
}
