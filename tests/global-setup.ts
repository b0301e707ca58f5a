/**
 * Builds the seed issue and the fixture issues once with the real CLI, into
 * a temporary output folder the test files read (`inject('outDir')`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    outDir: string;
    buildLog: { status: number; stdout: string; stderr: string };
  }
}

const root = path.resolve(import.meta.dirname, '..');

export default function setup(project: TestProject) {
  // The CLI runs from the bundle; make it from the compiled sources the tests see (it takes under a second).
  spawnSync(process.execPath, ['scripts/bundle-cli.mjs'], { cwd: root, stdio: 'inherit' });
  const outDir = mkdtempSync(path.join(tmpdir(), 'blattwerk-out-'));
  const issues = ['issues/2018-herbst', 'tests/fixtures/issues/gemeindebrief', 'tests/fixtures/issues/minimal'];
  const result = spawnSync(process.execPath, ['bin/blattwerk.js', 'build', ...issues, '--out', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  project.provide('outDir', outDir);
  project.provide('buildLog', { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr });
  return () => rmSync(outDir, { recursive: true, force: true });
}
