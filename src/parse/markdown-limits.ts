/**
 * Limits checked on an article's text before the Markdown parser reads it.
 * The parser (micromark) takes time that grows with the square of some
 * structures, and overflows the stack on others: lists and quotes nested
 * hundreds deep, unclosed `:::` boxes inside each other, brackets nested
 * thousands deep, runs of thousands of `*`. No newsletter needs any of them,
 * and a scan of the lines finds them in linear time, so such a file gets a
 * message instead of a build that hangs.
 */
import type { VFile } from 'vfile';
import { error } from '../diagnostics/messages.js';

/** Deepest nesting of lists, quotes and boxes accepted. */
export const maxNesting = 32;
/** Longest run of `*` or `_` accepted inside text. */
export const maxDelimiterRun = 200;
/** Deepest nesting of `[` within one paragraph. */
export const maxBracketNesting = 32;
/** Most `[` in one paragraph. */
export const maxBracketsPerParagraph = 1000;

/** Checks the limits; records a message for the first place each is exceeded and returns false if any was. */
export function checkMarkdownLimits(file: VFile, text: string): boolean {
  const found = new Set<string>();
  const report = (kind: string, line: number, column: number, reason: string, note: string): void => {
    if (found.has(kind)) return;
    found.add(kind);
    error(file, reason, { line, column }, 'markdown-limit', { note });
  };
  const lists: number[] = [];
  let boxes = 0;
  let brackets = 0;
  let bracketCount = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const number = index + 1;
    if (line.trim() === '') {
      brackets = 0;
      bracketCount = 0;
      continue;
    }
    const indent = indentation(line);
    // List items whose content starts right of this line's indentation have ended.
    while (lists.length > 0 && lists.at(-1)! > indent.columns) lists.pop();
    const markers = containerMarkers(line, indent.offset);
    if (markers.listContent !== undefined) lists.push(indent.columns + markers.listContent);
    if (lists.length + markers.count > maxNesting) {
      report('nesting', number, indent.offset + 1, `Unexpected nesting more than ${maxNesting} levels deep (lists and quotes inside each other), expected a flatter structure`,
        'a newsletter article needs a few levels at most; check the indentation and the `>` and `-` signs at the start of the lines');
    }
    if (/^\s*:{3,}\s*[A-Za-z]/.test(line)) boxes += 1;
    else if (/^\s*:{3,}\s*$/.test(line)) boxes = Math.max(0, boxes - 1);
    if (boxes > maxNesting) {
      report('boxes', number, indent.offset + 1, `Unexpected \`:::\` directive opened inside ${maxNesting} others, expected each closed with a \`:::\` line`,
        'every `:::name` line needs a matching `:::` line after its content');
    }
    if (isThematicBreak(line)) continue;
    const run = /([*_])\1{200,}/.exec(line);
    if (run) {
      report('run', number, run.index + 1, `Unexpected run of ${run[0].length} \`${run[1]}\` characters, expected at most ${maxDelimiterRun}`,
        'for a line to write on, use a shorter run; for emphasis, one or two `*` on each side are enough');
    }
    for (let i = 0; i < line.length; i += 1) {
      const c = line.charCodeAt(i);
      if (c === 0x5c) i += 1; // a backslash escapes the next character
      else if (c === 0x5b) {
        brackets += 1;
        bracketCount += 1;
        if (brackets > maxBracketNesting) {
          report('brackets', number, i + 1, `Unexpected \`[\` nested more than ${maxBracketNesting} deep, expected brackets that close`, 'check that every `[` has its `]`');
        }
        if (bracketCount > maxBracketsPerParagraph) {
          report('bracket-count', number, i + 1, `Unexpected paragraph with more than ${maxBracketsPerParagraph} \`[\`, expected a shorter paragraph`, 'split the paragraph with blank lines');
        }
      } else if (c === 0x5d) brackets = Math.max(0, brackets - 1);
    }
  }
  return found.size === 0;
}

function indentation(line: string): { columns: number; offset: number } {
  let columns = 0;
  let offset = 0;
  while (offset < line.length && (line[offset] === ' ' || line[offset] === '\t')) {
    columns = line[offset] === '\t' ? columns + 4 - (columns % 4) : columns + 1;
    offset += 1;
  }
  return { columns, offset };
}

/** Counts the `>` and list markers at the start of a line; `listContent` is the column after the first list marker. */
function containerMarkers(line: string, start: number): { count: number; listContent: number | undefined } {
  let count = 0;
  let listContent: number | undefined;
  let i = start;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i += 1;
    if (line[i] === '>') {
      count += 1;
      i += 1;
      continue;
    }
    const bullet = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 11));
    if (!bullet) break;
    count += 1;
    i += bullet[0].length;
    listContent ??= i + 1 - start;
  }
  // The first list marker is counted by the list stack instead.
  return { count: listContent === undefined ? count : count - 1, listContent };
}

function isThematicBreak(line: string): boolean {
  return /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line);
}
