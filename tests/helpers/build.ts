/** Builds through the library and through the real CLI binary, for tests. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { build, type BuildResult, type Target } from '../../src/pipeline.js';
import { messageData, formatMessage } from '../../src/diagnostics/reporter.js';
import { newsletterTemplates } from '../../templates/index.js';
import { renderPdf } from '../../src/render/pdf/render-pdf.js';
import { root } from './fixtures.js';

const templates = newsletterTemplates();

/** Builds an issue folder in-process. */
export async function buildIssue(dir: string, options: { cwd?: string; outDir?: string; targets?: Target[] } = {}): Promise<BuildResult> {
  return build({
    dir,
    cwd: options.cwd,
    outDir: options.outDir,
    templates,
    targets: options.targets ?? ['html'],
    renderPdf: (issue, set) => renderPdf(issue, set, { bleed: 0 }),
  });
}

/** The messages of a build as the CLI prints them, without code frames. */
export function messagesText(result: BuildResult): string {
  return messageData(result.files).map((d) => formatMessage(d, { frame: false })).join('\n');
}

/** Runs the compiled CLI (`bin/blattwerk.js`) and returns its exit code and output. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'blattwerk.js'), ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
