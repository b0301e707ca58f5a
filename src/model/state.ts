/**
 * The state of building one article's model from its Markdown tree: the file
 * messages go to, the article's language, link definitions and footnotes.
 * Handlers receive it as an explicit argument; nothing is module-global.
 */
import type { VFile } from 'vfile';
import type { Definition, FootnoteDefinition, Node, Root } from 'mdast';
import type { Position } from 'unist';
import type { Source } from './types.js';

/** What the handlers share while one article is built. */
export interface ModelState {
  file: VFile;
  /** The language of the text being read (changes inside `:lang`). */
  lang: string;
  definitions: Map<string, Definition>;
  footnoteDefinitions: Map<string, FootnoteDefinition>;
  /** Footnote ids in order of first reference. */
  footnoteOrder: string[];
  /** Anchors already used in the whole issue (articles, headings, footnote references), to keep them unique in the one HTML page. */
  headingIds: Set<string>;
  /** The article's id, prefix of heading anchors. */
  articleId: string;
  /** Names of the `:::` directives being read, outermost first. */
  directives: string[];
}

/** Creates the state for an article, collecting its definitions first. */
export function createState(file: VFile, tree: Root, lang: string, articleId: string, usedIds: Set<string> = new Set()): ModelState {
  const definitions = new Map<string, Definition>();
  const footnoteDefinitions = new Map<string, FootnoteDefinition>();
  const visit = (node: Node): void => {
    if (node.type === 'definition') definitions.set((node as Definition).identifier.toLowerCase(), node as Definition);
    if (node.type === 'footnoteDefinition') footnoteDefinitions.set((node as FootnoteDefinition).identifier.toLowerCase(), node as FootnoteDefinition);
    if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) visit(child);
  };
  visit(tree);
  return { file, lang, definitions, footnoteDefinitions, footnoteOrder: [], headingIds: usedIds, articleId, directives: [] };
}

/** The model source of an mdast node. */
export function sourceOf(state: ModelState, node: { position?: Position | undefined }): Source {
  return { file: state.file.path, position: node.position };
}
