/**
 * The corpus of bad inputs: each folder here is laid over a copy of the
 * minimal fixture issue (see helpers/fixtures.ts) and must give exactly the
 * messages in its expected.txt, as the CLI prints them without code frames,
 * and no output.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixtures, issueCopy, root } from '../helpers/fixtures.js';
import { buildIssue, messagesText } from '../helpers/build.js';

const corpus = path.join(root, 'tests', 'bad-inputs');
const cases = readdirSync(corpus, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

describe('bad inputs', () => {
  test('the corpus is not empty', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
  });

  test.each(cases)('%s', async (name) => {
    const { cwd } = issueCopy(path.join(fixtures, 'minimal'), path.join(corpus, name));
    const outDir = path.join(cwd, 'out');
    const result = await buildIssue('issue', { cwd, outDir });
    const expected = readFileSync(path.join(corpus, name, 'expected.txt'), 'utf8').trimEnd();
    expect(messagesText(result)).toBe(expected);
    expect(result.ok).toBe(false);
    expect(existsSync(outDir)).toBe(false);
  });
});
