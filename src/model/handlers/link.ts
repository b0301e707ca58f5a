/**
 * Handlers for links. Only addresses a reader can follow from a PDF and a web
 * page are accepted: http, https, mailto and tel. Anything else (javascript:,
 * data:, file:, relative paths) is refused with a message, so no script or
 * local path can reach the outputs.
 */
import type { Definition, Link, LinkReference } from 'mdast';
import type { Inline } from '../types.js';
import { sourceOf, type ModelState } from '../state.js';
import { error, warn } from '../../diagnostics/messages.js';
import { toInlines } from './index.js';

const allowed = new Set(['http:', 'https:', 'mailto:', 'tel:']);

const scripts = 'links that run scripts are never put into the outputs';
const schemeNotes: Readonly<Record<string, string>> = {
  'javascript:': scripts,
  'vbscript:': scripts,
  'data:': `${scripts}; a \`data:\` address can hold a whole page with a script`,
  'file:': 'a link to a file on a computer works only on that computer; put the file on a web server and link to it there',
};

/** The outcome of checking a link target. */
export type LinkCheck = { ok: true; url: string } | { ok: false; reason: string; note: string | undefined };

/** Checks a link target against the allowed schemes. */
export function checkLinkTarget(raw: string): LinkCheck {
  const url = raw.trim();
  if (url === '') return { ok: false, reason: 'Unexpected empty link target, expected an address such as `https://…`', note: undefined };
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (parsed === undefined && /^[a-z][a-z0-9+.-]*:/i.test(url)) {
    return {
      ok: false,
      reason: `Unexpected malformed link \`${clip(url)}\`, expected an address such as \`https://example.org/seite\``,
      note: 'an address has no spaces, brackets or braces in its host name; write `%20` for a space in the path',
    };
  }
  if (parsed === undefined) {
    const looksLikeHost = /^(www\.)?[\w-]+(\.[\w-]+)+(\/|$)/i.test(url);
    const looksLikeMail = /^[^@\s/]+@[\w-]+(\.[\w-]+)+$/.test(url);
    return {
      ok: false,
      reason: `Unexpected relative link \`${clip(url)}\`, expected a full address`,
      note: looksLikeMail ? `write \`mailto:${url}\`` : looksLikeHost ? `write \`https://${url}\`` : 'links must start with `https://`, `http://`, `mailto:` or `tel:`',
    };
  }
  if (!allowed.has(parsed.protocol)) {
    return {
      ok: false,
      reason: `Unexpected link scheme \`${parsed.protocol}\`, expected \`https:\`, \`http:\`, \`mailto:\` or \`tel:\``,
      note: schemeNotes[parsed.protocol] ?? 'Blattwerk links only to web pages (`https:`), e-mail addresses (`mailto:`) and phone numbers (`tel:`)',
    };
  }
  return { ok: true, url: parsed.protocol === 'mailto:' || parsed.protocol === 'tel:' ? url : parsed.href };
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

function toLink(url: string, node: Link | LinkReference, state: ModelState, definedAt?: Definition): Inline[] {
  const children = toInlines(node.children, state);
  const check = checkLinkTarget(url);
  if (!check.ok) {
    const where = definedAt?.position ? `the address comes from \`[${definedAt.label ?? definedAt.identifier}]: …\` on line ${definedAt.position.start.line}` : undefined;
    error(state.file, check.reason, node.position, 'link-target', { note: [where, check.note].filter(Boolean).join('; ') || undefined });
    return children;
  }
  if (children.length === 0) {
    error(state.file, 'Unexpected link without text, expected words that say where the link leads', node.position, 'link-text');
    return [];
  }
  return [{ type: 'link', url: check.url, children, source: sourceOf(state, node) }];
}

/** `[text](https://…)` and autolinks. */
export function link(node: Link, state: ModelState): Inline[] {
  return toLink(node.url, node, state);
}

/** `[text][label]`, resolved through the article's definitions. */
export function linkReference(node: LinkReference, state: ModelState): Inline[] {
  const definition = state.definitions.get(node.identifier.toLowerCase());
  if (definition === undefined) {
    warn(state.file, `Unexpected reference \`[${node.label ?? node.identifier}]\` without a definition, it is shown as text`, node.position, 'link-reference', {
      note: `add a line \`[${node.label ?? node.identifier}]: https://…\` to the article`,
    });
    return [{ type: 'text', value: `[${node.label ?? node.identifier}]`, source: sourceOf(state, node) }];
  }
  return toLink(definition.url, node, state, definition);
}
