/**
 * Reads one article file: its YAML front matter, checked against the
 * contract, and its Markdown body as an mdast tree (CommonMark + GFM +
 * directives), positions kept.
 */
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import { checkYaml, type Shape, type ValuePath } from './yaml-schema.js';
import { parseYamlText } from './yaml-text.js';
import { error } from '../diagnostics/messages.js';
import type { ArticleType } from '../model/types.js';

/** The front matter of an article as written; optional fields may be absent. */
export interface ArticleFrontmatter {
  type: ArticleType;
  title: string;
  kicker?: string;
  subtitle?: string;
  lead?: string;
  author?: string;
  role?: string;
  portrait?: { src: string; alt: string };
  columns?: 1 | 2 | 3;
  lang?: string;
}

/** A parsed article: its checked front matter and its Markdown tree. */
export interface ParsedArticle {
  file: VFile;
  /** Undefined when the front matter is missing or too broken to use. */
  frontmatter: ArticleFrontmatter | undefined;
  place(path: ValuePath, key?: boolean): Position | undefined;
  tree: Root;
}

/** The article types, in the order the docs list them. */
export const articleTypes = ['editorial', 'article', 'column', 'notice'] as const satisfies readonly ArticleType[];

/** The shape of an article's front matter. */
export const frontmatterShape = {
  kind: 'record',
  fields: {
    type: { kind: 'enum', values: articleTypes },
    title: { kind: 'text' },
    kicker: { kind: 'text' },
    subtitle: { kind: 'text' },
    lead: { kind: 'text' },
    author: { kind: 'text' },
    role: { kind: 'text' },
    portrait: { kind: 'record', fields: { src: { kind: 'text', description: 'an image path' }, alt: { kind: 'text' } }, required: ['src', 'alt'] },
    columns: { kind: 'integer', min: 1, max: 3 },
    lang: { kind: 'lang' },
  },
  required: ['type', 'title'],
} as const satisfies Shape;

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).freeze();

/** Parses an article file. */
export function parseArticle(file: VFile): ParsedArticle {
  const text = String(file.value);
  const tree = markdown.parse(file) as Root;
  const head = tree.children[0];
  if (text.trim() === '') {
    error(file, 'Unexpected empty file, expected an article: front matter between `---` lines, then the text', { line: 1, column: 1 }, 'file-empty', {
      note: 'start the file with four lines: `---`, `type: article`, `title: "The headline"`, `---`; or delete the file',
    });
    return { file, frontmatter: undefined, place: () => undefined, tree };
  }
  if (head?.type !== 'yaml') {
    const leading = /^\s*\n---\s*\n/.test(text);
    error(file, 'Missing front matter, expected the file to start with `---`, `type:` and `title:` lines, then `---`', { line: 1, column: 1 }, 'frontmatter-missing', {
      note: leading
        ? 'the first `---` must be on the very first line of the file; remove the blank lines above it'
        : 'start the file with four lines: `---`, `type: article`, `title: "The headline"`, `---`',
    });
    return { file, frontmatter: undefined, place: () => undefined, tree };
  }
  tree.children.shift();
  const startOffset = head.position?.start.offset ?? 0;
  const valueOffset = text.indexOf('\n', startOffset) + 1;
  const document = parseYamlText(file, head.value, valueOffset, 'front matter');
  if (document === undefined) return { file, frontmatter: undefined, place: () => undefined, tree };
  const frontPlace = head.position;
  const checked = checkYaml(document.contents, frontmatterShape, { file, offset: valueOffset, what: 'front matter' });
  const complete = checked.value !== undefined && frontmatterShape.required.every((key) => checked.value?.[key] !== undefined);
  return {
    file,
    frontmatter: complete ? (checked.value as unknown as ArticleFrontmatter) : undefined,
    place: (path, key) => checked.place(path, key) ?? frontPlace,
    tree,
  };
}
