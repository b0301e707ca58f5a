/**
 * The real `blattwerk` binary: builds the seed and the fixture issues, prints
 * a progress line per stage, refuses bad content with `file:line:column`,
 * exit code 1 and no stack trace, and leaves the previous output as it was.
 */
import { describe, expect, inject, test } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixtures, issueCopy, root } from '../helpers/fixtures.js';
import { runCli } from '../helpers/build.js';

/** Hashes of every file under a folder, by relative path. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const rel = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(rel);
      else out[rel] = createHash('sha256').update(readFileSync(path.join(dir, rel))).digest('hex');
    }
  };
  walk('');
  return out;
}

describe('blattwerk build', () => {
  test('builds the seed and fixture issues into <out>/<slug>/', () => {
    const log = inject('buildLog');
    expect(log.status, log.stderr).toBe(0);
    const out = inject('outDir');
    for (const slug of ['2018-herbst', 'gemeindebrief', 'minimal']) {
      const dir = path.join(out, slug);
      expect(existsSync(path.join(dir, 'index.html'))).toBe(true);
      expect(existsSync(path.join(dir, 'style.css'))).toBe(true);
      expect(statSync(path.join(dir, `${slug}.pdf`)).size).toBeGreaterThan(10_000);
      expect(readdirSync(path.join(dir, 'fonts')).every((name) => name.endsWith('.woff2'))).toBe(true);
    }
    expect(readdirSync(path.join(out, '2018-herbst', 'images')).length).toBeGreaterThanOrEqual(10);
  });

  test('prints one progress line per stage, with its time, and a summary', () => {
    const log = inject('buildLog');
    for (const stage of ['load', 'parse', 'model', 'pdf', 'html', 'write']) {
      expect(log.stderr).toMatch(new RegExp(`^  ${stage} +\\d+(\\.\\d)? ms$`, 'm'));
    }
    expect(log.stdout).toMatch(/wrote .*2018-herbst\/: index\.html, 2018-herbst\.pdf \(\d+ pages, \d+ KB, \d+ pages\/s\)/);
  });

  test('a figure without alt text: file:line message, exit 1, earlier output byte for byte unchanged', () => {
    const { cwd, dir } = issueCopy(path.join(fixtures, 'minimal'));
    const first = runCli(['build', 'issue', '--out', 'out'], { cwd });
    expect(first.status, first.stderr).toBe(0);
    const before = snapshot(path.join(cwd, 'out'));
    const article = path.join(dir, '01-meldung.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace(' alt="Eine graue Fläche als Platzhalter."', ''));
    const second = runCli(['build', 'issue', '--out', 'out'], { cwd });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('issue/01-meldung.md:10:1: error: Missing alt text on figure');
    expect(second.stderr).toContain('10 | :::figure{src="images/bild.jpg" credit="© Redaktion"}');
    expect(second.stderr).not.toMatch(/\n\s+at /);
    expect(second.stderr).toContain('not built, the previous output is unchanged');
    expect(snapshot(path.join(cwd, 'out'))).toEqual(before);
  });

  test('Windows line endings build like Unix ones', () => {
    const { cwd, dir } = issueCopy(path.join(fixtures, 'minimal'));
    for (const name of ['issue.yaml', '01-meldung.md', '02-hinweis.md']) {
      const file = path.join(dir, name);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    }
    const result = runCli(['build', 'issue', '--out', 'out', '--only', 'html'], { cwd });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(path.join(cwd, 'out', 'issue', 'index.html'), 'utf8')).toContain('Der erste Absatz der Meldung');
  });

  test('usage errors exit 2 with the help', () => {
    expect(runCli(['build']).status).toBe(2);
    const unknown = runCli(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command `frobnicate`');
    const flag = runCli(['build', 'issues/2018-herbst', '--colour']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain("Unknown option '--colour'");
  });

  test('--help prints the commands and exits 0', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('build <issue-folder>');
    expect(runCli(['build', '--help']).stdout).toContain('--out <dir>');
  });

  test('--version prints the version of package.json, from the bundle and from the compiled sources', () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    const bundled = runCli(['--version']);
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout.trim()).toBe(`blattwerk ${version}`);
    // `preview` runs from dist/src/, one folder deeper than the bundle: the same answer there.
    const compiled = spawnSync(process.execPath, ['-e', `import(${JSON.stringify(pathToFileURL(path.join(root, 'dist', 'src', 'cli', 'version.js')).href)}).then((m) => console.log(m.version()))`], { encoding: 'utf8' });
    expect(compiled.stdout.trim()).toBe(`blattwerk ${version}`);
  });

  test('a folder that is not an issue is a message, not a crash', () => {
    const result = runCli(['build', 'does/not/exist']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Cannot find the issue folder `does/not/exist`');
  });
});
