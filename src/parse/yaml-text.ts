/**
 * Parses YAML text into a syntax tree, turning the parser's errors into
 * positioned messages with wording an editor understands.
 */
import { parseDocument, type Document } from 'yaml';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { error } from '../diagnostics/messages.js';

/** Parses YAML that starts at `offset` in the file's text; returns undefined when it is malformed. */
export function parseYamlText(file: VFile, text: string, offset: number, what: string): Document.Parsed | undefined {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  if (document.errors.length === 0) return document;
  const index = location(file);
  const seen = new Set<number>();
  for (const problem of document.errors) {
    // One problem often trips several parser errors at the same place; the first says it best.
    if (seen.has(problem.pos[0])) continue;
    seen.add(problem.pos[0]);
    const start = index.toPoint(offset + problem.pos[0]);
    const end = index.toPoint(offset + problem.pos[1]);
    const place = start && end ? { start, end } : start;
    const { reason, note } = explain(problem.code, problem.message, text.slice(problem.pos[0], problem.pos[1]));
    error(file, `Malformed YAML in ${what}: ${reason}`, place, 'yaml-syntax', { note });
  }
  return undefined;
}

function explain(code: string, message: string, excerpt: string): { reason: string; note: string | undefined } {
  const firstLine = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return { reason: `duplicate key \`${excerpt.trim()}\``, note: 'each key may appear only once; remove or rename one of them' };
    case 'TAB_AS_INDENT':
      return { reason: 'tab used for indentation', note: 'indent with spaces, not tabs' };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return { reason: firstLine, note: 'check the indentation: entries of the same list or group start in the same column' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
    case 'UNEXPECTED_TOKEN':
      return {
        reason: firstLine,
        note: 'check the indentation of this line and the next (keys of the same group start in the same column), and put values that contain `: ` in quotes, e.g. `title: "Ort: Kassel"`',
      };
    default:
      return { reason: firstLine, note: undefined };
  }
}
