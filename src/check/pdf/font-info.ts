/**
 * What the checker needs to know of a font dictionary: its kind, its
 * descriptor (through the descendant CIDFont of a Type 0 font), how shown
 * strings split into codes, and its ToUnicode CMap.
 */
import { PDFDict, PDFStream, type PDFContext, type PDFRef } from 'pdf-lib';
import { dictEntry, entry, items, arrayEntry, nameEntry, nameOf, streamBytes } from './pdf-objects.js';
import { oneByteCodeSpace, parseCMap, twoByteCodeSpace, type CMap, type CodeSpaceRange } from './cmap.js';

/** A font as read from its dictionary. */
export interface FontInfo {
  dict: PDFDict;
  ref: PDFRef | undefined;
  subtype: string | undefined;
  baseFont: string | undefined;
  /** The descendant CIDFont of a Type 0 font. */
  descendant: PDFDict | undefined;
  descriptor: PDFDict | undefined;
  codeSpace: readonly CodeSpaceRange[];
  /** True when codes are CIDs (Identity-H or Identity-V). */
  identity: boolean;
  /** The ToUnicode CMap; 'unreadable' when the stream cannot be decoded. */
  toUnicode: CMap | 'unreadable' | undefined;
}

/** Reads a font dictionary. */
export function readFont(context: PDFContext, dict: PDFDict, ref: PDFRef | undefined): FontInfo {
  const subtype = nameEntry(context, dict, 'Subtype');
  const descendant = subtype === 'Type0' ? items(context, arrayEntry(context, dict, 'DescendantFonts')).find((d): d is PDFDict => d instanceof PDFDict) : undefined;
  const descriptor = dictEntry(context, descendant ?? dict, 'FontDescriptor');
  const encoding = entry(context, dict, 'Encoding');
  const encodingName = nameOf(encoding);
  let codeSpace: readonly CodeSpaceRange[] = oneByteCodeSpace;
  if (subtype === 'Type0') {
    codeSpace = twoByteCodeSpace;
    if (encoding instanceof PDFStream) {
      const bytes = streamBytes(encoding);
      const embedded = bytes === undefined ? [] : parseCMap(bytes).codeSpace;
      if (embedded.length > 0) codeSpace = embedded;
    }
  }
  const toUnicodeStream = entry(context, dict, 'ToUnicode');
  let toUnicode: FontInfo['toUnicode'];
  if (toUnicodeStream instanceof PDFStream) {
    const bytes = streamBytes(toUnicodeStream);
    toUnicode = bytes === undefined ? 'unreadable' : parseCMap(bytes);
  }
  return {
    dict,
    ref,
    subtype,
    baseFont: nameEntry(context, dict, 'BaseFont'),
    descendant,
    descriptor,
    codeSpace,
    identity: subtype === 'Type0' && (encodingName === 'Identity-H' || encodingName === 'Identity-V'),
    toUnicode,
  };
}

/** The standard 14 fonts (ISO 32000-1, 9.6.2.2), which a viewer may substitute when they are not embedded. */
export const standard14: ReadonlySet<string> = new Set([
  'Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic', 'Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique',
  'Helvetica-BoldOblique', 'Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique', 'Symbol', 'ZapfDingbats',
]);
