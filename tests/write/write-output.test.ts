/**
 * Atomic outputs. A real `blattwerk build` killed with SIGKILL at random
 * moments leaves, once the next run has recovered, exactly the old build or
 * exactly the new one, and nothing else in the output folder; two builds of
 * the same issue at once both succeed and leave one complete build. Below,
 * the states a kill can leave are made by hand and repaired in-process.
 */
import { describe, expect, test } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync, existsSync, cpSync } from 'node:fs';
import path from 'node:path';
import { fixtures, issueCopy, root, tempDir } from '../helpers/fixtures.js';
import { runCli } from '../helpers/build.js';
import { snapshot } from '../helpers/snapshot.js';
import { recoverInterruptedWrite, writeOutput } from '../../src/write/write-output.js';

const cli = path.join(root, 'bin', 'blattwerk.js');

/** Two versions of the minimal issue (`a/issue`, `b/issue`), each built once into its own folder for reference. */
function twoVersions() {
  const base = tempDir();
  const versions = { a: path.join(base, 'a', 'issue'), b: path.join(base, 'b', 'issue') };
  cpSync(path.join(fixtures, 'minimal'), versions.a, { recursive: true });
  cpSync(path.join(fixtures, 'minimal'), versions.b, { recursive: true });
  const article = path.join(versions.b, '01-meldung.md');
  writeFileSync(article, readFileSync(article, 'utf8').replace('Der erste Absatz', 'Der neue erste Absatz'));
  const reference: Record<'a' | 'b', Record<string, string>> = { a: {}, b: {} };
  for (const version of ['a', 'b'] as const) {
    const built = runCli(['build', 'issue', '--out', path.join(base, `reference-${version}`), '-q'], { cwd: path.join(base, version) });
    expect(built.status, built.stderr).toBe(0);
    reference[version] = snapshot(path.join(base, `reference-${version}`, 'issue'));
  }
  expect(reference.a).not.toEqual(reference.b);
  // A third version with an error: building it repairs the output folder (recovery runs first) and writes nothing.
  const broken = path.join(base, 'broken', 'issue');
  cpSync(path.join(fixtures, 'minimal'), broken, { recursive: true });
  writeFileSync(path.join(broken, 'issue.yaml'), 'title: [\n');
  return { base, versions, reference, broken };
}

/**
 * Starts a build and kills it with SIGKILL after `delayMs`, or `delayMs` after the `html` stage line when `afterHtml` is set.
 * The build runs in the command's own process (BLATTWERK_SNAPSHOT=0), so the kill hits the process that writes; a kill of
 * the launcher of a snapshot build is tested in tests/cli/snapshot.test.ts.
 */
function buildAndKill(cwd: string, out: string, delayMs: number, afterHtml: boolean): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, 'build', 'issue', '--out', out], { cwd, env: { ...process.env, NO_COLOR: '1', BLATTWERK_SNAPSHOT: '0' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let timer: NodeJS.Timeout | undefined;
    const kill = () => { timer = setTimeout(() => child.kill('SIGKILL'), delayMs); };
    if (afterHtml) {
      let seen = '';
      child.stderr.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        if (timer === undefined && /^ {2}html /m.test(seen)) kill();
      });
    } else {
      child.stderr.resume();
      kill();
    }
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      resolve();
    });
  });
}

