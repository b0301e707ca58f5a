/**
 * Rows in right-to-left articles. The engine sets the text of an article in
 * Arabic, Persian or Hebrew right to left; what stands side by side (a list's
 * bullet and item, a table's cells, a portrait and its name) the templates
 * mirror with these.
 */
import { textDirection } from '../../src/parse/language-tag.js';
import { usePdf } from '../../src/render/pdf/environment.js';

/** True in a galley whose language is written right to left. */
export function useRightToLeft(): boolean {
  return textDirection(usePdf().lang) === 'rtl';
}

/** `row`, or `row-reverse` in a right-to-left galley: the first child stands at the start of the line. */
export function useRowDirection(): 'row' | 'row-reverse' {
  return useRightToLeft() ? 'row-reverse' : 'row';
}
