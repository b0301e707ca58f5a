/**
 * Structure attributes (ISO 32000-1, 14.7.5): an element's /A holds one
 * attribute dictionary or an array of them (possibly with revision numbers),
 * each naming its owner with /O.
 */
import { PDFArray, PDFDict, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';
import { entry, items, nameEntry } from './pdf-objects.js';

/** The attributes of an element owned by `owner` (e.g. 'Table', 'Layout', 'List'), resolved. */
export function attributesOf(context: PDFContext, element: PDFDict, owner: string): Map<string, PDFObject> {
  const out = new Map<string, PDFObject>();
  const value = entry(context, element, 'A');
  const dicts = value instanceof PDFArray ? items(context, value) : value === undefined ? [] : [value];
  for (const candidate of dicts) {
    const dict = candidate instanceof PDFStream ? candidate.dict : candidate;
    if (!(dict instanceof PDFDict) || nameEntry(context, dict, 'O') !== owner) continue;
    for (const [key] of dict.entries()) {
      const resolved = entry(context, dict, key.decodeText());
      if (resolved !== undefined) out.set(key.decodeText(), resolved);
    }
  }
  return out;
}
