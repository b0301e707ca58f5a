/**
 * Builds findings: the place (page, element) is left out when unknown, as
 * the optional properties of a finding must be absent rather than undefined.
 */
import type { PdfFinding } from './types.js';

/** Where a finding is. */
export interface Place {
  page?: number | undefined;
  element?: string | undefined;
}

/** A finding of a failure condition. */
export function finding(checkpoint: string, rule: string, message: string, place: Place = {}): PdfFinding {
  const out: PdfFinding = { checkpoint, rule, message };
  if (place.page !== undefined) out.page = place.page;
  if (place.element !== undefined) out.element = place.element;
  return out;
}

/** A finding of advice that does not make the file fail. */
export function warning(checkpoint: string, rule: string, message: string, place: Place = {}): PdfFinding {
  return { ...finding(checkpoint, rule, message, place), severity: 'warning' };
}

/** The place of a structure element: its page and its label. */
export function at(element: { page: number | undefined; label: string }): Place {
  return { page: element.page, element: element.label };
}
