/**
 * What the PDF templates can ask the engine for while rendering: the image
 * data of a picture, the width of the galley being set (so a figure can size
 * itself to its column), and the template set's own components.
 */
import { createContext, useContext } from 'react';
import type { ImageRef } from '../../model/types.js';
import type { PdfTemplates } from '../template-set.js';
import type { ImageSource } from './primitives.js';

/** The rendering environment of the PDF templates. */
export interface PdfEnvironment {
  templates: PdfTemplates;
  /** The decoded-once source of an image, for `<Image src>`. */
  image(ref: ImageRef): ImageSource | undefined;
  /** Width in points of the galley being set: a column, or the full text width. */
  width: number;
  /** Height in points of a full column, to keep pictures from outgrowing it. */
  columnHeight: number;
  /** Language of the galley being set (the article's). */
  lang: string;
}

/** React context carrying the environment. */
export const PdfContext = createContext<PdfEnvironment | null>(null);

/** Reads the environment inside a PDF template. */
export function usePdf(): PdfEnvironment {
  const environment = useContext(PdfContext);
  if (environment === null) throw new Error('usePdf() called outside renderPdf');
  return environment;
}
