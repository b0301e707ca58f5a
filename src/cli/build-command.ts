/**
 * `blattwerk build`: builds each issue folder, prints one progress line per
 * stage (and, while a long one runs, how far it is: see progress.ts) and
 * every message as `file:line:column`, and writes the outputs only when an
 * issue has no errors.
 */
import path from 'node:path';
import type { BuildResult, Target } from '../pipeline.js';
import { build } from '../pipeline.js';
import { messageData, report } from '../diagnostics/reporter.js';
import { hasErrors } from '../diagnostics/messages.js';
import { formatMs, useColor } from './terminal.js';
import { parseLength } from './lengths.js';
import { loadTemplates, pdfRendererFor } from './engine.js';
import { orphaned, startedFrom } from './startup.js';
import { progressReporter } from './progress.js';

/** Runs `blattwerk build`; resolves to the exit code. */
export async function buildCommand(values: Record<string, unknown>, positionals: string[]): Promise<number> {
  if (positionals.length === 0) {
    process.stderr.write('blattwerk build: missing issue folder, e.g. `blattwerk build issues/2018-herbst`\n');
    return 2;
  }
  const only = values.only as string | undefined;
  if (only !== undefined && only !== 'html' && only !== 'pdf') {
    process.stderr.write(`blattwerk build: unexpected --only ${only}, expected \`html\` or \`pdf\`\n`);
    return 2;
  }
  const bleedText = values.bleed as string | undefined;
  const bleed = bleedText === undefined ? 0 : parseLength(bleedText);
  if (bleed === undefined || bleed > 72) {
    process.stderr.write(`blattwerk build: unexpected --bleed ${bleedText}, expected a length up to 25mm such as \`3mm\`\n`);
    return 2;
  }
  const targets: Target[] = only === undefined ? ['html', 'pdf'] : [only];
  const outDir = path.resolve((values.out as string | undefined) ?? 'output');
  const json = values.json === true;
  const quiet = values.quiet === true || json;
  const color = useColor(values);
  const progress = quiet ? undefined : progressReporter(process.stderr, { always: values.progress === true });
  const templates = await loadTemplates();
  const renderPdf = targets.includes('pdf') ? await pdfRendererFor({ bleed }) : undefined;

  let exit = 0;
  const results: { dir: string; result: BuildResult }[] = [];
  for (const dir of positionals) {
    const started = performance.now();
    if (!quiet) process.stderr.write(`${dir}\n`);
    const result = await build({
      dir,
      outDir,
      templates,
      targets,
      renderPdf,
      cancelled: orphaned,
      onStage: progress === undefined ? undefined : ({ stage, ms }) => {
        progress.clear();
        process.stderr.write(stage.startsWith('pdf ') ? `    ${stage.slice(4).padEnd(7)} ${formatMs(ms).padStart(8)}\n` : `  ${stage.padEnd(7)} ${formatMs(ms).padStart(8)}\n`);
      },
      onProgress: progress === undefined ? undefined : (step, done, total, unit) => progress.step(step, done, total, unit),
    });
    progress?.clear();
    if (result.cancelled === true) {
      process.stderr.write(`${dir}: stopped, nothing written: the blattwerk command that started this build has ended\n`);
      return 2;
    }
    results.push({ dir, result });
    const text = report(result.files, { color, quiet });
    if (text !== '' && !json) process.stderr.write(`${text}`);
    if (!result.ok || hasErrors(result.files)) {
      exit = 1;
      if (!json) process.stderr.write(`${dir}: not built, the previous output is unchanged\n`);
      continue;
    }
    if (!json) process.stdout.write(`${summary(result, performance.now() - started)}\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(results.map(({ dir, result }) => toJson(dir, result)), null, 2)}\n`);
  return exit;
}

function summary(result: BuildResult, ms: number): string {
  const where = path.relative(process.cwd(), result.written ?? '') || result.written;
  const parts = [];
  if (result.html) parts.push('index.html');
  if (result.pdf) {
    const kb = Math.round(result.pdf.bytes.byteLength / 1024);
    const perSecond = result.pdf.pages / ((result.timings.find((t) => t.stage === 'pdf')?.ms ?? ms) / 1000);
    parts.push(`${result.issue?.slug}.pdf (${result.pdf.pages} pages, ${kb} KB, ${perSecond.toFixed(0)} pages/s)`);
  }
  return `wrote ${where}/: ${parts.join(', ')} in ${formatMs(ms)}`;
}

function toJson(dir: string, result: BuildResult) {
  return {
    dir,
    ok: result.ok,
    written: result.written,
    pages: result.pdf?.pages,
    pdfBytes: result.pdf?.bytes.byteLength,
    typesetting: result.pdf?.stats,
    timings: result.timings,
    startup: startedFrom(),
    messages: messageData(result.files).map(({ frame: _frame, ...rest }) => rest),
  };
}
