/**
 * Typed handles for React-PDF's host elements, so templates write
 * `<View>`/`<Text>`/`<Image>` without importing the renderer package (the
 * host types are plain strings). Each takes an optional `tag`: the
 * accessibility role the tagging layer turns into a structure element.
 */
import type { ComponentType, ReactNode } from 'react';
import type { Style } from '@react-pdf/types';
import type { Tag } from './tagging/tag.js';

/** A React-PDF style object or list of them. */
export type PdfStyle = Style | Style[];

/** Props every primitive shares. */
export interface PrimitiveProps {
  style?: PdfStyle | undefined;
  /** The structure role of this element (see tagging/tag.ts); untagged content belongs to the nearest tagged ancestor. */
  tag?: Tag | undefined;
  /** Keep the element in one piece across columns and pages. */
  wrap?: boolean | undefined;
  /** Keep at least this many points of what follows in the same column. */
  minPresenceAhead?: number | undefined;
  /** Named destination for links inside the PDF. */
  id?: string | undefined;
  children?: ReactNode;
}

/** Props of `<Text>`. */
export interface TextProps extends PrimitiveProps {
  /** A link target; only for nested text. */
  href?: string | undefined;
  hyphenationCallback?: ((word: string) => string[]) | undefined;
  hyphenationPenalty?: number | undefined;
  orphans?: number | undefined;
  widows?: number | undefined;
}

/** An image source React-PDF can decode. */
export interface ImageSource { data: Buffer; format: 'jpg' | 'png' }

/** Props of `<Image>`. */
export interface ImageProps extends PrimitiveProps {
  src: ImageSource;
}

/** A box. */
export const View = 'VIEW' as unknown as ComponentType<PrimitiveProps>;
/** Text, and text nested in text for inline styling. */
export const Text = 'TEXT' as unknown as ComponentType<TextProps>;
/** A JPEG or PNG picture. */
export const Image = 'IMAGE' as unknown as ComponentType<ImageProps>;
