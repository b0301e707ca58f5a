/**
 * What the HTML templates can ask the engine for while rendering: where an
 * image ended up, the PDF to link to, and the template set's own components
 * (so a box can render the blocks inside it). Provided as React context by
 * renderHtml; read with `useHtml()`.
 */
import { createContext, useContext } from 'react';
import type { ImageRef } from '../../model/types.js';
import type { HtmlTemplates } from '../template-set.js';

/** The PDF the page offers for download. */
export interface PdfDownload {
  href: string;
  bytes: number;
  pages: number;
}

/** The rendering environment of the HTML templates. */
export interface HtmlEnvironment {
  templates: HtmlTemplates;
  /** URL of an image relative to index.html. */
  imageUrl(ref: ImageRef): string;
  /** The PDF to link to, when one was built. */
  download: PdfDownload | undefined;
  /** The stylesheet's URL relative to index.html. */
  stylesheet: string;
}

/** React context carrying the environment. */
export const HtmlContext = createContext<HtmlEnvironment | null>(null);

/** Reads the environment inside an HTML template. */
export function useHtml(): HtmlEnvironment {
  const environment = useContext(HtmlContext);
  if (environment === null) throw new Error('useHtml() called outside renderHtml');
  return environment;
}
