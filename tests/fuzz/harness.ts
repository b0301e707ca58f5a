/**
 * Runs fuzz cases: writes each mutated issue into its own folder under a
 * fuzz root, builds it in a worker thread with a time limit, and checks what
 * a build must never do: throw, hang, write outside its output folder, or put
 * a script or a script address into the HTML or the PDF.
 */
import { Worker } from 'node:worker_threads';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build as bundle } from 'esbuild';
import { root } from '../helpers/fixtures.js';
import { snapshot } from '../helpers/snapshot.js';
import { unsafeAddresses } from '../helpers/html-safety.js';
import { ruleIds } from '../../src/diagnostics/rule-ids.js';
import type { BuildJob, BuildReply } from './build-worker.js';

/** Longest a case may take before it counts as a hang. */
export const caseTimeoutMs = 10_000;

/** Bundles the worker from the current sources (so the fuzzer never tests a stale `dist/`). */
export async function bundleWorker(): Promise<string> {
  // Under dist/, two levels below the repository, where templates/fonts.ts finds fonts/ (`../../fonts`).
  const outfile = path.join(root, 'dist', 'fuzz', 'build-worker.mjs');
  await bundle({
    entryPoints: [path.join(root, 'tests', 'fuzz', 'build-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    logLevel: 'error',
  });
  return outfile;
}

/** A worker that builds issue folders, replaced when it hangs. */
export class Builder {
  private worker: Worker | undefined;
  private next = 0;

  constructor(private readonly script: string) {}

  /** Builds; resolves to the reply, or to `hang` after the time limit (the worker is then terminated). */
  async build(job: Omit<BuildJob, 'id'>, timeoutMs = caseTimeoutMs): Promise<BuildReply | { hang: true; ms: number }> {
    const worker = (this.worker ??= new Worker(this.script));
    const id = (this.next += 1);
    const started = performance.now();
    return new Promise((resolve) => {
      const done = (value: BuildReply | { hang: true; ms: number }) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve(value);
      };
      const onMessage = (reply: BuildReply) => {
        if (reply.id === id || reply.id === -1) done(reply);
      };
      const onError = (error: Error) => {
        this.worker = undefined;
        done({ id, threw: `worker died: ${error.stack ?? error.message}`, ok: false, messages: [], ms: performance.now() - started });
      };
      const timer = setTimeout(() => {
        this.worker = undefined;
        void worker.terminate();
        done({ hang: true, ms: performance.now() - started });
      }, timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage({ ...job, id } satisfies BuildJob);
    });
  }

  /** Replaces the worker by a fresh one, for instance after a build threw. */
  async restart(): Promise<void> {
    await this.close();
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

/** What one case did. */
export interface CaseOutcome { built: boolean; ms: number; problems: string[]; errors: string[] }

/** Place-less messages are fine only for problems with no line to point at. */
const placeless = new Set<string>(['issue-folder', 'file-missing', 'file-not-a-file', 'file-unreadable', 'file-outside', 'file-absolute']);

/**
 * Builds the issue at `<caseDir>/issue` into `<caseDir>/out` and returns the
 * problems found (none when the build behaved). `fuzzRoot` holds every case;
 * nothing in it but `<caseDir>/out` may change.
 */
export async function runCase(builder: Builder, fuzzRoot: string, caseDir: string): Promise<CaseOutcome> {
  const outDir = path.join(caseDir, 'out');
  const outside = (rel: string) => path.join(fuzzRoot, rel) === outDir || path.join(fuzzRoot, rel).startsWith(outDir + path.sep);
  const before = snapshot(fuzzRoot, { skip: outside });
  const reply = await builder.build({ dir: 'issue', cwd: caseDir, outDir });
  const problems: string[] = [];
  if ('hang' in reply) return { built: false, ms: reply.ms, problems: [`no answer within ${caseTimeoutMs / 1000} s (a hang)`], errors: [] };
  if (reply.threw !== undefined) {
    problems.push(`threw: ${reply.threw}`);
    // An exception thrown inside yoga's layout callbacks can leave its WebAssembly memory broken for every later build
    // in the same thread ("memory access out of bounds"); start afresh so that one crash is not counted many times.
    await builder.restart();
  }
  if (reply.ms > caseTimeoutMs) problems.push(`took ${Math.round(reply.ms)} ms`);
  const after = snapshot(fuzzRoot, { skip: outside });
  if (JSON.stringify(after) !== JSON.stringify(before)) {
    const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => before[key] !== after[key]);
    problems.push(`changed files outside the output folder: ${changed.join(', ')}`);
  }
  for (const message of reply.messages) {
    if (!(ruleIds as readonly string[]).includes(message.ruleId ?? '')) problems.push(`message without a registered rule id: ${message.reason}`);
    if (message.severity === 'error' && message.line === undefined && !placeless.has(message.ruleId ?? '')) problems.push(`error without a line: ${message.file}: ${message.reason} [${message.ruleId}]`);
    if (message.reason.trim() === '') problems.push('message without a reason');
  }
  const hasError = reply.messages.some((message) => message.severity === 'error');
  if (reply.ok) {
    if (hasError) problems.push('built although there are errors');
    const entries = existsSync(outDir) ? readdirSync(outDir) : [];
    if (entries.join() !== 'issue') problems.push(`unexpected entries in the output folder: ${entries.join(', ')}`);
    else problems.push(...outputProblems(path.join(outDir, 'issue')));
  } else if (reply.threw === undefined) {
    if (!hasError) problems.push('not built, but no error says why');
    if (existsSync(outDir)) problems.push('a refused build created the output folder');
  }
  const errors = reply.messages.filter((message) => message.severity === 'error').map((message) => message.ruleId ?? '');
  return { built: reply.ok, ms: reply.ms, problems, errors };
}

/** What must never be in a built issue: scripts in the HTML, script addresses anywhere, script actions in the PDF. */
function outputProblems(dir: string): string[] {
  const problems: string[] = [];
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  if (/<script/i.test(html)) problems.push('the HTML holds `<script`');
  for (const address of unsafeAddresses(html)) problems.push(`the HTML holds ${address}`);
  const pdfName = readdirSync(dir).find((name) => name.endsWith('.pdf'));
  if (pdfName === undefined) return [...problems, 'no PDF written'];
  const raw = readFileSync(path.join(dir, pdfName)).toString('latin1');
  if (!raw.startsWith('%PDF-')) problems.push('the PDF does not start with %PDF-');
  // Actions live in dictionaries, not in (compressed, binary) streams, where the bytes could spell anything.
  const pdf = raw.replace(/stream\r?\n[\s\S]*?endstream/g, 'stream endstream');
  if (/\/(JavaScript|JS|Launch|SubmitForm|ImportData)\b/.test(pdf)) problems.push('the PDF holds a script or launch action');
  if (/\/URI\s*\(\s*(javascript|vbscript|data|file):/i.test(pdf)) problems.push('the PDF links to a script or local address');
  return problems;
}

/** Removes a case folder. */
export function removeCase(caseDir: string): void {
  rmSync(caseDir, { recursive: true, force: true });
}
