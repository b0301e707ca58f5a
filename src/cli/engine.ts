/**
 * Where the CLI gets the engine's heavy parts, each imported on first use:
 * the template set, and the PDF renderer (which loads React-PDF, pdfkit and
 * the fonts, so only commands that make a PDF pay for it).
 */
import type { TemplateSet } from '../render/template-set.js';
import type { PdfRenderer } from '../pipeline.js';

/** Loads the default template set. */
export async function loadTemplates(): Promise<TemplateSet> {
  const { newsletterTemplates } = await import('../../templates/index.js');
  return newsletterTemplates();
}

/** Options of the PDF renderer chosen on the command line. */
export interface PdfCliOptions { bleed: number }

/** Options of the PDF renderer chosen by the command. */
export interface PdfRendererOptions extends PdfCliOptions {
  /**
   * Render in a thread of its own, so a long-lived process (the preview)
   * keeps serving while a PDF is made. A one-off build gains nothing from it
   * (measured: the thread's start-up eats what loading in parallel saves).
   */
  thread?: boolean;
}

/**
 * Loads the PDF renderer and binds its options. It keeps a cache of laid-out
 * galleys for as long as it lives, so the preview lays out only the articles
 * that changed. With `thread`, it renders in the PDF thread (template sets
 * without an origin still render here).
 */
export async function pdfRendererFor(options: PdfRendererOptions): Promise<PdfRenderer> {
  const thread = options.thread && process.env.BLATTWERK_PDF_THREAD !== '0' ? (await import('../render/pdf/thread/pdf-thread.js')).startPdfThread() : undefined;
  const cache = new Map();
  const inProcess: PdfRenderer = async (issue, templates, hooks) => {
    const { renderPdf } = await import('../render/pdf/render-pdf.js');
    return renderPdf(issue, templates, { bleed: options.bleed, cache, onProgress: hooks?.onProgress });
  };
  // The thread reports no progress: the preview shows its own.
  return (issue, templates, hooks) => (thread && templates.origin ? thread.render(issue, templates, options.bleed) : inProcess(issue, templates, hooks));
}
