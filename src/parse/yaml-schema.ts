/**
 * A small schema checker for the YAML Blattwerk reads (issue.yaml and the
 * front matter of articles). It walks the YAML syntax tree, so every problem
 * points at the key or value it is about, suggests the nearest key for a
 * misspelt one, and collects all problems instead of stopping at the first.
 */
import { isMap, isScalar, isSeq, isAlias, type Node as YamlNode, type Pair } from 'yaml';
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { location } from 'vfile-location';
import { error } from '../diagnostics/messages.js';
import type { RuleId } from '../diagnostics/rule-ids.js';
import { listNames, nearest } from '../diagnostics/suggest.js';
import { checkLanguageTag } from './language-tag.js';

/** The shape a YAML value must have. */
export type Shape =
  | { kind: 'text'; description?: string }
  | { kind: 'date' }
  | { kind: 'lang' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'list'; of: Shape; nonEmpty?: boolean }
  | { kind: 'record'; fields: Readonly<Record<string, Shape>>; required: readonly string[] };

/** A path to a value: keys and list indexes. */
export type ValuePath = readonly (string | number)[];

/** The checked value, with the source position of every value in it. */
export interface Checked {
  value: Record<string, unknown> | undefined;
  /** Position of the value at `path` (or of its key, when `key` is set). */
  place(path: ValuePath, key?: boolean): Position | undefined;
}

/** Context of one check: the file, and where the YAML text starts in it. */
export interface YamlSource {
  file: VFile;
  /** Offset of the YAML text within the file's text (non-zero for front matter). */
  offset: number;
  /** What the YAML is, for messages: "issue.yaml" or "front matter". */
  what: string;
}

