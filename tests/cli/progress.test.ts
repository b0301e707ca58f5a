/**
 * Progress of long steps (src/cli/progress.ts): nothing for a step shorter
 * than a second, then on a terminal one line updated in place and taken away
 * before the next output, in a log plain lines at most every two seconds;
 * `--progress` shows every step from its start, through the real binary.
 */
import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { progressReporter } from '../../src/cli/progress.js';
import { runCli } from '../helpers/build.js';
import { root, tempDir } from '../helpers/fixtures.js';

/** A stream that records what is written, and a clock the test moves. */
function harness(isTTY: boolean) {
  const written: string[] = [];
  let time = 0;
  return { written, stream: { isTTY, write: (text: string) => written.push(text) }, now: () => time, advance: (ms: number) => (time += ms) };
}

describe('progress of long steps', () => {
  test('in a log: nothing during the first second, then a plain line every two seconds', () => {
    const h = harness(false);
    const progress = progressReporter(h.stream, { now: h.now });
    progress.step('layout', 1, 138, 'articles');
    h.advance(900);
    progress.step('layout', 20, 138, 'articles');
    expect(h.written).toEqual([]);
    h.advance(200);
    progress.step('layout', 30, 138, 'articles');
    h.advance(1000);
    progress.step('layout', 60, 138, 'articles');
    h.advance(1100);
    progress.step('layout', 90, 138, 'articles');
    expect(h.written).toEqual(['    layout   30/138 articles\n', '    layout   90/138 articles\n']);
    progress.clear();
    expect(h.written).toHaveLength(2);
  });

  test('on a terminal: one line updated in place, at most ten times a second, cleared before other output', () => {
    const h = harness(true);
    const progress = progressReporter(h.stream, { now: h.now });
    progress.step('render', 0, 104, 'pages');
    h.advance(1000);
    progress.step('render', 40, 104, 'pages');
    h.advance(50);
    progress.step('render', 45, 104, 'pages');
    h.advance(60);
    progress.step('render', 52, 104, 'pages');
    progress.clear();
    expect(h.written).toEqual(['\r\u001b[2K    render   40/104 pages', '\r\u001b[2K    render   52/104 pages', '\r\u001b[2K']);
  });

  test('a new step starts its own second of quiet; `always` shows steps from their start', () => {
    const h = harness(false);
    const progress = progressReporter(h.stream, { now: h.now });
    progress.step('layout', 1, 10, 'articles');
    h.advance(1500);
    progress.step('render', 1, 7, 'pages');
    expect(h.written).toEqual([]);
    const always = harness(false);
    const eager = progressReporter(always.stream, { now: always.now, always: true });
    eager.step('layout', 12, 12, 'articles');
    eager.step('render', 0, 7, 'pages');
    expect(always.written).toEqual(['    layout  12/12 articles\n', '    render  0/7 pages\n']);
  });

  test('blattwerk build --progress prints how far the layout and the drawing are; without it a newsletter prints none', () => {
    const seed = path.join(root, 'issues', '2018-herbst');
    const shown = runCli(['build', seed, '--out', tempDir(), '--progress']);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stderr).toMatch(/^ {4}layout +12\/12 articles$/m);
    expect(shown.stderr).toMatch(/^ {4}render +\d\/7 pages$/m);
    const plain = runCli(['build', seed, '--out', tempDir()]);
    expect(plain.status).toBe(0);
    expect(plain.stderr).not.toMatch(/articles|pages$/m);
  });
});
