/**
 * `checkIssue`: builds an issue into the output folder and runs every check
 * on what was written: the PDF/UA checks on the PDF and the HTML checks
 * (pa11y, axe-core, keyboard) on index.html, side by side. Content problems
 * stay messages on the source files; findings are data; a check that could
 * not run (no Chromium) is a `problem`, never an exception.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import { build, stageTimer, type StageTiming } from '../pipeline.js';
import { hasErrors } from '../diagnostics/messages.js';
import { loadTemplates, pdfRendererFor } from '../cli/engine.js';
import { openHtmlChecker, type HtmlChecker, type HtmlCheckerStart, type HtmlReport } from './html/index.js';
import { checkPdf, type PdfReport } from './pdf/index.js';

/** How to check an issue. */
export interface CheckOptions {
  /** The output folder; the issue is built into `outDir/<slug>/` (default: `output`). */
  outDir?: string | undefined;
  /** Paths in messages are relative to this folder (default: the working directory). */
  cwd?: string | undefined;
  /** An HTML checker, running or starting, shared by several checks and left open; by default one is started and closed. */
  htmlChecker?: HtmlChecker | Promise<HtmlCheckerStart> | undefined;
  /** Where to look for Chromium (CHROME_PATH, BLATTWERK_CHROMIUM); default `process.env`. */
  env?: NodeJS.ProcessEnv | undefined;
  /** Called after each stage of the build and each check, for progress output. */
  onStage?: ((timing: StageTiming) => void) | undefined;
}

/** What checking an issue found. */
export interface IssueCheck {
  dir: string;
  /** The source files with their content messages. */
  files: VFile[];
  /** The folder the issue was built into, when the content let it build. */
  written: string | undefined;
  pdf: PdfReport | undefined;
  html: HtmlReport | undefined;
  /** Why a check could not run (e.g. no Chromium); the check is then incomplete. */
  problem: string | undefined;
  timings: StageTiming[];
  /** Milliseconds the whole check took (the PDF and HTML checks run side by side). */
  ms: number;
}

/** The verdict on a check: `clean` (exit 0), `findings` (exit 1) or `not-run` (exit 2). */
export type CheckOutcome = 'clean' | 'findings' | 'not-run';

/** Builds the issue folder and checks its PDF and HTML. */
export async function checkIssue(dir: string, options: CheckOptions = {}): Promise<IssueCheck> {
  const shared = options.htmlChecker;
  const starting: Promise<HtmlCheckerStart> =
    shared === undefined ? openHtmlChecker(options.env) : 'then' in shared ? shared : Promise.resolve({ ok: true, checker: shared });
  const timings: StageTiming[] = [];
  const time = stageTimer(timings, options.onStage);
  const started = performance.now();
  const check: IssueCheck = { dir, files: [], written: undefined, pdf: undefined, html: undefined, problem: undefined, timings, ms: 0 };
  try {
    const result = await build({
      dir,
      cwd: options.cwd,
      outDir: path.resolve(options.cwd ?? process.cwd(), options.outDir ?? 'output'),
      templates: await loadTemplates(),
      targets: ['html', 'pdf'],
      renderPdf: await pdfRendererFor({ bleed: 0 }),
      onStage: (timing) => {
        timings.push(timing);
        options.onStage?.(timing);
      },
    });
    check.files = result.files;
    if (!result.ok || hasErrors(result.files) || result.written === undefined || result.issue === undefined) return check;
    const written = result.written;
    const issue = result.issue;
    check.written = written;
    const start = await starting;
    if (!start.ok) check.problem = start.problem;
    const [pdf, html] = await Promise.all([
      time('check pdf', () => checkPdf(path.join(written, `${issue.slug}.pdf`))),
      start.ok ? time('check html', () => start.checker.check(path.join(written, 'index.html'), { issue })) : Promise.resolve(undefined),
    ]);
    check.pdf = pdf;
    check.html = html;
    return check;
  } finally {
    if (shared === undefined) {
      const start = await starting;
      if (start.ok) await start.checker.close();
    }
    check.ms = performance.now() - started;
  }
}

/**
 * Checks a PDF or an HTML file made elsewhere (or an earlier build): the
 * PDF/UA checks for a `.pdf`, the HTML checks for a `.html`. Nothing is built.
 */
export async function checkFile(file: string, options: CheckOptions = {}): Promise<IssueCheck> {
  const started = performance.now();
  const timings: StageTiming[] = [];
  const time = stageTimer(timings, options.onStage);
  const check: IssueCheck = { dir: file, files: [], written: undefined, pdf: undefined, html: undefined, problem: undefined, timings, ms: 0 };
  const absolute = path.resolve(options.cwd ?? process.cwd(), file);
  if (checkedKind(file) === 'pdf') {
    check.pdf = await time('check pdf', () => checkPdf(absolute));
  } else {
    const shared = options.htmlChecker;
    const start = shared === undefined ? await openHtmlChecker(options.env) : 'then' in shared ? await shared : { ok: true as const, checker: shared };
    if (!start.ok) check.problem = start.problem;
    else {
      try {
        check.html = await time('check html', () => start.checker.check(absolute));
      } finally {
        if (shared === undefined) await start.checker.close();
      }
    }
  }
  check.ms = performance.now() - started;
  return check;
}

/** What `blattwerk check` makes of an argument: a PDF or an HTML file to check as it is, or an issue folder to build and check. */
export function checkedKind(argument: string): 'pdf' | 'html' | 'issue' {
  const extension = path.extname(argument).toLowerCase();
  return extension === '.pdf' ? 'pdf' : extension === '.html' || extension === '.htm' ? 'html' : 'issue';
}

/** Decides the outcome: content errors and findings fail; a check that could not run is `not-run`. */
export function checkOutcome(check: IssueCheck): CheckOutcome {
  if (check.problem !== undefined) return 'not-run';
  if (hasErrors(check.files)) return 'findings';
  return countFindings(check).total > 0 ? 'findings' : 'clean';
}

/** The number of findings that fail the check, in the PDF and in the HTML (PDF warnings do not count). */
export function countFindings(check: IssueCheck): { pdf: number; html: number; total: number } {
  const pdf = check.pdf?.findings.filter((finding) => finding.severity === undefined).length ?? 0;
  const html = check.html?.findings.length ?? 0;
  return { pdf, html, total: pdf + html };
}
