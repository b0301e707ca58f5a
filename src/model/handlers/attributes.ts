/**
 * Checks the attributes of a directive: unknown ones are refused with the
 * nearest valid name suggested (or the attribute a German word stands for),
 * required ones must be present, flags (like `decorative`) are written alone
 * (`decorative="false"` or `="nein"` switches one off).
 * Messages point at the attribute itself when it can be found in the source.
 */
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Point, Position } from 'unist';
import { location } from 'vfile-location';
import type { ModelState } from '../state.js';
import { error } from '../../diagnostics/messages.js';
import { listNames, nearest } from '../../diagnostics/suggest.js';

/** What attributes a directive takes. */
export interface AttributeSpec {
  required?: readonly string[];
  optional?: readonly string[];
  /** Attributes written without a value. */
  flags?: readonly string[];
}

/** The checked attributes: values for named ones, true for flags present. */
export type Attributes = Record<string, string | undefined> & { readonly ok: boolean };

/** Words editors write for an attribute, mapped to the attribute they mean. */
const synonyms: Readonly<Record<string, string>> = {
  lang: 'code', sprache: 'code', language: 'code', quelle: 'cite', zitat: 'cite', autor: 'cite', titel: 'title', überschrift: 'title',
  bild: 'src', datei: 'src', pfad: 'src', url: 'src', href: 'src', alttext: 'alt', beschreibung: 'alt', bildnachweis: 'credit',
  fotograf: 'credit', foto: 'credit', copyright: 'credit', beschriftung: 'caption', unterschrift: 'caption', titelzeile: 'caption',
  dekorativ: 'decorative', schmuck: 'decorative', breit: 'span',
};

/** Checks a directive's attributes and returns them; problems become messages. */
export function checkAttributes(node: ContainerDirective | LeafDirective | TextDirective, spec: AttributeSpec, state: ModelState): Attributes {
  const known = [...(spec.required ?? []), ...(spec.optional ?? []), ...(spec.flags ?? [])];
  const given = node.attributes ?? {};
  const out: Record<string, string | undefined> = {};
  const suggested = new Set<string>();
  let ok = true;
  const prefix = node.type === 'containerDirective' ? ':::' : node.type === 'leafDirective' ? '::' : ':';
  for (const [name, value] of Object.entries(given)) {
    if (!known.includes(name)) {
      const written = name === 'class' ? `.${(value ?? '').split(' ')[0]}` : name === 'id' ? `#${value ?? ''}` : name;
      const meant = synonyms[name.toLowerCase()];
      const guess = meant !== undefined && known.includes(meant) ? meant : name === 'class' || name === 'id' ? undefined : nearest(name, known);
      if (guess !== undefined) suggested.add(guess);
      error(state.file, `Unexpected attribute \`${written}\` on \`${prefix}${node.name}\`, expected ${listNames(known)}`, attributePlace(node, written, state), 'directive-attribute', {
        expected: guess ? [guess] : undefined,
        note: name === 'class' || name === 'id' ? '`.name` and `#name` in the braces set a class or an id, which Blattwerk does not use' : undefined,
      });
      ok = false;
      continue;
    }
    if (spec.flags?.includes(name)) {
      const on = flagValue(value);
      if (on === undefined) {
        error(state.file, `Unexpected value \`${value ?? ''}\` for \`${name}\` on \`${prefix}${node.name}\`, expected no value`, attributePlace(node, name, state), 'directive-attribute', {
          note: `write \`${name}\` alone to switch it on, or leave it out`,
        });
        ok = false;
      }
      // An unreadable value counts as on, so that it gives this one message and no others about the flag.
      if (on !== false) out[name] = '';
      continue;
    }
    out[name] = value ?? '';
  }
  for (const name of spec.required ?? []) {
    if (out[name] !== undefined) continue;
    ok = false;
    if (suggested.has(name)) continue;
    error(state.file, `Missing attribute \`${name}\` on \`${prefix}${node.name}\``, node.position?.start, 'directive-attribute-missing', {
      note: `write it in the braces, e.g. \`${example(node, name)}\``,
    });
  }
  return Object.assign(out, { ok });
}

/** A flag's value: on when written alone (or `true`, `ja`), off for `false`, `nein`; undefined for anything else. */
function flagValue(value: string | null | undefined): boolean | undefined {
  const word = (value ?? '').trim().toLowerCase();
  if (['', 'true', 'yes', 'ja', 'wahr'].includes(word)) return true;
  if (['false', 'no', 'nein', 'falsch'].includes(word)) return false;
  return undefined;
}

function example(node: ContainerDirective | LeafDirective | TextDirective, name: string): string {
  if (node.type === 'textDirective') return `:${node.name}[…]{${name}=${name === 'code' ? 'en' : '"…"'}}`;
  const value = name === 'src' ? '"images/foto.jpg"' : '"…"';
  return `${node.type === 'containerDirective' ? ':::' : '::'}${node.name}{${name}=${value}}`;
}

/** The place of an attribute as written in the directive's braces, or the directive's start. */
function attributePlace(node: ContainerDirective | LeafDirective | TextDirective, written: string, state: ModelState): Point | Position | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return node.position?.start;
  const text = String(state.file.value);
  // A block directive's braces are on its first line; an inline one's are within its span.
  const lineEnd = text.indexOf('\n', start);
  const stop = node.type === 'textDirective' || lineEnd === -1 ? end : Math.min(end, lineEnd);
  const region = text.slice(start, stop);
  const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`[{\\s]${escaped}(?=[\\s=}])`).exec(region);
  if (!match) return node.position?.start;
  const index = location(state.file);
  const from = index.toPoint(start + match.index + 1);
  const to = index.toPoint(start + match.index + 1 + written.length);
  return from && to ? { start: from, end: to } : node.position?.start;
}
