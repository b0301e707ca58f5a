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
      of: {
        kind: 'record',
        fields: { label: { kind: 'text' }, text: { kind: 'text' } },
        required: ['label', 'text'],
        synonyms: { bezeichnung: 'label', titel: 'label', name: 'label', inhalt: 'text', wert: 'text' },
        hints: {
          label: 'each entry starts with `- label: …`, the name of the field, e.g. `- label: Druck`',
          text: 'add a line `text: …` below `- label: …`, in the same column as `label`, e.g. `  text: Hausdruckerei`',
        },
      },
    },
    articles: { kind: 'list', nonEmpty: true, of: { kind: 'text', description: 'a Markdown file name' } },
  },
  required: ['title', 'date', 'publisher', 'impressum'],
  synonyms: {
    titel: 'title', name: 'title', ausgabe: 'edition', nummer: 'edition', datum: 'date', sprache: 'lang', language: 'lang',
    herausgeber: 'publisher', verlag: 'publisher', redaktion: 'publisher', impressum: 'impressum', artikel: 'articles', beiträge: 'articles', inhalt: 'articles',
  },
  hints: {
    title: 'add a line with the name of the newsletter, e.g. `title: "Stadtblatt"`',
    date: 'add a line with the date of the issue, e.g. `date: 2024-05-02`',
    publisher: 'add a line with who publishes it, e.g. `publisher: "Stadt Musterstadt, Pressestelle"`',
    impressum: 'add `impressum:` with one entry per field, e.g. a line `- label: Druck` and below it `  text: Hausdruckerei`',
  },
} as const satisfies Shape;

/** Parses and checks issue.yaml. */
export function parseIssueConfig(file: VFile): ParsedIssueConfig {
  // A file that could not be read (missing, not UTF-8) already has its message; checking its fields would only add noise.
  if (file.messages.some((message) => message.fatal === true)) return { file, config: undefined, place: () => undefined };
  const text = String(file.value);
  const document = parseYamlText(file, text, 0, 'issue.yaml');
  if (document === undefined) return { file, config: undefined, place: () => undefined };
  const checked = checkYaml(document.contents, issueShape, { file, offset: 0, what: 'issue.yaml' });
  return { file, config: checked.value as IssueConfig | undefined, place: checked.place };
}
