/**
 * A small schema checker for the YAML Blattwerk reads (issue.yaml and the
 * front matter of articles). It walks the YAML syntax tree, so every problem
 * points at the key or value it is about, suggests the nearest key for a
 * misspelt one (or the English key for a German word), and collects all
 * problems instead of stopping at the first. Aliases (`*name`) are refused,
 * never expanded, so a "billion laughs" file costs nothing.
 */
import { isMap, isScalar, isSeq, isAlias, type Node as YamlNode, type Pair } from 'yaml';
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { location } from 'vfile-location';
import { error, type ProblemDetails } from '../diagnostics/messages.js';
import type { RuleId } from '../diagnostics/rule-ids.js';
import { listNames, nearest } from '../diagnostics/suggest.js';
import { checkLanguageTag } from './language-tag.js';

/** The shape a YAML value must have. */
export type Shape =
  | { kind: 'text'; description?: string; allowEmpty?: boolean }
  | { kind: 'date' }
  | { kind: 'lang' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[]; synonyms?: Readonly<Record<string, string>> }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'list'; of: Shape; nonEmpty?: boolean }
  | {
    kind: 'record';
    fields: Readonly<Record<string, Shape>>;
    required: readonly string[];
    /** Words editors write instead of a key (`titel`, `datum`), lower case, mapped to the key. */
    synonyms?: Readonly<Record<string, string>>;
    /** How to write each key, shown as the hint when it is missing (`add a line \`title: "…"\``). */
    hints?: Readonly<Record<string, string>>;
  };

/** A path to a value: keys and list indexes. */
export type ValuePath = readonly (string | number)[];

/** The checked value, with the source position of every value in it. */
export interface Checked {
  /** The value; undefined when the root, or a required part of it, is unusable. */
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

/** Marks a value that failed its check (the message is already recorded). */
const invalid = Symbol('invalid');
type Result = unknown;

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
  const fail = (reason: string, node: YamlNode | null | undefined, ruleId: RuleId, details: ProblemDetails = {}): typeof invalid => {
    error(source.file, reason, toPosition(node?.range) ?? toPosition([0, 0]), ruleId, details);
    return invalid;
  };
  const label = (path: ValuePath): string => nameOf(path, source.what);

