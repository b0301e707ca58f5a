/**
 * Checks the attributes of a directive: unknown ones are refused with the
 * nearest valid name suggested, required ones must be present, flags (like
 * `decorative`) take no value.
 */
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
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

/** Checks a directive's attributes and returns them; problems become messages. */
export function checkAttributes(node: ContainerDirective | LeafDirective | TextDirective, spec: AttributeSpec, state: ModelState): Attributes {
  const known = [...(spec.required ?? []), ...(spec.optional ?? []), ...(spec.flags ?? [])];
  const given = node.attributes ?? {};
  const out: Record<string, string | undefined> = {};
  let ok = true;
  const prefix = node.type === 'containerDirective' ? ':::' : node.type === 'leafDirective' ? '::' : ':';
  for (const [name, value] of Object.entries(given)) {
    if (!known.includes(name)) {
      const guess = nearest(name, known);
      const shown = name === 'class' ? '`.class`' : name === 'id' ? '`#id`' : `\`${name}\``;
      error(state.file, `Unexpected attribute ${shown} on \`${prefix}${node.name}\`, expected ${listNames(known)}`, node.position, 'directive-attribute', {
        expected: guess ? [guess] : undefined,
      });
      ok = false;
      continue;
    }
    out[name] = value ?? '';
  }
  for (const name of spec.required ?? []) {
    if (out[name] === undefined) {
      error(state.file, `Missing attribute \`${name}\` on \`${prefix}${node.name}\``, node.position, 'directive-attribute-missing', {
        note: `write it in the braces, e.g. \`${prefix}${node.name}{${name}="…"}\``,
      });
      ok = false;
    }
  }
  return Object.assign(out, { ok });
}
