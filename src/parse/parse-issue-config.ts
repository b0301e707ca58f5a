/**
 * Reads `issue.yaml`: the issue's metadata, its Impressum and the order of
 * its articles, checked against the contract in docs/authoring.md.
 */
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { checkYaml, type Shape, type ValuePath } from './yaml-schema.js';
import { parseYamlText } from './yaml-text.js';

/** One Impressum field as written in issue.yaml. */
export interface ImpressumConfig { label: string; text: string }

/** The contents of issue.yaml, checked; optional fields may be absent. */
export interface IssueConfig {
  title: string;
  edition?: string;
  date: string;
  lang?: string;
  publisher: string;
  impressum: ImpressumConfig[];
  articles?: string[];
}

/** A checked issue.yaml and the positions of its values. */
export interface ParsedIssueConfig {
  file: VFile;
  /** Undefined when the file is too broken to use. */
  config: IssueConfig | undefined;
  place(path: ValuePath, key?: boolean): Position | undefined;
}

/** The shape of issue.yaml. */
export const issueShape = {
  kind: 'record',
  fields: {
    title: { kind: 'text' },
    edition: { kind: 'text' },
    date: { kind: 'date' },
    lang: { kind: 'lang' },
    publisher: { kind: 'text' },
    impressum: {
      kind: 'list',
      nonEmpty: true,
      of: { kind: 'record', fields: { label: { kind: 'text' }, text: { kind: 'text' } }, required: ['label', 'text'] },
    },
    articles: { kind: 'list', nonEmpty: true, of: { kind: 'text', description: 'a Markdown file name' } },
  },
  required: ['title', 'date', 'publisher', 'impressum'],
} as const satisfies Shape;

/** Parses and checks issue.yaml. */
export function parseIssueConfig(file: VFile): ParsedIssueConfig {
  const text = String(file.value);
  const document = parseYamlText(file, text, 0, 'issue.yaml');
  if (document === undefined) return { file, config: undefined, place: () => undefined };
  const checked = checkYaml(document.contents, issueShape, { file, offset: 0, what: 'issue.yaml' });
  const complete = checked.value !== undefined && issueShape.required.every((key) => checked.value?.[key] !== undefined);
  return { file, config: complete ? (checked.value as unknown as IssueConfig) : undefined, place: checked.place };
}
