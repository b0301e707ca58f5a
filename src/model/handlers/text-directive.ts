/**
 * Inline directives. `:lang[text]{code=en}` marks a passage in another
 * language. A colon followed by a word with neither label nor attributes is
 * almost always prose ("E-Mail:info@…"), so it stays text; any other unknown
 * inline directive is refused.
 */
import type { TextDirective } from 'mdast-util-directive';
import type { Inline } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';
import { error } from '../../diagnostics/messages.js';
import { nearest } from '../../diagnostics/suggest.js';
import { checkLanguageTag } from '../../parse/language-tag.js';
import { checkAttributes } from './attributes.js';
import { toInlines } from './index.js';

/** `:name[label]{attributes}`. */
export function textDirective(node: TextDirective, state: ModelState): Inline[] {
  if (node.name !== 'lang') {
    const bare = node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0;
    if (bare) return [{ type: 'text', value: `:${node.name}`, source: sourceOf(state, node) }];
    const guess = ['sprache', 'language', 'fremdsprache'].includes(node.name.toLowerCase()) ? 'lang' : nearest(node.name, ['lang']);
    error(state.file, `Unknown directive \`:${node.name}\`, expected \`:lang\``, node.position, 'directive-unknown', {
      expected: guess ? [`:${guess}`] : undefined,
    });
    return toInlines(node.children, state);
  }
  const attributes = checkAttributes(node, { required: ['code'] }, state);
  if (node.children.length === 0) {
    error(state.file, 'Unexpected `:lang` without text, expected the passage in brackets: `:lang[text]{code=en}`', node.position, 'lang-empty');
    return [];
  }
  const code = attributes.code;
  if (code === undefined) return toInlines(node.children, state);
  const check = checkLanguageTag(code);
  if (!check.ok) {
    error(state.file, `Unexpected language tag \`${code}\`, expected a BCP 47 tag such as \`en\` or \`fr\``, node.position, 'language-tag', {
      expected: check.suggestion ? [check.suggestion] : undefined,
    });
    return toInlines(node.children, state);
  }
  const outer = state.lang;
  state.lang = check.tag;
  const children = toInlines(node.children, state);
  state.lang = outer;
  return [{ type: 'lang', lang: check.tag, children, source: sourceOf(state, node) }];
}
