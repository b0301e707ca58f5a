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
    const lineOf = (at: number): number | undefined => index.toPoint(offset + at)?.line;
    const { reason, note, at } = explain(problem.code, problem.message, text, problem.pos[0], lineOf);
    const start = index.toPoint(offset + at);
    const end = index.toPoint(offset + (at === problem.pos[0] ? problem.pos[1] : at + 1));
    const place = start && end ? { start, end } : start;
    error(file, `Malformed YAML in ${what}: ${reason}`, place, 'yaml-syntax', { note });
  }
  return undefined;
}

const indentNote = 'keys of the same group start in the same column, and a value that contains `: ` or starts with `[`, `{`, `&`, `*`, `@` or a backtick goes in quotes, e.g. `title: "Ort: Kassel"`';

/** Plain words for the YAML parser's errors, and where to point (`at`, an offset in `text`). */
function explain(code: string, message: string, text: string, at: number, lineOf: (at: number) => number | undefined): { reason: string; note: string | undefined; at: number } {
  const firstLine = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY': {
      const key = keyAt(text, at);
      const firstAt = key === undefined ? undefined : firstOffsetOfKey(text, key, at);
      const first = firstAt === undefined ? undefined : lineOf(firstAt);
      return {
        reason: key === undefined ? 'a key appears twice' : `key \`${key}\` appears twice`,
        note: `each key may appear only once${first === undefined ? '' : `; the first \`${key}\` is on line ${first}`}: remove or rename one of them`,
        at,
      };
    }
    case 'TAB_AS_INDENT':
      return { reason: 'unexpected tab at the start of the line, expected spaces', note: 'indent with spaces, not tabs (most editors can turn tabs into spaces)', at };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return nestedKey(text, at);
    case 'MULTILINE_IMPLICIT_KEY':
      return { reason: 'unexpected line without `key: `, expected a key, a colon and a space before the value', note: indentNote, at };
    case 'MISSING_CHAR':
      if (/quote/i.test(firstLine)) {
        const quote = openingQuote(text, at);
        return { reason: 'unexpected end of a quoted value, expected its closing quote', note: 'a value that starts with `"` or `\'` must end with the same quote on the same line', at: quote ?? at };
      }
      return { reason: 'unexpected indentation, expected the line to start in the same column as the entry above', note: indentNote, at };
    case 'BAD_INDENT':
      return { reason: 'unexpected indentation or an unclosed `[` or `{`', note: indentNote, at };
    case 'BAD_SCALAR_START':
      return { reason: `unexpected \`${text[at] ?? ''}\` at the start of a value, expected the value in quotes`, note: 'write the value in double quotes, e.g. `title: "@home"`', at };
    case 'BAD_ALIAS':
      return { reason: `unexpected \`${text[at] ?? ''}\` in a value, expected the value in quotes`, note: 'write the value in double quotes', at };
    case 'MULTIPLE_DOCS':
      return { reason: 'unexpected `---` line, expected one document', note: 'remove the `---` line; one file holds one set of keys', at };
    default:
      return { reason: firstLine.replace(/\.$/, ''), note: undefined, at };
  }
}

/**
 * A value runs into a second `key:`: either the value itself holds `: `
 * (`title: Ort: Kassel`), or the next line is indented too far and so
 * continues the value. Points at the `: ` or at the indented line.
 */
function nestedKey(text: string, at: number): { reason: string; note: string; at: number } {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
  const line = text.slice(lineStart, lineEnd);
  const colon = text.slice(at, lineEnd).search(/:(\s|$)/);
  if (colon !== -1) {
    const key = /^(\s*(?:- )?[^:]+:)\s*(.*)$/.exec(line);
    const quoted = key ? `${key[1]} "${key[2]!.replace(/"/g, '\\"')}"` : undefined;
    return {
      reason: 'unexpected `: ` inside a value, expected the value in quotes',
      note: quoted ? `write the value in double quotes: \`${quoted.trim()}\`` : indentNote,
      at: at + colon,
    };
  }
  const next = /\n([ \t]*)(\S[^\n]*)/.exec(text.slice(lineEnd));
  const keyIndent = /^[ \t]*(?:- )?/.exec(line)![0].length;
  if (next && next[1]!.length > keyIndent) {
    const key = /^(\S+?):/.exec(next[2]!)?.[1];
    const own = /^[ \t]*(?:- )?([^:\s]+):/.exec(line)?.[1];
    return {
      reason: 'unexpected indentation, expected each key at the start of its group',
      note: key && own ? `\`${key}:\` is indented further than \`${own}:\` above it, so it is read as part of that value; start both in the same column` : indentNote,
      at: lineEnd + 1 + next[1]!.length,
    };
  }
  return { reason: 'unexpected `: ` inside a value, expected one `key: value` per line', note: indentNote, at };
}

function keyAt(text: string, at: number): string | undefined {
  const match = /^\s*(?:- )?["']?([^"':\n]+?)["']?\s*:/.exec(text.slice(text.lastIndexOf('\n', at - 1) + 1));
  return match?.[1]?.trim();
}

/** Where the first line with `key:` starts, before `before`. */
function firstOffsetOfKey(text: string, key: string, before: number): number | undefined {
  let start = 0;
  for (const line of text.slice(0, before).split('\n')) {
    if (keyAt(line, 0) === key) return start;
    start += line.length + 1;
  }
  return undefined;
}

/** The offset of the quote that opens the value left unclosed before `at`. */
function openingQuote(text: string, at: number): number | undefined {
  const pattern = /:[ \t]+(["'])/g;
  let found: number | undefined;
  for (let match = pattern.exec(text); match !== null && match.index < at; match = pattern.exec(text)) {
    const quote = match.index + match[0].length - 1;
    const lineEnd = text.indexOf('\n', quote);
    const rest = text.slice(quote + 1, lineEnd === -1 ? undefined : lineEnd);
    if (!rest.includes(match[1]!)) found = quote;
  }
  return found;
}