  const check = (node: YamlNode | null | undefined, s: Shape, path: ValuePath): Result => {
    const slot = JSON.stringify(path);
    places.set(slot, { value: toPosition(node?.range), key: places.get(slot)?.key });
    const name = label(path);
    if (isAlias(node)) {
      return fail(`Unexpected alias \`*${node.source}\` for ${name}, expected the value written out`, node, 'yaml-alias', {
        note: 'Blattwerk does not follow YAML anchors and aliases (`&name`, `*name`); write the value itself',
      });
    }
    switch (s.kind) {
      case 'text': {
        if (!isScalar(node) || node.value === null || typeof node.value === 'object') {
          return fail(`Unexpected ${describe(node)} for ${name}, expected ${s.description ?? 'text'}`, node, 'yaml-type', { note: textHint(node, path) });
        }
        // Numbers and booleans are text as written: `edition: 2018` means "2018".
        const text = typeof node.value === 'string' ? node.value : String(node.source ?? node.value);
        if (text.trim() === '' && s.allowEmpty !== true) {
          return fail(`Unexpected empty ${name}, expected ${s.description ?? 'text'}`, node, 'yaml-empty', { note: `write the text after \`${String(path.at(-1))}: \`` });
        }
        return text;
      }
      case 'boolean': {
        if (!isScalar(node) || typeof node.value !== 'boolean') {
          return fail(`Unexpected ${describe(node)} for ${name}, expected \`true\` or \`false\``, node, 'yaml-type');
        }
        return node.value;
      }
      case 'date': {
        const text = isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
        const match = text === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
        const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
        if (!match || !date || date.getUTCDate() !== Number(match[3]) || date.getUTCMonth() !== Number(match[2]) - 1) {
          const meant = text === undefined ? undefined : isoDate(text);
          return fail(`Unexpected ${describe(node)} for ${name}, expected a date as YYYY-MM-DD`, node, 'yaml-date', {
            note: meant !== undefined ? `write \`${meant}\` (year-month-day)` : 'write the date as year-month-day, for example `2018-10-01`',
          });
        }
        return text;
      }
      case 'lang': {
        const text = isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
        if (text === undefined) return fail(`Unexpected ${describe(node)} for ${name}, expected a language tag such as \`de\``, node, 'yaml-type');
        const result = checkLanguageTag(text);
        if (!result.ok) {
          return fail(`Unexpected language tag \`${text}\` for ${name}, expected a BCP 47 tag such as \`de\` or \`en\``, node, 'language-tag', {
            expected: result.suggestion ? [result.suggestion] : undefined,
          });
        }
        return result.tag;
      }
      case 'enum': {
        const text = isScalar(node) && node.value !== null && typeof node.value !== 'object' ? String(node.value) : undefined;
        if (text === undefined || !s.values.includes(text)) {
          // `type: [article]` is most likely meant as `type: article`.
          const single = isSeq(node) && node.items.length === 1 && isScalar(node.items[0]) ? String((node.items[0] as { value: unknown }).value) : undefined;
          const guess = text === undefined
            ? (single !== undefined && s.values.includes(single) ? single : undefined)
            : s.synonyms?.[text.trim().toLowerCase()] ?? nearest(text, s.values);
          return fail(`Unexpected ${describe(node)} for ${name}, expected ${listNames(s.values)}`, node, 'yaml-enum', {
            expected: guess ? [guess] : undefined,
          });
        }
        return text;
      }
      case 'integer': {
        const value = isScalar(node) ? node.value : undefined;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < s.min || value > s.max) {
          return fail(`Unexpected ${describe(node)} for ${name}, expected a whole number from ${s.min} to ${s.max}`, node, 'yaml-range');
        }
        return value;
      }
      case 'list': {
        if (!isSeq(node)) {
          return fail(`Unexpected ${describe(node)} for ${name}, expected a list (lines starting with \`- \`)`, node, 'yaml-type', {
            note: `write \`${String(path.at(-1))}:\` on a line of its own and each entry below it on a line starting with \`- \`, indented by two spaces`,
          });
        }
        if (s.nonEmpty && node.items.length === 0) {
          return fail(`Unexpected empty list for ${name}, expected at least one entry`, node, 'yaml-empty', {
            note: `write each entry on a line of its own below \`${String(path.at(-1))}:\`, starting with \`- \`, or remove \`${String(path.at(-1))}:\``,
          });
        }
        // Every entry is checked (all problems at once); one bad entry makes the list unusable.
        const items = node.items.map((item, i) => check(item as YamlNode, s.of, [...path, i]));
        return items.includes(invalid) ? invalid : items;
      }
      case 'record':
        return checkRecord(node, s, path);
    }
  };

  const checkRecord = (node: YamlNode | null | undefined, s: Extract<Shape, { kind: 'record' }>, path: ValuePath): Result => {
    const name = label(path);
    if (!isMap(node)) {
      return fail(`Unexpected ${describe(node)} ${path.length === 0 ? 'in' : 'for'} ${name}, expected fields (\`key: value\` lines)`, node, 'yaml-type', { note: recordHint(s, path) });
    }
    const out: Record<string, unknown> = {};
    let usable = true;
    const keys = Object.keys(s.fields);
    const pairs = node.items as Pair<YamlNode, YamlNode>[];
    const present = new Set(pairs.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : '')));
    // A misspelt required key is reported once, as the misspelling, not again as missing.
    const suggested = new Set<string>();
    for (const pair of pairs) {
      const key = isScalar(pair.key) && pair.key.value !== null && typeof pair.key.value !== 'object' ? String(pair.key.value) : undefined;
      if (key === undefined) {
        const missing = pair.key === null || (isScalar(pair.key) && pair.key.value === null);
        fail(missing ? `Unexpected value without a key in ${name}, expected \`key: value\`` : `Unexpected ${describe(pair.key)} as a key in ${name}, expected a plain name`,
          pair.key ?? (pair.value as YamlNode | null), 'yaml-key', { note: missing ? 'write the key before the colon, e.g. `title: …`' : 'keys are plain names such as `title`; `?`, `[…]` and `{…}` make other kinds of keys' });
        continue;
      }
      const childPath = [...path, key];
      places.set(JSON.stringify(childPath), { key: toPosition(pair.key?.range), value: undefined });
      const field = s.fields[key];
      if (field === undefined) {
        const guess = synonym(key, s, present) ?? nearest(key, keys.filter((k) => !present.has(k)));
        if (guess !== undefined) suggested.add(guess);
        fail(`Unexpected key \`${key}\` in ${name}, expected ${listNames(keys)}`, pair.key, 'yaml-unknown-key', {
          expected: guess ? [guess] : undefined,
        });
        continue;
      }
      if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
        if (field.kind === 'text' && field.allowEmpty === true) {
          places.set(JSON.stringify(childPath), { key: toPosition(pair.key?.range), value: toPosition(pair.value?.range ?? pair.key?.range) });
          out[key] = '';
        } else if (s.required.includes(key)) {
          fail(`Unexpected empty ${label(childPath)}, expected a value`, pair.value ?? pair.key, 'yaml-empty', { note: exampleNote(s, key) });
          usable = false;
        }
        continue;
      }
      const value = check(pair.value, field, childPath);
      if (value !== invalid) out[key] = value;
      else if (s.required.includes(key)) usable = false;
    }
    for (const key of s.required) {
      if (present.has(key)) continue;
      usable = false;
      if (suggested.has(key)) continue;
      fail(`Missing required key \`${key}\` in ${name}`, path.length === 0 ? null : node, 'yaml-missing-key', { note: exampleNote(s, key) });
    }
    return usable ? out : invalid;
  };

  if (root === null || (isScalar(root) && root.value === null)) {
    const required = shape.required.map((key) => shape.hints?.[key]).filter((hint) => hint !== undefined);
    fail(`Unexpected empty ${source.what}, expected the keys ${listNames(shape.required, 'and')}`, null, 'yaml-empty', {
      note: required.length > 0 ? required.join('\n') : undefined,
    });
    return { value: undefined, place: () => undefined };
  }
  const value = check(root, shape, []);
  return {
    value: value === invalid ? undefined : (value as Record<string, unknown>),
    place: (path, key) => {
      const entry = places.get(JSON.stringify(path));
      return key ? entry?.key ?? entry?.value : entry?.value ?? entry?.key;
    },
  };
}

