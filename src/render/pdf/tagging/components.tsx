/**
 * The tagging components templates build the PDF from: each renders a
 * React-PDF primitive with its tag. Block roles are boxes or text blocks;
 * Link and Span are nested text. Figure requires alt text by its type.
 */
import type { ReactNode } from 'react';
import { Image, Text, View, type ImageSource, type PdfStyle } from '../primitives.js';
import type { ArtifactKind, Role } from './tag.js';

interface BlockProps {
  style?: PdfStyle | undefined;
  children?: ReactNode;
  lang?: string | undefined;
  wrap?: boolean | undefined;
  minPresenceAhead?: number | undefined;
  id?: string | undefined;
  /** What assistive technology reads instead of the painted text (e.g. the original casing of text set in capitals). */
  actual?: string | undefined;
}

const box = (role: Role) =>
  function Box({ style, children, lang, wrap, id }: BlockProps) {
    return <View style={style} wrap={wrap} id={id} tag={{ role, lang }}>{children}</View>;
  };
const text = (role: Role) =>
  function TextBlock({ style, children, lang, minPresenceAhead, id, actual }: BlockProps) {
    return <Text style={style} minPresenceAhead={minPresenceAhead} id={id} tag={{ role, lang, actual }}>{children}</Text>;
  };

/** A part of the document, such as the masthead. */
export const Part = box('Part');
/** A self-contained article. */
export const Art = box('Art');
/** A section. */
export const Sect = box('Sect');
/** A generic block grouping. */
export const Div = box('Div');
/** A box beside the running text (role-mapped to Sect). */
export const Aside = box('Aside');
/** A quoted block. */
export const BlockQuote = box('BlockQuote');
/** A list. */
export const L = box('L');
/** A list item (holds Lbl and LBody). */
export const LI = box('LI');
/** The body of a list item. */
export const LBody = box('LBody');
/** A table. */
export const Table = box('Table');
/** The header rows of a table. */
export const THead = box('THead');
/** The body rows of a table. */
export const TBody = box('TBody');
/** A table row. */
export const TR = box('TR');
/** A data cell. */
export const TD = box('TD');
/** A footnote or endnote; `id` identifies it (PDF/UA requires an ID on every Note). */
export function Note({ id, style, children }: { id: string; style?: PdfStyle; children?: ReactNode }) {
  return <View style={style} tag={{ role: 'Note', id }}>{children}</View>;
}

/** A paragraph. */
export const P = text('P');
/** A list item's label (bullet or number). */
export const Lbl = text('Lbl');
/** A caption of a figure or table. */
export const Caption = text('Caption');

/** A heading of level 1 to 6. */
export function H({ level, ...props }: BlockProps & { level: 1 | 2 | 3 | 4 | 5 | 6 }) {
  const Heading = headings[level - 1]!;
  return <Heading {...props} />;
}
const headings = (['H1', 'H2', 'H3', 'H4', 'H5', 'H6'] as const).map(text);

/** A header cell with its scope. */
export function TH({ scope, style, children }: { scope: 'Column' | 'Row'; style?: PdfStyle; children?: ReactNode }) {
  return <View style={style} tag={{ role: 'TH', scope }}>{children}</View>;
}

/** An informative picture: alternative text is required. */
export function Figure({ alt, src, style, width, height }: { alt: string; src: ImageSource; style?: PdfStyle; width: number; height: number }) {
  return <Image src={src} style={[{ width, height }, ...(Array.isArray(style) ? style : style ? [style] : [])]} tag={{ role: 'Figure', alt }} />;
}

/** A decorative picture: hidden from assistive technology. */
export function DecorativeImage({ src, style }: { src: ImageSource; style?: PdfStyle }) {
  return <Image src={src} style={style} tag={{ role: 'Artifact', kind: 'Layout' }} />;
}

/** Page furniture or decoration: painted, never read. */
export function Artifact({ kind = 'Layout', style, children }: { kind?: ArtifactKind; style?: PdfStyle; children?: ReactNode }) {
  return <View style={style} tag={{ role: 'Artifact', kind }}>{children}</View>;
}

/** An inline link; `description` (its text, or better) becomes the annotation's /Contents. */
export function Link({ href, description, style, children }: { href: string; description: string; style?: PdfStyle; children?: ReactNode }) {
  return <Text style={style} href={href} tag={{ role: 'Link', href, title: description }}>{children}</Text>;
}

/** An inline passage, e.g. in another language, or one read differently from how it looks (`actual`). */
export function Span({ lang, actual, style, children }: { lang?: string | undefined; actual?: string | undefined; style?: PdfStyle; children?: ReactNode }) {
  return <Text style={style} tag={{ role: 'Span', lang, actual }}>{children}</Text>;
}

/** An inline reference to a note elsewhere (a footnote mark). */
export function Reference({ style, children }: { style?: PdfStyle; children?: ReactNode }) {
  return <Text style={style} tag={{ role: 'Reference' }}>{children}</Text>;
}

/** An inline quotation. */
export function Quote({ lang, style, children }: { lang?: string | undefined; style?: PdfStyle; children?: ReactNode }) {
  return <Text style={style} tag={{ role: 'Quote', lang }}>{children}</Text>;
}
