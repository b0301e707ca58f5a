/**
import './mdast-extensions.js';
 * The handler map: one handler per mdast node type, turning Markdown into
 * model nodes. An mdast type without a handler is a message, never a silent
 * drop.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { Block, Inline } from '../types.js';
import type { ModelState } from '../state.js';
import { error } from '../../diagnostics/messages.js';
import { text, inlineCode, lineBreak } from './text.js';
import { emphasis, strong, strikethrough } from './emphasis.js';
import { link, linkReference } from './link.js';
import { inlineImage } from './image.js';
import { inlineHtml, blockHtml } from './html.js';
import { textDirective } from './text-directive.js';
import { footnoteReference } from './footnote.js';
import { paragraph } from './paragraph.js';
import { heading } from './heading.js';
import { list } from './list.js';
import { table } from './table.js';
import { blockquote, code, thematicBreak } from './simple-blocks.js';
import { containerDirective, leafDirective } from './block-directive.js';

/** Turns Markdown into model inlines. */
export type InlineHandler = (node: never, state: ModelState) => Inline[];
/** Turns Markdown into model blocks. */
export type BlockHandler = (node: never, state: ModelState) => Block[];

const inlineHandlers: Partial<Record<Nodes['type'], InlineHandler>> = {
  text,
  inlineCode,
  break: lineBreak,
  emphasis,
  strong,
  delete: strikethrough,
  link,
  linkReference,
  image: inlineImage,
  imageReference: inlineImage,
  html: inlineHtml,
  textDirective,
  footnoteReference,
};

const blockHandlers: Partial<Record<Nodes['type'], BlockHandler>> = {
  paragraph,
  heading,
  list,
  table,
  blockquote,
  code,
  thematicBreak,
  html: blockHtml,
  containerDirective,
  leafDirective,
  // Definitions and footnote definitions are collected up front (see state.ts).
  definition: () => [],
  footnoteDefinition: () => [],
  yaml: () => [],
};

/** Converts phrasing content to model inlines. */
export function toInlines(nodes: readonly PhrasingContent[], state: ModelState): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const handler = inlineHandlers[node.type];
    if (handler) out.push(...(handler as (n: typeof node, s: ModelState) => Inline[])(node, state));
    else error(state.file, `Unexpected ${node.type} in text`, node.position, 'markdown-unsupported');
  }
  return mergeText(out);
}

/** Converts block content to model blocks. */
export function toBlocks(nodes: readonly RootContent[], state: ModelState): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    const handler = blockHandlers[node.type];
    if (handler) out.push(...(handler as (n: typeof node, s: ModelState) => Block[])(node, state));
    else error(state.file, `Unexpected ${node.type} here, expected text, a heading, a list, a table or a directive`, node.position, 'markdown-unsupported');
  }
  return out;
}

/** Joins neighbouring text nodes (left behind by restored directives and dropped comments). */
function mergeText(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text') {
      out[out.length - 1] = { ...last, value: last.value + node.value };
    } else out.push(node);
  }
  return out;
}
