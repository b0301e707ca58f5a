/**
 * Where the CLI gets the engine's heavy parts, each imported on first use:
 * the template set, and the PDF renderer (which loads React-PDF, pdfkit and
 * the fonts, so only commands that make a PDF pay for it).
 */
import type { TemplateSet } from '../render/template-set.js';
import type { Issue } from '../model/types.js';
import type { PdfResult } from '../pipeline.js';

/** Loads the default template set. */
export async function loadTemplates(): Promise<TemplateSet> {
  const { newsletterTemplates } = await import('../../templates/index.js');
  return newsletterTemplates();
}

/** Options of the PDF renderer chosen on the command line. */
export interface PdfCliOptions { bleed: number }

/**
 * Loads the PDF renderer and binds its options. The renderer keeps a cache of
 * laid-out galleys for as long as it lives, so a long-lived process (the
 * preview) lays out only the articles that changed.
 */
export async function pdfRendererFor(options: PdfCliOptions): Promise<(issue: Issue, templates: TemplateSet) => Promise<PdfResult>> {
  const { renderPdf } = await import('../render/pdf/render-pdf.js');
  const cache = new Map();
  return (issue, templates) => renderPdf(issue, templates, { ...options, cache });
}
