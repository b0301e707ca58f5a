/**
 * Section headings. The article title is level 2 of the document (the issue
 * title is level 1), so Markdown `##` is level 3. `#` is refused: it would
 * compete with the article title. Skipped levels are checked on the finished
 * model (rules/heading-levels.ts).
 */
import type { Heading } from 'mdast';
import type { Block } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';
import { error } from '../../diagnostics/messages.js';
import { toInlines } from './index.js';
import { slugify, uniqueSlug } from '../slug.js';
import { toString } from 'mdast-util-to-string';

/** `## Heading` … `##### Heading`. */
export function heading(node: Heading, state: ModelState): Block[] {
  if (node.depth === 1) {
    error(state.file, 'Unexpected `#` heading in an article, expected `##`', node.position, 'heading-top', {
      note: 'the article title (front matter `title`) is the top heading of an article; sections start at `##`',
    });
  }
  if (node.depth === 6) {
    // PDF and HTML have six heading levels and the issue and article titles take two.
    error(state.file, 'Unexpected `######` heading, expected at most `#####`', node.position, 'heading-deep', {
      note: 'the issue and the article titles take the first two of the six heading levels; use `#####` or bold text',
    });
    return [];
  }
  const level = Math.min(6, Math.max(3, node.depth + 1)) as 3 | 4 | 5 | 6;
  const children = toInlines(node.children, state);
  if (children.length === 0) {
    error(state.file, 'Unexpected empty heading, expected its text after the `#` signs', node.position, 'heading-empty');
    return [];
  }
  const id = uniqueSlug(`${state.articleId}-${slugify(toString(node))}`, state.headingIds);
  return [{ type: 'heading', level, children, id, source: sourceOf(state, node) }];
}
