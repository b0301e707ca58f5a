/**
 * Inputs that are odd but must build: each folder here is laid over a copy
 * of the minimal fixture issue (see helpers/fixtures.ts), builds (HTML), and
 * gives exactly the warnings in its expected.txt (empty: none). Whatever the
 * content, the page holds no script and no link or source with a
 * `javascript:`, `vbscript:` or `data:` address.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixtures, issueCopy, root } from '../helpers/fixtures.js';
import { buildIssue, messagesText } from '../helpers/build.js';
import { unsafeAddresses } from '../helpers/html-safety.js';

const corpus = path.join(root, 'tests', 'good-with-warnings');
const cases = readdirSync(corpus, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

describe('inputs that build with warnings', () => {
  test('the corpus is not empty', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  test.each(cases)('%s', async (name) => {
    const { cwd } = issueCopy(path.join(fixtures, 'minimal'), path.join(corpus, name));
    const outDir = path.join(cwd, 'out');
    const result = await buildIssue('issue', { cwd, outDir });
    const expected = readFileSync(path.join(corpus, name, 'expected.txt'), 'utf8').trimEnd();
    expect(messagesText(result)).toBe(expected);
    expect(result.ok).toBe(true);
    const html = readFileSync(path.join(outDir, 'issue', 'index.html'), 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(unsafeAddresses(html)).toEqual([]);
  });
});