/** How a value is named in messages: `title`, `portrait.alt`, entry 2 of `impressum`, `label` in entry 1 of `impressum`. */
function nameOf(path: ValuePath, what: string): string {
  if (path.length === 0) return what;
  let last = -1;
  path.forEach((part, i) => { if (typeof part === 'number') last = i; });
  if (last === -1) return `\`${path.join('.')}\``;
  const entry = `entry ${(path[last] as number) + 1} of ${nameOf(path.slice(0, last), what)}`;
  return last === path.length - 1 ? entry : `\`${path.slice(last + 1).join('.')}\` in ${entry}`;
}

function synonym(key: string, shape: Extract<Shape, { kind: 'record' }>, present: ReadonlySet<string>): string | undefined {
  const meant = shape.synonyms?.[key.toLowerCase()];
  return meant !== undefined && !present.has(meant) ? meant : undefined;
}

function exampleNote(shape: Extract<Shape, { kind: 'record' }>, key: string): string | undefined {
  return shape.hints?.[key];
}

function recordHint(shape: Extract<Shape, { kind: 'record' }>, path: ValuePath): string {
  const [first, ...rest] = Object.keys(shape.fields);
  const keys = Object.keys(shape.fields);
  const fields = (keys.length <= 3 ? keys : [first, ...rest.filter((key) => shape.required.includes(key))]).map((key) => `\`${key}: …\``);
  if (path.length === 0) return `write one \`key: value\` per line at the start of the line, e.g. ${fields.join(', ')}`;
  if (typeof path.at(-1) === 'number') return `write the entry as \`- ${first}: …\`${rest.length > 0 ? ` with the other fields on the lines below, in the same column as \`${first}\`` : ''}`;
  return `write \`${String(path.at(-1))}:\` on a line of its own and its fields below it, indented by two spaces: ${fields.join(', ')}`;
}

const months = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];

/** The ISO form of a date written another common way (`2.5.2024`, `2024-5-2`, `2. Mai 2024`), if it is a real date. */
function isoDate(text: string): string | undefined {
  const trimmed = text.trim().toLowerCase();
  let parts: [number, number, number] | undefined;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (match) parts = [Number(match[1]), Number(match[2]), Number(match[3])];
  match = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})$/.exec(trimmed);
  if (match) parts = [Number(match[3]), Number(match[2]), Number(match[1])];
  match = /^(\d{1,2})\.?\s+([a-zä]+)\.?\s+(\d{4})$/.exec(trimmed);
  if (match) {
    const month = months.findIndex((name) => name.startsWith(match![2]!.slice(0, 3)));
    if (month !== -1) parts = [Number(match[3]), month + 1, Number(match[1])];
  }
  if (parts === undefined) return undefined;
  const [year, month, day] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function textHint(node: YamlNode | null | undefined, path: ValuePath): string | undefined {
  const key = String(path.at(-1));
  if (isSeq(node)) return `\`- \` at the start of a line and \`[…]\` make a list; write the text right after \`${key}: \`, in quotes if it starts with \`-\` or \`[\``;
  if (isMap(node)) return `indented \`key: value\` lines and \`{…}\` make a group of fields; write the text right after \`${key}: \`, or use \`${key}: |\` for several lines`;
  return undefined;
}

/** Names a YAML value for a message: `Text` as written, number `7`, list, group of fields. */
function describe(node: YamlNode | null | undefined): string {
  if (node === null || node === undefined) return 'nothing';
  if (isSeq(node)) return 'list';
  if (isMap(node)) return 'group of fields';
  if (isAlias(node)) return `alias \`*${node.source}\``;
  if (isScalar(node)) {
    if (node.value === null) return 'nothing';
    const written = clip(String(node.source ?? node.value));
    if (typeof node.value === 'number') return `number \`${written}\``;
    return `\`${written}\``;
  }
  return 'value';
}

function clip(text: string): string {
  const line = text.split('\n')[0]!;
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
