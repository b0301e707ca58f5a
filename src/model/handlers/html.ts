/**
 * Raw HTML in Markdown is refused: Blattwerk never passes HTML through, so
 * no script, style or form can reach the outputs. HTML comments are editors'
 * notes and are dropped without a message.
 */
import type { Html } from 'mdast';
import type { Block, Inline } from '../types.js';
import type { ModelState } from '../state.js';
import { error } from '../../diagnostics/messages.js';

/** One complete comment and nothing else (`<!-- a --><script>…` is not a comment). */
function isComment(value: string): boolean {
  return /^<!--(?:(?!-->)[\s\S])*-->$/.test(value.trim());
}

/** What to write instead of a tag, for the hint. */
const instead: Readonly<Record<string, string>> = {
  b: 'write `**bold**`', strong: 'write `**bold**`', i: 'write `*italic*`', em: 'write `*italic*`', u: 'use `*italic*` or `**bold**`; underlined text looks like a link',
  a: 'write a link as `[text](https://…)`', img: 'write a picture as `![what it shows](images/foto.jpg)` or with `:::figure`',
  br: 'end the line with a backslash `\\` for a line break', p: 'separate paragraphs with a blank line', div: 'separate blocks with a blank line, or use `:::aside`',
  span: 'use `:lang[…]{code=…}` for a passage in another language; other styling is up to the templates',
  h1: 'write headings with `##`', h2: 'write headings with `##`', h3: 'write headings with `###`', h4: 'write headings with `####`',
  ul: 'write list items as lines starting with `- `', ol: 'write numbered items as lines starting with `1. `', li: 'write list items as lines starting with `- `',
  table: 'write a Markdown table inside `:::table{caption="…"}`', blockquote: 'start quoted lines with `> `, or use `:::pullquote`',
  sup: 'write a footnote as `[^1]`', sub: 'write the text plainly', code: 'write code between backticks',
};

const dangerous = new Set(['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button', 'link', 'meta', 'base', 'svg', 'math', 'frame', 'frameset', 'template', 'noscript']);

function refuse(node: Html, state: ModelState): void {
  const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(node.value.trim().replace(/^(?:<!--[\s\S]*?-->\s*)+/, ''))?.[1]?.toLowerCase();
  const note = tag !== undefined && dangerous.has(tag)
    ? `Blattwerk never puts \`<${tag}>\` into its outputs; remove it`
    : `Blattwerk does not pass HTML through${tag !== undefined && instead[tag] !== undefined ? `; ${instead[tag]}` : '; use Markdown (e.g. `**bold**`, `[text](https://…)`) or a directive instead'}`;
  error(state.file, `Unexpected raw HTML${tag ? ` \`<${tag}>\`` : ''}, expected Markdown`, node.position, 'html', { note });
}

/** Inline HTML such as `<b>` or `<br>`. */
export function inlineHtml(node: Html, state: ModelState): Inline[] {
  // A closing tag belongs to an opening one already reported.
  if (!isComment(node.value) && !node.value.startsWith('</')) refuse(node, state);
  return [];
}

/** An HTML block such as `<div>` or `<script>`. */
export function blockHtml(node: Html, state: ModelState): Block[] {
  if (!isComment(node.value)) refuse(node, state);
  return [];
}