/** Checks a parsed YAML document's root node against a record shape. */
export function checkYaml(root: YamlNode | null, shape: Extract<Shape, { kind: 'record' }>, source: YamlSource): Checked {
  const index = location(source.file);
  const places = new Map<string, { value: Position | undefined; key: Position | undefined }>();
  const toPosition = (range: readonly number[] | null | undefined): Position | undefined => {
    if (!range) return undefined;
    const start = index.toPoint(source.offset + range[0]!);
    const end = index.toPoint(source.offset + (range[1] ?? range[0]!));
    return start && end ? { start, end } : undefined;
  };
  const fail = (reason: string, node: YamlNode | null | undefined, ruleId: RuleId, details = {}): undefined => {
    error(source.file, reason, toPosition(node?.range) ?? toPosition([0, 0]), ruleId, details);
    return undefined;
  };

  const check = (node: YamlNode | null | undefined, s: Shape, path: ValuePath, name: string): unknown => {
    places.set(JSON.stringify(path), { ...places.get(JSON.stringify(path)), value: toPosition(node?.range), key: places.get(JSON.stringify(path))?.key });
    if (isAlias(node)) return fail(`Unexpected alias in \`${name}\`, expected a plain value`, node, 'yaml-alias');
    switch (s.kind) {
      case 'text': {
        if (!isScalar(node) || node.value === null || typeof node.value === 'object') {
          return fail(`Unexpected ${describe(node)} for \`${name}\`, expected ${s.description ?? 'text'}`, node, 'yaml-type');
        }
        // Numbers and booleans are text as written: `edition: 2018` means "2018".
        const text = typeof node.value === 'string' ? node.value : String(node.source ?? node.value);
        if (text.trim() === '') return fail(`Unexpected empty \`${name}\`, expected ${s.description ?? 'text'}`, node, 'yaml-empty');
        return text;
      }
      case 'boolean': {
        if (!isScalar(node) || typeof node.value !== 'boolean') {
          return fail(`Unexpected ${describe(node)} for \`${name}\`, expected \`true\` or \`false\``, node, 'yaml-type');
        }
        return node.value;
      }
      case 'date': {
        const text = isScalar(node) ? String(node.value ?? '') : '';
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
        const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
        if (!match || !date || date.getUTCDate() !== Number(match[3]) || date.getUTCMonth() !== Number(match[2]) - 1) {
          return fail(`Unexpected ${isScalar(node) ? `\`${text}\`` : describe(node)} for \`${name}\`, expected a date as YYYY-MM-DD`, node, 'yaml-date', {
            note: 'write the date as year-month-day, for example `2018-10-01`',
          });
        }
        return text;
      }
      case 'lang': {
        const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
        if (text === undefined) return fail(`Unexpected ${describe(node)} for \`${name}\`, expected a language tag such as \`de\``, node, 'yaml-type');
        const result = checkLanguageTag(text);
        if (!result.ok) {
          return fail(`Unexpected language tag \`${text}\` for \`${name}\`, expected a BCP 47 tag such as \`de\` or \`en\``, node, 'language-tag', {
            expected: result.suggestion ? [result.suggestion] : undefined,
          });
        }
        return result.tag;
      }
      case 'enum': {
        const text = isScalar(node) ? String(node.value ?? '') : undefined;
        if (text === undefined || !s.values.includes(text)) {
          const guess = text === undefined ? undefined : nearest(text, s.values);
          return fail(`Unexpected ${text === undefined ? describe(node) : `\`${text}\``} for \`${name}\`, expected ${listNames(s.values)}`, node, 'yaml-enum', {
            expected: guess ? [guess] : undefined,
          });
        }
        return text;
      }
      case 'integer': {
        const value = isScalar(node) ? node.value : undefined;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < s.min || value > s.max) {
          return fail(`Unexpected ${isScalar(node) ? `\`${String(node.value)}\`` : describe(node)} for \`${name}\`, expected a whole number from ${s.min} to ${s.max}`, node, 'yaml-range');
        }
        return value;
      }
      case 'list': {
        if (!isSeq(node)) return fail(`Unexpected ${describe(node)} for \`${name}\`, expected a list (lines starting with \`- \`)`, node, 'yaml-type');
        if (s.nonEmpty && node.items.length === 0) return fail(`Unexpected empty list for \`${name}\`, expected at least one entry`, node, 'yaml-empty');
        return node.items.map((item, i) => check(item as YamlNode, s.of, [...path, i], `${name} entry ${i + 1}`));
      }
      case 'record': {
        if (!isMap(node)) return fail(`Unexpected ${describe(node)} for \`${name}\`, expected fields (\`key: value\` lines)`, node, 'yaml-type');
        const out: Record<string, unknown> = {};
        const keys = Object.keys(s.fields);
        const present = new Set((node.items as Pair<YamlNode, YamlNode>[]).map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')));
        // A misspelt required key is reported once, as the misspelling, not again as missing.
        const suggested = new Set<string>();
        for (const pair of node.items as Pair<YamlNode, YamlNode>[]) {
          const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
          if (key === undefined) {
            fail(`Unexpected complex key in ${name === '' ? source.what : `\`${name}\``}, expected a plain name`, pair.key, 'yaml-key');
            continue;
          }
          const childPath = [...path, key];
          places.set(JSON.stringify(childPath), { key: toPosition(pair.key?.range), value: undefined });
          const field = s.fields[key];
          const qualified = name === '' ? key : `${name}.${key}`;
          if (field === undefined) {
            const guess = nearest(key, keys.filter((k) => !present.has(k)));
            if (guess !== undefined) suggested.add(guess);
            fail(`Unexpected key \`${qualified}\` in ${source.what}, expected ${listNames(keys)}`, pair.key, 'yaml-unknown-key', {
              expected: guess ? [guess] : undefined,
            });
            continue;
          }
          if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
            if (s.required.includes(key)) fail(`Unexpected empty \`${qualified}\`, expected a value`, pair.value ?? pair.key, 'yaml-empty');
            continue;
          }
          const value = check(pair.value, field, childPath, qualified);
          if (value !== undefined) out[key] = value;
        }
        for (const key of s.required) {
          if (present.has(key) || suggested.has(key)) continue;
          const where = name === '' ? source.what : `\`${name}\``;
          fail(`Missing required key \`${key}\` in ${where}`, name === '' ? null : node, 'yaml-missing-key');
        }
        return out;
      }
    }
  };

  if (root === null || (isScalar(root) && root.value === null)) {
    for (const key of shape.required) {
      error(source.file, `Missing required key \`${key}\` in ${source.what}`, toPosition([0, 0]), 'yaml-missing-key');
    }
    return { value: undefined, place: () => undefined };
  }
  const value = check(root, shape, [], '') as Record<string, unknown> | undefined;
  return {
    value,
    place: (path, key) => {
      const entry = places.get(JSON.stringify(path));
      return key ? entry?.key ?? entry?.value : entry?.value ?? entry?.key;
    },
  };
}

function describe(node: YamlNode | null | undefined): string {
  if (node === null || node === undefined) return 'nothing';
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a group of fields';
  if (isScalar(node)) {
    if (node.value === null) return 'nothing';
    if (typeof node.value === 'number') return `the number ${String(node.source ?? node.value)}`;
    if (typeof node.value === 'boolean') return `\`${String(node.value)}\``;
    return `\`${String(node.value)}\``;
  }
  return 'a value';
}
