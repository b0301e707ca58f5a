/**
 * Reads one article file: its YAML front matter, checked against the
 * contract, and its Markdown body as an mdast tree (CommonMark + GFM +
 * directives), positions kept.
 */
import type { VFile } from 'vfile';
import type { Node, Parent, Position } from 'unist';
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import { checkYaml, type Shape, type ValuePath } from './yaml-schema.js';
import { parseYamlText } from './yaml-text.js';
import { checkMarkdownLimits } from './markdown-limits.js';
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
  portrait?: { src: string; alt?: string };
  columns?: 1 | 2 | 3;
  lang?: string;
}

/** A parsed article: its checked front matter and its Markdown tree. */
export interface ParsedArticle {
  file: VFile;
  /**
   * Undefined when the front matter is missing or unclosed. When it is there
   * but has errors, the fields that failed take neutral values, so the text
   * is still checked and every problem of the article is reported at once.
   */
  frontmatter: ArticleFrontmatter | undefined;
  place(path: ValuePath, key?: boolean): Position | undefined;
  tree: Root;
}

/** The article types, in the order the docs list them. */
export const articleTypes = ['editorial', 'article', 'column', 'notice'] as const satisfies readonly ArticleType[];

/** German names of the article types, for the hint on an unknown `type`. */
const typeSynonyms: Record<string, ArticleType> = {
  artikel: 'article', beitrag: 'article', bericht: 'article', meldung: 'article', editorial: 'editorial', vorwort: 'editorial', leitartikel: 'editorial',
  kolumne: 'column', kommentar: 'column', meinung: 'column', ansichten: 'column', hinweis: 'notice', notiz: 'notice', kurzmeldung: 'notice', termin: 'notice',
};

/** The shape of an article's front matter. */
export const frontmatterShape = {
  kind: 'record',
  fields: {
    type: { kind: 'enum', values: articleTypes, synonyms: typeSynonyms },
    title: { kind: 'text' },
    kicker: { kind: 'text' },
    subtitle: { kind: 'text' },
    lead: { kind: 'text' },
    author: { kind: 'text' },
    role: { kind: 'text' },
    // A missing or empty `alt` is the alt-text rule's to report (rules/figure-alt.ts), as for figures.
    portrait: { kind: 'record', fields: { src: { kind: 'text', description: 'an image path' }, alt: { kind: 'text', allowEmpty: true } }, required: ['src'] },
    columns: { kind: 'integer', min: 1, max: 3 },
    lang: { kind: 'lang' },
  },
  required: ['type', 'title'],
  synonyms: {
    typ: 'type', art: 'type', titel: 'title', überschrift: 'title', schlagzeile: 'title', dachzeile: 'kicker', rubrik: 'kicker',
    untertitel: 'subtitle', unterzeile: 'subtitle', vorspann: 'lead', teaser: 'lead', autor: 'author', autorin: 'author', verfasser: 'author',
    funktion: 'role', rolle: 'role', foto: 'portrait', bild: 'portrait', porträt: 'portrait', spalten: 'columns', sprache: 'lang', language: 'lang',
  },
  hints: {
    type: 'add a line `type: article` (or `editorial`, `column`, `notice`)',
    title: 'add a line with the headline, e.g. `title: "Neue Förderung für Vereine"`',
  },
} as const satisfies Shape;


const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).freeze();

/** Parses an article file. */
export function parseArticle(file: VFile): ParsedArticle {
  const text = String(file.value);
  const nothing = { file, frontmatter: undefined, place: () => undefined, tree: { type: 'root', children: [] } } satisfies ParsedArticle;
  if (text.trim() === '') {
    error(file, 'Unexpected empty file, expected an article: front matter between `---` lines, then the text', { line: 1, column: 1 }, 'file-empty', {
      note: 'start the file with four lines: `---`, `type: article`, `title: "The headline"`, `---`; or delete the file',
    });
    return nothing;
  }
  if (!checkMarkdownLimits(file, text)) return nothing;
  const tree = markdown.parse(file) as Root;
  if (!checkTreeDepth(file, tree)) return nothing;
  inheritPositions(tree);
  const head = tree.children[0];
  if (head?.type !== 'yaml') {
    missingFrontmatter(file, text);
    return { ...nothing, tree };
  }
  tree.children.shift();
  const frontPlace = head.position;
  if (tree.children.length === 0) {
    const after = frontPlace?.end.line ?? 1;
    error(file, 'Unexpected article without text, expected the text after the front matter', { line: after, column: 1 }, 'article-empty', {
      note: 'write the article below the second `---` line, or delete the file',
    });
  }
  const startOffset = head.position?.start.offset ?? 0;
  const valueOffset = text.indexOf('\n', startOffset) + 1;
  const document = parseYamlText(file, head.value, valueOffset, 'front matter');
  const checked = document === undefined
    ? undefined
    : checkYaml(document.contents, frontmatterShape, { file, offset: valueOffset, what: 'front matter' });
  return {
    file,
    // With errors in the front matter the build stops anyway; neutral values let the text be checked too.
    frontmatter: { type: 'article', title: '', ...(checked?.value as Partial<ArticleFrontmatter> | undefined) },
    place: (path, key) => checked?.place(path, key) ?? frontPlace,
    tree,
  };
}

function missingFrontmatter(file: VFile, text: string): void {
  if (/^---[ \t]*\n/.test(text)) {
    error(file, 'Unclosed front matter, expected a line `---` after its last field', { line: 1, column: 1 }, 'frontmatter-unclosed', {
      note: 'the front matter starts with `---` on the first line and ends with `---` on a line of its own, before the text',
    });
    return;
  }
  const leading = /^\s*\n---[ \t]*\n/.test(text);
  error(file, 'Missing front matter, expected the file to start with `---`, `type:` and `title:` lines, then `---`', { line: 1, column: 1 }, 'frontmatter-missing', {
    note: leading
      ? 'the first `---` must be on the very first line of the file; remove the blank lines above it'
      : 'start the file with four lines: `---`, `type: article`, `title: "The headline"`, `---`',
  });
}

/**
 * Gives nodes the parser made without a position (GFM turns `<www.…>` into
 * a link that has none) their parent's, so every message has a place.
 */
function inheritPositions(tree: Root): void {
  const stack: Node[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of (node as Partial<Parent>).children ?? []) {
      if (child.position === undefined && node.position !== undefined) child.position = node.position;
      stack.push(child);
    }
  }
}

/** Deepest Markdown tree accepted: lists, quotes, emphasis and links inside each other. */
const maxTreeDepth = 100;

/** The handlers and renderers recurse over the tree; a tree nested absurdly deep is refused before they run. */
function checkTreeDepth(file: VFile, tree: Root): boolean {
  const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > maxTreeDepth) {
      error(file, `Unexpected Markdown nested more than ${maxTreeDepth} levels deep (lists, quotes, emphasis and links inside each other)`, node.position?.start, 'markdown-limit', {
        note: 'a newsletter article needs a few levels at most; check for brackets, `*` and `_` that do not close',
      });
      return false;
    }
    const children = (node as Partial<Parent>).children;
    if (children) for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return true;
}
