/**
 * The start-up snapshot (src/cli/snapshot.ts, made by `npm run bundle`):
 * `blattwerk build` starts from it, writes byte for byte what loading the
 * modules writes, keeps its messages and exit codes, and the launcher
 * (bin/blattwerk.js) leaves a snapshot out that does not fit, without noise,
 * or falls back when Node.js refuses or cannot read it.
 */
import { describe, expect, test } from 'vitest';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixtures, issueCopy, root, tempDir } from '../helpers/fixtures.js';
import { buildIssue, runCli } from '../helpers/build.js';

const snapshotDir = path.join(root, 'dist', 'snapshot');
const seed = path.join(root, 'issues', '2018-herbst');

interface JsonResult { ok: boolean; startup: string; messages: { file: string; line?: number; ruleId?: string; severity: string }[] }

/** Runs the launcher `bin` with --json; returns the exit code, stderr and the parsed results. */
function buildJson(bin: string, args: string[], options: { env?: Record<string, string>; nodeOptions?: string[] } = {}) {
  const child = spawnSync(process.execPath, [...(options.nodeOptions ?? []), bin, 'build', ...args, '--json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 120_000,
  });
  return { status: child.status, signal: child.signal, stderr: child.stderr, results: JSON.parse(child.stdout || '[]') as JsonResult[] };
}

/** Every file under a folder with its bytes, by relative path. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const rel = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(rel);
      else out.set(rel, readFileSync(path.join(dir, rel)));
    }
  };
  walk('');
  return out;
}

/**
 * A copy of the launcher in a folder of its own, with dist/src and dist/bundle
 * linked to the real ones and dist/snapshot/ as the test makes it: the
 * launcher looks for everything relative to itself.
 */
function launcherCopy(snapshot: { blob?: string; meta: (made: Record<string, unknown>, copyRoot: string) => Record<string, unknown> }): string {
  const copyRoot = tempDir('blattwerk-launcher-');
  mkdirSync(path.join(copyRoot, 'bin'));
  for (const file of ['blattwerk.js', 'v8-options.js']) copyFileSync(path.join(root, 'bin', file), path.join(copyRoot, 'bin', file));
  mkdirSync(path.join(copyRoot, 'dist', 'snapshot'), { recursive: true });
  symlinkSync(path.join(root, 'dist', 'src'), path.join(copyRoot, 'dist', 'src'));
  symlinkSync(path.join(root, 'dist', 'bundle'), path.join(copyRoot, 'dist', 'bundle'));
  const blob = path.join(copyRoot, 'dist', 'snapshot', 'blattwerk.blob');
  if (snapshot.blob === undefined) symlinkSync(path.join(snapshotDir, 'blattwerk.blob'), blob);
  else writeFileSync(blob, snapshot.blob);
  const made = JSON.parse(readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(copyRoot, 'dist', 'snapshot', 'snapshot.json'), JSON.stringify(snapshot.meta({ ...made, root: copyRoot, bytes: statSync(blob).size }, copyRoot)));
  return path.join(copyRoot, 'bin', 'blattwerk.js');
}

const bin = path.join(root, 'bin', 'blattwerk.js');

/** Starts `blattwerk build` of the seed into a fresh folder; resolves once the build prints its first stage. */
async function startedBuild(): Promise<{ out: string; child: ChildProcessWithoutNullStreams }> {
  const out = tempDir();
  const child = spawn(process.execPath, [bin, 'build', seed, '--out', out], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  await new Promise<void>((resolve) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/parse/.test(stderr)) resolve();
    });
  });
  return { out, child };
}