describe('a build killed at any moment', () => {
  test('leaves exactly the old or the new build once the next run has recovered (30 kills)', async () => {
    const { base, versions, reference, broken } = twoVersions();
    const out = path.join(base, 'out');
    expect(runCli(['build', 'issue', '--out', out, '-q'], { cwd: path.dirname(versions.a) }).status).toBe(0);
    let current: 'a' | 'b' = 'a';
    const outcomes = { old: 0, new: 0 };
    const interrupted: string[] = [];
    // 20 kills at random moments from 0 to 1500 ms (a build takes about 700 ms), and 10 in the write stage itself.
    const plan = [...Array.from({ length: 20 }, () => ({ delay: Math.random() * 1500, afterHtml: false })), ...Array.from({ length: 10 }, () => ({ delay: Math.random() * 6, afterHtml: true }))];
    for (const { delay, afterHtml } of plan) {
      const next = current === 'a' ? 'b' : 'a';
      await buildAndKill(path.dirname(versions[next]), out, delay, afterHtml);
      // What the kill left: a temporary folder, a backup, a lock, or no output at all.
      if (readdirSync(out).join() !== 'issue') interrupted.push(`${afterHtml ? 'write stage' : 'random'} +${delay.toFixed(0)} ms: ${readdirSync(out).map((name) => name.replace(/-\d+-[0-9a-f]+$/, '')).join(' ')}`);
      const recovery = runCli(['build', 'issue', '--out', out, '--only', 'html', '-q'], { cwd: path.dirname(broken) });
      expect(recovery.status, recovery.stderr).toBe(1);
      const now = snapshot(path.join(out, 'issue'));
      if (JSON.stringify(now) === JSON.stringify(reference[current])) outcomes.old += 1;
      else {
        expect(now, `after a kill at ${delay.toFixed(0)} ms${afterHtml ? ' after the html stage' : ''}`).toEqual(reference[next]);
        outcomes.new += 1;
        current = next;
      }
      expect(readdirSync(out)).toEqual(['issue']);
    }
    expect(outcomes.old + outcomes.new).toBe(30);
    // The kills in the write stage must really have cut writes short, or this test proves nothing.
    expect(interrupted.length, `kills that interrupted a write:\n${interrupted.join('\n')}`).toBeGreaterThanOrEqual(3);
  }, 180_000);

  test('two builds of the same issue at once both succeed and leave one complete build', async () => {
    const { base, versions, reference } = twoVersions();
    const out = path.join(base, 'out');
    const run = (version: 'a' | 'b') => new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [cli, 'build', 'issue', '--out', out, '-q'], { cwd: path.dirname(versions[version]), stdio: 'ignore' });
      child.on('exit', (code) => resolve(code ?? -1));
    });
    for (let round = 0; round < 3; round += 1) {
      expect(await Promise.all([run('a'), run('b'), run('a')])).toEqual([0, 0, 0]);
      const now = snapshot(path.join(out, 'issue'));
      expect([reference.a, reference.b]).toContainEqual(now);
      expect(readdirSync(out)).toEqual(['issue']);
    }
  }, 120_000);
});

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('recovery from what a kill leaves', () => {
  const files = (text: string) => [{ path: 'index.html', data: text }, { path: 'images/a.txt', data: 'a' }];

  test('killed between the two renames: the backup is put back', async () => {
    const out = tempDir();
    const token = `${deadPid()}-0a1b2c3d`;
    mkdirSync(path.join(out, `.issue.old-${token}`));
    writeFileSync(path.join(out, `.issue.old-${token}`, 'index.html'), 'old');
    mkdirSync(path.join(out, `.issue.tmp-${token}`));
    writeFileSync(path.join(out, `.issue.tmp-${token}`, 'index.html'), 'new, never swapped in');
    await recoverInterruptedWrite(out, 'issue');
    expect(readdirSync(out)).toEqual(['issue']);
    expect(readFileSync(path.join(out, 'issue', 'index.html'), 'utf8')).toBe('old');
  });

  test('killed while removing the backup: the new output stays, the rest of the backup goes', async () => {
    const out = tempDir();
    await writeOutput(out, 'issue', files('new'));
    const token = `${deadPid()}-0a1b2c3d`;
    mkdirSync(path.join(out, `.issue.old-${token}`, 'images'), { recursive: true });
    await recoverInterruptedWrite(out, 'issue');
    expect(readdirSync(out)).toEqual(['issue']);
    expect(readFileSync(path.join(out, 'issue', 'index.html'), 'utf8')).toBe('new');
  });

  test('a lock left by a dead process is broken; a lock of a live one is waited for', async () => {
    const out = tempDir();
    await writeOutput(out, 'issue', files('first'));
    mkdirSync(path.join(out, '.issue.lock'));
    writeFileSync(path.join(out, '.issue.lock', 'owner'), `${deadPid()} 1-deadbeef`);
    await writeOutput(out, 'issue', files('second'));
    expect(readFileSync(path.join(out, 'issue', 'index.html'), 'utf8')).toBe('second');
    expect(readdirSync(out)).toEqual(['issue']);

    // Held by a live process (this one, as another build would be): the write waits until it is released.
    mkdirSync(path.join(out, '.issue.lock'));
    writeFileSync(path.join(out, '.issue.lock', 'owner'), `${process.pid} 2-cafebabe`);
    const started = Date.now();
    setTimeout(() => spawnSync('rm', ['-r', path.join(out, '.issue.lock')]), 300);
    await writeOutput(out, 'issue', files('third'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(readFileSync(path.join(out, 'issue', 'index.html'), 'utf8')).toBe('third');
  });

  test('killed after the swap, before releasing the lock: the next run removes the lock, the new output stays', async () => {
    const out = tempDir();
    await writeOutput(out, 'issue', files('new'));
    mkdirSync(path.join(out, '.issue.lock'));
    writeFileSync(path.join(out, '.issue.lock', 'owner'), `${deadPid()} 4-0b5e55ed`);
    await recoverInterruptedWrite(out, 'issue');
    expect(readdirSync(out)).toEqual(['issue']);
    expect(readFileSync(path.join(out, 'issue', 'index.html'), 'utf8')).toBe('new');
    // A lock a live build holds is left to it.
    mkdirSync(path.join(out, '.issue.lock'));
    writeFileSync(path.join(out, '.issue.lock', 'owner'), `${process.pid} 5-a11ve`);
    await recoverInterruptedWrite(out, 'issue');
    expect(readdirSync(out).sort()).toEqual(['.issue.lock', 'issue']);
  });

  test('a lock older than the timeout is broken even if its pid is alive again (reused)', async () => {
    const out = tempDir();
    mkdirSync(path.join(out, '.issue.lock'));
    writeFileSync(path.join(out, '.issue.lock', 'owner'), `${process.pid} 3-0ddba11`);
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(out, '.issue.lock'), past, past);
    await writeOutput(out, 'issue', files('fourth'));
    expect(readdirSync(out)).toEqual(['issue']);
  });

  test('nothing to repair: the output folder is not touched, not even created', async () => {
    const missing = path.join(tempDir(), 'out');
    await recoverInterruptedWrite(missing, 'issue');
    expect(existsSync(missing)).toBe(false);
    const out = tempDir();
    await writeOutput(out, 'issue', files('fine'));
    const before = snapshot(out);
    await recoverInterruptedWrite(out, 'issue');
    expect(snapshot(out)).toEqual(before);
  });
});
