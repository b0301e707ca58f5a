/** Footnote references (`[^1]`), numbered in order of first use within an article. */
import type { FootnoteReference } from 'mdast';
import type { Inline } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';
import { error } from '../../diagnostics/messages.js';
import { uniqueSlug } from '../slug.js';

/** `[^id]`. */
export function footnoteReference(node: FootnoteReference, state: ModelState): Inline[] {
  const id = node.identifier.toLowerCase();
  if (!state.footnoteDefinitions.has(id)) {
    error(state.file, `Unexpected footnote \`[^${node.label ?? node.identifier}]\` without its text`, node.position, 'footnote-undefined', {
      note: `add a paragraph \`[^${node.label ?? node.identifier}]: The note.\` to the article`,
    });
    return [];
  }
  let index = state.footnoteOrder.indexOf(id);
  if (index === -1) index = state.footnoteOrder.push(id) - 1;
  const number = index + 1;
  // Footnote anchors use `_`, which no heading's slug contains, so a heading "Fn 1" cannot take a note's anchor.
  const refAnchor = uniqueSlug(`${state.articleId}_fnref${number}`, state.headingIds);
  return [{ type: 'noteRef', id, number, noteAnchor: `${state.articleId}_fn${number}`, refAnchor, source: sourceOf(state, node) }];
}
