/**
 * The start-up snapshot (src/cli/snapshot.ts, made by `npm run bundle`):
 * `blattwerk build` starts from it, writes byte for byte what loading the
 * modules writes, keeps its messages and exit codes, and the launcher
 * (bin/blattwerk.js) leaves a snapshot out that does not fit, without noise,
 * or falls back when Node.js refuses or cannot read it.
 */
import { describe, expect, test } from 'vitest';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixtures, issueCopy, root, tempDir } from '../helpers/fixtures.js';
import { buildIssue, runCli } from '../helpers/build.js';
import { writeWarmUpIssue } from '../../src/cli/warm-up-issue.js';

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
  for (const file of ['blattwerk', 'blattwerk.js', 'v8-options.js']) copyFileSync(path.join(root, 'bin', file), path.join(copyRoot, 'bin', file));
  mkdirSync(path.join(copyRoot, 'dist', 'snapshot'), { recursive: true });
  symlinkSync(path.join(root, 'dist', 'src'), path.join(copyRoot, 'dist', 'src'));
  symlinkSync(path.join(root, 'dist', 'bundle'), path.join(copyRoot, 'dist', 'bundle'));
  const blob = path.join(copyRoot, 'dist', 'snapshot', 'blattwerk.blob');
  if (snapshot.blob === undefined) symlinkSync(path.join(snapshotDir, 'blattwerk.blob'), blob);
  else writeFileSync(blob, snapshot.blob);
  const made = JSON.parse(readFileSync(path.join(snapshotDir, 'snapshot.json'), 'utf8')) as Record<string, unknown>;
  const meta = snapshot.meta({ ...made, root: copyRoot, bytes: statSync(blob).size }, copyRoot);
  writeFileSync(path.join(copyRoot, 'dist', 'snapshot', 'snapshot.json'), JSON.stringify(meta));
  // What bin/blattwerk reads: the same facts, one per line.
  writeFileSync(path.join(copyRoot, 'dist', 'snapshot', 'launch'), `${[meta.node, meta.root, meta.bytes, (meta.v8Options as string[]).join(' '), meta.program ?? realpathSync(process.execPath)].join('\n')}\n`);
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

  test('the made-up issue built while it is made has no errors, so its HTML is built and that code is warm', () => {
    const issue = path.join(tempDir(), 'probeblatt');
    writeWarmUpIssue(issue);
    const run = buildJson(bin, [issue, '--only', 'html', '--out', tempDir()]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.results[0]!.messages.filter((message) => message.severity === 'error')).toEqual([]);
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

/** Runs bin/blattwerk, the command's shell script, as npm's link runs it (by its #! line) with --json. */
function commandJson(command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawnSync(command, [...args, '--json'], { cwd: tempDir(), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, timeout: 120_000 });
  return { status: child.status, stderr: child.stderr, stdout: child.stdout, results: JSON.parse(child.stdout || '[]') as JsonResult[] };
}

/** A preload (for NODE_OPTIONS) that notes the parent of every Node.js that loads it; parents() lists them. */
function parentProbe(): { nodeOptions: string; parents(): string[] } {
  const probe = path.join(tempDir(), 'parent.cjs');
  const report = path.join(path.dirname(probe), 'parent.txt');
  writeFileSync(probe, `require('node:fs').appendFileSync(${JSON.stringify(report)}, process.ppid + '\\n');\n`);
  return { nodeOptions: `--require=${probe}`, parents: () => readFileSync(report, 'utf8').trim().split('\n') };
}

describe('the command on Linux and macOS: bin/blattwerk', () => {
  const command = path.join(root, 'bin', 'blattwerk');

  test('starts build from the snapshot itself, with no Node.js between, byte for byte what bin/blattwerk.js writes', () => {
    const probe = parentProbe();
    const fromScript = tempDir();
    const run = commandJson(command, ['build', seed, '--out', fromScript], { NODE_OPTIONS: probe.nodeOptions });
    expect(run.status, run.stderr).toBe(0);
    expect(run.results[0]!.startup).toBe('snapshot');
    // One Node.js, and its parent is this test's process: the script replaced itself with it.
    expect(probe.parents()).toEqual([String(process.pid)]);
    const fromLauncher = tempDir();
    expect(buildJson(bin, [seed, '--out', fromLauncher]).status).toBe(0);
    const [left, right] = [files(fromScript), files(fromLauncher)];
    expect([...left.keys()].sort()).toEqual([...right.keys()].sort());
    for (const [file, bytes] of left) expect(bytes.equals(right.get(file)!), file).toBe(true);
  });

  test('linked from another folder, as npm links it into node_modules/.bin', () => {
    const links = tempDir();
    mkdirSync(path.join(links, '.bin'));
    symlinkSync(path.relative(path.join(links, '.bin'), command), path.join(links, '.bin', 'blattwerk'));
    const run = commandJson(path.join(links, '.bin', 'blattwerk'), ['build', seed, '--only', 'html', '--out', tempDir()]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.results[0]!.startup).toBe('snapshot');
  });

  test('hands every other case to bin/blattwerk.js', () => {
    const help = spawnSync(command, ['build', '--help'], { encoding: 'utf8' });
    expect([help.status, help.stdout]).toEqual([0, expect.stringContaining('--out <dir>')]);
    const version = spawnSync(command, ['--version'], { encoding: 'utf8' });
    expect([version.status, version.stdout]).toEqual([0, expect.stringMatching(/^blattwerk \d/)]);
    const html = ['build', seed, '--only', 'html', '--out', tempDir()];
    const runs = [
      commandJson(command, [...html, '--debug']),
      commandJson(command, html, { BLATTWERK_SNAPSHOT: '0' }),
      commandJson(command, html, { NODE_OPTIONS: '--max-old-space-size=3000' }),
      commandJson(path.join(path.dirname(launcherCopy({ meta: (made) => ({ ...made, node: 'v0.0.0' }) })), 'blattwerk'), html),
      commandJson(path.join(path.dirname(launcherCopy({ meta: (made) => ({ ...made, root: '/somewhere/else' }) })), 'blattwerk'), html),
      commandJson(path.join(path.dirname(launcherCopy({ meta: (made) => ({ ...made, bytes: 12 }) })), 'blattwerk'), html),
      commandJson(path.join(path.dirname(launcherCopy({ meta: (made) => made })), 'blattwerk'), html),
    ];
    expect(runs.map((run) => [run.status, run.results[0]?.startup])).toEqual([...Array(6).fill([0, 'modules']), [0, 'snapshot']]);
    expect(runs.map((run) => run.stderr).join('')).not.toMatch(/snapshot/i);
    // Bad content: the messages and exit code of the CLI, from the script as from the launcher.
    expect(commandJson(command, ['build', path.join(root, 'no-such-issue')]).status).toBe(1);
  });

  test('a snapshot made by another Node.js program of the same version goes through bin/blattwerk.js', () => {
    // nvm's Node.js beside the system's may refuse a snapshot the other made; bin/blattwerk.js starts a second
    // Node.js and falls back when it is refused, the script could not (it replaces itself).
    const probe = parentProbe();
    const other = path.join(path.dirname(launcherCopy({ meta: (made) => ({ ...made, program: '/opt/other/bin/node' }) })), 'blattwerk');
    const run = commandJson(other, ['build', seed, '--only', 'html', '--out', tempDir()], { NODE_OPTIONS: probe.nodeOptions });
    expect([run.status, run.results[0]?.startup]).toEqual([0, 'snapshot']);
    expect(probe.parents()).toHaveLength(2);
  });

  test('a build left running by a shell that has ended still writes its output', async () => {
    // The build started by bin/blattwerk.js stops when that launcher is gone; one the script started is the command itself.
    const out = tempDir();
    // The shell ends while the build runs (it takes about 0.6 s), after the build has started as its child.
    spawnSync('sh', ['-c', `"${command}" build "${seed}" --out "${out}" >/dev/null 2>&1 & sleep 0.3`]);
    const pdf = path.join(out, '2018-herbst', '2018-herbst.pdf');
    const deadline = Date.now() + 60_000;
    while (statSync(pdf, { throwIfNoEntry: false }) === undefined && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(statSync(pdf, { throwIfNoEntry: false })?.size ?? 0).toBeGreaterThan(10_000);
  });

  test('a signal to the command ends the build', async () => {
    const out = tempDir();
    const child = spawn(command, ['build', seed, '--out', out], { env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/parse/.test(stderr)) resolve();
      });
    });
    child.kill('SIGTERM');
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    expect({ code, signal }).toEqual({ code: null, signal: 'SIGTERM' });
    expect(readdirSync(out)).toEqual([]);
  });
});
