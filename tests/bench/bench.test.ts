/**
 * The benchmark harness, run for real in its smallest mode: the seed issue,
 * one run, one edit. Asserts the shape of what it prints and writes and that
 * its numbers are measurements (positive, consistent), never how fast they are.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, tempDir } from '../helpers/fixtures.js';

const seed = path.join(root, 'issues', '2018-herbst');
const seedFiles = () => Object.fromEntries(readdirSync(seed).filter((name) => name.endsWith('.md')).map((name) => [name, readFileSync(path.join(seed, name), 'utf8')]));

function node(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 280_000 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The rows of the table under the line that starts with `title`: header cells and data cells, split at runs of two spaces. */
function tableAfter(stdout: string, title: string): { header: string[]; rows: string[][] } {
  const lines = stdout.split('\n');
  const start = lines.findIndex((line) => line.startsWith(title));
  expect(start, `no table "${title}" in:\n${stdout}`).toBeGreaterThanOrEqual(0);
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ') || line.trim() === '') break;
    body.push(line.trim());
  }
  const [header, rule, ...rows] = body.map((line) => line.split(/\s{2,}/));
  expect(rule?.every((cell) => /^-+$/.test(cell))).toBe(true);
  return { header: header ?? [], rows };
}

describe('npm run bench (bench/run.mjs --quick --only seed)', () => {
  const work = tempDir('blattwerk-bench-test-');
  const out = path.join(work, 'latest.json');
  const before = seedFiles();
  let run: ReturnType<typeof node>;

  beforeAll(() => {
    run = node(['bench/run.mjs', '--quick', '--only', 'seed', '--runs', '1', '--edits', '1', '--out', out]);
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('exits 0 and leaves the seed issue as it was (the edits go to a copy)', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(seedFiles()).toEqual(before);
  });

  it('prints the cold-build table with its columns and positive numbers', () => {
    const { header, rows } = tableAfter(run.stdout, 'Cold build, whole process');
    expect(header).toEqual(['issue', 'articles', 'words', 'pages', 'runs', 'wall ms', 'min–max', 'CPU ms', 'peak RSS MB', 'pages/s', 'started from']);
    expect(rows.map((row) => row[0])).toEqual(['seed']);
    const [, articles, words, pages, runs, wall, , cpu, rss, perSecond] = rows[0]!.map(Number);
    expect(articles).toBe(12);
    expect(runs).toBe(1);
    for (const value of [words, pages, wall, cpu, rss, perSecond]) expect(value).toBeGreaterThan(0);
    expect(rows[0]![10]).toBe('snapshot');
  });

  it('times the same cold build without the start-up snapshot, in the same run', () => {
    const { header, rows } = tableAfter(run.stdout, 'The same cold build without the start-up snapshot');
    expect(header).toEqual(['issue', 'runs', 'wall ms', 'CPU ms', 'peak RSS MB', 'parse ms', 'pdf ms', 'with snapshot / without']);
    expect(rows.map((row) => row[0])).toEqual(['seed']);
    const cold = tableAfter(run.stdout, 'Cold build, whole process').rows[0]!;
    const [withWall, withoutWall] = [Number(cold[5]), Number(rows[0]![2])];
    expect(withoutWall).toBeGreaterThan(0);
    expect(Number(rows[0]![7].replace('×', ''))).toBeCloseTo(withWall / withoutWall, 1);
  });

  it('times the command (bin/blattwerk) and, in the same run, node bin/blattwerk.js, both from the snapshot', () => {
    expect(run.stdout).toContain('Cold build, whole process: bin/blattwerk (the blattwerk command)');
    const { header, rows } = tableAfter(run.stdout, 'The same cold build through `node bin/blattwerk.js`');
    expect(header).toEqual(['issue', 'runs', 'wall ms', 'CPU ms', 'started from', 'command / node bin/blattwerk.js']);
    expect(rows.map((row) => [row[0], row[4]])).toEqual([['seed', 'snapshot']]);
    const cold = tableAfter(run.stdout, 'Cold build, whole process').rows[0]!;
    expect(Number(rows[0]![5].replace('×', ''))).toBeCloseTo(Number(cold[5]) / Number(rows[0]![2]), 1);
  });

  it('prints the stages the CLI reports, the warm rebuild and the plain React-PDF comparison', () => {
    const stages = tableAfter(run.stdout, 'Stages of the cold build');
    expect(stages.header[0]).toBe('issue');
    expect(stages.header).toEqual(expect.arrayContaining(['load', 'parse', 'model', 'pdf', 'html', 'write', 'stages sum', 'start-up + rest']));
    const stage = (name: string) => Number(stages.rows[0]![stages.header.indexOf(name)]);
    expect(stage('pdf')).toBeGreaterThan(0);
    expect(stage('stages sum')).toBeGreaterThanOrEqual(stage('pdf'));

    const warm = tableAfter(run.stdout, 'Warm rebuild after a one-word edit');
    expect(warm.header).toEqual(['issue', 'edits', 'start-up', 'first build', 'HTML written', 'PDF written', 'full pass']);
    const [html, pdf] = [Number(warm.rows[0]![4]), Number(warm.rows[0]![5])];
    expect(html).toBeGreaterThan(0);
    expect(pdf).toBeGreaterThanOrEqual(html);

    const plain = tableAfter(run.stdout, 'Plain @react-pdf/renderer');
    expect(plain.header).toEqual(['issue', 'runs', 'pages', 'wall ms', 'CPU ms', 'peak RSS MB', 'Blattwerk/plain wall', 'Blattwerk/plain CPU']);
    expect(Number(plain.rows[0]![2])).toBeGreaterThan(0);
    expect(plain.rows[0]![6]).toMatch(/^\d+\.\d\d×$/);

    expect(run.stdout).toMatch(/^Typst( \(|: not on PATH\. Reference, not measured here: 150 ms)/m);
    const goals = tableAfter(run.stdout, 'Goals of issue 6');
    expect(goals.header).toEqual(['goal', 'measured', 'status']);
    expect(goals.rows.map((row) => row[0])).toContain('seed: cold build ≤ 600 ms');
    for (const row of goals.rows) expect(row[2]).toMatch(/^(met|not met)$/);
    expect(run.stdout).toContain(`· ${os.cpus().length} cores`);
  });

  it('writes the same numbers as JSON', () => {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.machine.cores).toBe(os.cpus().length);
    expect(report.machine.node).toBe(process.version);
    const [issue] = report.issues;
    expect(issue.name).toBe('seed');
    expect(Object.keys(issue.cold.stagesMs)).toEqual(expect.arrayContaining(['load', 'parse', 'model', 'pdf', 'html', 'write']));
    expect(issue.cold.wallMs.samples).toHaveLength(1);
    expect(issue.cold.wallMs.median).toBeGreaterThanOrEqual(issue.cold.stagesMs.pdf.median);
    expect(issue.cold.peakRssMB.median).toBeGreaterThan(0);
    expect(issue.warm.edits).toBe(1);
    expect(issue.warm.pdfWrittenMs.median).toBeGreaterThanOrEqual(issue.warm.htmlWrittenMs.median);
    expect(issue.plain.pages).toBeGreaterThan(0);
    expect(issue.plain.ratioWall).toBeCloseTo(issue.cold.wallMs.median / issue.plain.wallMs.median, 6);
  });
});

describe('bench/generate.mjs', () => {
  it('writes the same bytes every time, and 60 three-column articles are the 10 repeated six times', () => {
    const [a, b] = [tempDir('blattwerk-gen-'), tempDir('blattwerk-gen-')];
    try {
      for (const dir of [a, b]) expect(node(['bench/generate.mjs', dir, '3col-10', '3col-60']).status).toBe(0);
      const files = (dir: string, name: string) => readdirSync(path.join(dir, `bench-${name}`)).filter((file) => file.endsWith('.md')).sort();
      for (const name of ['3col-10', '3col-60']) {
        for (const file of [...files(a, name), 'issue.yaml']) {
          expect(readFileSync(path.join(a, `bench-${name}`, file), 'utf8')).toBe(readFileSync(path.join(b, `bench-${name}`, file), 'utf8'));
        }
      }
      expect(files(a, '3col-10')).toHaveLength(10);
      expect(files(a, '3col-60')).toHaveLength(60);
      const text = (name: string, file: string) => readFileSync(path.join(a, `bench-${name}`, file), 'utf8');
      const letters = (value: string) => value.replace(/\(Teil \d+\)/g, '').replace(/\s+/g, '').split('').sort().join('');
      // Article 11 is article 1 again, its paragraphs in another order, as "Teil 2".
      expect(text('3col-60', '011-artikel.md')).toContain('(Teil 2)');
      expect(text('3col-60', '011-artikel.md')).toMatch(/^columns: 3$/m);
      expect(letters(text('3col-60', '011-artikel.md'))).toBe(letters(text('3col-10', '001-artikel.md')));
    } finally {
      for (const dir of [a, b]) rmSync(dir, { recursive: true, force: true });
    }
  });
});
