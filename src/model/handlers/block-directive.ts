/**
 * Block directives: `:::figure`, `:::pullquote`, `:::aside` and `:::table`
 * (and the leaf form `::figure{…}` for a figure without caption). Unknown
 * names and unclosed containers are refused with a message.
 */
import type { Paragraph } from 'mdast';
import type { ContainerDirective, LeafDirective } from 'mdast-util-directive';
import type { Block } from '../types.js';
import type { ModelState } from '../state.js';
import { error } from '../../diagnostics/messages.js';
import { listNames, nearest } from '../../diagnostics/suggest.js';
import { figure } from './figure.js';
import { pullquote, aside } from './boxes.js';
import { tableDirective } from './table-directive.js';

const containers = {
  figure,
  pullquote,
  aside,
  table: tableDirective,
} as const satisfies Record<string, (node: ContainerDirective | LeafDirective, state: ModelState) => Block[]>;

const names = Object.keys(containers);

/** German words editors write for a directive, mapped to its name. */
const directiveSynonyms: Readonly<Record<string, string>> = {
  bild: 'figure', foto: 'figure', galerie: 'figure', abbildung: 'figure', grafik: 'figure', image: 'figure', img: 'figure', zitat: 'pullquote', quote: 'pullquote',
  kasten: 'aside', infokasten: 'aside', box: 'aside', info: 'aside', hinweis: 'aside', tabelle: 'table',
};

/** The label paragraph (`:::name[label]`) and the other children of a container. */
export function splitLabel(node: ContainerDirective | LeafDirective): { label: Paragraph | undefined; children: ContainerDirective['children'] } {
  if (node.type === 'leafDirective') {
    return { label: node.children.length > 0 ? { type: 'paragraph', children: node.children } : undefined, children: [] };
  }
  const [first, ...rest] = node.children;
  if (first?.type === 'paragraph' && first.data?.directiveLabel === true) return { label: first, children: rest };
  return { label: undefined, children: node.children };
}

/** `:::name{…}` … `:::`. */
export function containerDirective(node: ContainerDirective, state: ModelState): Block[] {
  if (!isClosed(node, state)) {
    const outer = state.directives.at(-1);
    error(state.file, `Unclosed directive \`:::${node.name}\`, expected a line \`:::\` after its content`, node.position?.start, 'directive-unclosed', {
      note: outer === undefined
        ? 'every `:::name` line needs a matching `:::` line; without it the rest of the article is taken as its content'
        : `inside \`:::${outer}\`, a \`:::\` line closes \`:::${outer}\` first; write the outer one with more colons, \`::::${outer}{…}\` … \`::::\`, and the inner one with three`,
    });
    return [];
  }
  state.directives.push(node.name);
  try {
    return dispatch(node, state, ':::');
  } finally {
    state.directives.pop();
  }
}

/** `::name{…}`. */
export function leafDirective(node: LeafDirective, state: ModelState): Block[] {
  return dispatch(node, state, '::');
}

function dispatch(node: ContainerDirective | LeafDirective, state: ModelState, prefix: string): Block[] {
  const handler = (containers as Record<string, (n: typeof node, s: ModelState) => Block[]>)[node.name];
  if (handler === undefined) {
    const guess = directiveSynonyms[node.name.toLowerCase()] ?? nearest(node.name, names);
    error(state.file, `Unknown directive \`${prefix}${node.name}\`, expected ${listNames(names.map((n) => `${prefix}${n}`))}`, node.position?.start, 'directive-unknown', {
      expected: guess ? [`${prefix}${guess}`] : undefined,
    });
    return [];
  }
  return handler(node, state);
}

function isClosed(node: ContainerDirective, state: ModelState): boolean {
  const text = String(state.file.value);
  const end = node.position?.end.offset;
  if (end === undefined) return true;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  // The closing line of a box inside a quote carries the quote's `>` markers.
  return /^(?:[ \t]*>)*[ \t]*:{3,}[ \t]*$/.test(text.slice(lineStart, end));
}
