/** Builds an article of the model from its parsed file. */
import path from 'node:path';
import type { Article } from './types.js';
import type { ParsedArticle } from '../parse/parse-article.js';
import { createState } from './state.js';
import { toBlocks } from './handlers/index.js';
import { warn } from '../diagnostics/messages.js';
import { slugify } from './slug.js';

/** Turns a parsed article into a model article; undefined when its front matter is unusable. */
export function buildArticle(parsed: ParsedArticle, issueLang: string): Article | undefined {
  const { frontmatter, file, tree } = parsed;
  if (frontmatter === undefined) return undefined;
  const lang = frontmatter.lang ?? issueLang;
  const id = slugify(path.basename(file.path, path.extname(file.path)));
  const state = createState(file, tree, lang, id);
  const body = toBlocks(tree.children, state);

  const footnotes: Article['footnotes'] = [];
  for (let i = 0; i < state.footnoteOrder.length; i += 1) {
    const noteId = state.footnoteOrder[i]!;
    const definition = state.footnoteDefinitions.get(noteId)!;
    footnotes.push({
      type: 'footnote',
      id: noteId,
      number: i + 1,
      anchor: `${id}-fn-${i + 1}`,
      backAnchor: `${id}-fnref-${i + 1}`,
      children: toBlocks(definition.children, state),
      source: { file: file.path, position: definition.position },
    });
  }
  for (const [noteId, definition] of state.footnoteDefinitions) {
    if (!state.footnoteOrder.includes(noteId)) {
      warn(file, `Unexpected footnote \`[^${definition.label ?? noteId}]\` that nothing refers to; it is left out`, definition.position, 'footnote-unused');
    }
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