describe('the start-up snapshot', () => {
  test('npm run bundle made it, for this Node.js and this folder', () => {
    const made = JSON.parse(readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8')) as Record<string, unknown>;
    expect(made).toMatchObject({ node: process.version, arch: process.arch, platform: process.platform, root });
    expect(statSync(path.join(snapshotDir, 'blattwerk.blob')).size).toBe(made.bytes);
    // After a bare `tsc` the snapshot is older than the compiled code and is (rightly) not used: `npm test` bundles first.
    const age = statSync(path.join(snapshotDir, 'blattwerk.blob')).mtimeMs - statSync(path.join(root, 'dist', 'src', 'cli', 'main.js')).mtimeMs;
    expect(age, 'the snapshot is older than dist/src/: run `npm run bundle` (npm test does)').toBeGreaterThanOrEqual(0);
  });

  test('build starts from it and writes byte for byte what loading the modules writes', () => {
    const issues = [seed, path.join(fixtures, 'gemeindebrief')];
    const fromSnapshot = tempDir();
    const fromModules = tempDir();
    const a = buildJson(bin, [...issues, '--out', fromSnapshot]);
    const b = buildJson(bin, [...issues, '--out', fromModules], { env: { BLATTWERK_SNAPSHOT: '0' } });
    expect([a.status, b.status]).toEqual([0, 0]);
    expect(a.results.map((r) => r.startup)).toEqual(['snapshot', 'snapshot']);
    expect(b.results.map((r) => r.startup)).toEqual(['modules', 'modules']);
    const [left, right] = [files(fromSnapshot), files(fromModules)];
    expect([...left.keys()].sort()).toEqual([...right.keys()].sort());
    expect([...left.keys()].some((file) => file.endsWith('.pdf'))).toBe(true);
    for (const [file, bytes] of left) expect(bytes.equals(right.get(file)!), file).toBe(true);
  });

  test('an English issue: hyphenated by its own patterns, byte for byte what the unbundled modules make', async () => {
    // The bundles leave out React-PDF's built-in English hyphenation (scripts/esbuild-plugins.mjs).
    const { dir } = issueCopy(path.join(fixtures, 'minimal'));
    writeFileSync(path.join(dir, 'issue.yaml'), readFileSync(path.join(dir, 'issue.yaml'), 'utf8').replace('lang: de', 'lang: en'));
    const prose = 'Municipalities administer neighbourhood integration programmes, interdisciplinary counselling and multilingual information, and representatives of organisations exchange experiences. ';
    writeFileSync(path.join(dir, '02-hinweis.md'), `---\ntype: article\ntitle: Notice\ncolumns: 3\n---\n\n${prose.repeat(6)}\n`);
    const fromSnapshot = tempDir();
    const run = spawnSync(process.execPath, [bin, 'build', dir, '--out', fromSnapshot, '--json'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const [result] = JSON.parse(run.stdout) as (JsonResult & { typesetting: { hyphenated: number } })[];
    expect(result!.startup).toBe('snapshot');
    expect(result!.typesetting.hyphenated).toBeGreaterThan(3);
    const fromModules = tempDir();
    const library = await buildIssue(dir, { outDir: fromModules, targets: ['html', 'pdf'] });
    expect(library.ok).toBe(true);
    const [left, right] = [files(fromSnapshot), files(fromModules)];
    for (const [file, bytes] of left) expect(bytes.equals(right.get(file)!), file).toBe(true);
  });

  test('right-to-left passages and articles: byte for byte what the unbundled modules make', async () => {
    // The bundles skip textkit's bidi pass for paragraphs with nothing right to left in them (scripts/esbuild-plugins.mjs).
    const { dir } = issueCopy(path.join(fixtures, 'minimal'));
    const first = path.join(dir, '01-meldung.md');
    writeFileSync(first, `${readFileSync(first, 'utf8')}\nAuf dem Schild steht :lang[مرحبا بكم في هيسن]{code=ar} und :lang[ברוכים הבאים להסן]{code=he}, dazu die Nummer ٢٠١٨ und (Klammern).\n`);
    writeFileSync(path.join(dir, '02-hinweis.md'), '---\ntype: article\ntitle: أهلا وسهلا\nlang: ar\ncolumns: 2\n---\n\nيقدم مركز الترحيب في هيسن المشورة للقادمين الجدد حول العمل والسكن والمدرسة (2018).\n');
    const fromSnapshot = tempDir();
    const run = spawnSync(process.execPath, [bin, 'build', dir, '--out', fromSnapshot, '--json'], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as JsonResult[])[0]!.startup).toBe('snapshot');
    const fromModules = tempDir();
    expect((await buildIssue(dir, { outDir: fromModules, targets: ['html', 'pdf'] })).ok).toBe(true);
    const [left, right] = [files(fromSnapshot), files(fromModules)];
    expect([...left.keys()].some((file) => file.endsWith('.pdf'))).toBe(true);
    for (const [file, bytes] of left) expect(bytes.equals(right.get(file)!), file).toBe(true);
  });

  test('from the snapshot and from the bundle, yoga loads its WebAssembly without fetch()', () => {
    // A preload that reports any fetch(); the launcher passes --require on to the Node.js it starts.
    const hook = path.join(tempDir(), 'fetch-hook.cjs');
    writeFileSync(hook, "globalThis.fetch = (url) => { process.stderr.write('fetch called: ' + String(url).slice(0, 40) + '\\n'); throw new Error('no fetch here'); };\n");
    const fromSnapshot = buildJson(bin, [seed, '--out', tempDir()], { nodeOptions: ['--require', hook] });
    const fromBundle = buildJson(bin, [seed, '--out', tempDir()], { nodeOptions: ['--require', hook], env: { BLATTWERK_SNAPSHOT: '0' } });
    expect([fromSnapshot.status, fromBundle.status]).toEqual([0, 0]);
    expect([fromSnapshot.results[0]!.startup, fromBundle.results[0]!.startup]).toEqual(['snapshot', 'modules']);
    expect(fromSnapshot.stderr + fromBundle.stderr).not.toContain('fetch called');
  });

  test('bad content from the snapshot: the same file:line messages and exit code 1, no stack', () => {
    const { dir } = issueCopy(path.join(fixtures, 'minimal'));
    const article = readdirSync(dir).find((file) => file.endsWith('.md'))!;
    writeFileSync(path.join(dir, article), `${readFileSync(path.join(dir, article), 'utf8')}\n:::figure{src="images/none.jpg"}\n:::\n`);
    const fromSnapshot = buildJson(bin, [dir, '--out', tempDir()]);
    const fromModules = buildJson(bin, [dir, '--out', tempDir()], { env: { BLATTWERK_SNAPSHOT: '0' } });
    expect(fromSnapshot.status).toBe(1);
    expect(fromSnapshot.results[0]!.startup).toBe('snapshot');
    const errors = fromSnapshot.results[0]!.messages.filter((m) => m.severity === 'error');
    expect(errors.map((m) => [path.basename(m.file), m.ruleId])).toContainEqual([article, 'alt-missing']);
    expect(errors.every((m) => (m.line ?? 0) > 0)).toBe(true);
    expect(fromSnapshot.results[0]!.messages).toEqual(fromModules.results[0]!.messages);
    expect(fromSnapshot.stderr).not.toMatch(/\n\s+at /);
  });

  test('another command, --debug and BLATTWERK_SNAPSHOT=0 load the modules', () => {
    expect(buildJson(bin, [seed, '--only', 'html', '--out', tempDir(), '--debug']).results[0]!.startup).toBe('modules');
    const help = runCli(['build', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--out <dir>');
  });

  test('Node.js options that would make V8 refuse it leave it out, without a message', () => {
    const run = buildJson(bin, [seed, '--only', 'html', '--out', tempDir()], { nodeOptions: ['--max-semi-space-size=16'] });
    const environment = buildJson(bin, [seed, '--only', 'html', '--out', tempDir()], { env: { NODE_OPTIONS: '--max-old-space-size=3000' } });
    const profiling = buildJson(bin, [seed, '--only', 'html', '--out', tempDir()], { env: { NODE_OPTIONS: '--no-warnings' } });
    expect([run.status, environment.status, profiling.status]).toEqual([0, 0, 0]);
    expect([run.results[0]!.startup, environment.results[0]!.startup, profiling.results[0]!.startup]).toEqual(['modules', 'modules', 'snapshot']);
    expect(run.stderr + environment.stderr).not.toMatch(/snapshot/i);
  });

  test('a snapshot made for another Node.js or another folder is left out', () => {
    const out = tempDir();
    const version = buildJson(launcherCopy({ meta: (made) => ({ ...made, node: 'v0.0.0' }) }), [seed, '--only', 'html', '--out', out]);
    const folder = buildJson(launcherCopy({ meta: (made) => ({ ...made, root: '/somewhere/else' }) }), [seed, '--only', 'html', '--out', out]);
    const fits = buildJson(launcherCopy({ meta: (made) => made }), [seed, '--only', 'html', '--out', out]);
    expect([version.status, folder.status, fits.status]).toEqual([0, 0, 0]);
    expect([version.results[0]!.startup, folder.results[0]!.startup, fits.results[0]!.startup]).toEqual(['modules', 'modules', 'snapshot']);
    expect(version.stderr + folder.stderr).not.toMatch(/snapshot/i);
  });

  test('a snapshot older than the compiled sources is left out', () => {
    const copy = launcherCopy({ meta: (made) => made });
    const copyRoot = path.dirname(path.dirname(copy));
    // A compiled main.js newer than the snapshot (and the bundle): the launcher loads it.
    const real = path.join(copyRoot, 'dist', 'src');
    const compiled = path.join(tempDir(), 'src');
    mkdirSync(path.join(compiled, 'cli'), { recursive: true });
    writeFileSync(path.join(compiled, 'cli', 'main.js'), `export * from ${JSON.stringify(pathToFileURL(path.join(root, 'dist', 'src', 'cli', 'main.js')).href)};\n`);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(compiled, 'cli', 'main.js'), later, later);
    rmSync(real);
    symlinkSync(compiled, real);
    const run = buildJson(copy, [seed, '--only', 'html', '--out', tempDir()]);
    expect(run.status).toBe(0);
    expect(run.results[0]!.startup).toBe('modules');
  });

  test('a damaged snapshot file: Node.js cannot read it, and the build runs without it', () => {
    const copy = launcherCopy({ blob: 'not a snapshot', meta: (made) => made });
    const run = buildJson(copy, [seed, '--only', 'html', '--out', tempDir()]);
    expect(run.status).toBe(0);
    expect(run.results[0]!.startup).toBe('modules');
    expect(run.stderr).toContain('blattwerk: cannot start from the start-up snapshot');
  });

  test('a signal to the command ends the build started from the snapshot, and the command with it', async () => {
    const { out, child } = await startedBuild();
    child.kill('SIGTERM');
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGTERM' });
    // No Node.js is left building into that folder.
    expect(spawnSync('pgrep', ['-f', out]).stdout.toString().trim()).toBe('');
    expect(readdirSync(out)).toEqual([]);
  });

  test('SIGKILL to the command, which it cannot pass on: the build it started stops before writing', async () => {
    const { out, child } = await startedBuild();
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    // The second Node.js, now without its parent, finds out before its next stage and ends without writing.
    const deadline = Date.now() + 20_000;
    while (spawnSync('pgrep', ['-f', out]).stdout.toString().trim() !== '' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(spawnSync('pgrep', ['-f', out]).stdout.toString().trim()).toBe('');
    expect(readdirSync(out)).toEqual([]);
  });
});
