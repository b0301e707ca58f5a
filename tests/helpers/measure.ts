/** Runs the real CLI in a child process and measures its wall time and peak memory (maximum resident set size). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './fixtures.js';

/** What a measured CLI run did. */
export interface MeasuredRun { status: number; stdout: string; stderr: string; ms: number; peakRssMb: number }

/** Runs `blattwerk <args>` in `cwd`; the child writes its peak RSS (from process.resourceUsage) when it exits. */
export function measureCli(args: string[], cwd: string, timeoutMs = 120_000): MeasuredRun {
  const scratch = mkdtempSync(path.join(tmpdir(), 'blattwerk-rss-'));
  const report = path.join(scratch, 'rss');
  const script = `
    import { writeFileSync } from 'node:fs';
    process.on('exit', () => writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));
    const { main } = await import(${JSON.stringify(path.join(root, 'dist', 'src', 'cli', 'main.js'))});
    process.exitCode = await main(${JSON.stringify(args)});
  `;
  // A module file, not `node -e`: with -e, workers inherit the --eval flag from execArgv.
  const file = path.join(scratch, 'run.mjs');
  writeFileSync(file, script);
  const started = performance.now();
  const result = spawnSync(process.execPath, [file], { cwd, encoding: 'utf8', timeout: timeoutMs, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  let peakRssMb = Number.NaN;
  try {
    peakRssMb = Number(readFileSync(report, 'utf8')) / 1024;
  } catch {
    // killed by the timeout: no report
  }
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, ms, peakRssMb };
}
