/**
 * Raw HTML in Markdown is refused: Blattwerk never passes HTML through, so
 * no script, style or form can reach the outputs. HTML comments are editors'
 * notes and are dropped without a message.
 */
import type { Html } from 'mdast';
import type { Block, Inline } from '../types.js';
import type { ModelState } from '../state.js';
import { error } from '../../diagnostics/messages.js';

function isComment(value: string): boolean {
  return /^<!--[\s\S]*-->\s*$/.test(value.trim());
}

function refuse(node: Html, state: ModelState): void {
  const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(node.value.trim())?.[1];
  error(state.file, `Unexpected raw HTML${tag ? ` \`<${tag.toLowerCase()}>\`` : ''}, expected Markdown`, node.position, 'html', {
    note: 'Blattwerk does not pass HTML through; use Markdown (e.g. `**bold**`, `[text](https://…)`) or a directive instead',
  });
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
