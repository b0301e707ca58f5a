/**
 * Fuzzing: structured mutations of the fixture issues (see arbitraries.ts),
 * each built with the library, HTML and PDF, in a worker thread inside a
 * temporary folder. Every case must end in a build or in messages: no
 * exception, no hang over 10 s, no file written outside the output folder,
 * and a built page holds no script and no script address (see harness.ts).
 *
 * `npm test` runs a few hundred cases from a fixed seed, so the suite (and
 * CI) gives the same answer every time; `npm run fuzz` explores: thousands of
 * cases (FUZZ_RUNS, default 3000 there) from a new seed each run, and what it
 * finds becomes a regression case. FUZZ_SEED replays a run whose seed a
 * failure printed, FUZZ_SHRINK=1 shrinks a failure to a smaller case,
 * FUZZ_STATS=1 counts why cases were refused, FUZZ_SAFE_ONLY=1 makes only
 * mutations meant to build. A crash found here is fixed, or, when it is in the PDF
 * renderer, kept as an issue folder in regressions/ (see regressions.test.ts).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { fuzzCase, type FuzzCase } from './arbitraries.js';
import { writeCase } from './apply.js';
import { Builder, bundleWorker, removeCase, runCase } from './harness.js';
import { knownBug } from './known-bugs.js';

const exploring = process.env.npm_lifecycle_event === 'fuzz';
/** Cases to run: FUZZ_RUNS, else 3000 under `npm run fuzz` and 250 in the test suite. */
const runs = Number(process.env.FUZZ_RUNS ?? (exploring ? 3000 : 250));
/** FUZZ_SEED, else a new one when exploring and a fixed one in the test suite. */
const seed = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : exploring ? undefined : 20181101;

let builder: Builder;
let fuzzRoot: string;
/** Set when a case failed: its folder is kept for reproduction. */
let failed = false;

beforeAll(async () => {
  builder = new Builder(await bundleWorker());
  fuzzRoot = tempDir('blattwerk-fuzz-');
  // Warm the worker up (fonts, hyphenation patterns), so the first case's time is its own.
  const warm = path.join(fuzzRoot, 'warm-up');
  mkdirSync(warm);
  writeCase({ fixture: 'minimal', mutations: [] }, path.join(warm, 'issue'));
  const outcome = await runCase(builder, fuzzRoot, warm);
  expect(outcome.problems).toEqual([]);
  expect(outcome.built).toBe(true);
  removeCase(warm);
}, 60_000);

afterAll(async () => {
  await builder?.close();
  if (!failed && fuzzRoot !== undefined) rmSync(fuzzRoot, { recursive: true, force: true });
});

test(`${runs} mutated issues: each builds or is refused with messages, within 10 s, writing only its output folder, never a script`, async () => {
  const stats = { cases: 0, built: 0, slowest: 0, known: new Map<string, number>(), refusals: new Map<string, number>(), started: performance.now() };
  let index = 0;
  await fc.assert(
    fc.asyncProperty(fuzzCase, async (fuzz: FuzzCase) => {
      const caseDir = path.join(fuzzRoot, `case-${(index += 1)}`);
      mkdirSync(caseDir);
      writeCase(fuzz, path.join(caseDir, 'issue'));
      const outcome = await runCase(builder, fuzzRoot, caseDir);
      stats.cases += 1;
      if (outcome.built) stats.built += 1;
      stats.slowest = Math.max(stats.slowest, outcome.ms);
      for (const rule of new Set(outcome.errors)) stats.refusals.set(rule, (stats.refusals.get(rule) ?? 0) + 1);
      const known = knownBug(outcome.problems);
      if (known !== undefined) stats.known.set(known.regression, (stats.known.get(known.regression) ?? 0) + 1);
      else if (outcome.problems.length > 0) {
        failed = true;
        throw new Error(`${outcome.problems.join('\n')}\n(case folder kept: ${caseDir})`);
      }
      removeCase(caseDir);
    }),
    { numRuns: runs, ...(seed === undefined ? {} : { seed }), endOnFailure: process.env.FUZZ_SHRINK === undefined },
  );
  const seconds = (performance.now() - stats.started) / 1000;
  if (process.env.FUZZ_STATS !== undefined) console.log([...stats.refusals].sort((a, b) => b[1] - a[1]).map(([rule, count]) => `${rule}: ${count}`).join(', '));
  console.log(`fuzz: ${stats.cases} cases (${stats.built} built, ${stats.cases - stats.built} refused) in ${seconds.toFixed(1)} s, ${(stats.cases / seconds).toFixed(1)} cases/s, slowest ${Math.round(stats.slowest)} ms${[...stats.known].map(([bug, count]) => `; known bug ${bug}: ${count}`).join('')}`);
}, Math.max(120_000, runs * 2_000));
