/** Handlers for plain text, code spans and hard line breaks. */
import type { Break, InlineCode, Text } from 'mdast';
import type { Inline } from '../types.js';
import { location } from 'vfile-location';
import { sourceOf, type ModelState } from '../state.js';
import { warn } from '../../diagnostics/messages.js';

/** Source line ends inside a paragraph are spaces; runs of spaces collapse to one. */
export function normalizeSpace(value: string): string {
  return value.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/[ \t]{2,}/g, ' ');
}

/**
 * Control characters other than tab and line end, a byte order mark inside
 * the text, and the non-characters U+FDD0–U+FDEF, U+FFFE, U+FFFF: invisible,
 * meaningless in print, and pasted in from other programs.
 */
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufdd0-\ufdef\ufffe\uffff]/g;
const hasControl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\ufdd0-\ufdef\ufffe\uffff]/;

const controlNames: Record<number, string> = {
  0x07: 'bell', 0x08: 'backspace', 0x0b: 'vertical tab', 0x0c: 'form feed', 0x1b: 'escape', 0x7f: 'delete',
  0xfeff: 'byte order mark', 0xfffe: 'not a character', 0xffff: 'not a character',
};

/** Plain text; control characters are left out with a warning. */
export function text(node: Text, state: ModelState): Inline[] {
  let value = node.value;
  if (hasControl.test(value)) {
    warnControl(node, state);
    value = value.replace(control, (c) => (c === '\u000b' ? ' ' : ''));
  }
  return [{ type: 'text', value: normalizeSpace(value), source: sourceOf(state, node) }];
}

function warnControl(node: Text, state: ModelState): void {
  const matches = node.value.match(control) ?? [];
  const first = matches[0]!.charCodeAt(0);
  const name = `U+${first.toString(16).toUpperCase().padStart(4, '0')}${controlNames[first] ? ` (${controlNames[first]})` : ''}`;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  let place = node.position?.start;
  if (start !== undefined && end !== undefined) {
    const at = String(state.file.value).slice(start, end).indexOf(String.fromCharCode(first));
    if (at !== -1) place = location(state.file).toPoint(start + at) ?? place;
  }
  const more = matches.length > 1 ? ` and ${matches.length - 1} more` : '';
  warn(state.file, `Unexpected control character ${name}${more} in the text; ${matches.length > 1 ? 'they are' : 'it is'} left out`, place, 'text-control-character', {
    note: 'control characters are invisible and come from copying out of other programs; delete them (a vertical tab from Word becomes a space)',
  });
}

/** A code span. */
export function inlineCode(node: InlineCode, state: ModelState): Inline[] {
  return [{ type: 'code', value: node.value, source: sourceOf(state, node) }];
}

/** A hard line break (two spaces or a backslash at the line end). */
export function lineBreak(node: Break, state: ModelState): Inline[] {
  return [{ type: 'break', source: sourceOf(state, node) }];
}
