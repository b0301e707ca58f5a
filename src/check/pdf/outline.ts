/**
 * Bookmarks: a document of more than a few pages should have an outline, so
 * readers can move through it by its sections (WCAG 2.4.5, technique PDF2).
 * Advice only: PDF/UA-1 does not require an outline.
 */
import type { CheckpointGroup } from './types.js';
import { dictEntry } from './pdf-objects.js';
import { warning } from './finding.js';

/** Pages beyond which an outline is expected. */
const fewPages = 3;

/** WCAG 2.4.5 outline (a warning). */
export const outlineGroup: CheckpointGroup = {
  checkpoints: ['WCAG:2.4.5'],
  run({ context, catalog, pages }) {
    if (pages.length <= fewPages || dictEntry(context, dictEntry(context, catalog, 'Outlines'), 'First') !== undefined) return [];
    return [warning('WCAG:2.4.5', 'outline-missing', `The document has ${pages.length} pages but no outline (bookmarks) to move through its sections.`)];
  },
};
