/**
 * Turns the messages of a build into text for a terminal (or JSON for
 * machines and the preview overlay): one `file:line:column: severity: reason`
 * line per message, a code frame, and the hint. Reporters return strings;
 * the CLI decides where to print them.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { countMessages } from './messages.js';

/** A message as plain data, as the preview overlay and `--json` receive it. */
export interface MessageData {
  file: string;
  line: number | undefined;
  column: number | undefined;
  endLine: number | undefined;
  endColumn: number | undefined;
  severity: 'error' | 'warning' | 'info';
  reason: string;
  ruleId: string | undefined;
  note: string | undefined;
  frame: string | undefined;
}

/** Options of the text reporter. */
export interface ReportOptions {
  /** Colour the output with ANSI escapes. */
  color?: boolean;
  /** Include warnings (default) or only errors. */
  quiet?: boolean;
  /** Show the code frame under each message (default true). */
  frame?: boolean;
}

/** Converts every message of the files to data, sorted by file and place. */
export function messageData(files: Iterable<VFile>): MessageData[] {
  const data: MessageData[] = [];
  for (const file of files) {
    const own = file.messages.map((message) => toData(file, message));
    own.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    data.push(...own);
  }
  return data;
}

function toData(file: VFile, message: VFileMessage): MessageData {
  const { start, end } = span(message);
  return {
    file: file.path,
    line: start?.line,
    column: start?.column,
    endLine: end?.line,
    endColumn: end?.column,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    reason: message.reason,
    ruleId: message.ruleId,
    note: noteOf(message),
    frame: start ? codeFrame(String(file.value ?? ''), start, end) : undefined,
  };
}

function span(message: VFileMessage): { start?: { line: number; column: number }; end?: { line: number; column: number } } {
  const place = message.place;
  if (!place) return {};
  if ('start' in place) return { start: place.start, end: place.end };
  return { start: place };
}

function noteOf(message: VFileMessage): string | undefined {
  const hints: string[] = [];
  if (message.expected && message.expected.length > 0) {
    hints.push(`did you mean \`${message.expected[0]}\`?`);
  }
  if (message.note) hints.push(message.note);
  return hints.length > 0 ? hints.join('\n') : undefined;
}

/** Renders the lines around a place with a gutter and a caret line. */
export function codeFrame(text: string, start: { line: number; column: number }, end?: { line: number; column: number }): string | undefined {
  if (text === '') return undefined;
  const lines = text.split('\n');
  const index = start.line - 1;
  const line = lines[index];
  if (line === undefined) return undefined;
  const first = Math.max(0, index - 1);
  const last = Math.min(lines.length - 1, index + 1);
  const width = String(last + 1).length;
  const out: string[] = [];
  for (let i = first; i <= last; i += 1) {
    const marker = i === index ? '>' : ' ';
    const content = clip(lines[i] ?? '');
    out.push(`${marker} ${String(i + 1).padStart(width)} | ${content}`);
    if (i === index) {
      const caretLength = end && end.line === start.line ? Math.max(1, end.column - start.column) : 1;
      const pad = [...line.slice(0, start.column - 1)].map((c) => (c === '\t' ? '\t' : ' ')).join('');
      out.push(`  ${' '.repeat(width)} | ${pad}${'^'.repeat(Math.min(caretLength, 80))}`);
    }
  }
  return out.join('\n');
}

function clip(line: string): string {
  return line.length > 160 ? `${line.slice(0, 157)}...` : line.replace(/\r$/, '');
}

const paint = {
  red: (s: string) => `\u001b[31m${s}\u001b[39m`,
  yellow: (s: string) => `\u001b[33m${s}\u001b[39m`,
  dim: (s: string) => `\u001b[2m${s}\u001b[22m`,
  bold: (s: string) => `\u001b[1m${s}\u001b[22m`,
  cyan: (s: string) => `\u001b[36m${s}\u001b[39m`,
};
const plain = { red: id, yellow: id, dim: id, bold: id, cyan: id };
function id(s: string): string { return s; }

/** Formats one message as the CLI prints it. */
export function formatMessage(data: MessageData, options: ReportOptions = {}): string {
  const c = options.color ? paint : plain;
  const where = data.line === undefined ? data.file : `${data.file}:${data.line}:${data.column ?? 1}`;
  const label = data.severity === 'error' ? c.red('error') : data.severity === 'warning' ? c.yellow('warning') : c.cyan('info');
  const rule = data.ruleId ? c.dim(` [${data.ruleId}]`) : '';
  const lines = [`${c.bold(where)}: ${label}: ${data.reason}${rule}`];
  if (data.frame && options.frame !== false) lines.push(c.dim(data.frame));
  if (data.note) lines.push(...data.note.split('\n').map((line) => `  ${c.cyan('hint:')} ${line}`));
  return lines.join('\n');
}

/** Formats every message of the files, followed by a one-line summary. */
export function report(files: VFile[], options: ReportOptions = {}): string {
  const data = messageData(files).filter((d) => !options.quiet || d.severity === 'error');
  if (data.length === 0) return '';
  const { errors, warnings } = countMessages(files);
  const summary = [errors > 0 ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '', warnings > 0 ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '']
    .filter(Boolean)
    .join(', ');
  return `${data.map((d) => formatMessage(d, options)).join('\n\n')}\n\n${summary}\n`;
}
