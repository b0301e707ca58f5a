/** Builds an article of the model from its parsed file. */
import path from 'node:path';
import type { Article } from './types.js';
import type { ParsedArticle } from '../parse/parse-article.js';
import { createState } from './state.js';
import { toBlocks } from './handlers/index.js';
import { error, warn } from '../diagnostics/messages.js';
import { slugify, uniqueSlug } from './slug.js';

/**
 * Turns a parsed article into a model article; undefined when its front
 * matter is unusable. `usedIds` holds the anchors of the articles built
 * before, so that all anchors stay unique in the issue's one HTML page.
 */
export function buildArticle(parsed: ParsedArticle, issueLang: string, usedIds: Set<string> = new Set()): Article | undefined {
  const { frontmatter, file, tree } = parsed;
  if (frontmatter === undefined) return undefined;
  const lang = frontmatter.lang ?? issueLang;
  const id = uniqueSlug(slugify(path.basename(file.path, path.extname(file.path))), usedIds);
  const state = createState(file, tree, lang, id, usedIds);
  const body = toBlocks(tree.children, state);

  const footnotes: Article['footnotes'] = [];
  for (let i = 0; i < state.footnoteOrder.length; i += 1) {
    const noteId = state.footnoteOrder[i]!;
    const definition = state.footnoteDefinitions.get(noteId)!;
    footnotes.push({
      type: 'footnote',
      id: noteId,
      number: i + 1,
      anchor: `${id}_fn${i + 1}`,
      backAnchor: `${id}_fnref${i + 1}`,
      children: toBlocks(definition.children, state),
      source: { file: file.path, position: definition.position },
    });
  }
  for (const [noteId, definition] of state.footnoteDefinitions) {
    if (!state.footnoteOrder.includes(noteId)) {
      warn(file, `Unexpected footnote \`[^${definition.label ?? noteId}]\` that nothing refers to; it is left out`, definition.position, 'footnote-unused');
    }
  }

  if (frontmatter.type === 'column' && (frontmatter.author ?? '').trim() === '') {
    error(file, 'Missing key `author` in the front matter of a column, expected the name of who writes it', parsed.place(['type']), 'yaml-missing-key', {
      note: 'a column is signed "Ansichten von …": add a line like `author: "Kai Klose"`, and `role:` if you like',
    });
  }

  const portrait = frontmatter.portrait
    ? {
      image: { src: frontmatter.portrait.src.trim() },
      alt: frontmatter.portrait.alt ?? '',
      source: { file: file.path, position: parsed.place(['portrait'], true) },
      imageSource: { file: file.path, position: parsed.place(['portrait', 'src']) },
      altSource: frontmatter.portrait.alt === undefined ? undefined : { file: file.path, position: parsed.place(['portrait', 'alt']) },
    }
    : undefined;
  return {
    type: frontmatter.type,
    id,
    title: frontmatter.title.trim(),
    kicker: frontmatter.kicker?.trim(),
    subtitle: frontmatter.subtitle?.trim(),
    lead: frontmatter.lead?.trim(),
    author: frontmatter.author?.trim(),
    role: frontmatter.role?.trim(),
    portrait,
    columns: frontmatter.columns ?? (frontmatter.type === 'notice' ? 1 : 2),
    lang,
    body,
    footnotes,
    source: { file: file.path, position: parsed.place(['title']) },
  };
}
