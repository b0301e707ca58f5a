/**
 * Bad inputs through the real `blattwerk` binary: a sample of the corpus is
 * refused with exit 1, the messages of expected.txt at their file:line:column,
 * no stack trace, and the output folder byte for byte as the previous build
 * left it. An internal error (a bug, provoked with the test hook
 * BLATTWERK_TEST_CRASH) exits 2 with a short request for a report, and shows
 * its stack only with --debug.
 */
import { describe, expect, test } from 'vitest';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fixtures, issueCopy, root } from '../helpers/fixtures.js';
import { runCli } from '../helpers/build.js';
import { snapshot } from '../helpers/snapshot.js';

const corpus = path.join(root, 'tests', 'bad-inputs');

/** Twelve cases, one or two of each kind: YAML, front matter, encoding, images, directives, HTML, links, limits. */
const sample = [
  'yaml-malformed', 'issue-empty', 'frontmatter-unclosed', 'frontmatter-wrong-types', 'not-utf8', 'utf16-be',
  'figure-no-alt', 'image-symlink-out', 'image-huge-png', 'html-dangerous', 'link-obfuscated-javascript', 'many-problems-at-once',
];

/** A line of a stack trace. */
const stackLine = /^\s+at /m;

/** A copy of the minimal issue, built into `out/` by the real CLI; returns the folders and a snapshot of `out/`. */
function builtIssue(): { cwd: string; dir: string; before: Record<string, string> } {
  const { cwd, dir } = issueCopy(path.join(fixtures, 'minimal'));
  const first = runCli(['build', 'issue', '--out', 'out', '--only', 'html'], { cwd });
  expect(first.status, first.stderr).toBe(0);
  return { cwd, dir, before: snapshot(path.join(cwd, 'out')) };
}

describe('bad inputs through the CLI', () => {
  test.each(sample)('%s: exit 1, every message at its place, no stack, output unchanged', (name) => {
    const { cwd, dir, before } = builtIssue();
    // The same folder, now with the bad case laid over it.
    const broken = issueCopy(path.join(fixtures, 'minimal'), path.join(corpus, name));
    rmSync(dir, { recursive: true });
    cpSync(broken.dir, dir, { recursive: true, verbatimSymlinks: true });

    const result = runCli(['build', 'issue', '--out', 'out'], { cwd });
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).not.toMatch(stackLine);
    const headlines = readFileSync(path.join(corpus, name, 'expected.txt'), 'utf8').split('\n').filter((line) => /^\S+:\d+:\d+: (error|warning): /.test(line));
    expect(headlines.length).toBeGreaterThan(0);
    for (const line of headlines) expect(result.stderr).toContain(line);
    expect(result.stderr).toContain('issue: not built, the previous output is unchanged');
    expect(snapshot(path.join(cwd, 'out'))).toEqual(before);
  });
});

describe('internal errors', () => {
  test.each(['parse', 'model', 'html', 'write'])('a bug in the %s stage: exit 2, a short message asking for a report, no stack, output unchanged', (stage) => {
    const { cwd, before } = builtIssue();
    const result = runCli(['build', 'issue', '--out', 'out', '--only', 'html'], { cwd, env: { BLATTWERK_TEST_CRASH: stage } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`blattwerk: internal error: deliberate crash at the start of the ${stage} stage`);
    expect(result.stderr).toContain('This is a bug in Blattwerk, not in your content. Please report it');
    expect(result.stderr).not.toMatch(stackLine);
    expect(snapshot(path.join(cwd, 'out'))).toEqual(before);
  });

  test('--debug shows the stack of an internal error', () => {
    const { cwd } = builtIssue();
    const result = runCli(['build', 'issue', '--out', 'out', '--only', 'html', '--debug'], { cwd, env: { BLATTWERK_TEST_CRASH: 'model' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('blattwerk: internal error: deliberate crash at the start of the model stage');
    expect(result.stderr).toMatch(stackLine);
    expect(result.stderr).toMatch(/at .*pipeline\.(js|ts)/);
  });

  test('without the hook the same build succeeds (the hook is the only cause)', () => {
    const { cwd } = builtIssue();
    expect(runCli(['build', 'issue', '--out', 'out', '--only', 'html'], { cwd }).status).toBe(0);
  });
});
