/**
 * Issue folder → model: the minimal fixture's whole model tree, positions
 * written as `line:column-line:column`, compared with a committed file.
 */
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildIssue } from '../helpers/build.js';
import { fixtures, root } from '../helpers/fixtures.js';

/** The model as plain data: positions compact, image bytes replaced by their hash. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if ('start' in record && 'end' in record) {
    const { start, end } = record as { start: { line: number; column: number }; end: { line: number; column: number } };
    return `${start.line}:${start.column}-${end.line}:${end.column}`;
  }
  if (record.bytes instanceof Uint8Array) return { format: record.format, width: record.width, height: record.height, hash: record.hash };
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plain(v)]));
}

test('the minimal fixture’s model', async () => {
  const result = await buildIssue(path.join(fixtures, 'minimal'), { targets: [], cwd: root });
  expect(result.files.flatMap((file) => file.messages.map(String))).toEqual([]);
  const expected = JSON.parse(readFileSync(path.join(import.meta.dirname, 'minimal.model.json'), 'utf8'));
  expect(plain(result.issue)).toEqual(expected);
});
